/**
 * PDF through LibreOffice, headless: the Word document sekr built is what is
 * converted, so the PDF looks as the DOCX does in an office suite.
 *
 * The PDF is for the archive and the website, so it is PDF/A-2b (what
 * archives take for long-term keeping: fonts embedded, no outside content)
 * and tagged, as the accessibility rules for public bodies ask (lagen om
 * tillgänglighet till digital offentlig service, 2018:1937, and EN 301 549):
 * headings, lists and tables as structure, the document's language, the
 * chart's alternative text, and bookmarks from the headings.
 */
import { t } from '../base/i18n.js';
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { EXIT, SekrError } from '../base/errors.js';

/** LibreOffice's program: $SEKR_SOFFICE, else soffice or libreoffice on the PATH. */
function findOffice(): string | undefined {
  if (process.env.SEKR_SOFFICE) return process.env.SEKR_SOFFICE;
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of ['soffice', 'libreoffice']) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // not in this folder
      }
    }
  }
  return undefined;
}

/**
 * writer_pdf_Export's options, as JSON (LibreOffice 7.4 and later): PDF/A-2 (SelectPdfVersion 2;
 * part 2, conformance B), tagged, with the headings as bookmarks.
 */
const PDF_FILTER = `pdf:writer_pdf_Export:${JSON.stringify({
  SelectPdfVersion: { type: 'long', value: '2' },
  UseTaggedPDF: { type: 'boolean', value: 'true' },
  ExportBookmarks: { type: 'boolean', value: 'true' },
})}`;

/** What a PDF/A-2 says of itself in its XMP metadata. */
const PDF_A = '<pdfaid:part>2</pdfaid:part>';

export async function docxToPdf(docx: Buffer, name: string): Promise<Buffer> {
  const office = findOffice();
  if (!office) {
    throw new SekrError(t('pdf.noOffice'), {
      exitCode: EXIT.failure,
      hint: t('pdf.noOfficeHint'),
    });
  }
  const dir = mkdtempSync(join(tmpdir(), 'sekr-pdf-'));
  try {
    const source = join(dir, `${name}.docx`);
    writeFileSync(source, docx);
    // A profile of its own, so a LibreOffice the user has open does not swallow the conversion.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const run = promisify(execFile);
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', PDF_FILTER, '--outdir', dir, source];
    await run(office, args, { timeout: 180_000 });
    const pdf = readFileSync(join(dir, `${name}.pdf`));
    // A LibreOffice before 7.4 does not read the options as JSON and makes an ordinary PDF, which is not
    // for the archive. PDF/A keeps its XMP metadata unfiltered, so the part it claims can be read as text.
    if (!pdf.includes(PDF_A)) {
      throw new SekrError(t('pdf.notPdfA'), {
        exitCode: EXIT.failure,
        hint: t('pdf.notPdfAHint', office),
      });
    }
    return pdf;
  } catch (e) {
    if (e instanceof SekrError) throw e;
    throw new SekrError(t('pdf.failed', ((e as { stderr?: string }).stderr || (e as Error).message).trim().split('\n')[0]!), {
      exitCode: EXIT.failure,
      hint: t('pdf.failedHint'),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

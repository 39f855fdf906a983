/**
 * The Word documents and PDFs judged by readers sekr does not use to write
 * them: mammoth (text, headings, tables), the OOXML parts themselves,
 * LibreOffice (DOCX to PDF) and poppler (pdftotext -layout, pdfinfo) on the
 * PDF, page by page, as a secretary would see it printed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { sekr, unsealNotes, workspace, type Run } from '../helpers.js';

const PROTOCOL = 'styrgrupp-narvard/2026-02-27';
const NOTES = 'strategi-for-halsa/2026-05-22';
const PROTOCOL_FILE = 'data/meetings/styrgrupp-narvard/2026-02-27.yaml';
const styleMap = ["p[style-name='Title'] => h1.title:fresh"];

function ok(r: Run): Run {
  expect(r.code, r.stderr).toBe(0);
  return r;
}

function requirePdfTools(): void {
  if (spawnSync('soffice', ['--version']).status !== 0) throw new Error('LibreOffice (soffice) is needed: sudo apt-get install libreoffice-writer-nogui');
  if (spawnSync('pdftotext', ['-v']).error) throw new Error('poppler (pdftotext, pdfinfo) is needed: sudo apt-get install poppler-utils');
}

/** LibreOffice as a reader: every DOCX of a folder to PDF, in one run, with a profile of its own (tests run side by side). */
function libreOfficePdfs(dir: string): void {
  const docx = readdirSync(dir).filter((f) => f.endsWith('.docx'));
  const profile = `-env:UserInstallation=file://${join(dir, '.profile')}`;
  execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...docx], { cwd: dir, stdio: 'ignore' });
}

/** The pages of a PDF as pdftotext -layout lays them out. */
function pdfPages(file: string): string[] {
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim());
}

/** A page without its header (the first line) and footer (the last): the document's own text. */
const pageBody = (page: string) => page.trim().split('\n').slice(1, -1).join('\n');

/** The words of a text; "0 %" as one, since pdftotext -layout sometimes leaves out the space of a short number's percent. */
const words = (text: string) =>
  text
    .replace(/(\d) %/g, '$1%')
    .split(/\s+/)
    .filter(Boolean);
const count = (list: string[]) => list.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());

/** mammoth writes Word's non-breaking hyphen as U+2011; it prints, and pdftotext reads it, as "-". */
const asPrinted = (text: string) => text.replace(/\u2011/g, '-');

async function html(file: string): Promise<string> {
  const result = await mammoth.convertToHtml({ path: file }, { styleMap });
  expect(result.messages.filter((m) => m.type === 'error')).toEqual([]);
  return result.value;
}

/** The text of every table cell of a DOCX, as mammoth reads it. */
async function tableCells(file: string): Promise<string[]> {
  const cells = [...(await html(file)).matchAll(/<t[hd]>([\s\S]*?)<\/t[hd]>/g)].map((m) => m[1]!);
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };
  return cells.map((c) =>
    asPrinted(
      c
        .replace(/<br \/>/g, ' ')
        .replace(/<[^>]+>/g, '')
        .replace(/&(amp|lt|gt|quot);/g, (e) => entities[e]!),
    ),
  );
}

/**
 * The words of the DOCX's table cells that the PDF does not show whole: a word
 * broken inside a cell ("Organisatio" / "n") leaves the PDF with fewer whole
 * copies of it than the document has (mammoth's text of it, which has the
 * tables, counted against the PDF's pages without their headers and footers).
 */
async function brokenTableWords(docx: string, pdf: string): Promise<{ checked: number; broken: string[] }> {
  const inTables = new Set(words((await tableCells(docx)).join(' ')));
  const inDocument = count(words(asPrinted((await mammoth.extractRawText({ path: docx })).value)));
  const inPdf = count(words(pdfPages(pdf).map(pageBody).join('\n')));
  return { checked: inTables.size, broken: [...inTables].filter((w) => (inPdf.get(w) ?? 0) < (inDocument.get(w) ?? 0)) };
}

async function part(file: string, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const entry = zip.file(name);
  if (!entry) throw new Error(`${name} is not in ${file}`);
  return entry.async('string');
}

/** A string of a PDF's dictionaries, which LibreOffice writes as (text) or as <FEFF…> in UTF-16. */
function pdfStrings(file: string, key: string): string[] {
  const raw = readFileSync(file).toString('latin1');
  return [...raw.matchAll(new RegExp(`/${key}\\s*(?:\\(([^)]*)\\)|<([0-9A-Fa-f]+)>)`, 'g'))].map((m) =>
    m[1] !== undefined ? m[1] : Buffer.from(m[2]!.slice(4), 'hex').swap16().toString('utf16le'),
  );
}

describe('the protocol and the notes as Word documents (mammoth, the parts)', () => {
  const dir = workspace();
  const protocol = join(dir, 'out/styrgrupp-narvard/2026-02-27-protokoll.docx');
  const notes = join(dir, 'out/strategi-for-halsa/2026-05-22-motesanteckning.docx');

  beforeAll(() => {
    ok(sekr(['render', PROTOCOL, '--format', 'docx'], { cwd: dir }));
    ok(sekr(['render', NOTES, '--format', 'docx'], { cwd: dir }));
  });

  it('has the title, its date kept together, and every paragraph as a navigable heading', async () => {
    const h = await html(protocol);
    // Word's non-breaking hyphen (U+2011 to mammoth): the title never breaks inside its date.
    expect(h).toContain('<h1 class="title">Protokoll Styrgrupp närvård 2026\u201102\u201127</h1>');
    const headings = [...h.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1]);
    expect(headings.slice(0, 3)).toEqual(['Närvarande', 'Frånvarande', 'Underskrifter']);
    expect(headings.filter((x) => x!.startsWith('§'))).toHaveLength(10);
    expect(headings).toContain('§ 19. Hänt sedan sist, den 30 januari 2026');
  });

  it('has the attendance lines, the text and real lists', async () => {
    const h = await html(protocol);
    expect(h).toContain('<p>Lena Axelsson, Vårdval vårdcentral och rehab, privata (ersättare)</p>');
    expect(h).toContain('<p>Anna-Lena Hardtmann, Närvårdskontoret, sekreterare</p>');
    expect(h).toContain('Tina Isaksson väljs som justerare.');
    expect(h).toContain('Bra att man skriver <em>erbjuda</em> lokala workshoppar kring SIP.');
    expect(h).toMatch(/<li>CFS<br \/>Arbetet med att CFS ska breddinföras/);
    expect(h).toContain('<li>Kloka kommentarer kring att fokusera på några delar och inte ta allt på en gång</li>');
  });

  it('has a signatures block with a line to sign for each signer', async () => {
    const xml = await part(protocol, 'word/document.xml');
    const block = xml.slice(xml.indexOf('Ordförande:'), xml.indexOf('§ 12.'));
    expect(block).toContain('Nina Landström');
    expect(block).toContain('Justerare:');
    expect(block).toContain('Tina Isaksson');
    expect(block).toContain('Anna-Lena Hardtmann');
    expect(block.match(/<w:bottom w:val="single"/g)).toHaveLength(3);
  });

  it('has a header, a page X of Y footer, Swedish as its language and its properties', async () => {
    const headers = await Promise.all([1, 2, 3].map((n) => part(protocol, `word/header${n}.xml`).catch(() => '')));
    expect(headers.join('')).toContain('Närvårdssamverkan Södra Älvsborg – Styrgrupp närvård');
    const footers = await Promise.all([1, 2, 3].map((n) => part(protocol, `word/footer${n}.xml`).catch(() => '')));
    const footer = footers.join('');
    expect(footer).toContain('Sida ');
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
    expect(await part(protocol, 'word/styles.xml')).toContain('w:lang w:val="sv-SE"');
    const core = await part(protocol, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Protokoll Styrgrupp närvård 2026-02-27</dc:title>');
    expect(core).toContain('<dc:creator>Anna-Lena Hardtmann</dc:creator>');
    expect(await part(protocol, 'docProps/custom.xml')).toContain('2026-02-27');
  });

  it('has the meeting notes numbered items as headings and sub-items one level below', async () => {
    const h = await html(notes);
    expect(h).toContain('<h1 class="title">Mötesanteckning Uppdragsgrupp Strategi för hälsa 2026\u201105\u201122</h1>');
    expect(h).toContain('<h1>3. Aktiviteter 2026</h1>');
    expect(h).toContain('<h2>Fortsatt införande av aktivitetslots</h2>');
    expect(h).toContain('<p>Sabira Zejnilovic, Aktivitetslots Närhälsan</p>');
    expect(h).toContain('<p>Lars Paulsson, Tjänsteperson Koncernkontoret, adjungerad</p>');
    expect(h).not.toContain('Underskrifter');
  });
});

describe('the documents as printed: PDF by sekr (LibreOffice), read with pdftotext -layout and pdfinfo', () => {
  const dir = workspace();
  const out = join(dir, 'out');
  const protocolPdf = join(out, 'styrgrupp-narvard/2026-02-27-protokoll.pdf');
  const notesPdf = join(out, 'strategi-for-halsa/2026-05-22-motesanteckning.pdf');
  const year = join(out, '2026');
  /** The yearly report's documents, each a DOCX and its PDF. */
  let report: string[] = [];

  beforeAll(() => {
    requirePdfTools();
    // § 15 with a vote: the protocol then has a table, and a vote's result under it.
    const vote = ['--vote', 'nina-landstrom=ja,kerstin-amark=ja,gun-bylund=nej,jennie-turunen=avstår', '--vote-question', 'Bifall till förslaget?'];
    ok(sekr(['item', 'set', PROTOCOL, '15', ...vote], { cwd: dir }));
    ok(sekr(['render', PROTOCOL, '--format', 'md,docx,pdf'], { cwd: dir }));
    ok(sekr(['render', NOTES, '--format', 'md,docx,pdf'], { cwd: dir }));
    ok(sekr(['report', '--year', '2026', '--format', 'md,docx,pdf'], { cwd: dir }));
    report = readdirSync(year, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.docx'))
      .map((f) => join(year, f.slice(0, -'.docx'.length)));
  }, 240_000);

  it('shows every word of every table cell whole, in the seed documents and the yearly report', async () => {
    expect(report).toHaveLength(11);
    let checked = 0;
    for (const base of [protocolPdf.slice(0, -'.pdf'.length), ...report]) {
      const found = await brokenTableWords(`${base}.docx`, `${base}.pdf`);
      expect(found.broken, base).toEqual([]);
      checked += found.checked;
    }
    expect(checked).toBeGreaterThan(150);
    // The tables the issue saw broken: "Organisatio n" (narvaro), "Presidiu m" and "Delregion alt" (sammanfattning).
    const attendance = pdfPages(join(year, 'styrgrupp-narvard/narvaro-2026.pdf')).join('\n');
    expect(attendance).toMatch(/Ledamot\s+Organisation\s+2026-02-27\s+Närvaro/);
    const summary = pdfPages(join(year, 'sammanfattning-2026.pdf')).join('\n');
    expect(summary).toMatch(/Presidiet DPS\s+Presidium\s/);
    expect(summary).toMatch(/\bDelregionalt\b/);
  });

  it("puts space between a vote's table and its result", () => {
    const bbox = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', protocolPdf, '-'], { encoding: 'utf8' });
    const placed = [...bbox.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      top: Number(m[1]),
      bottom: Number(m[2]),
      word: m[3],
    }));
    const result = placed.findIndex((w) => w.word === 'Resultat:');
    // The vote's last two rows, "Gun Bylund nej" and "Jennie Turunen avstår", then the result.
    const [nej, avstar] = [placed[result - 4]!, placed[result - 1]!];
    expect([nej.word, avstar.word]).toEqual(['nej', 'avstår']);
    const rowGap = avstar.top - nej.bottom;
    const resultGap = placed[result]!.top - avstar.bottom;
    expect(rowGap).toBeGreaterThan(0);
    // Table rows sit close together; the result line stands apart.
    expect(resultGap).toBeGreaterThan(rowGap + 8);
  });

  it('marks the draft protocol on every page, and not the final notes', () => {
    const pages = pdfPages(protocolPdf);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.trim().split('\n')[0]).toMatch(/^Närvårdssamverkan Södra Älvsborg – Styrgrupp närvård\s+Utkast – ej justerat$/);
    for (const page of pdfPages(notesPdf)) expect(page).not.toMatch(/Preliminär|Utkast/);
    // The report's copy of the draft protocol says so too.
    expect(pdfPages(join(year, 'styrgrupp-narvard/2026-02-27-protokoll.pdf'))[0]).toContain('Utkast – ej justerat');
  });

  it('writes PDF/A-2b, tagged, in Swedish, with the headings as bookmarks', () => {
    const info = execFileSync('pdfinfo', [protocolPdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Protokoll Styrgrupp närvård 2026-02-27$/m);
    const xmp = execFileSync('pdfinfo', ['-meta', protocolPdf], { encoding: 'utf8' });
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(pdfStrings(protocolPdf, 'Lang')).toContain('sv-SE');
    const bookmarks = pdfStrings(protocolPdf, 'Title');
    expect(bookmarks).toEqual(expect.arrayContaining(['Närvarande', 'Underskrifter', '§ 12. Mötets öppnande och godkännande av dagordning']));
  });

  it('tags headings, lists, tables and the chart, which has its alternative text', () => {
    const structure = (file: string) => execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8' });
    const protocol = structure(protocolPdf);
    for (const tag of ['H1', 'L', 'LI', 'Table', 'TR', 'TH', 'TD']) expect(protocol).toMatch(new RegExp(`^\\s*${tag}\\b`, 'm'));
    const attendance = join(year, 'styrgrupp-narvard/narvaro-2026.pdf');
    expect(structure(attendance)).toMatch(/^\s*Figure\b/m);
    expect(pdfStrings(attendance, 'Alt')).toEqual(['Närvaro per ledamot 2026']);
  });
});

describe('the layout where pages break (LibreOffice, pdftotext -layout)', () => {
  const dir = workspace();
  const docs = join(dir, 'docs');
  /** Guests push the signatures block down three lines a variant, and the group's name pushes the title's date along the line. */
  const VARIANTS = 16;

  beforeAll(() => {
    requirePdfTools();
    mkdirSync(docs);
    const meeting = readFileSync(join(dir, PROTOCOL_FILE), 'utf8');
    const registry = readFileSync(join(dir, 'data/registry.yaml'), 'utf8');
    for (let k = 0; k < VARIANTS; k++) {
      const guests = Array.from({ length: 3 * k }, (_, g) => `    - { name: Gäst ${g + 1}, organisation: Kommunalförbundet }\n`).join('');
      writeFileSync(join(dir, PROTOCOL_FILE), meeting.replace('  present:\n', `  present:\n${guests}`));
      writeFileSync(join(dir, 'data/registry.yaml'), registry.replace('    name: Styrgrupp närvård\n', `    name: Styrgrupp närvård ${'i'.repeat(2 * k)}\n`));
      ok(sekr(['render', PROTOCOL, '--format', 'docx', '--out', join(dir, `variant-${k}`)], { cwd: dir }));
      execFileSync('cp', [join(dir, `variant-${k}/styrgrupp-narvard/2026-02-27-protokoll.docx`), join(docs, `protokoll-${k}.docx`)]);
    }
    writeFileSync(join(dir, PROTOCOL_FILE), meeting);
    writeFileSync(join(dir, 'data/registry.yaml'), registry);
    // Notes sent out but not yet approved, and the protocol once adjusted.
    unsealNotes(dir);
    ok(sekr(['render', NOTES, '--format', 'docx', '--out', join(dir, 'sent')], { cwd: dir }));
    execFileSync('cp', [join(dir, 'sent/strategi-for-halsa/2026-05-22-motesanteckning.docx'), join(docs, 'anteckning-skickad.docx')]);
    ok(sekr(['adjust', PROTOCOL, '--date', '2026-03-05', '--yes'], { cwd: dir }));
    ok(sekr(['render', PROTOCOL, '--format', 'docx', '--out', join(dir, 'adjusted')], { cwd: dir }));
    execFileSync('cp', [join(dir, 'adjusted/styrgrupp-narvard/2026-02-27-protokoll.docx'), join(docs, 'protokoll-justerat.docx')]);
    libreOfficePdfs(docs);
  }, 240_000);

  it('keeps the signatures block on one page, wherever it falls', () => {
    const blockPages = new Set<number>();
    for (let k = 0; k < VARIANTS; k++) {
      const pages = pdfPages(join(docs, `protokoll-${k}.pdf`));
      const at = (text: string) => pages.findIndex((p) => p.includes(text));
      const block = ['Underskrifter', 'Ordförande:', 'Nina Landström\n', 'Justerare:', 'Tina Isaksson\n', 'Sekreterare:', 'Anna-Lena Hardtmann\n'].map(at);
      expect(block, `variant ${k}`).not.toContain(-1);
      expect(new Set(block).size, `variant ${k}: the block's pages ${block.join(', ')}`).toBe(1);
      blockPages.add(block[0]!);
    }
    // The guests moved the block over a page break: somewhere between it would have been split.
    expect(blockPages.size).toBeGreaterThan(1);
  });

  it('never breaks a title inside its date', () => {
    let wrapped = 0;
    for (let k = 0; k < VARIANTS; k++) {
      const first = pdfPages(join(docs, `protokoll-${k}.pdf`))[0]!;
      const title = first.slice(first.indexOf('Protokoll Styrgrupp'), first.indexOf('Plats:')).trim();
      expect(title, `variant ${k}`).toMatch(/2026-02-27$/);
      if (title.includes('\n')) wrapped++;
    }
    // Some variants' titles do take two lines: the date went to the second whole.
    expect(wrapped).toBeGreaterThan(0);
  });

  it('marks notes not yet approved as preliminary, and an adjusted protocol not at all', () => {
    for (const page of pdfPages(join(docs, 'anteckning-skickad.pdf'))) expect(page.trim().split('\n')[0]).toMatch(/\s{2,}Preliminär$/);
    const adjusted = pdfPages(join(docs, 'protokoll-justerat.pdf'));
    expect(adjusted.join('\n')).toContain('Justerat 5 mars 2026');
    for (const page of adjusted) expect(page).not.toMatch(/Utkast|Preliminär/);
  });
});

describe('a LibreOffice that does not make PDF/A', () => {
  it('is refused with the version needed, and nothing is written', () => {
    const dir = workspace();
    // An office program that writes an ordinary PDF whatever it is asked, as LibreOffice before 7.4 does with the JSON options.
    const office = join(dir, 'old-soffice');
    writeFileSync(
      office,
      '#!/bin/sh\nfor a; do last="$a"; done\nout=$(dirname "$last")\nprintf "%%PDF-1.4\\n%%%%EOF\\n" > "$out/$(basename "$last" .docx).pdf"\n',
    );
    chmodSync(office, 0o755);
    const r = sekr(['render', PROTOCOL, '--format', 'md,docx,pdf'], { cwd: dir, env: { SEKR_SOFFICE: office } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('LibreOffice made a PDF, but not PDF/A-2 as the archive needs');
    expect(r.stderr).toContain('LibreOffice 7.4 or later is needed');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

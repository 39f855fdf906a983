/**
 * A document's files: its Markdown, and the Word document and PDF built from
 * that very text, rendered whole before any is written.
 */
import { basename, dirname, join } from 'node:path';
import { mark } from '../base/timing.js';
import { outputFolder, writeFileAtomic } from '../data/atomic.js';
import type { Group } from '../model/registry.js';
import type { DocxImage } from './docx.js';
import { draftMark } from './docx-draft.js';
import { renderMarkdown, type RenderedMarkdown } from './markdown.js';
import { TEMPLATE_OF } from '../data/templates.js';
import type { MeetingView } from './view.js';

export type Format = 'md' | 'docx' | 'pdf';
export const FORMATS: readonly Format[] = ['md', 'docx', 'pdf'];

export interface Written {
  format: Format;
  path: string;
}

/** out/<group>/<date>-<protokoll|motesanteckning> */
export function outputBase(outDir: string, group: Group, date: string): string {
  return join(outDir, group.id, `${date}-${TEMPLATE_OF[group.document]}`);
}

/** What a Word file says of itself besides its text: whose, about what, when. */
export interface DocumentInfo {
  organisation: string;
  group?: string;
  date?: string;
  creator?: string;
  /** Set while a protocol or meeting notes are not final: said in the Word document's page header. */
  draft?: string;
  images?: Record<string, DocxImage>;
}

type ViewInfo = Pick<MeetingView, 'organisation' | 'group' | 'meeting' | 'secretary'>;

const meetingInfo = (view: ViewInfo): DocumentInfo => ({
  organisation: view.organisation.name,
  group: view.group.name,
  date: view.meeting.date,
  creator: view.secretary?.name ?? view.organisation.office ?? view.organisation.name,
});

export interface RenderedFile {
  format: Format;
  path: string;
  data: string | Uint8Array;
}

/** The files of a rendered document: its Markdown, and the DOCX and PDF built from it, as asked. */
export async function documentFiles(
  rendered: RenderedMarkdown,
  view: ViewInfo | DocumentInfo,
  formats: readonly Format[],
  base: string,
): Promise<RenderedFile[]> {
  const info: DocumentInfo = 'meeting' in view ? meetingInfo(view) : view;
  const files: RenderedFile[] = [];
  if (formats.includes('md')) files.push({ format: 'md', path: `${base}.md`, data: rendered.markdown });
  if (formats.includes('docx') || formats.includes('pdf')) {
    const { markdownToDocx } = await import('./docx.js');
    const fill = (s: string) =>
      (info.group ? s.replace(/\{group\}/g, info.group) : s.replace(/\s*[–-]?\s*\{group\}/g, '')).replace(/\{organisation\}/g, info.organisation);
    const properties: Record<string, string> = { Organisation: info.organisation };
    if (info.group) properties.Grupp = info.group;
    if (info.date) properties.Mötesdatum = info.date;
    const data = await markdownToDocx(rendered.markdown, {
      title: rendered.title,
      creator: info.creator ?? info.organisation,
      subject: info.group ?? info.organisation,
      description: rendered.title,
      header: fill(rendered.settings.header),
      draft: info.draft,
      footer: fill(rendered.settings.footer),
      language: rendered.settings.language,
      properties,
      images: info.images,
    });
    if (formats.includes('docx')) files.push({ format: 'docx', path: `${base}.docx`, data });
    if (formats.includes('pdf')) {
      const { docxToPdf } = await import('./pdf.js');
      files.push({ format: 'pdf', path: `${base}.pdf`, data: await docxToPdf(data, basename(base)) });
    }
  }
  return files;
}

/** Writes the files, each atomically, once all of them are made: a failure before leaves none half-written. */
export function writeDocuments(files: RenderedFile[]): Written[] {
  for (const f of files) writeFileAtomic(f.path, f.data);
  mark('written');
  return files.map(({ format, path }) => ({ format, path }));
}

/** Renders one template with a view to <base>.md and/or .docx and .pdf, and writes them. */
export async function renderDocument(dataDir: string, templateName: string, view: MeetingView, formats: readonly Format[], base: string): Promise<Written[]> {
  const folder = outputFolder(dirname(base));
  try {
    const rendered = await renderMarkdown(dataDir, templateName, view);
    mark('markdown');
    const files = await documentFiles(rendered, { ...meetingInfo(view), draft: draftMark(view) }, formats, base);
    mark('documents');
    return writeDocuments(files);
  } catch (e) {
    folder.undo();
    throw e;
  }
}

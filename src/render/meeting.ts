/**
 * A meeting's document, from the data folder to files on disk: load and
 * check, number the paragraphs, render the Markdown, build the DOCX.
 */
import { basename, join } from 'node:path';
import { problemsError, SekrError } from '../errors.js';
import { listMeetingFiles, loadPlan, loadRegistry, readMeeting, resolveMeetingRef, type MeetingFile } from '../data/folder.js';
import { writeFileAtomic } from '../data/atomic.js';
import { displayPath } from '../data/yaml-file.js';
import { numberParagraphs } from '../model/numbering.js';
import type { Group, Organisation } from '../model/registry.js';
import { checkMeeting } from '../validate/checks.js';
import type { MeetingData } from '../validate/schema.js';
import { meetingView, type MeetingView } from './view.js';
import { renderMarkdown, type RenderedMarkdown } from './markdown.js';
import type { DocxImage } from './docx.js';
import { draftMark } from './docx-draft.js';
import { TEMPLATE_OF } from './templates.js';
import { mark } from '../timing.js';

export type Format = 'md' | 'docx' | 'pdf';
export const FORMATS: readonly Format[] = ['md', 'docx', 'pdf'];

export function parseFormats(list: string): Format[] {
  const formats = list
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const wrong = formats.filter((f) => !FORMATS.includes(f as Format));
  if (wrong.length || !formats.length) {
    throw new SekrError(`unknown format '${wrong.join(',') || list}'`, { hint: `--format takes a list of ${FORMATS.join(', ')}, e.g. --format md,docx` });
  }
  return [...new Set(formats)] as Format[];
}

export interface LoadedForRender {
  org: Organisation;
  group: Group;
  ref: MeetingFile;
  meeting: MeetingData;
  view: MeetingView;
}

/** Loads one meeting, checked, with its paragraphs numbered on from the group's earlier meetings of the year. */
export function loadForRender(dataDir: string, meetingRef: string): LoadedForRender {
  mark('load');
  const org = loadRegistry(dataDir);
  const ref = resolveMeetingRef(dataDir, meetingRef);
  const { yf, value: meeting, problems } = readMeeting(ref.path);
  if (!yf || !meeting) throw problemsError(problems, `${displayPath(ref.path)} has problems`);
  const found = checkMeeting(org, meeting, yf, ref, loadPlan(dataDir, ref.group, Number(ref.date.slice(0, 4))));
  if (found.length) throw problemsError(found, `${displayPath(ref.path)} has problems`);
  const group = org.groups.get(ref.group)!;
  mark('checked');

  const year = ref.date.slice(0, 4);
  const sameYear = listMeetingFiles(dataDir).meetings.filter((m) => m.group === ref.group && m.date.startsWith(year) && m.date < ref.date);
  const earlier = sameYear.map((m) => {
    const other = readMeeting(m.path);
    if (!other.value) {
      throw problemsError(other.problems, `cannot number the paragraphs: the earlier meeting ${displayPath(m.path)} has problems`);
    }
    return { date: m.date, firstParagraph: other.value.firstParagraph, itemCount: other.value.items.length };
  });
  const { ranges } = numberParagraphs([...earlier, { date: meeting.date, firstParagraph: meeting.firstParagraph, itemCount: meeting.items.length }]);
  mark('numbered');
  const view = meetingView(org, group, meeting, ranges.get(meeting.date)!);
  mark('view');
  return { org, group, ref, meeting, view };
}

export interface Written {
  format: Format;
  path: string;
}

/** out/<group>/<date>-<protokoll|motesanteckning>.<md|docx> */
export function outputBase(outDir: string, group: Group, date: string): string {
  return join(outDir, group.id, `${date}-${TEMPLATE_OF[group.document]}`);
}

export async function renderMeeting(dataDir: string, loaded: LoadedForRender, formats: readonly Format[], outDir: string): Promise<Written[]> {
  const { group, view, meeting } = loaded;
  return renderDocument(dataDir, TEMPLATE_OF[group.document], view, formats, outputBase(outDir, group, meeting.date));
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

export const meetingInfo = (view: Pick<MeetingView, 'organisation' | 'group' | 'meeting' | 'secretary'>): DocumentInfo => ({
  organisation: view.organisation.name,
  group: view.group.name,
  date: view.meeting.date,
  creator: view.secretary?.name ?? view.organisation.office ?? view.organisation.name,
});

/** The files of a rendered document: its Markdown, and the DOCX and PDF built from it, as asked. */
export async function documentFiles(
  rendered: RenderedMarkdown,
  view: Pick<MeetingView, 'organisation' | 'group' | 'meeting' | 'secretary'> | DocumentInfo,
  formats: readonly Format[],
  base: string,
): Promise<{ format: Format; path: string; data: string | Uint8Array }[]> {
  const info: DocumentInfo = 'meeting' in view ? meetingInfo(view) : view;
  const files: { format: Format; path: string; data: string | Uint8Array }[] = [];
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

/** Renders one template with a view to <base>.md and/or <base>.docx. */
export async function renderDocument(
  dataDir: string,
  templateName: string,
  view: MeetingView,
  formats: readonly Format[],
  base: string,
): Promise<Written[]> {
  const rendered = await renderMarkdown(dataDir, templateName, view);
  mark('markdown');
  const files = await documentFiles(rendered, { ...meetingInfo(view), draft: draftMark(view) }, formats, base);
  mark('documents');
  // Everything is rendered before anything is written: a failure leaves no half set of files.
  for (const f of files) writeFileAtomic(f.path, f.data);
  mark('written');
  return files.map(({ format, path }) => ({ format, path }));
}

/**
 * What a thread of `sekr report` does, in a worker or in the main process
 * alike: one group's year (read, checked, summed up, and its documents
 * rendered unless the last run's are still good), or one document of the
 * organisation's. Reading the YAML is much of a report's time, so it is done
 * where the rendering is, on every core, not in the thread that hands out work.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MeetingFile } from '../data/folder.js';
import type { Problem } from '../base/errors.js';
import type { DoneData } from '../schema/actions.js';
import type { Organisation } from '../model/registry.js';
import { markdownRenderer, type MarkdownRenderer } from '../render/markdown.js';
import type { Format } from '../render/documents.js';
import { listTemplates, readTemplateFile } from '../data/templates.js';
import { followUpView } from './follow-up.js';
import { groupJobs, type Job } from './jobs.js';
import { loadGroupYear } from './load-year.js';
import { groupSummary, type GroupSummary } from './organisation.js';
import { renderJob, type DocumentFile } from './render-job.js';

/** What every thread is started with: plain data, so it can go to a worker. */
export interface ReportSetup {
  dataDir: string;
  outDir: string;
  year: number;
  today: string;
  version: string;
  /** templatesFingerprint of the data folder, taken once by the main thread. */
  templates: string;
  formats: Format[];
  /** The unmasked year for the office (report --internal); otherwise every document is a public copy. */
  internal: boolean;
}

export interface ReportContext extends ReportSetup {
  org: Organisation;
  meetingFiles: MeetingFile[];
  followUp: DoneData[];
  render: MarkdownRenderer;
  fingerprint: (job: Job) => string;
}

/** A document as the last run made it (from the manifest). */
export interface Previous {
  fingerprint: string;
  files: string[];
  /** The files' SHA-256 as written (manifests of earlier releases have none: their documents are made again). */
  hashes?: string[];
}

export type Task =
  /** With `render: false` the group is only checked and summed up (it is not in this run, or a problem has stopped the rendering). */
  { kind: 'group'; group: string; render: boolean; previous: Record<string, Previous> } | { kind: 'document'; job: Job; fingerprint: string };

export interface MadeDocument {
  name: string;
  fingerprint: string;
  files: string[];
  hashes?: string[];
  section: string;
  title: string;
  /** Made now, or the last run's files are still good. */
  rendered: boolean;
}

export type Outcome =
  | { kind: 'group'; group: string; problems: Problem[]; broken: Problem[]; summary: Omit<GroupSummary, 'group'>; documents: MadeDocument[] }
  | { kind: 'document'; document: MadeDocument };

/** What a thread is given besides the setup: the registry and the list of meeting files, read once by the main thread. */
export interface ReportData {
  org: Organisation;
  meetingFiles: MeetingFile[];
  /** The follow-up of action points (data/actions/). */
  followUp: DoneData[];
}

export async function reportContext(setup: ReportSetup, { org, meetingFiles, followUp }: ReportData): Promise<ReportContext> {
  return { ...setup, org, meetingFiles, followUp, render: await markdownRenderer(setup.dataDir), fingerprint: fingerprinter(setup.version, setup.templates) };
}

/** A fingerprint of the templates a run uses, the data folder's own and the bundled ones: their names and texts. */
export function templatesFingerprint(dataDir: string): string {
  const templates = createHash('sha256');
  for (const t of listTemplates(dataDir)) templates.update(`${t.name}\0${readTemplateFile(t.path)}\0`);
  return templates.digest('hex');
}

/** What a job's output depends on: sekr, the templates and the job's data (the formats are in the files it lists). */
export function fingerprinter(version: string, templates: string): (job: Job) => string {
  const fixed = `${version}\0${templates}\0`;
  return (job) => createHash('sha256').update(fixed).update(JSON.stringify(job)).digest('hex');
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

function hashOfFile(path: string): string | undefined {
  try {
    return sha256(readFileSync(path));
  } catch {
    return undefined; // not there
  }
}

/**
 * The last run's files are good when they hold every format asked for now and
 * are all there, byte for byte as they were written (their SHA-256): a file
 * changed by any hand, of any length, is made again.
 */
export function stillGood(outDir: string, formats: readonly Format[], name: string, previous: Previous | undefined, fingerprint?: string): boolean {
  if (previous === undefined || (fingerprint !== undefined && previous.fingerprint !== fingerprint)) return false;
  if (!formats.every((f) => previous.files.includes(`${name}.${f}`))) return false;
  const hashes = previous.hashes;
  return hashes !== undefined && previous.files.every((f, i) => hashes[i] !== undefined && hashOfFile(join(outDir, f)) === hashes[i]);
}

/**
 * Told of each document as it is made: with its files when it was rendered
 * (for the batch to write), without when the last run's are still good.
 */
export type Delivery = (files?: DocumentFile[]) => void;

export async function runTask(ctx: ReportContext, task: Task, deliver: Delivery): Promise<Outcome> {
  if (task.kind === 'document') return { kind: 'document', document: await made(ctx, task.job, task.fingerprint, deliver) };
  const group = ctx.org.groups.get(task.group)!;
  const { groupYear, problems, broken } = loadGroupYear(ctx.dataDir, ctx.org, group, ctx.year, ctx.meetingFiles, {
    masked: !ctx.internal,
    followUp: ctx.followUp,
  });
  const followUp = followUpView(groupYear, ctx.today);
  const { group: _group, ...summary } = groupSummary(groupYear, followUp);
  if (!task.render || problems.length || broken.length) return { kind: 'group', group: task.group, problems, broken, summary, documents: [] };

  const documents: MadeDocument[] = [];
  for (const job of groupJobs(groupYear, ctx.today, followUp, ctx.internal)) {
    const fingerprint = ctx.fingerprint(job);
    const previous = task.previous[job.name];
    if (stillGood(ctx.outDir, ctx.formats, job.name, previous, fingerprint)) {
      documents.push(keptDocument(job, fingerprint, previous!));
      deliver();
    } else documents.push(await made(ctx, job, fingerprint, deliver));
  }
  return { kind: 'group', group: task.group, problems, broken, summary, documents };
}

/** A document whose files the last run made and that are still good (see stillGood). */
export function keptDocument(job: Job, fingerprint: string, previous: Previous): MadeDocument {
  return { name: job.name, fingerprint, files: previous.files, hashes: previous.hashes, section: job.section, title: job.title, rendered: false };
}

async function made(ctx: ReportContext, job: Job, fingerprint: string, deliver: Delivery): Promise<MadeDocument> {
  const files = await renderJob({ render: ctx.render, outDir: ctx.outDir, formats: ctx.formats, internal: ctx.internal }, job);
  // Measured before delivery, which may hand the bytes over to another thread.
  const document = {
    name: job.name,
    fingerprint,
    files: files.map((f) => f.file),
    hashes: files.map((f) => sha256(f.data)),
    section: job.section,
    title: job.title,
    rendered: true,
  };
  deliver(files);
  return document;
}

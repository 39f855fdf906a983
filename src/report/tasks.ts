/**
 * What a thread of `sekr report` does, in a worker or in the main process
 * alike: one group's year (read, checked, summed up, and its documents
 * rendered unless the last run's are still good), or one document of the
 * organisation's. Reading the YAML is much of a report's time, so it is done
 * where the rendering is, on every core, not in the thread that hands out work.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { discardStaged } from '../data/atomic.js';
import type { MeetingFile } from '../data/folder.js';
import type { Problem } from '../errors.js';
import type { Organisation } from '../model/registry.js';
import { markdownRenderer, type MarkdownRenderer } from '../render/markdown.js';
import type { Format } from '../render/meeting.js';
import { listTemplates } from '../render/templates.js';
import { followUpView } from './follow-up.js';
import { groupJobs, type Job } from './jobs.js';
import { loadGroupYear } from './load-year.js';
import { groupSummary, type GroupSummary } from './organisation.js';
import { renderJob, type StagedFile } from './render-job.js';

/** What every thread is started with: plain data, so it can go to a worker. */
export interface ReportSetup {
  dataDir: string;
  outDir: string;
  year: number;
  today: string;
  version: string;
  formats: Format[];
}

export interface ReportContext extends ReportSetup {
  org: Organisation;
  meetingFiles: MeetingFile[];
  render: MarkdownRenderer;
  fingerprint: (job: Job) => string;
}

/** A document as the last run made it (from the manifest). */
export interface Previous {
  fingerprint: string;
  files: string[];
}

export type Task =
  /** With `render: false` the group is only checked and summed up (it is not in this run, or a problem has stopped the rendering). */
  | { kind: 'group'; group: string; render: boolean; previous: Record<string, Previous> }
  | { kind: 'document'; job: Job; fingerprint: string };

export interface MadeDocument {
  name: string;
  fingerprint: string;
  files: string[];
  section: string;
  title: string;
  /** Staged files when it was rendered now; none when the last run's files are still good. */
  staged: StagedFile[];
}

export type Outcome =
  | { kind: 'group'; group: string; problems: Problem[]; summary: Omit<GroupSummary, 'group'>; documents: MadeDocument[] }
  | { kind: 'document'; document: MadeDocument };

/** What a thread is given besides the setup: the registry and the list of meeting files, read once by the main thread. */
export interface ReportData {
  org: Organisation;
  meetingFiles: MeetingFile[];
}

export async function reportContext(setup: ReportSetup, { org, meetingFiles }: ReportData): Promise<ReportContext> {
  return { ...setup, org, meetingFiles, render: await markdownRenderer(setup.dataDir), fingerprint: fingerprinter(setup.dataDir, setup.version) };
}

/** What a job's output depends on: sekr, the templates and the job's data (the formats are in the files it lists). */
export function fingerprinter(dataDir: string, version: string): (job: Job) => string {
  const templates = createHash('sha256');
  for (const t of listTemplates(dataDir)) templates.update(`${t.name}\0${readFileSync(t.path, 'utf8')}\0`);
  const fixed = `${version}\0${templates.digest('hex')}\0`;
  return (job) => createHash('sha256').update(fixed).update(JSON.stringify(job)).digest('hex');
}

/** The last run's files are good when they are all there and hold every format asked for now. */
export function stillGood(outDir: string, formats: readonly Format[], name: string, previous: Previous | undefined, fingerprint?: string): boolean {
  return (
    previous !== undefined &&
    (fingerprint === undefined || previous.fingerprint === fingerprint) &&
    formats.every((f) => previous.files.includes(`${name}.${f}`)) &&
    previous.files.every((f) => existsSync(join(outDir, f)))
  );
}

/** Documents rendered at once: while one renders, the files of those before it are flushed to disk. */
const IN_HAND = 3;

export async function runTask(ctx: ReportContext, task: Task, madeOne: () => void): Promise<Outcome> {
  if (task.kind === 'document') {
    const document = await made(ctx, task.job, task.fingerprint);
    madeOne();
    return { kind: 'document', document };
  }
  const group = ctx.org.groups.get(task.group)!;
  const { groupYear, problems } = loadGroupYear(ctx.dataDir, ctx.org, group, ctx.year, ctx.meetingFiles);
  const followUp = followUpView(groupYear);
  const { group: _group, ...summary } = groupSummary(groupYear, followUp);
  if (!task.render || problems.length) return { kind: 'group', group: task.group, problems, summary, documents: [] };

  const documents: Promise<MadeDocument>[] = [];
  const inHand: Promise<unknown>[] = [];
  try {
    for (const job of groupJobs(groupYear, ctx.today, followUp)) {
      const fingerprint = ctx.fingerprint(job);
      const previous = task.previous[job.name];
      if (stillGood(ctx.outDir, ctx.formats, job.name, previous, fingerprint)) {
        documents.push(Promise.resolve({ name: job.name, fingerprint, files: previous!.files, section: job.section, title: job.title, staged: [] }));
        madeOne();
        continue;
      }
      const document = made(ctx, job, fingerprint).then((d) => (madeOne(), d));
      documents.push(document);
      inHand.push(document);
      if (inHand.length >= IN_HAND) await inHand.shift();
    }
  } finally {
    // A failure leaves nothing staged behind: the files of the documents that were made go.
    const settled = await Promise.allSettled(documents);
    if (settled.some((s) => s.status === 'rejected')) for (const s of settled) if (s.status === 'fulfilled') discard(s.value);
  }
  return { kind: 'group', group: task.group, problems, summary, documents: await Promise.all(documents) };
}

async function made(ctx: ReportContext, job: Job, fingerprint: string): Promise<MadeDocument> {
  const staged = await renderJob({ render: ctx.render, outDir: ctx.outDir, formats: ctx.formats }, job);
  return { name: job.name, fingerprint, files: staged.map((s) => s.file), section: job.section, title: job.title, staged };
}

function discard(document: MadeDocument): void {
  for (const s of document.staged) discardStaged(s.tmp);
}

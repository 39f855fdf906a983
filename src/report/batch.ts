/**
 * `sekr report`: every yearly document of the chosen groups. The groups are
 * handed out to worker threads (tasks.ts), each read, checked and rendered
 * there; what a manifest of fingerprints says is unchanged is skipped; the
 * files are staged and take their places only once the whole run is made;
 * and an index lists everything written.
 */
import { createHash, type Hash } from 'node:crypto';
import { t } from '../base/i18n.js';
import { closeSync, existsSync, openSync, readFileSync, readSync, rmdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { changeFolder, recoverFolder } from '../data/whole-folder.js';
import { followUpPath, loadFollowUps } from '../data/actions-file.js';
import { listMeetingFiles } from '../data/folder.js';
import { templateFiles } from '../data/templates.js';
import { fileAt } from '../data/shapes.js';
import { meetingsOfYear } from '../data/year.js';
import { problemsError, type Problem } from '../base/errors.js';
import { refuseBrokenSeals } from '../check/seal.js';
import type { Group, Organisation } from '../model/registry.js';
import type { Format } from '../render/documents.js';
import { INTERNAL_MARK, organisationJobs } from './jobs.js';
import type { GroupSummary } from './organisation.js';
import { thisThread, workerThreads, type Threads } from './pool.js';
import type { DocumentFile } from './render-job.js';
import { mark } from '../base/timing.js';
import { collectedEvery } from './collect.js';
import {
  fingerprinter,
  keptDocument,
  stillGood,
  templatesFingerprint,
  type MadeDocument,
  type Outcome,
  type Previous,
  type ReportSetup,
  type Task,
} from './tasks.js';

export interface ReportOptions {
  dataDir: string;
  org: Organisation;
  groups: Group[];
  year: number;
  /** The report goes to <out>/<year>/. */
  out: string;
  formats: Format[];
  threads: number;
  /** The unmasked year, for the office only: to <out>/<year>-internt/, every document marked. */
  internal?: boolean;
  today: string;
  version: string;
  progress?: (done: number, total: number) => void;
}

export interface ReportResult {
  dir: string;
  documents: number;
  rendered: number;
  unchanged: number;
  files: string[];
  index: string;
}

const MANIFEST = '.sekr-manifest.json';

interface ManifestEntry {
  fingerprint: string;
  files: string[];
  /** Each file's SHA-256 as written: a file that is not byte for byte so (cut short by a power cut, edited, left by another run) is made again. */
  hashes?: string[];
  section: string;
  title: string;
  order?: number;
}

interface Manifest {
  sekr: string;
  jobs: Record<string, ManifestEntry>;
  /** Per group: a fingerprint of its input files, its summary numbers and its documents, so an unchanged group is not even read. */
  groups?: Record<string, { inputs: string; summary: Omit<GroupSummary, 'group'>; jobs: string[] }>;
}

function readManifest(path: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    return undefined; // none yet, or unreadable: everything is rendered
  }
}

export async function runReport(o: ReportOptions): Promise<ReportResult> {
  const dir = join(o.out, o.internal ? `${o.year}-internt` : String(o.year));
  const meetingFiles = listMeetingFiles(o.dataDir).meetings;
  const followUp = loadFollowUps(o.dataDir);
  const chosen = new Set(o.groups.map((g) => g.id));
  const sections = new Set([o.org.registry.organisation.name, ...o.groups.map((g) => g.name)]);
  const manifestPath = join(dir, MANIFEST);
  // What a killed run left is put right first: the folder is then all of one run's documents.
  recoverFolder(dir);
  const before = readManifest(manifestPath);
  // Read once here; the threads are given it with the setup.
  const templates = templatesFingerprint(o.dataDir);
  const ownTemplates = templateFiles(o.dataDir).some((t) => t.source === 'data');
  const inputsOf = inputFingerprinter(o, templates, meetingFiles);
  const data = { org: o.org, meetingFiles, followUp };
  const internal = o.internal === true;
  const setup: ReportSetup = { dataDir: o.dataDir, outDir: dir, year: o.year, today: o.today, version: o.version, templates, formats: o.formats, internal };
  // Folders this run would make, so that a run stopped by bad data leaves none behind.
  const newFolders = [o.out, join(o.out, '.sekr'), join(o.out, '.sekr', String(o.year))].filter((f) => !existsSync(f));
  // The new documents are written into a new version of the folder, which takes the folder's place whole (whole-folder.ts).
  const change = changeFolder(dir);

  // Documents of groups not in this run stay listed, as long as their files are there.
  const manifest: Manifest = { sekr: o.version, jobs: {}, groups: { ...before?.groups } };
  for (const [name, entry] of Object.entries(before?.jobs ?? {})) {
    if (entry.section && entry.files.every((f) => existsSync(join(dir, f)))) manifest.jobs[name] = entry;
  }

  // The number of documents is known once a group is read; until then the bar counts a meeting file a document.
  const yearFiles = (id: string) => meetingsOfYear(o.dataDir, id, o.year, meetingFiles).length;
  const estimate = (id: string) => before?.groups?.[id]?.jobs.length ?? yearFiles(id) + 4;
  let total = 2 + o.groups.reduce((n, g) => n + estimate(g.id), 0);
  let done = 0;
  // Each document's files, written into the new version as the threads deliver them.
  const written = collectedEvery(32 * 1024 * 1024);
  const deliver = (files?: DocumentFile[]) => {
    for (const { file, data } of files ?? []) {
      change.put(file, data);
      written(data.length);
    }
    o.progress?.(++done, total);
  };
  let unchanged = 0;
  const made = new Set<string>();
  const summaries = new Map<string, Omit<GroupSummary, 'group'>>();
  const problems: Problem[] = [];
  const broken: Problem[] = [];
  const renderedNow = new Set<string>();
  const inputs = new Map<string, string>();
  // The index lists a group's documents in the order they are made, the groups in the registry's order.
  const position = new Map([...o.org.groups.keys()].map((id, i) => [id, (i + 1) * 100_000]));
  const orgOrder = new Map<string, number>();

  const record = (document: MadeDocument, order: number) => {
    manifest.jobs[document.name] = {
      fingerprint: document.fingerprint,
      files: document.files,
      hashes: document.hashes,
      section: document.section,
      title: document.title,
      order,
    };
    made.add(document.name);
    if (document.rendered) renderedNow.add(document.name);
    else unchanged++;
  };
  const outcome = (result: Outcome) => {
    if (result.kind === 'document') return record(result.document, orgOrder.get(result.document.name) ?? 0);
    summaries.set(result.group, result.summary);
    if (!chosen.has(result.group)) return;
    problems.push(...result.problems);
    broken.push(...result.broken);
    if (result.problems.length || result.broken.length) return;
    total += result.documents.length - estimate(result.group);
    result.documents.forEach((d, i) => record(d, position.get(result.group)! + i));
    manifest.groups![result.group] = { inputs: inputs.get(result.group)!, summary: result.summary, jobs: result.documents.map((d) => d.name) };
  };

  // A group whose files are byte for byte as when it was last made (and was valid then) is not read again;
  // every other group is read in a thread, also those not in this run: the summary covers them all.
  const toRead: string[] = [];
  for (const group of o.org.groups.values()) {
    inputs.set(group.id, inputsOf(group));
    const stored = before?.groups?.[group.id];
    const isChosen = chosen.has(group.id);
    if (stored && stored.inputs === inputs.get(group.id) && (!isChosen || stored.jobs.every((name) => stillGood(dir, o.formats, name, before!.jobs[name])))) {
      summaries.set(group.id, stored.summary);
      if (isChosen) stored.jobs.forEach((name, i) => (record({ name, ...before!.jobs[name]!, rendered: false }, position.get(group.id)! + i), deliver()));
    } else toRead.push(group.id);
  }
  const previousOf = (id: string): Record<string, Previous> =>
    Object.fromEntries(Object.entries(before?.jobs ?? {}).filter(([name]) => name.startsWith(`${id}/`)));

  mark('report: groups looked over');
  // Threads are started only when there is something to read or render: a run with nothing changed starts none.
  let threads: Threads | undefined;
  const start = async () => {
    // A data folder's own templates are rendered in a worker even with --jobs 1: its heap is bounded.
    threads ??= o.threads <= 1 && !ownTemplates ? await thisThread(setup, data, deliver) : await workerThreads(setup, data, o.threads, deliver);
    mark('report: threads started');
    return threads;
  };
  try {
    if (toRead.length) {
      // Once a problem is found nothing more is rendered, but every group is still checked, so all problems are told at once.
      await (
        await start()
      ).run(() => {
        const id = toRead.shift();
        return id === undefined
          ? undefined
          : { kind: 'group', group: id, render: chosen.has(id) && problems.length === 0 && broken.length === 0, previous: previousOf(id) };
      }, outcome);
    }
    mark('report: groups done');
    refuseBrokenSeals(broken);
    if (problems.length) throw problemsError(problems, t('report.yearProblems', o.year));
    const orgJobs = organisationJobs(
      o.org,
      o.year,
      [...o.org.groups.values()].map((group) => ({ group, ...summaries.get(group.id)! })),
    );
    orgJobs.forEach((job, i) => orgOrder.set(job.name, i));
    total += orgJobs.length - 2;
    const fingerprint = fingerprinter(o.version, templates);
    const toRender: Task[] = [];
    for (const job of orgJobs) {
      const print = fingerprint(job);
      const old = before?.jobs[job.name];
      if (stillGood(dir, o.formats, job.name, old, print)) {
        record(keptDocument(job, print, old!), orgOrder.get(job.name)!);
        deliver();
      } else toRender.push({ kind: 'document', job, fingerprint: print });
    }
    if (toRender.length) await (await start()).run(() => toRender.shift(), outcome);
    mark('report: organisation done');
  } catch (e) {
    change.discard();
    for (const folder of newFolders.reverse()) rmdirQuietly(folder);
    throw e;
  } finally {
    await threads?.close();
  }

  // A format rendered earlier from other data is out of date now: it goes.
  for (const name of renderedNow) {
    for (const stale of before?.jobs[name]?.files.filter((f) => !manifest.jobs[name]!.files.includes(f)) ?? []) change.drop(stale);
  }
  // A document of this run's sections that was not made again (a meeting moved or deleted) is gone from the data: its files go too.
  for (const [name, entry] of Object.entries(manifest.jobs)) {
    if (made.has(name) || !sections.has(entry.section)) continue;
    for (const f of entry.files) change.drop(f);
    delete manifest.jobs[name];
  }
  const indexText = indexOf(o, manifest);
  // Written in a fixed order, whatever order the threads finished in: the same run gives the same bytes.
  manifest.jobs = byName(manifest.jobs);
  manifest.groups = byName(manifest.groups ?? {});
  const manifestText = `${JSON.stringify(manifest, null, 1)}\n`;
  const same = (file: string, text: string) => readText(join(dir, file)) === text;
  if (change.changed || !same('index.md', indexText) || !same(MANIFEST, manifestText)) {
    change.put('index.md', indexText);
    change.put(MANIFEST, manifestText);
    // Every document is made: the new version takes the folder's place in one step.
    change.commit();
  } else change.discard();
  mark('report: files in place');
  const index = relative(process.cwd(), join(dir, 'index.md')) || join(dir, 'index.md');
  const files = Object.values(manifest.jobs).flatMap((j) => j.files);
  return { dir, documents: made.size, rendered: made.size - unchanged, unchanged, files, index };
}

function rmdirQuietly(folder: string): void {
  try {
    rmdirSync(folder);
  } catch {
    // not empty (another run's files, or a file that is not ours), or gone already
  }
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function indexOf(o: ReportOptions, manifest: Manifest): string {
  const name = o.org.registry.organisation.name;
  const sections = new Map<string, { title: string; files: string[] }[]>();
  const entries = Object.values(manifest.jobs).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  for (const entry of entries) sections.set(entry.section, [...(sections.get(entry.section) ?? []), entry]);
  const lines = [`# ${name}: dokument ${o.year}`, '', `Skapat med sekr ${o.version} den ${o.today}.`, ''];
  if (o.internal) lines.splice(1, 0, '', INTERNAL_MARK);
  const order = [name, ...[...o.org.groups.values()].map((g) => g.name)];
  for (const section of order) {
    const docs = sections.get(section);
    if (!docs?.length) continue;
    lines.push(`## ${section}`, '');
    for (const d of docs) {
      const links = d.files.map((f) => `[${f.split('.').pop()}](${encodeURI(f)})`).join(' · ');
      lines.push(`- ${d.title}: ${links}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * What a group's documents are made from, as bytes: sekr, the templates, the
 * registry, the group's plan and meeting files of the year, and today (which
 * decides what is overdue).
 */
function inputFingerprinter(o: ReportOptions, templates: string, meetingFiles: { group: string; date: string; path: string }[]): (group: Group) => string {
  const fixed = createHash('sha256').update(`${o.version}\0${o.today}\0${o.year}\0${templates}\0${o.internal ? 'internal' : 'public'}\0`);
  hashFile(fixed, join(o.dataDir, 'registry.yaml'));
  const base = fixed.digest('hex');
  return (group) => {
    const h = createHash('sha256').update(base);
    const plan = join(o.dataDir, 'plans', group.id, `${o.year}.yaml`);
    if (fileAt(plan)) {
      hashFile(h.update('plan\0'), plan);
      // A plan may run into the next year, and its follow-up then takes that year's meetings too.
      for (const f of meetingsOfYear(o.dataDir, group.id, o.year + 1, meetingFiles)) hashFile(h.update(`\0${f.date}\0`), f.path);
    }
    for (const f of meetingsOfYear(o.dataDir, group.id, o.year, meetingFiles)) hashFile(h.update(`\0${f.date}\0`), f.path);
    const followUp = followUpPath(o.dataDir, group.id);
    if (existsSync(followUp)) hashFile(h.update('actions\0'), followUp);
    return h.digest('hex');
  };
}

/** The entries sorted by name, by code unit (not localeCompare: the same bytes on every machine). */
const byName = <T>(entries: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

const chunk = Buffer.allocUnsafe(256 * 1024);

/**
 * A file's bytes into a hash through one buffer: read whole, the files of a
 * large organisation would be tens of megabytes of garbage in a thread that
 * otherwise only waits, and so seldom collects.
 */
function hashFile(hash: Hash, path: string): void {
  const fd = openSync(path, 'r');
  try {
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) hash.update(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

/**
 * `sekr report`: every yearly document of the chosen groups, rendered in
 * worker threads, skipping what a manifest of fingerprints says is unchanged,
 * and an index of everything written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { commitStaged, discardStaged, removeLeftovers, writeFileAtomic } from '../data/atomic.js';
import type { Group, Organisation } from '../model/registry.js';
import { markdownRenderer } from '../render/markdown.js';
import type { Format } from '../render/meeting.js';
import { listTemplates } from '../render/templates.js';
import { followUpView } from './follow-up.js';
import { countGroupJobs, groupJobs, organisationJobs, type Job } from './jobs.js';
import { loadGroupYear } from './load-year.js';
import { listMeetingFiles } from '../data/folder.js';
import { problemsError, type Problem } from '../errors.js';
import { groupSummary, type GroupSummary } from './organisation.js';
import { runInWorkers } from './pool.js';
import { renderJob, type StagedFile } from './render-job.js';

export interface ReportOptions {
  dataDir: string;
  org: Organisation;
  groups: Group[];
  year: number;
  /** The report goes to <out>/<year>/. */
  out: string;
  formats: Format[];
  threads: number;
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

/** What a job's output depends on: sekr, the templates and the job's data (the formats are in the files it lists). */
function fingerprinter(dataDir: string, version: string): (job: Job) => string {
  const templates = createHash('sha256');
  for (const t of listTemplates(dataDir)) templates.update(`${t.name}\0${readFileSync(t.path, 'utf8')}\0`);
  const fixed = `${version}\0${templates.digest('hex')}\0`;
  return (job) => createHash('sha256').update(fixed).update(JSON.stringify(job)).digest('hex');
}

export async function runReport(o: ReportOptions): Promise<ReportResult> {
  const dir = join(o.out, String(o.year));
  const meetingFiles = listMeetingFiles(o.dataDir).meetings;
  const chosen = new Set(o.groups.map((g) => g.id));
  const sections = new Set([o.org.registry.organisation.name, ...o.groups.map((g) => g.name)]);
  const manifestPath = join(dir, MANIFEST);
  const before = readManifest(manifestPath);
  const inputsOf = inputFingerprinter(o, meetingFiles);
  const fingerprint = fingerprinter(o.dataDir, o.version);
  // Folders this run would make, so that a run stopped by bad data leaves none behind.
  const newFolders = [o.out, dir, ...o.groups.map((g) => join(dir, g.id))].filter((f) => !existsSync(f));

  // Documents of groups not in this run stay listed, as long as their files are there.
  const manifest: Manifest = { sekr: o.version, jobs: {}, groups: { ...before?.groups } };
  for (const [name, entry] of Object.entries(before?.jobs ?? {})) {
    if (entry.section && entry.files.every((f) => existsSync(join(dir, f)))) manifest.jobs[name] = entry;
  }

  // The number of documents is known once each group is read; until then the bar counts a meeting file a document.
  const yearFiles = (id: string) => meetingFiles.filter((f) => f.group === id && f.date.startsWith(`${o.year}-`)).length;
  const estimate = (group: Group) => before?.groups?.[group.id]?.jobs.length ?? yearFiles(group.id) + 4;
  let total = 2 + o.groups.reduce((n, g) => n + estimate(g), 0);
  let done = 0;
  let unchanged = 0;
  let order = 0;
  const made = new Set<string>();
  const renderedNow = new Set<string>();
  const summaries: GroupSummary[] = [];
  const problems: Problem[] = [];
  const staged: StagedFile[] = [];
  const inHand = new Map<Job, { print: string; order: number }>();

  const record = (name: string, entry: ManifestEntry) => {
    manifest.jobs[name] = entry;
    made.add(name);
    o.progress?.(++done, total);
  };
  const usable = (name: string) => {
    const old = before?.jobs[name];
    return old !== undefined && o.formats.every((f) => old.files.includes(`${name}.${f}`)) && old.files.every((f) => existsSync(join(dir, f)));
  };
  function* check(job: Job): Generator<Job> {
    // Listed in the index in the order the jobs are made, whatever order the threads finish them in.
    const entryOrder = order++;
    const print = fingerprint(job);
    const old = before?.jobs[job.name];
    if (old && old.fingerprint === print && usable(job.name)) {
      unchanged++;
      record(job.name, { fingerprint: print, files: old.files, section: job.section, title: job.title, order: entryOrder });
      return;
    }
    inHand.set(job, { print, order: entryOrder });
    yield job;
  }
  /**
   * One pass over the groups: each is read, checked and summed up, and its
   * documents rendered as it goes. Once a problem is found nothing more is
   * rendered, but every group is still checked, so all problems are told at once.
   */
  function* jobs(): Generator<Job> {
    for (const group of o.org.groups.values()) {
      const inputs = inputsOf(group);
      const stored = before?.groups?.[group.id];
      const isChosen = chosen.has(group.id);
      // A group whose files are byte for byte as when it was last made (and was valid then) is not read again.
      if (stored && stored.inputs === inputs && (!isChosen || stored.jobs.every(usable))) {
        summaries.push({ group, ...stored.summary });
        if (isChosen) for (const name of stored.jobs) (unchanged++, record(name, { ...before!.jobs[name]!, order: order++ }));
        continue;
      }
      const { groupYear: year, problems: found } = loadGroupYear(o.dataDir, o.org, group, o.year, meetingFiles);
      const followUp = followUpView(year);
      const summary = groupSummary(year, followUp);
      summaries.push(summary);
      // Only the chosen groups' problems stop the run; the summary covers every group, from its valid files.
      if (!isChosen) continue;
      problems.push(...found);
      total += countGroupJobs(year) - estimate(group);
      if (problems.length) continue;
      const names: string[] = [];
      for (const job of groupJobs(year, o.today, followUp)) {
        names.push(job.name);
        yield* check(job);
      }
      const { group: _group, ...numbers } = summary;
      manifest.groups![group.id] = { inputs, summary: numbers, jobs: names };
    }
    if (problems.length) return;
    const orgJobs = organisationJobs(o.org, o.year, summaries);
    total += orgJobs.length - 2;
    for (const job of orgJobs) yield* check(job);
  }
  const finish = (job: Job, files: StagedFile[]) => {
    staged.push(...files);
    const { print, order: entryOrder } = inHand.get(job)!;
    inHand.delete(job);
    renderedNow.add(job.name);
    record(job.name, { fingerprint: print, files: files.map((f) => f.file), section: job.section, title: job.title, order: entryOrder });
  };

  removeLeftovers(dir, true);
  try {
    // Threads are started only when there is something to render: a run with nothing changed starts none.
    const pending = jobs();
    const first = pending.next();
    if (!first.done) {
      const all = (function* () {
        yield first.value;
        yield* { [Symbol.iterator]: () => pending };
      })();
      if (o.threads <= 1) await renderHere(o.dataDir, dir, o.formats, all, finish);
      else await runInWorkers({ dataDir: o.dataDir, outDir: dir, formats: o.formats }, all, o.threads, finish);
    }
    if (problems.length) throw problemsError(problems, `the data of ${o.year} has problems; nothing was written`);
  } catch (e) {
    for (const s of staged) discardStaged(s.tmp);
    for (const folder of newFolders.reverse()) rmdirQuietly(folder);
    throw e;
  }

  // Every document is made: now they take their places, each file whole.
  for (const s of staged) commitStaged(s.tmp, join(dir, s.file));
  // A format rendered earlier from other data is out of date now: it goes.
  for (const name of renderedNow) {
    for (const stale of before?.jobs[name]?.files.filter((f) => !manifest.jobs[name]!.files.includes(f)) ?? []) rmSync(join(dir, stale), { force: true });
  }
  // A document of this run's sections that was not made again (a meeting moved or deleted) is gone from the data: its files go too.
  for (const [name, entry] of Object.entries(manifest.jobs)) {
    if (made.has(name) || !sections.has(entry.section)) continue;
    for (const f of entry.files) rmSync(join(dir, f), { force: true });
    delete manifest.jobs[name];
  }
  const index = writeIndex(dir, o, manifest);
  writeFileAtomic(manifestPath, `${JSON.stringify(manifest, null, 1)}\n`);
  const files = Object.values(manifest.jobs).flatMap((j) => j.files);
  return { dir, documents: total, rendered: total - unchanged, unchanged, files, index };
}

/** With one thread: in this process, two jobs in hand, so a document renders while the last one's files flush. */
async function renderHere(dataDir: string, outDir: string, formats: Format[], jobs: Iterator<Job>, finish: (job: Job, files: StagedFile[]) => void): Promise<void> {
  const render = await markdownRenderer(dataDir);
  const inHand: Promise<void>[] = [];
  try {
    for (let next = jobs.next(); !next.done; next = jobs.next()) {
      const job = next.value;
      const p = renderJob({ render, outDir, formats }, job).then((files) => finish(job, files));
      p.catch(() => undefined); // awaited below; this only keeps a failure from being reported twice
      inHand.push(p);
      if (inHand.length >= 2) await inHand.shift();
    }
  } finally {
    await Promise.allSettled(inHand);
  }
  await Promise.all(inHand);
}

function rmdirQuietly(folder: string): void {
  try {
    rmdirSync(folder);
  } catch {
    // not empty (another run's files, or a file that is not ours), or gone already
  }
}

function writeIndex(dir: string, o: ReportOptions, manifest: Manifest): string {
  const name = o.org.registry.organisation.name;
  const sections = new Map<string, { title: string; files: string[] }[]>();
  const entries = Object.values(manifest.jobs).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  for (const entry of entries) sections.set(entry.section, [...(sections.get(entry.section) ?? []), entry]);
  const lines = [`# ${name}: dokument ${o.year}`, '', `Skapat med sekr ${o.version} den ${o.today}.`, ''];
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
  const path = join(dir, 'index.md');
  writeFileAtomic(path, lines.join('\n'));
  return relative(process.cwd(), path) || path;
}


/**
 * What a group's documents are made from, as bytes: sekr, the templates, the
 * registry, the group's plan and meeting files of the year, and today (which
 * decides what is overdue).
 */
function inputFingerprinter(o: ReportOptions, meetingFiles: { group: string; date: string; path: string }[]): (group: Group) => string {
  const fixed = createHash('sha256').update(`${o.version}\0${o.today}\0${o.year}\0`);
  for (const t of listTemplates(o.dataDir)) fixed.update(`${t.name}\0`).update(readFileSync(t.path));
  fixed.update(readFileSync(join(o.dataDir, 'registry.yaml')));
  const base = fixed.digest('hex');
  return (group) => {
    const h = createHash('sha256').update(base);
    const plan = join(o.dataDir, 'plans', group.id, `${o.year}.yaml`);
    if (existsSync(plan)) h.update('plan\0').update(readFileSync(plan));
    for (const f of meetingFiles) if (f.group === group.id && f.date.startsWith(`${o.year}-`)) h.update(`\0${f.date}\0`).update(readFileSync(f.path));
    return h.digest('hex');
  };
}

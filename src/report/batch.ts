/**
 * `sekr report`: every yearly document of the chosen groups, rendered in
 * worker threads, skipping what a manifest of fingerprints says is unchanged,
 * and an index of everything written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { removeLeftovers, writeFileAtomic } from '../data/atomic.js';
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
import { renderJob } from './render-job.js';

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
  // Every file is checked first, so bad data stops the run before anything is written;
  // then the groups are read again one at a time, so memory stays flat however many there are.
  const meetingFiles = listMeetingFiles(o.dataDir).meetings;
  const groupYear = (group: Group) => loadGroupYear(o.dataDir, o.org, group, o.year, meetingFiles);
  const summaries: GroupSummary[] = [];
  const problems: Problem[] = [];
  let total = 0;
  const chosen = new Set(o.groups.map((g) => g.id));
  const manifestPath = join(dir, MANIFEST);
  const before = readManifest(manifestPath);
  const inputsOf = inputFingerprinter(o, meetingFiles);
  const inputs = new Map<string, string>();
  // A group whose files are byte for byte as when it was last made (and was valid then) is not read again.
  const cached = new Set<string>();
  // The summary covers every group of the organisation, also in a run for some of them;
  // only the chosen groups' problems stop the run.
  for (const group of o.org.groups.values()) {
    inputs.set(group.id, inputsOf(group));
    const stored = before?.groups?.[group.id];
    if (stored && stored.inputs === inputs.get(group.id)) {
      cached.add(group.id);
      summaries.push({ group, ...stored.summary });
      if (chosen.has(group.id)) total += stored.jobs.length;
      continue;
    }
    const { groupYear: year, problems: found } = groupYear(group);
    summaries.push(groupSummary(year, followUpView(year)));
    if (!chosen.has(group.id)) continue;
    problems.push(...found);
    total += countGroupJobs(year);
  }
  if (problems.length) throw problemsError(problems, `the data of ${o.year} has problems; nothing was written`);
  removeLeftovers(dir, true);
  const orgJobs = organisationJobs(o.org, o.year, summaries);
  total += orgJobs.length;
  const sections = new Set([o.org.registry.organisation.name, ...o.groups.map((g) => g.name)]);

  // Documents of groups not in this run stay listed, as long as their files are there.
  const manifest: Manifest = { sekr: o.version, jobs: {}, groups: { ...before?.groups } };
  for (const [name, entry] of Object.entries(before?.jobs ?? {})) {
    if (entry.section && entry.files.every((f) => existsSync(join(dir, f)))) manifest.jobs[name] = entry;
  }
  const fingerprint = fingerprinter(o.dataDir, o.version);
  let done = 0;
  let unchanged = 0;
  const made = new Set<string>();
  let order = 0;
  const orderOf = new Map<Job, number>();
  const record = (job: Job, files: string[], print: string) => {
    manifest.jobs[job.name] = { fingerprint: print, files, section: job.section, title: job.title, order: orderOf.get(job) ?? 0 };
    made.add(job.name);
    o.progress?.(++done, total);
  };

  // Jobs whose fingerprint and files are as the manifest says are not rendered again.
  const prints = new Map<Job, string>();
  const usable = (name: string) => {
    const old = before?.jobs[name];
    return old !== undefined && o.formats.every((f) => old.files.includes(`${name}.${f}`)) && old.files.every((f) => existsSync(join(dir, f)));
  };
  function* toRender(): Generator<Job> {
    for (const job of orgJobs) yield* check(job);
    for (const group of o.groups) {
      const stored = before?.groups?.[group.id];
      if (cached.has(group.id) && stored && stored.jobs.every(usable)) {
        for (const name of stored.jobs) {
          const old = before!.jobs[name]!;
          manifest.jobs[name] = { ...old, order: order++ };
          made.add(name);
          unchanged++;
          o.progress?.(++done, total);
        }
        continue;
      }
      const { groupYear: year } = groupYear(group);
      const names: string[] = [];
      for (const job of groupJobs(year, o.today, followUpView(year))) {
        names.push(job.name);
        yield* check(job);
      }
      const summary = summaries.find((x) => x.group.id === group.id)!;
      const { group: _group, ...numbers } = summary;
      manifest.groups![group.id] = { inputs: inputs.get(group.id)!, summary: numbers, jobs: names };
    }
  }
  function* check(job: Job): Generator<Job> {
    // Listed in the index in the order the jobs are made, whatever order the threads finish them in.
    orderOf.set(job, order++);
    const print = fingerprint(job);
    const old = before?.jobs[job.name];
    const has = (format: Format) => old?.files.includes(`${job.name}.${format}`);
    if (old && old.fingerprint === print && o.formats.every(has) && old.files.every((f) => existsSync(join(dir, f)))) {
      unchanged++;
      record(job, old.files, print);
      return;
    }
    prints.set(job, print);
    yield job;
  }

  const jobs = toRender();
  const finish = (job: Job, files: string[]) => {
    // A format rendered earlier from other data is out of date now: it goes.
    for (const stale of before?.jobs[job.name]?.files.filter((f) => !files.includes(f)) ?? []) rmSync(join(dir, stale), { force: true });
    record(job, files, prints.get(job)!);
    prints.delete(job);
  };
  const threads = Math.max(1, Math.min(o.threads, total));
  if (threads === 1) {
    const render = await markdownRenderer(o.dataDir);
    for (let next = jobs.next(); !next.done; next = jobs.next()) finish(next.value, await renderJob({ render, outDir: dir, formats: o.formats }, next.value));
  } else {
    await runInWorkers({ dataDir: o.dataDir, outDir: dir, formats: o.formats }, jobs, threads, finish);
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

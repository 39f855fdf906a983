/**
 * `sekr report`: every yearly document of the chosen groups, rendered in
 * worker threads, skipping what a manifest of fingerprints says is unchanged,
 * and an index of everything written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeFileAtomic } from '../data/atomic.js';
import type { Group, Organisation } from '../model/registry.js';
import { markdownRenderer } from '../render/markdown.js';
import type { Format } from '../render/meeting.js';
import { listTemplates } from '../render/templates.js';
import { followUpView } from './follow-up.js';
import { countGroupJobs, groupJobs, organisationJobs, type Job } from './jobs.js';
import { loadYear } from './load-year.js';
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

interface Manifest {
  sekr: string;
  jobs: Record<string, { fingerprint: string; files: string[] }>;
}

function readManifest(path: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    return undefined; // none yet, or unreadable: everything is rendered
  }
}

/** What a job's output depends on: sekr, the templates, the formats and the job's data. */
function fingerprinter(dataDir: string, version: string, formats: Format[]): (job: Job) => string {
  const templates = createHash('sha256');
  for (const t of listTemplates(dataDir)) templates.update(`${t.name}\0${readFileSync(t.path, 'utf8')}\0`);
  const fixed = `${version}\0${templates.digest('hex')}\0${formats.join(',')}\0`;
  return (job) => createHash('sha256').update(fixed).update(JSON.stringify(job)).digest('hex');
}

export async function runReport(o: ReportOptions): Promise<ReportResult> {
  const dir = join(o.out, String(o.year));
  const years = loadYear(o.dataDir, o.org, o.groups, o.year);
  const followUps = years.map((groupYear) => ({ groupYear, followUp: followUpView(groupYear) }));
  const total = followUps.reduce((n, g) => n + countGroupJobs(g.groupYear), 0) + organisationJobs(o.org, o.year, followUps).length;

  const manifestPath = join(dir, MANIFEST);
  const before = readManifest(manifestPath);
  const manifest: Manifest = { sekr: o.version, jobs: {} };
  const fingerprint = fingerprinter(o.dataDir, o.version, o.formats);
  const sections = new Map<string, { title: string; files: string[] }[]>();
  let done = 0;
  let unchanged = 0;
  const record = (job: Job, files: string[], print: string) => {
    manifest.jobs[job.name] = { fingerprint: print, files };
    sections.set(job.section, [...(sections.get(job.section) ?? []), { title: job.title, files }]);
    o.progress?.(++done, total);
  };

  // Jobs whose fingerprint and files are as the manifest says are not rendered again.
  const prints = new Map<Job, string>();
  function* toRender(): Generator<Job> {
    for (const job of organisationJobs(o.org, o.year, followUps)) yield* check(job);
    for (const g of followUps) for (const job of groupJobs(g.groupYear, o.today, g.followUp)) yield* check(job);
  }
  function* check(job: Job): Generator<Job> {
    const print = fingerprint(job);
    const old = before?.jobs[job.name];
    if (old && old.fingerprint === print && old.files.every((f) => existsSync(join(dir, f)))) {
      unchanged++;
      record(job, old.files, print);
      return;
    }
    prints.set(job, print);
    yield job;
  }

  const jobs = toRender();
  const finish = (job: Job, files: string[]) => {
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

  const index = writeIndex(dir, o, sections);
  writeFileAtomic(manifestPath, `${JSON.stringify(manifest, null, 1)}\n`);
  const files = Object.values(manifest.jobs).flatMap((j) => j.files);
  return { dir, documents: total, rendered: total - unchanged, unchanged, files, index };
}

function writeIndex(dir: string, o: ReportOptions, sections: Map<string, { title: string; files: string[] }[]>): string {
  const name = o.org.registry.organisation.name;
  const lines = [`# ${name}: dokument ${o.year}`, '', `Skapat med sekr ${o.version} den ${o.today}.`, ''];
  const order = [name, ...o.groups.map((g) => g.name)];
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

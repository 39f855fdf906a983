import { t } from '../base/i18n.js';
import { availableParallelism } from 'node:os';
import { version } from '../base/package.js';
import { loadRegistry, outDir, requireGroup, resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { today } from '../model/dates.js';
import { runReport } from '../report/batch.js';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { problemsError } from '../base/errors.js';
import { writeFileAtomic } from '../data/atomic.js';
import { listMeetingFiles } from '../data/folder.js';
import { sheetBytes } from '../data/spreadsheet.js';
import { attendanceSheets } from '../report/attendance-sheet.js';
import { attendanceYearView } from '../report/attendance-year.js';
import { loadGroupYear } from '../report/load-year.js';
import type { Group, Organisation } from '../model/registry.js';
import { commandOptions, Count, Flag, Formats, parseOptions, Repeated, Text, Year, type Parsed } from './options.js';
import { dim, lines, ok, warn, type Context, type Result } from './result.js';

export const options = commandOptions({
  year: Year,
  group: Repeated,
  out: Text,
  format: Text,
  jobs: Count(1, 64, t('report.jobsWhat'), t('report.jobsExample')),
  internal: Flag,
  json: Flag,
});

/** `sekr report --year Y`: the year's documents of every group (or those named), and the organisation's. */
export async function run(opts: Parsed<typeof options>, context: Context): Promise<Result> {
  const year = opts.year ?? Number(today().slice(0, 4));
  const threads = opts.jobs ?? Math.min(availableParallelism(), 8);
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const groups = opts.group?.length ? opts.group.flatMap((g) => g.split(',')).map((id) => requireGroup(org, id.trim())) : [...org.groups.values()];

  // xlsx: the attendance of the year as a spreadsheet; the other formats are the documents'.
  const asked = (opts.format ?? 'md,docx').split(',').map((f) => f.trim().toLowerCase());
  const sheets = asked.includes('xlsx');
  const documents = asked.filter((f) => f !== 'xlsx' && f !== '');
  const started = performance.now();
  const text = lines();
  const out = outDir(opts.out, dataDir);
  const written = sheets ? await attendanceFiles(dataDir, org, groups, year, out) : [];
  for (const file of written) text.info(ok(t('result.wrote')), ` ${displayPath(file)}`);
  if (!documents.length) return { data: { year, files: written.map((f) => displayPath(f)) }, lines: text.list };
  const formats = parseOptions(z.object({ format: Formats }), { format: documents.join(',') }).format;
  const bar = await context.progressBar();
  let result;
  try {
    result = await runReport({
      dataDir,
      org,
      groups,
      year,
      out,
      formats,
      internal: opts.internal === true,
      threads,
      today: today(),
      version: version(),
      progress: bar?.update,
    });
  } finally {
    bar?.stop();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const what =
    result.rendered === 0 ? [dim(t('report.upToDate', result.documents))] : [ok(t('result.wrote')), t('report.rendered', result.rendered, result.unchanged)];
  text.info(t('report.head', opts.internal === true, year, groups.length), ...what, t('report.tail', seconds, displayPath(result.index)));
  if (opts.internal) text.notice(warn(t('report.internal', displayPath(result.dir))));
  const data = {
    year,
    dir: displayPath(result.dir),
    documents: result.documents,
    rendered: result.rendered,
    unchanged: result.unchanged,
    seconds: Number(seconds),
    index: displayPath(result.index),
    files: [...result.files, ...written.map((f) => displayPath(f))],
  };
  return { data, lines: text.list };
}

/** Each group's attendance of the year as <out>/<year>/<group>/narvaro-<year>.xlsx; the year's data checked first, as the report checks it. */
async function attendanceFiles(dataDir: string, org: Organisation, groups: Group[], year: number, out: string): Promise<string[]> {
  const files = listMeetingFiles(dataDir).meetings;
  const made: { path: string; bytes: Uint8Array }[] = [];
  for (const group of groups) {
    const { groupYear, problems } = loadGroupYear(dataDir, org, group, year, files);
    if (problems.length) throw problemsError(problems, t('report.yearProblems', year));
    if (!groupYear.meetings.length) continue;
    const bytes = await sheetBytes(attendanceSheets(attendanceYearView(groupYear)), 'xlsx', {
      creator: org.registry.organisation.name,
      title: `Närvaro ${year} ${group.name}`, // not translated: words of the document
    });
    made.push({ path: join(out, String(year), group.id, `narvaro-${year}.xlsx`), bytes });
  }
  for (const f of made) writeFileAtomic(f.path, f.bytes);
  return made.map((f) => f.path);
}

import { availableParallelism } from 'node:os';
import { version } from '../base/package.js';
import { loadRegistry, outDir, requireGroup, resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { today } from '../model/dates.js';
import { runReport } from '../report/batch.js';
import { commandOptions, Count, Flag, Formats, Repeated, Year, Text, type Parsed } from './options.js';
import { dim, lines, ok, warn, type Context, type Result } from './result.js';

export const options = commandOptions({
  year: Year,
  group: Repeated,
  out: Text,
  format: Formats,
  jobs: Count(1, 64, 'a number of threads', 'e.g. --jobs 2; 1 renders in this process'),
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

  const started = performance.now();
  const bar = await context.progressBar();
  let result;
  try {
    result = await runReport({
      dataDir,
      org,
      groups,
      year,
      out: outDir(opts.out, dataDir),
      formats: opts.format,
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
  const text = lines();
  const what =
    result.rendered === 0
      ? [dim(`nothing changed since the last run: all ${result.documents} documents are up to date`)]
      : [ok('wrote'), ` ${result.rendered} document${result.rendered === 1 ? '' : 's'}${result.unchanged ? `, ${result.unchanged} unchanged (skipped)` : ''}`];
  const kind = opts.internal ? 'internal report' : 'report';
  text.info(`${kind} ${year}, ${groups.length} group${groups.length === 1 ? '' : 's'}: `, ...what, ` in ${seconds} s; index: ${displayPath(result.index)}`);
  if (opts.internal) text.notice(warn(`${displayPath(result.dir)} holds confidential paragraphs in full: keep it inside the office, never publish it`));
  const data = {
    year,
    dir: displayPath(result.dir),
    documents: result.documents,
    rendered: result.rendered,
    unchanged: result.unchanged,
    seconds: Number(seconds),
    index: displayPath(result.index),
    files: result.files,
  };
  return { data, lines: text.list };
}

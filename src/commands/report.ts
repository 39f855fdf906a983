import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { GlobalOptions } from '../cli.js';
import { loadRegistry, requireGroup, resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { SekrError } from '../errors.js';
import { today } from '../model/dates.js';
import { info, printJson, style } from '../output.js';
import { parseFormats } from '../render/meeting.js';
import { runReport } from '../report/batch.js';
import { version } from '../package.js';

interface Options extends GlobalOptions {
  year?: string;
  group?: string[];
  out: string;
  format: string;
  jobs?: string;
  json?: boolean;
}

export async function run(opts: Options): Promise<void> {
  const year = Number(opts.year ?? today().slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new SekrError(`--year '${opts.year}' is not a year`, { hint: 'e.g. --year 2026' });
  const formats = parseFormats(opts.format);
  const threads = opts.jobs === undefined ? Math.min(availableParallelism(), 8) : Number(opts.jobs);
  if (!Number.isInteger(threads) || threads < 1 || threads > 64) throw new SekrError(`--jobs '${opts.jobs}' is not a number of threads`, { hint: 'e.g. --jobs 2; 1 renders in this process' });
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const groups = opts.group?.length ? opts.group.flatMap((g) => g.split(',')).map((id) => requireGroup(org, id.trim())) : [...org.groups.values()];

  const started = performance.now();
  const bar = process.stderr.isTTY && !opts.quiet && !opts.json ? await progressBar() : undefined;
  let result;
  try {
    result = await runReport({ dataDir, org, groups, year, out: resolve(opts.out), formats, threads, today: today(), version: version(), progress: bar?.update });
  } finally {
    bar?.stop();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (opts.json) {
    printJson({ year, dir: displayPath(result.dir), documents: result.documents, rendered: result.rendered, unchanged: result.unchanged, seconds: Number(seconds), index: displayPath(result.index), files: result.files });
    return;
  }
  const what = result.rendered === 0 ? style.dim(`nothing changed since the last run: all ${result.documents} documents are up to date`) : `${style.green('wrote')} ${result.rendered} document${result.rendered === 1 ? '' : 's'}${result.unchanged ? `, ${result.unchanged} unchanged (skipped)` : ''}`;
  info(`report ${year}, ${groups.length} group${groups.length === 1 ? '' : 's'}: ${what} in ${seconds} s; index: ${displayPath(result.index)}`, opts.quiet);
}

/** A progress bar on the terminal only; cli-progress draws it on stderr. */
async function progressBar(): Promise<{ update: (done: number, total: number) => void; stop: () => void }> {
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const bar = new SingleBar({ format: ' {bar} {value}/{total} documents  {eta_formatted} left', hideCursor: true, clearOnComplete: true, stream: process.stderr }, Presets.shades_classic);
  let started = false;
  let known = 0;
  return {
    // The total grows or shrinks as the groups are read: a meeting file is counted a document until then.
    update: (done, total) => {
      if (!started) {
        bar.start(total, 0);
        started = true;
      } else if (total !== known) bar.setTotal(total);
      known = total;
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}

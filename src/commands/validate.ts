import type { GlobalOptions } from '../cli.js';
import { resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { EXIT } from '../errors.js';
import { formatProblem, info, out, printJson, style } from '../output.js';
import { validateFolder } from '../validate/folder.js';

export function run(opts: GlobalOptions & { json?: boolean }): void {
  const dir = resolveDataDir(opts.data);
  const report = validateFolder(dir);
  const n = report.problems.length;
  const plural = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
  if (opts.json) printJson({ ok: n === 0, data: dir, ...report });
  else {
    for (const p of report.problems) out(formatProblem(p));
    const counts = [plural(report.groups, 'group'), plural(report.people, 'person', 'people'), plural(report.meetings, 'meeting'), plural(report.plans, 'plan')].join(', ');
    if (n === 0) info(`${style.green('✓')} ${displayPath(dir)}: ${counts}; no problems`, opts.quiet);
    else info(`${style.red('✗')} ${displayPath(dir)}: ${n} problem${n === 1 ? '' : 's'} (${counts})`);
  }
  if (n) process.exitCode = EXIT.badInput;
}

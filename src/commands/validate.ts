import { resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { EXIT } from '../base/errors.js';
import { validateFolder } from '../check/folder.js';
import { commandOptions, Flag, type Parsed } from './options.js';
import { bad, lines, ok, problemSpans, type Result } from './result.js';

export const options = commandOptions({ strict: Flag, json: Flag });

/** `sekr validate`: every file of the data folder against its schema and the rules across files. */
export function run(opts: Parsed<typeof options>): Result {
  const dir = resolveDataDir(opts.data);
  const report = validateFolder(dir);
  const n = report.problems.length;
  const plural = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
  const text = lines();
  for (const p of report.problems) text.out(...problemSpans(p));
  for (const p of report.warnings) text.out(...problemSpans(p, 'warning'));
  const w = report.warnings.length;
  const warned = w ? `; ${w} warning${w === 1 ? '' : 's'}` : '';
  const counts = [
    plural(report.groups, 'group'),
    plural(report.people, 'person', 'people'),
    plural(report.meetings, 'meeting'),
    plural(report.plans, 'plan'),
  ].join(', ');
  const failed = n > 0 || (opts.strict === true && w > 0);
  if (!failed) text.info(ok('✓'), ` ${displayPath(dir)}: ${counts}; no problems${warned}`);
  else text.notice(bad('✗'), ` ${displayPath(dir)}: ${n} problem${n === 1 ? '' : 's'}${warned} (${counts})${n === 0 ? ', and --strict counts warnings' : ''}`);
  return { data: { ok: !failed, data: dir, ...report }, lines: text.list, exitCode: failed ? EXIT.badInput : undefined };
}

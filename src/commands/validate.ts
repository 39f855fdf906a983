import { resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { EXIT } from '../base/errors.js';
import { validateFolder } from '../check/folder.js';
import { commandOptions, Flag, type Parsed } from './options.js';
import { bad, lines, ok, problemSpans, type Result } from './result.js';

export const options = commandOptions({ json: Flag });

/** `sekr validate`: every file of the data folder against its schema and the rules across files. */
export function run(opts: Parsed<typeof options>): Result {
  const dir = resolveDataDir(opts.data);
  const report = validateFolder(dir);
  const n = report.problems.length;
  const plural = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
  const text = lines();
  for (const p of report.problems) text.out(...problemSpans(p));
  const counts = [
    plural(report.groups, 'group'),
    plural(report.people, 'person', 'people'),
    plural(report.meetings, 'meeting'),
    plural(report.plans, 'plan'),
  ].join(', ');
  if (n === 0) text.info(ok('✓'), ` ${displayPath(dir)}: ${counts}; no problems`);
  else text.notice(bad('✗'), ` ${displayPath(dir)}: ${n} problem${n === 1 ? '' : 's'} (${counts})`);
  return { data: { ok: n === 0, data: dir, ...report }, lines: text.list, exitCode: n ? EXIT.badInput : undefined };
}

import { t } from '../base/i18n.js';
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
  const text = lines();
  for (const p of report.problems) text.out(...problemSpans(p));
  for (const p of report.warnings) text.out(...problemSpans(p, 'warning'));
  const w = report.warnings.length;
  const warned = t('validate.warnings', w);
  const counts = t('validate.counts', report.groups, report.people, report.meetings, report.plans);
  const failed = n > 0 || (opts.strict === true && w > 0);
  if (!failed) text.info(ok('✓'), t('validate.ok', displayPath(dir), counts, warned));
  else text.notice(bad('✗'), t('validate.failed', displayPath(dir), n, warned, counts));
  return { data: { ok: !failed, data: dir, ...report }, lines: text.list, exitCode: failed ? EXIT.badInput : undefined };
}

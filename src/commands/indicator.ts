/** `sekr indicator set PLAN INDICATOR --value V [--unit U] [--date D]`: a result of a plan's indicator, recorded in the plan. */
import { t } from '../base/i18n.js';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { problemsError, SekrError } from '../base/errors.js';
import { didYouMean } from '../base/suggest.js';
import { fold } from '../base/text.js';
import { checkPlan, indicatorId } from '../check/plan.js';
import { writeFileAtomic } from '../data/atomic.js';
import { loadRegistry, readPlan, resolveDataDir, type PlanFile } from '../data/folder.js';
import { lockMeeting } from '../data/lock.js';
import { changedYamlText } from '../data/registry-file.js';
import { checkSchema } from '../data/schema-problems.js';
import { displayPath, parseYamlText } from '../data/yaml-file.js';
import { today } from '../model/dates.js';
import { Plan } from '../schema/plan.js';
import { commandOptions, Flag, IsoDate, Text, type Parsed } from './options.js';
import { dim, lines, ok, type Result } from './result.js';

export const setOptions = commandOptions({ unit: Text, value: Text, date: IsoDate, comment: Text, json: Flag });

/** PLAN as the user wrote it: group/yyyy, or the path of a plan file. */
function resolvePlan(dataDir: string, ref: string): PlanFile {
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/(\d{4})$/.exec(ref);
  const path = m ? join(dataDir, 'plans', m[1]!, `${m[2]}.yaml`) : resolve(ref);
  if (!existsSync(path)) {
    throw new SekrError(t('indicator.noPlan', ref, displayPath(path)), { hint: t('indicator.noPlanHint') });
  }
  const year = /^(\d{4})\.yaml$/.exec(basename(path))?.[1];
  if (!year) throw new SekrError(t('indicator.planFileName', ref));
  return { group: basename(dirname(path)), year: Number(year), path };
}

/** "12", "12,5" (a Swedish decimal comma) and "12.5" are numbers; anything else is kept as text ("ja", "3 av 8"). */
function valueOf(text: string): number | string {
  const n = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(n) ? n : text.trim();
}

export function runSet(planRef: string, indicatorRef: string, opts: Parsed<typeof setOptions>): Result {
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const ref = resolvePlan(dataDir, planRef);
  if (opts.value === undefined || opts.value.trim() === '') throw new SekrError(t('indicator.whatResult'), { hint: t('indicator.whatResultHint') });
  const lock = lockMeeting(ref.path, 'sekr indicator set');
  try {
    const { value: plan, problems } = readPlan(ref.path);
    if (!plan) throw problemsError(problems, t('indicator.planProblems', displayPath(ref.path)));
    const index = plan.indicators.findIndex((i) => indicatorId(i) === indicatorRef || fold(i.name) === fold(indicatorRef));
    const ids = plan.indicators.map(indicatorId);
    if (index === -1) {
      throw new SekrError(t('indicator.noIndicator', indicatorRef, displayPath(ref.path)), {
        hint: didYouMean(indicatorRef, ids) ?? (ids.length ? t('indicator.itsIndicators', ids.join(', ')) : t('indicator.noIndicators')),
      });
    }
    const indicator = plan.indicators[index]!;
    const units = plan.units.map((u) => u.id);
    if (indicator.perUnit && opts.unit === undefined)
      throw new SekrError(t('indicator.perUnit', ids[index]!), { hint: t('indicator.addUnit', units.join(', ')) });
    if (!indicator.perUnit && opts.unit !== undefined) throw new SekrError(t('indicator.notPerUnit', ids[index]!), { hint: t('indicator.notPerUnitHint') });
    if (opts.unit !== undefined && !units.includes(opts.unit))
      throw new SekrError(t('indicator.noUnit', opts.unit), { hint: didYouMean(opts.unit, units) ?? t('indicator.planUnits', units.join(', ')) });
    const date = opts.date ?? today();
    const result = Object.fromEntries(
      Object.entries({ date, unit: opts.unit, value: valueOf(opts.value), comment: opts.comment }).filter(([, v]) => v !== undefined),
    );
    const same = indicator.results.findIndex((r) => r.date === date && r.unit === opts.unit);
    const file = displayPath(ref.path);
    const { text } = changedYamlText(readFileSync(ref.path, 'utf8'), file, (change) => {
      if (same === -1) change.append(['indicators', index, 'results'], result);
      else change.replace(['indicators', index, 'results', same], result);
    });
    const yf = parseYamlText(text, file);
    const shape = checkSchema(Plan, yf);
    const found = shape.ok ? checkPlan(org, shape.value, yf, ref) : shape.problems;
    if (found.length) throw problemsError(found, t('indicator.wouldLeave', file));
    writeFileAtomic(ref.path, text);
    const out = lines();
    out.info(
      ok(same === -1 ? t('indicator.recorded') : t('indicator.replaced')),
      ` ${t('indicator.resultLine', ids[index]!, opts.unit && plan.units.find((u) => u.id === opts.unit)!.name, String(result.value), date)}`,
    );
    if (same !== -1) out.info(dim(t('indicator.itWas', String(indicator.results[same]!.value))));
    return { data: { plan: `${ref.group}/${ref.year}`, indicator: ids[index], result }, lines: out.list };
  } finally {
    lock.release();
  }
}

/** An annual plan checked against the registry. */
import { t } from '../base/i18n.js';
import type { Problem } from '../base/errors.js';
import { didYouMean } from '../base/suggest.js';
import type { PlanFile } from '../data/folder.js';
import { pathText } from '../data/schema-problems.js';
import type { YamlFile } from '../data/yaml-file.js';
import type { Organisation } from '../model/registry.js';
import { idFromName } from '../model/people.js';
import type { PlanData } from '../schema/plan.js';
import { reporter, type Path } from './located.js';

/** An annual plan checked against the registry: its group, and the parent group's goals it links to. */
export function checkPlan(org: Organisation, plan: PlanData, yf: YamlFile, ref: PlanFile): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(yf, problems);
  const group = org.groups.get(ref.group);
  if (!group) {
    report([], t('plan.noGroup', ref.group), didYouMean(ref.group, org.groups.keys()) ?? t('plan.noGroupHint'));
    return problems;
  }
  if (plan.group !== undefined && plan.group !== ref.group) report(['group'], t('plan.wrongFolder', ref.group, plan.group), t('plan.wrongFolderHint'));
  if (plan.year !== ref.year) report(['year'], t('plan.wrongYear', ref.year, plan.year), t('plan.wrongYearHint'));
  const parent = group.parent ? org.groups.get(group.parent) : undefined;
  const parentGoals = parent?.goals.map((g) => g.id) ?? [];
  const ids = new Map<string, string>();
  if (plan.start !== undefined && plan.end === undefined) report(['start'], t('plan.startNoEnd'), t('plan.startNoEndHint'));
  if (plan.end !== undefined && plan.start === undefined) report(['end'], t('plan.endNoStart'), t('plan.endNoStartHint'));
  if (plan.start !== undefined && Number(plan.start.slice(0, 4)) !== plan.year)
    report(['start'], t('plan.startYear', plan.start.slice(0, 4), plan.year), t('plan.startYearHint'));
  if (plan.start !== undefined && plan.end !== undefined && plan.end < plan.start) report(['end'], t('plan.endBeforeStart', plan.end, plan.start));
  const units = plan.units.map((u) => u.id);
  const indicatorIds = new Map<string, number>();
  plan.indicators.forEach((indicator, ii) => {
    const id = indicatorId(indicator);
    const first = indicatorIds.get(id);
    if (first !== undefined) report(['indicators', ii, indicator.id ? 'id' : 'name'], t('plan.indicatorTwice', id, first), t('plan.indicatorTwiceHint'));
    else indicatorIds.set(id, ii);
    indicator.results.forEach((r, ri) => {
      if (r.unit === undefined) {
        if (indicator.perUnit) report(['indicators', ii, 'results', ri], t('plan.whichUnit', id), t('plan.addUnit', units.join(', ')));
      } else if (!indicator.perUnit) report(['indicators', ii, 'results', ri, 'unit'], t('plan.notPerUnit', id), t('plan.notPerUnitHint'));
      else if (!units.includes(r.unit))
        report(['indicators', ii, 'results', ri, 'unit'], t('plan.unknownUnit', r.unit), didYouMean(r.unit, units) ?? t('plan.unitsAre', units.join(', ')));
    });
  });
  plan.goals.forEach((goal, gi) => {
    if (goal.parentGoal !== undefined && !parentGoals.includes(goal.parentGoal)) {
      report(
        ['goals', gi, 'parentGoal'],
        t('plan.unknownGoal', goal.parentGoal, parent?.name, group.id),
        didYouMean(goal.parentGoal, parentGoals) ?? (parentGoals.length ? t('plan.goalsAre', parentGoals.join(', ')) : t('plan.addParentGoals')),
      );
    }
    const seen = (id: string, path: Path) => {
      const before = ids.get(id);
      if (before) report(path, t('plan.duplicateId', id, before), t('plan.duplicateIdHint'));
      else ids.set(id, pathText(path));
    };
    seen(goal.id, ['goals', gi, 'id']);
    goal.activities.forEach((a, ai) => seen(a.id, ['goals', gi, 'activities', ai, 'id']));
  });
  return problems;
}

/** The activity ids of a plan. */
export function activityIds(plan: PlanData): string[] {
  return plan.goals.flatMap((g) => g.activities.map((a) => a.id));
}

/** An indicator's id: its own, or made from its name as `sekr indicator set` and `sekr migrate` make it. */
export function indicatorId(indicator: { id?: string; name: string }): string {
  return indicator.id ?? idFromName(indicator.name);
}

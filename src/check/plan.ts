/** An annual plan checked against the registry. */
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
    report(
      [],
      `no group '${ref.group}' in the registry (the folder plans/${ref.group}/ names it)`,
      didYouMean(ref.group, org.groups.keys()) ?? 'add the group to registry.yaml or move the file',
    );
    return problems;
  }
  if (plan.group !== undefined && plan.group !== ref.group)
    report(['group'], `the file is in plans/${ref.group}/ but says group: ${plan.group}`, 'move the file or correct group:');
  if (plan.year !== ref.year) report(['year'], `the file is named ${ref.year}.yaml but says year: ${plan.year}`, 'rename the file or correct year:');
  const parent = group.parent ? org.groups.get(group.parent) : undefined;
  const parentGoals = parent?.goals.map((g) => g.id) ?? [];
  const ids = new Map<string, string>();
  if (plan.start !== undefined && plan.end === undefined)
    report(['start'], 'the plan has a start but no end', 'add end: yyyy-mm-dd, or remove start for a calendar year');
  if (plan.end !== undefined && plan.start === undefined)
    report(['end'], 'the plan has an end but no start', 'add start: yyyy-mm-dd, or remove end for a calendar year');
  if (plan.start !== undefined && Number(plan.start.slice(0, 4)) !== plan.year)
    report(['start'], `the plan starts in ${plan.start.slice(0, 4)} but says year: ${plan.year}`, 'year is the year the plan starts in (and its file name)');
  if (plan.start !== undefined && plan.end !== undefined && plan.end < plan.start)
    report(['end'], `the plan ends (${plan.end}) before it starts (${plan.start})`);
  const units = plan.units.map((u) => u.id);
  const indicatorIds = new Map<string, number>();
  plan.indicators.forEach((indicator, ii) => {
    const id = indicatorId(indicator);
    const first = indicatorIds.get(id);
    if (first !== undefined)
      report(['indicators', ii, indicator.id ? 'id' : 'name'], `two indicators are ${id} (also indicators[${first}])`, 'give each an id of its own');
    else indicatorIds.set(id, ii);
    indicator.results.forEach((r, ri) => {
      if (r.unit === undefined) {
        if (indicator.perUnit)
          report(
            ['indicators', ii, 'results', ri],
            `${id} is followed per unit: which unit is this result of?`,
            `add unit: (${units.join(', ') || 'list the units under units:'})`,
          );
      } else if (!indicator.perUnit)
        report(['indicators', ii, 'results', ri, 'unit'], `${id} is not followed per unit`, 'set perUnit: true on the indicator, or remove unit:');
      else if (!units.includes(r.unit))
        report(
          ['indicators', ii, 'results', ri, 'unit'],
          `unknown unit '${r.unit}'`,
          didYouMean(r.unit, units) ?? `the plan's units are: ${units.join(', ') || 'none (add units:)'}`,
        );
    });
  });
  plan.goals.forEach((goal, gi) => {
    if (goal.parentGoal !== undefined && !parentGoals.includes(goal.parentGoal)) {
      const whose = parent ? `${parent.name}'s goals` : `${group.id} has no parent group with goals`;
      report(
        ['goals', gi, 'parentGoal'],
        `unknown goal '${goal.parentGoal}' (${whose})`,
        didYouMean(goal.parentGoal, parentGoals) ??
          (parentGoals.length ? `the goals are: ${parentGoals.join(', ')}` : 'add goals: to the parent group in registry.yaml'),
      );
    }
    const seen = (id: string, path: Path) => {
      const before = ids.get(id);
      if (before) report(path, `duplicate id '${id}' in the plan (also ${before})`, 'give each goal and activity an id of its own');
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

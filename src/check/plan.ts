/** An annual plan checked against the registry. */
import type { Problem } from '../base/errors.js';
import { didYouMean } from '../base/suggest.js';
import type { PlanFile } from '../data/folder.js';
import { pathText } from '../data/schema-problems.js';
import type { YamlFile } from '../data/yaml-file.js';
import type { Organisation } from '../model/registry.js';
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
  plan.goals.forEach((goal, gi) => {
    if (!parentGoals.includes(goal.parentGoal)) {
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

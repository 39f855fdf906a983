/** The annual plan (årsplan) as the seed lays it out: participants counted by category, goals linked to the parent's goals. Pure. */
import { withoutRawHtml } from '../render/helpers.js';
import type { GroupYear } from './year-data.js';

export interface AnnualPlanView {
  organisation: { name: string };
  group: { id: string; name: string };
  year: number;
  plan: NonNullable<GroupYear['plan']>;
  participants: { total: number; categories: { name: string; count: number }[] };
  parent?: { name: string; goals: { id: string; text: string }[] };
  goals: { text: string; parentGoal?: string; activities: { text: string; responsible?: string; status: string }[] }[];
}

export function annualPlanView({ org, group, year, plan }: GroupYear): AnnualPlanView | undefined {
  if (!plan) return undefined;
  const counts = new Map<string, number>();
  for (const m of group.members) {
    const category = m.category ?? 'Övriga';
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  const parent = group.parent ? org.groups.get(group.parent) : undefined;
  const parentGoal = (id: string | undefined) => id && (parent?.goals.find((g) => g.id === id)?.text ?? id);
  return {
    organisation: { name: org.registry.organisation.name },
    group: { id: group.id, name: group.name },
    year,
    // Markdown by design, as an item's notes are: its raw HTML is shown as text.
    plan: {
      ...plan,
      representation: plan.representation === undefined ? undefined : withoutRawHtml(plan.representation),
      wayOfWorking: plan.wayOfWorking === undefined ? undefined : withoutRawHtml(plan.wayOfWorking),
    },
    participants: { total: group.members.length, categories: ordered(counts, [...plan.participantOrder, ...org.registry.categories]) },
    parent: parent && { name: parent.name, goals: parent.goals.map((g) => ({ id: g.id, text: g.text })) },
    goals: plan.goals.map((g) => ({
      text: g.text,
      parentGoal: parentGoal(g.parentGoal),
      activities: g.activities.map((a) => ({ text: a.text, responsible: a.responsible, status: a.status })),
    })),
  };
}

/** Categories in the plan's order, then the registry's, then as met. */
function ordered(counts: Map<string, number>, order: string[]): { name: string; count: number }[] {
  const rank = (name: string) => {
    const i = order.indexOf(name);
    return i === -1 ? order.length : i;
  };
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => rank(a.name) - rank(b.name));
}

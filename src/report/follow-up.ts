/**
 * The follow-up of a plan (uppföljning): each goal and activity with what the
 * year's meetings said of it (which meeting, § or item, the status and the
 * comment), the latest status, and the indicators with their results. Pure.
 */
import type { ActivityStatusName } from '../schema/plan.js';
import type { ItemData } from '../schema/meeting.js';
import { actionPoints, type ActionPoint } from '../model/actions.js';
import { swedishDate } from '../model/dates.js';
import { held, type GroupYear } from './year-data.js';

interface ActivityHistoryEntry {
  date: string;
  /** "§ 17" or "3.1" */
  label: string;
  title: string;
  status?: ActivityStatusName;
  comment?: string;
  /** The first sentences of the notes, when they say something. */
  note?: string;
}

export interface FollowUpView {
  organisation: { name: string };
  group: { id: string; name: string };
  year: number;
  hasPlan: boolean;
  goals: {
    text: string;
    parentGoal?: string;
    activities: {
      id: string;
      text: string;
      responsible?: string;
      planned: ActivityStatusName;
      latest: ActivityStatusName;
      latestComment?: string;
      history: ActivityHistoryEntry[];
    }[];
  }[];
  /** The plan's period, when it is not the calendar year. */
  period?: { start: string; end: string };
  indicators: {
    name: string;
    source?: string;
    target?: string;
    perUnit: boolean;
    results: { date: string; unit?: string; value: string; comment?: string }[];
  }[];
  counts: Record<ActivityStatusName, number>;
  /** The year's action points and their follow-up: when each was done, or that it is still open. */
  actions: { id: string; who: string; what: string; due?: string; from: string; done: boolean; doneOn?: string; comment?: string; overdue: boolean }[];
}

const firstSentences = (body: string | undefined) => {
  const text = (body ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const cut = text.match(/^(.{0,240}?[.!?])(\s|$)/)?.[1] ?? text.slice(0, 240);
  return cut.length < text.length && !/[.!?]$/.test(cut) ? `${cut}…` : cut;
};

export function followUpView(groupYear: GroupYear, today: string): FollowUpView {
  const { org, group, year, plan, meetings, periodMeetings } = groupYear;
  const history = new Map<string, ActivityHistoryEntry[]>();
  for (const m of (periodMeetings ?? meetings).filter(held)) {
    const walk = (items: ItemData[], label: (i: number) => string) =>
      items.forEach((item, i) => {
        if (item.activity) {
          const list = history.get(item.activity) ?? [];
          list.push({
            date: m.meeting.date,
            label: label(i),
            title: item.title,
            status: item.activityStatus?.status,
            comment: item.activityStatus?.comment,
            note: firstSentences(item.body),
          });
          history.set(item.activity, list);
        }
        walk(item.items, (j) => `${label(i).replace(/^§ /, '§ ')}.${j + 1}`);
      });
    walk(m.meeting.items, m.label);
  }
  const parent = group.parent ? org.groups.get(group.parent) : undefined;
  const units = new Map((plan?.units ?? []).map((u) => [u.id, u.name]));
  const unitRank = (id: string | undefined) => (id === undefined ? -1 : [...units.keys()].indexOf(id));
  const counts: Record<ActivityStatusName, number> = { 'not-started': 0, ongoing: 0, done: 0 };
  const goals = (plan?.goals ?? []).map((g) => ({
    text: g.text,
    parentGoal: g.parentGoal && (parent?.goals.find((p) => p.id === g.parentGoal)?.text ?? g.parentGoal),
    activities: g.activities.map((a) => {
      const said = history.get(a.id) ?? [];
      const lastWithStatus = [...said].reverse().find((h) => h.status);
      const latest = lastWithStatus?.status ?? a.status;
      counts[latest]++;
      return { id: a.id, text: a.text, responsible: a.responsible, planned: a.status, latest, latestComment: lastWithStatus?.comment, history: said };
    }),
  }));
  return {
    organisation: { name: org.registry.organisation.name },
    group: { id: group.id, name: group.name },
    year,
    hasPlan: plan !== undefined,
    period: plan?.start && plan.end ? { start: plan.start, end: plan.end } : undefined,
    goals,
    indicators: (plan?.indicators ?? []).map((i) => ({
      name: i.name,
      source: i.source,
      target: i.target,
      perUnit: i.perUnit,
      // Per unit in the plan's order of units, each by date.
      results: [...i.results]
        .sort((a, b) => unitRank(a.unit) - unitRank(b.unit) || a.date.localeCompare(b.date))
        .map((r) => ({ date: r.date, unit: r.unit && (units.get(r.unit) ?? r.unit), value: String(r.value), comment: r.comment })),
    })),
    counts,
    actions: yearActions(groupYear, today).map((a) => ({
      id: a.id,
      who: a.whoName,
      what: a.what,
      due: a.due,
      from: `${swedishDate(a.date)} ${a.label}`,
      done: Boolean(a.done),
      doneOn: a.doneOn,
      comment: a.comment,
      overdue: a.overdue,
    })),
  };
}

/** The action points decided at the group's meetings of the year, with their follow-up. */
export function yearActions({ org, group, meetings, followUp }: GroupYear, today: string): ActionPoint[] {
  return actionPoints(
    org,
    meetings.map((m) => ({ group, meeting: m.meeting, firstNumber: m.firstNumber })),
    today,
    followUp,
  );
}

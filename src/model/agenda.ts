/**
 * The agenda of a meeting, from the rules of practice: the standing opening
 * items of its document, "Hänt sedan sist", the plan's open activities, what
 * the previous meeting carried to this one, Övrigt and the closing. Pure.
 */
import { sameText } from '../base/text.js';
import type { ItemData, MeetingData } from '../schema/meeting.js';
import type { PlanData } from '../schema/plan.js';
import type { DocumentKindName } from '../schema/common.js';
import { swedishDate } from './dates.js';
import { adjustersFor, type Group } from './registry.js';

export interface AgendaTitles {
  protokoll: { opening: string; adjuster: string; previous: string; closing: string };
  mötesanteckning: { opening: string; previous: string; closing: string };
  sinceLast: string;
  activities: string;
  other: string;
}

/** An agenda item as it is written to the meeting file. */
export interface AgendaItem {
  title: string;
  activity?: string;
  carriedFrom?: { date: string; number?: number };
  items?: AgendaItem[];
}

export interface PreviousMeeting {
  meeting: MeetingData;
  /** The number of its first item: its first § for a protocol, 1 for notes. */
  firstNumber: number;
}

export interface AgendaInput {
  group: Group;
  date: string;
  titles: AgendaTitles;
  previous?: PreviousMeeting;
  plan?: PlanData;
  /** Items already on the agenda that the rules do not make: the secretary's own, kept before Övrigt. */
  own?: AgendaItem[];
}

/** Points the previous meeting carried to the next one, with where they were raised. */
export function carriedPoints(previous: PreviousMeeting): AgendaItem[] {
  const points: AgendaItem[] = [];
  const walk = (items: ItemData[], number: number) => {
    for (const item of items) {
      if (item.carry) points.push({ title: item.carry === true ? item.title : item.carry, carriedFrom: { date: previous.meeting.date, number } });
      walk(item.items, number);
    }
  };
  previous.meeting.items.forEach((item, i) => walk([item], previous.firstNumber + i));
  return points;
}

export function buildAgenda(input: AgendaInput): AgendaItem[] {
  const { group, titles, previous, plan } = input;
  const kind: DocumentKindName = group.document;
  const fill = (t: string) => t.replace('{date}', previous ? swedishDate(previous.meeting.date) : '').replace('{year}', input.date.slice(0, 4));
  const items: AgendaItem[] = [];

  if (kind === 'protokoll') {
    items.push({ title: titles.protokoll.opening });
    // A group with a standing adjuster (the vice chair, a named person) does not elect one.
    if (adjustersFor(group, []).length === 0) items.push({ title: titles.protokoll.adjuster });
    items.push({ title: titles.protokoll.previous });
  } else {
    items.push({ title: titles.mötesanteckning.opening }, { title: titles.mötesanteckning.previous });
  }
  if (group.sinceLast && previous) items.push({ title: fill(titles.sinceLast) });

  const open = plan?.goals.flatMap((g) => g.activities).filter((a) => a.status !== 'done') ?? [];
  if (open.length) items.push({ title: fill(titles.activities), items: open.map((a) => ({ title: a.text, activity: a.id })) });

  if (previous) items.push(...carriedPoints(previous));
  items.push(...(input.own ?? []));
  items.push({ title: titles.other }, { title: titles[kind].closing });
  return items;
}

/** Whether an item holds anything recorded at the meeting (beyond what an agenda gives it). */
function itemHasContent(i: ItemData): boolean {
  return (
    (i.body ?? '').trim() !== '' ||
    i.decisions.length > 0 ||
    i.attachments.length > 0 ||
    i.actions.length > 0 ||
    i.proposals.length > 0 ||
    i.vote !== undefined ||
    i.disqualified.length > 0 ||
    i.reservations.length > 0 ||
    i.protocolNotes.length > 0 ||
    i.sendTo.length > 0 ||
    i.activityStatus !== undefined ||
    i.recorded === true ||
    i.carry !== undefined ||
    i.urgent !== undefined ||
    i.proposition !== undefined ||
    i.caseNumber !== undefined ||
    i.confidential !== undefined ||
    i.items.some(itemHasContent)
  );
}

/** Whether a meeting has anything recorded that an agenda must not overwrite. */
export function hasRecordedContent(meeting: MeetingData): boolean {
  return meeting.attendance.present.length > 0 || meeting.attendance.absent.length > 0 || meeting.items.some(itemHasContent);
}

/**
 * The new agenda laid over what the meeting file already holds: an item the
 * rules make again keeps what was written under it (presenter, notes, points
 * put under it); the secretary's own items are kept whole, before Övrigt.
 */
export function mergeAgenda(generated: AgendaItem[], existing: ItemData[]): Record<string, unknown>[] {
  const key = sameText;
  const byTitle = new Map(existing.map((e) => [key(e.title), e]));
  const merged = generated.map((g) => {
    const old = byTitle.get(key(g.title));
    if (!old) return compact({ ...g, items: g.items ? mergeAgenda(g.items, []) : undefined });
    const subs = mergeAgenda(g.items ?? [], old.items);
    const generatedTitles = new Set((g.items ?? []).map((s) => key(s.title)));
    const ownSubs = old.items.filter((s) => !generatedTitles.has(key(s.title))).map(compact);
    return compact({ ...old, activity: old.activity ?? g.activity, carriedFrom: old.carriedFrom ?? g.carriedFrom, items: [...subs, ...ownSubs] });
  });
  return merged;
}

/** An item as it is written back: no empty lists or unset fields. */
function compact(item: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

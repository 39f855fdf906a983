/**
 * The agenda of a meeting, from the rules of practice: the standing opening
 * items of its document, "Hänt sedan sist", the plan's open activities, what
 * the previous meeting carried to this one, Övrigt and the closing. Pure.
 */
import type { ItemData, MeetingData, PlanData, DocumentKindName } from '../validate/schema.js';
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

/** Whether a meeting has anything recorded that an agenda must not overwrite. */
export function hasRecordedContent(meeting: MeetingData): boolean {
  const recorded = (items: ItemData[]): boolean =>
    items.some((i) => (i.body ?? '').trim() !== '' || i.decisions.length > 0 || i.attachments.length > 0 || recorded(i.items));
  return meeting.attendance.present.length > 0 || meeting.attendance.absent.length > 0 || recorded(meeting.items);
}

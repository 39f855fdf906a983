/** The register of decisions (beslutsregister) of a group's year, and its action points still open. Pure. */
import { yearActions } from './follow-up.js';
import { swedishDate } from '../model/dates.js';
import type { ItemData } from '../schema/meeting.js';
import { held, type GroupYear } from './year-data.js';

export interface DecisionsView {
  organisation: { name: string };
  group: { id: string; name: string };
  year: number;
  isProtocol: boolean;
  decisions: { date: string; label: string; title: string; text: string; confidential: boolean }[];
  openActions: { who: string; what: string; due?: string; from: string; overdue: boolean }[];
}

export function decisionsView(groupYear: GroupYear, today: string): DecisionsView {
  const { org, group, year, meetings } = groupYear;
  const decisions: DecisionsView['decisions'] = [];
  for (const m of meetings.filter(held)) {
    const walk = (items: ItemData[], label: (i: number) => string, confidential: boolean) =>
      items.forEach((item, i) => {
        const secret = confidential || item.confidential !== undefined;
        for (const text of item.decisions) decisions.push({ date: m.meeting.date, label: label(i), title: item.title, text, confidential: secret });
        walk(item.items, (j) => `${label(i)}.${j + 1}`, secret);
      });
    walk(m.meeting.items, m.label, false);
  }
  const open = yearActions(groupYear, today).filter((a) => !a.done);
  return {
    organisation: { name: org.registry.organisation.name },
    group: { id: group.id, name: group.name },
    year,
    isProtocol: group.document === 'protokoll',
    decisions,
    openActions: open.map((a) => ({ who: a.whoName, what: a.what, due: a.due, from: `${swedishDate(a.date)} ${a.label}`, overdue: a.overdue })),
  };
}

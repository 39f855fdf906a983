/**
 * The roll call: who is present, who stands in for whom, which guests came,
 * and who chairs, adjusts and keeps the minutes. From it comes the meeting
 * file's attendance, in the registry's order as the documents list it. Pure.
 */
import { t } from '../base/i18n.js';
import { didYouMean } from '../base/suggest.js';
import type { AttendanceData, MeetingData } from '../schema/meeting.js';
import { presentPersonId } from './attendance.js';
import { membershipOf, type Group, type Organisation } from './registry.js';

/** The §§ someone took part in when not the whole meeting: from the § they arrived at, to the last before they left. */
export interface PartSpan {
  from?: number;
  to?: number;
}

export type Guest = { person: string } | ({ name: string; organisation?: string } & PartSpan);

export interface RollCall {
  /** Members present (not counting substitutes standing in). */
  present: string[];
  /** Substitutes standing in today, and for whom. */
  substitutes: { person: string; for: string }[];
  guests: Guest[];
  chair?: string;
  adjusters: string[];
  secretary?: string;
  /** Notes on people's attendance ("anmält förhinder", "från kl. 11"), kept as they were written. */
  notes?: Record<string, string>;
  /** By person id: the §§ they took part in, when not the whole meeting (for an ersättare, the §§ served). */
  spans?: Record<string, PartSpan>;
}

const spanOf = (e: PartSpan): PartSpan => ({ ...(e.from !== undefined ? { from: e.from } : {}), ...(e.to !== undefined ? { to: e.to } : {}) });

/** Members who are called to the meeting: everyone but the substitutes. */
export const regularMembers = (group: Group) => group.members.filter((m) => m.role !== 'ersättare');
export const substituteMembers = (group: Group) => group.members.filter((m) => m.role === 'ersättare');

/** The roll call a meeting file already records, to start from. */
export function rollCallOf(group: Group, meeting: MeetingData): RollCall {
  const present: string[] = [];
  const substitutes: RollCall['substitutes'] = [];
  const guests: Guest[] = [];
  for (const entry of meeting.attendance.present) {
    const id = presentPersonId(entry);
    const membership = id ? membershipOf(group, id) : undefined;
    const standsFor =
      typeof entry === 'object' && 'person' in entry ? (entry.for ?? membership?.for) : membership?.role === 'ersättare' ? membership.for : undefined;
    if (id && membership?.role === 'ersättare' && !standsFor)
      guests.push({ person: id }); // present, not serving (ej tjänstgörande)
    else if (typeof entry === 'object' && 'person' in entry && standsFor) substitutes.push({ person: entry.person, for: standsFor });
    else if (id && membership) present.push(id);
    else if (id) guests.push({ person: id });
    else if (typeof entry === 'object' && 'name' in entry)
      guests.push({ name: entry.name, ...(entry.organisation ? { organisation: entry.organisation } : {}), ...spanOf(entry) });
  }
  const notes: Record<string, string> = {};
  for (const e of [...meeting.attendance.present, ...meeting.attendance.absent]) {
    if (typeof e === 'object' && 'person' in e && e.note) notes[e.person] = e.note;
  }
  const spans: Record<string, PartSpan> = {};
  for (const e of meeting.attendance.present) {
    if (typeof e === 'object' && 'person' in e && (e.from !== undefined || e.to !== undefined)) spans[e.person] = spanOf(e);
  }
  return { present, substitutes, guests, chair: meeting.chair, adjusters: [...meeting.adjusters], secretary: meeting.secretary, notes, spans };
}

/** The attendance of the meeting file: present in the registry's order, guests last; absent: members called who did not come. */
export function attendanceOf(group: Group, call: RollCall): AttendanceData {
  const present: AttendanceData['present'] = [];
  const here = new Set(call.present);
  const standing = new Map(call.substitutes.map((s) => [s.person, s.for]));
  const note = (id: string) => call.notes?.[id];
  // A person is written as their id alone, or as { person, for, note, from, to } when there is more to say.
  const entry = (id: string, standsFor?: string): AttendanceData['present'][number] => {
    const n = note(id);
    const span = spanOf(call.spans?.[id] ?? {});
    if (!standsFor && !n && span.from === undefined && span.to === undefined) return id;
    return { person: id, ...(standsFor ? { for: standsFor } : {}), ...(n ? { note: n } : {}), ...span };
  };
  for (const m of group.members) {
    if (standing.has(m.person)) present.push(entry(m.person, standing.get(m.person)!));
    else if (here.has(m.person) || call.secretary === m.person) present.push(entry(m.person));
  }
  if (call.secretary && !membershipOf(group, call.secretary) && !call.guests.some((g) => 'person' in g && g.person === call.secretary))
    present.push(call.secretary);
  for (const g of call.guests) {
    if ('person' in g) present.push(entry(g.person));
    else present.push({ name: g.name, ...(g.organisation ? { organisation: g.organisation } : {}), ...spanOf(g) });
  }
  const absent = regularMembers(group)
    .filter((m) => m.role !== 'kansli' && !here.has(m.person) && call.secretary !== m.person)
    .map((m) => {
      const n = note(m.person);
      return n ? { person: m.person, note: n } : m.person;
    });
  return { present, absent };
}

/** The chair of the day: the group's chair when present, else its vice chair when present. */
export function defaultChair(group: Group, present: readonly string[]): string | undefined {
  if (group.chair && present.includes(group.chair)) return group.chair;
  if (group.viceChair && present.includes(group.viceChair)) return group.viceChair;
  return undefined;
}

/** Whether the group elects its adjuster at each meeting (rather than having a standing one). */
export const electsAdjuster = (group: Group) => group.document === 'protokoll' && group.adjuster === 'elected';

/** What is wrong with a roll call, each as a sentence with its fix. */
export function rollCallProblems(org: Organisation, group: Group, call: RollCall): { message: string; hint: string }[] {
  const problems: { message: string; hint: string }[] = [];
  const name = (id: string) => org.people.get(id)?.name ?? id;
  const here = new Set([...call.present, ...call.substitutes.map((s) => s.person), ...call.guests.flatMap((g) => ('person' in g ? [g.person] : []))]);
  if (call.secretary) here.add(call.secretary);
  const ids = [
    ...call.present,
    ...call.substitutes.flatMap((s) => [s.person, s.for]),
    ...call.guests.flatMap((g) => ('person' in g ? [g.person] : [])),
    call.chair,
    call.secretary,
    ...call.adjusters,
  ];
  for (const id of ids)
    if (id !== undefined && !org.people.has(id))
      problems.push({ message: t('roll-call.noPerson', id), hint: didYouMean(id, org.people.keys()) ?? t('roll-call.seeMembers', group.id) });
  for (const id of call.present) {
    if (org.people.has(id) && !membershipOf(group, id))
      problems.push({ message: t('roll-call.notMember', name(id), group.name), hint: t('roll-call.asGuest') });
    if (membershipOf(group, id)?.role === 'ersättare')
      problems.push({ message: t('roll-call.isSubstitute', name(id)), hint: t('roll-call.isSubstituteHint', id) });
  }
  for (const s of call.substitutes) {
    if (!group.substitutes && !substituteMembers(group).length)
      problems.push({ message: t('roll-call.noSubstitutes', group.name), hint: t('roll-call.asGuest') });
    else if (!membershipOf(group, s.for))
      problems.push({ message: t('roll-call.standsInForNonMember', name(s.person), s.for, group.name), hint: t('roll-call.standsInForNonMemberHint') });
    else if (call.present.includes(s.for) && !call.spans?.[s.person] && !call.spans?.[s.for])
      problems.push({ message: t('roll-call.standsInForPresent', name(s.person), name(s.for)), hint: t('roll-call.standsInForPresentHint', s.person, s.for) });
  }
  if (call.chair && org.people.has(call.chair) && !here.has(call.chair))
    problems.push({ message: t('roll-call.chairAbsent', name(call.chair)), hint: t('roll-call.chairAbsentHint') });
  for (const a of call.adjusters)
    if (org.people.has(a) && !here.has(a)) problems.push({ message: t('roll-call.adjusterAbsent', name(a)), hint: t('roll-call.adjusterAbsentHint') });
  return problems;
}

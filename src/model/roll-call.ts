/**
 * The roll call: who is present, who stands in for whom, which guests came,
 * and who chairs, adjusts and keeps the minutes. From it comes the meeting
 * file's attendance, in the registry's order as the documents list it. Pure.
 */
import { didYouMean } from '../base/suggest.js';
import type { AttendanceData, MeetingData } from '../schema/meeting.js';
import { presentPersonId } from './attendance.js';
import { membershipOf, type Group, type Organisation } from './registry.js';

export type Guest = { person: string } | { name: string; organisation?: string };

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
}

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
    if (typeof entry === 'object' && 'person' in entry && (entry.for || membership?.role === 'ersättare')) {
      substitutes.push({ person: entry.person, for: entry.for ?? membership?.for ?? '' });
    } else if (id && membership) present.push(id);
    else if (id) guests.push({ person: id });
    else if (typeof entry === 'object' && 'name' in entry) guests.push({ name: entry.name, organisation: entry.organisation });
  }
  const notes: Record<string, string> = {};
  for (const e of [...meeting.attendance.present, ...meeting.attendance.absent]) {
    if (typeof e === 'object' && 'person' in e && e.note) notes[e.person] = e.note;
  }
  return { present, substitutes, guests, chair: meeting.chair, adjusters: [...meeting.adjusters], secretary: meeting.secretary, notes };
}

/** The attendance of the meeting file: present in the registry's order, guests last; absent: members called who did not come. */
export function attendanceOf(group: Group, call: RollCall): AttendanceData {
  const present: AttendanceData['present'] = [];
  const here = new Set(call.present);
  const standing = new Map(call.substitutes.map((s) => [s.person, s.for]));
  const note = (id: string) => call.notes?.[id];
  for (const m of group.members) {
    const n = note(m.person);
    if (standing.has(m.person)) present.push({ person: m.person, for: standing.get(m.person)!, ...(n ? { note: n } : {}) });
    else if (here.has(m.person) || call.secretary === m.person) present.push(n ? { person: m.person, note: n } : m.person);
  }
  if (call.secretary && !membershipOf(group, call.secretary) && !call.guests.some((g) => 'person' in g && g.person === call.secretary))
    present.push(call.secretary);
  for (const g of call.guests) {
    if ('person' in g) present.push(note(g.person) ? { person: g.person, note: note(g.person)! } : g.person);
    else present.push(g.organisation ? { name: g.name, organisation: g.organisation } : { name: g.name });
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
      problems.push({
        message: `no person '${id}' in the registry`,
        hint: didYouMean(id, org.people.keys()) ?? `see \`sekr members ${group.id}\` for the ids`,
      });
  for (const id of call.present) {
    if (org.people.has(id) && !membershipOf(group, id))
      problems.push({ message: `${name(id)} is not a member of ${group.name}`, hint: 'add them as a guest (--guest) instead' });
    if (membershipOf(group, id)?.role === 'ersättare')
      problems.push({ message: `${name(id)} is an ersättare`, hint: `say whom they stand in for: --substitute ${id}:<member>` });
  }
  for (const s of call.substitutes) {
    if (!group.substitutes && !substituteMembers(group).length)
      problems.push({ message: `${group.name} has no substitutes`, hint: 'add them as a guest (--guest) instead' });
    else if (!membershipOf(group, s.for))
      problems.push({
        message: `${name(s.person)} stands in for '${s.for}', who is not a member of ${group.name}`,
        hint: 'name an absent member after the colon: --substitute sub:member',
      });
    else if (call.present.includes(s.for))
      problems.push({ message: `${name(s.person)} stands in for ${name(s.for)}, who is present`, hint: 'a substitute stands in only for an absent member' });
  }
  if (call.chair && org.people.has(call.chair) && !here.has(call.chair))
    problems.push({ message: `the chair, ${name(call.chair)}, is not present`, hint: 'name a chair among those present with --chair' });
  for (const a of call.adjusters)
    if (org.people.has(a) && !here.has(a))
      problems.push({ message: `the adjuster ${name(a)} is not present`, hint: 'the adjuster is elected among those present' });
  return problems;
}

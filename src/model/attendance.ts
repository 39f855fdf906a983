/**
 * Attendance as the documents list it: one line per person, "Name,
 * Organisation, role", in the order the meeting file gives.
 */
import type { AttendanceData } from '../schema/meeting.js';
import { functionsIn, membershipOf, organisationIn, type Group, type Organisation } from './registry.js';

type PresentEntry = AttendanceData['present'][number];
type AbsentEntry = AttendanceData['absent'][number];

/** The registry id of a present entry; undefined for a guest written by name. */
export function presentPersonId(entry: PresentEntry): string | undefined {
  if (typeof entry === 'string') return entry;
  return 'person' in entry ? entry.person : undefined;
}

export function personIdOf(entry: AbsentEntry): string {
  return typeof entry === 'string' ? entry : entry.person;
}

/** What a template needs to write one attendance line; the words are the template's. */
export interface AttendanceLine {
  id?: string;
  name: string;
  organisation?: string;
  chair: boolean;
  viceChair: boolean;
  convener: boolean;
  /** The secretary of this meeting. */
  secretary: boolean;
  /** Member of the group as adjungerad (listed "adjungerad"). */
  adjungerad: boolean;
  /** An ersättare (listed "(ersättare)"). */
  substitute: boolean;
  /** Name of the member an ersättare stands in for today. */
  substituteFor?: string;
  /** A guest: present, not a member of the group. */
  guest: boolean;
  note?: string;
}

export function attendanceLine(org: Organisation, group: Group, id: string, secretary: string | undefined, note?: string): AttendanceLine {
  const membership = membershipOf(group, id);
  const fn = functionsIn(group, id);
  return {
    id,
    name: org.people.get(id)?.name ?? id,
    organisation: organisationIn(org, group, id),
    chair: fn.chair,
    viceChair: fn.viceChair,
    convener: fn.convener,
    secretary: secretary === id,
    adjungerad: membership?.role === 'adjungerad',
    substitute: membership?.role === 'ersättare',
    guest: !membership && secretary !== id,
    note,
  };
}

export function attendanceLines(
  org: Organisation,
  group: Group,
  attendance: AttendanceData,
  secretary: string | undefined,
): { present: AttendanceLine[]; absent: AttendanceLine[] } {
  const present = attendance.present.map((entry): AttendanceLine => {
    if (typeof entry === 'string') return attendanceLine(org, group, entry, secretary);
    if ('person' in entry) {
      const line = attendanceLine(org, group, entry.person, secretary, entry.note);
      const standsInFor = entry.for ?? membershipOf(group, entry.person)?.for;
      return { ...line, substituteFor: standsInFor && org.people.get(standsInFor)?.name };
    }
    return {
      name: entry.name,
      organisation: entry.organisation,
      chair: false,
      viceChair: false,
      convener: false,
      secretary: false,
      adjungerad: false,
      substitute: false,
      guest: true,
      note: entry.note,
    };
  });
  const absent = attendance.absent.map((entry) =>
    typeof entry === 'string' ? attendanceLine(org, group, entry, undefined) : attendanceLine(org, group, entry.person, undefined, entry.note),
  );
  return { present, absent };
}

/**
 * Whether someone present may vote: a member present, or a substitute serving
 * for an absent member; not guests, co-opted members or the office.
 */
export function mayVote(group: Group, entry: PresentEntry): boolean {
  const id = presentPersonId(entry);
  const role = id ? membershipOf(group, id)?.role : undefined;
  if (!role || role === 'kansli' || role === 'adjungerad') return false;
  if (role !== 'ersättare') return true;
  return typeof entry === 'object' && 'for' in entry && Boolean(entry.for);
}

/**
 * Attendance through the year (närvaro): member by meeting, the rate of each
 * member and of each organisation. A substitute standing in counts for the
 * member's seat, not for the member. Pure.
 */
import { personIdOf, presentPersonId } from '../model/attendance.js';
import { organisationIn } from '../model/registry.js';
import { held, type GroupYear } from './year-data.js';

type Mark = 'present' | 'substituted' | 'absent' | 'unknown';

export interface AttendanceYearView {
  organisation: { name: string };
  group: { id: string; name: string };
  year: number;
  dates: string[];
  members: { name: string; organisation?: string; marks: Mark[]; attended: number; rate: number; percent: string }[];
  organisations: { name: string; seats: number; attended: number; rate: number; percent: string }[];
  /** Guests, by name, with how many meetings. */
  guests: { name: string; count: number }[];
  /** The chart's file beside the document, when there is one. */
  chart?: { file: string };
}

export const percent = (rate: number) => `${Math.round(rate * 100)} %`;

export function attendanceYearView({ org, group, year, meetings }: GroupYear): AttendanceYearView {
  const recorded = meetings.filter(held).filter((m) => m.meeting.attendance.present.length > 0);
  const seats = group.members.filter((m) => m.role !== 'ersättare' && m.role !== 'kansli');
  const members = seats.map((m) => {
    const marks = recorded.map((ym): Mark => {
      const { present, absent } = ym.meeting.attendance;
      if (present.some((e) => presentPersonId(e) === m.person)) return 'present';
      if (present.some((e) => typeof e === 'object' && 'for' in e && e.for === m.person)) return 'substituted';
      if (absent.some((e) => personIdOf(e) === m.person)) return 'absent';
      return 'unknown';
    });
    const attended = marks.filter((x) => x === 'present').length;
    const counted = marks.filter((x) => x !== 'unknown').length;
    const rate = counted ? attended / counted : 0;
    // For the organisation, a seat a substitute filled was attended.
    const filled = marks.filter((x) => x === 'present' || x === 'substituted').length;
    return {
      name: org.people.get(m.person)?.name ?? m.person,
      organisation: organisationIn(org, group, m.person),
      marks,
      attended,
      rate,
      percent: percent(rate),
      counted,
      filled,
    };
  });
  const byOrg = new Map<string, { seats: number; attended: number; counted: number }>();
  for (const m of members) {
    const key = m.organisation ?? 'Övriga';
    const o = byOrg.get(key) ?? { seats: 0, attended: 0, counted: 0 };
    byOrg.set(key, { seats: o.seats + 1, attended: o.attended + m.filled, counted: o.counted + m.counted });
  }
  const guests = new Map<string, number>();
  for (const ym of recorded) {
    for (const e of ym.meeting.attendance.present) {
      const id = presentPersonId(e);
      const isMember = id && group.members.some((m) => m.person === id);
      if (isMember) continue;
      const name = id ? (org.people.get(id)?.name ?? id) : typeof e === 'object' && 'name' in e ? e.name : undefined;
      if (name && id !== group.secretary) guests.set(name, (guests.get(name) ?? 0) + 1);
    }
  }
  return {
    organisation: { name: org.registry.organisation.name },
    group: { id: group.id, name: group.name },
    year,
    dates: recorded.map((m) => m.meeting.date),
    members: members.map(({ counted: _counted, filled: _filled, ...m }) => m),
    organisations: [...byOrg].map(([name, o]) => ({
      name,
      seats: o.seats,
      attended: o.attended,
      rate: o.counted ? o.attended / o.counted : 0,
      percent: percent(o.counted ? o.attended / o.counted : 0),
    })),
    guests: [...guests].map(([name, count]) => ({ name, count })),
  };
}

/**
 * Who takes part in each paragraph (§) of a protocol (tjänstgöring): a member
 * present, a member who arrives or leaves at a §, an ersättare who serves for
 * a member at some §§, and a member with jäv (a conflict of interest) who takes
 * no part in that §. Pure.
 *
 * Municipal practice: those who serve at a § are the ones who decide there: they
 * vote, they may reserve against the decision, and they count towards the
 * quorum, which is more than half of the members (Kommunallagen 6 kap. 27 §
 * for a nämnd, 5 kap. 42 § for fullmäktige). A member with jäv does not serve
 * at that §; an ersättare may serve in their stead.
 */
import type { ItemData, MeetingData, PresentData } from '../schema/meeting.js';
import { membershipOf, type Group } from './registry.js';

export interface Span {
  from: number;
  to: number;
}

/** Members who hold a seat and vote: ledamöter (and brukarrepresentanter); not ersättare, co-opted members or the office. */
const seatsOf = (group: Group): string[] => group.members.filter((m) => m.role === 'ledamot' || m.role === 'brukarrepresentant').map((m) => m.person);

/** One person present, as the sitting sees them. */
export interface Attendee {
  person: string;
  /** The member an ersättare serves for. */
  for?: string;
  /** The §§ they are there: the whole meeting unless the entry says from or to. */
  span: Span;
  /** Whether they hold a seat of the group (a ledamot). */
  seat: boolean;
}

export interface Sitting {
  first: number;
  /** first - 1 when there are no paragraphs. */
  last: number;
  seats: string[];
  attendees: Attendee[];
  /** Who has jäv at each §: the item's disqualified, its sub-items' included. */
  disqualified: Map<number, Set<string>>;
}

function spanOf(entry: PresentData, first: number, last: number): Span {
  if (typeof entry === 'string' || !('person' in entry)) return { from: first, to: last };
  return { from: entry.from ?? first, to: entry.to ?? last };
}

const allDisqualified = (item: ItemData): string[] => [...item.disqualified, ...item.items.flatMap(allDisqualified)];

/** The meeting's attendance by §; `first` is the number of its first item. */
export function sittingOf(group: Group, meeting: Pick<MeetingData, 'attendance' | 'items'>, first: number): Sitting {
  const last = first + meeting.items.length - 1;
  const seats = seatsOf(group);
  const attendees: Attendee[] = [];
  for (const entry of meeting.attendance.present) {
    if (typeof entry === 'object' && !('person' in entry)) continue;
    const person = typeof entry === 'string' ? entry : entry.person;
    const role = membershipOf(group, person)?.role;
    const standsFor = typeof entry === 'object' ? entry.for : undefined;
    attendees.push({ person, for: standsFor, span: spanOf(entry, first, last), seat: !standsFor && (role === 'ledamot' || role === 'brukarrepresentant') });
  }
  const disqualified = new Map<number, Set<string>>();
  meeting.items.forEach((item, i) => disqualified.set(first + i, new Set(allDisqualified(item))));
  return { first, last, seats, attendees, disqualified };
}

const covers = (span: Span, n: number) => span.from <= n && n <= span.to;

/** Everyone there at a § (whether they serve or not). */
export const presentAt = (sitting: Sitting, n: number): Attendee[] => sitting.attendees.filter((a) => covers(a.span, n));

export const hasJav = (sitting: Sitting, n: number, person: string) => sitting.disqualified.get(n)?.has(person) ?? false;

/**
 * Who serves (decides) at a §: the members there, and the ersättare serving for a member at that §,
 * without anyone with jäv there. Each with the seat they fill (their own, or the member's they serve for).
 */
export function servingAt(sitting: Sitting, n: number): { person: string; seat: string }[] {
  const serving: { person: string; seat: string }[] = [];
  for (const a of presentAt(sitting, n)) {
    if (hasJav(sitting, n, a.person)) continue;
    if (a.for) serving.push({ person: a.person, seat: a.for });
    else if (a.seat) serving.push({ person: a.person, seat: a.person });
  }
  return serving;
}

/** The ersättare serving at a § in the stead of a member with jäv there. */
export const standInsForJav = (sitting: Sitting, n: number): { person: string; for: string }[] =>
  presentAt(sitting, n).flatMap((a) => (a.for && hasJav(sitting, n, a.for) && !hasJav(sitting, n, a.person) ? [{ person: a.person, for: a.for }] : []));

/** Whether someone serves at a §. */
export const servesAt = (sitting: Sitting, n: number, person: string) => servingAt(sitting, n).some((s) => s.person === person);

/** The §§ of the meeting at which someone serves. */
export function servedParagraphs(sitting: Sitting, person: string): number[] {
  const numbers: number[] = [];
  for (let n = sitting.first; n <= sitting.last; n++) if (servesAt(sitting, n, person)) numbers.push(n);
  return numbers;
}

/** The quorum: more than half of the seats. */
export const quorum = (sitting: Sitting) => Math.floor(sitting.seats.length / 2) + 1;

/** "§§ 12–14, 16, 18–20": a list of § numbers in runs. */
export function paragraphList(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  if (!runs.length) return '';
  return `${sorted.length === 1 ? '§' : '§§'} ${runs.join(', ')}`;
}

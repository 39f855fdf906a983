/**
 * The parts of a political body's protocol that Kommunallagen and municipal
 * practice give it: who took part as a SKR-style first page lists them
 * (beslutande, tjänstgörande ersättare "för NN", ej tjänstgörande ersättare,
 * övriga närvarande), and the närvaro- och omröstningslista: each member by §,
 * serving (X), voting ja, nej or avstår, or with jäv. View data only; the words
 * around it are the template's.
 */
import { presentPersonId } from '../model/attendance.js';
import { membershipOf, type Group, type Organisation } from '../model/registry.js';
import { hasJav, paragraphList, presentAt, servingAt, type Sitting } from '../model/serving.js';
import { votesOf } from '../model/votes.js';
import type { MeetingData } from '../schema/meeting.js';

/** One person of the first page's lists. */
interface KlPerson {
  id?: string;
  name: string;
  /** "S", "M": the party, for politicians. */
  party?: string;
  /** ordförande, vice ordförande (of this meeting). */
  role?: string;
  /** For a tjänstgörande ersättare: the member served for, with party. */
  for?: { name: string; party?: string };
  /** Their title (officials) or organisation (guests). */
  title?: string;
  /** "§§ 95–101" when not the whole meeting. */
  paragraphs?: string;
  note?: string;
}

export interface KlAttendance {
  /** Ledamöter who took part. */
  deciding: KlPerson[];
  /** Tjänstgörande ersättare, each "för" the member served for. */
  serving: KlPerson[];
  /** Ersättare present who did not serve. */
  notServing: KlPerson[];
  /** Officials of the group (office, co-opted) and the secretary, with their title. */
  officials: KlPerson[];
  /** Anyone else present: people of the registry (by id) and guests by name. */
  guests: KlPerson[];
}

export interface VoteList {
  columns: string[];
  rows: { name: string; party?: string; substitute: boolean; cells: string[] }[];
  /** The last row: how many served, and each vote's ja/nej/avstår. */
  sums: string[];
}

const nameOf = (org: Organisation, id: string) => org.people.get(id)?.name ?? id;
const partyOf = (org: Organisation, id: string) => org.people.get(id)?.party;

/** The first page's attendance lists. */
export function klAttendance(
  org: Organisation,
  group: Group,
  meeting: MeetingData,
  sitting: Sitting,
  chair: string | undefined,
  secretary: string | undefined,
): KlAttendance {
  const whole = (person: string) => {
    const a = sitting.attendees.find((x) => x.person === person);
    if (!a || (a.span.from <= sitting.first && a.span.to >= sitting.last)) return undefined;
    const numbers: number[] = [];
    for (let n = Math.max(a.span.from, sitting.first); n <= Math.min(a.span.to, sitting.last); n++) numbers.push(n);
    return paragraphList(numbers) || undefined;
  };
  const person = (id: string, extra: Partial<KlPerson> = {}): KlPerson => ({
    id,
    name: nameOf(org, id),
    party: partyOf(org, id),
    paragraphs: whole(id),
    ...extra,
  });
  const out: KlAttendance = { deciding: [], serving: [], notServing: [], officials: [], guests: [] };
  const order = new Map(group.members.map((m, i) => [m.person, i]));
  const entries = [...meeting.attendance.present].sort((a, b) => rank(a) - rank(b));
  function rank(e: MeetingData['attendance']['present'][number]) {
    const id = presentPersonId(e);
    return id !== undefined ? (order.get(id) ?? 1e6) : 2e6;
  }
  for (const entry of entries) {
    const note = typeof entry === 'object' ? entry.note : undefined;
    if (typeof entry === 'object' && !('person' in entry)) {
      const numbers = entry.from !== undefined || entry.to !== undefined ? spanList(entry.from ?? sitting.first, entry.to ?? sitting.last) : undefined;
      out.guests.push({ name: entry.name, title: entry.organisation, paragraphs: numbers, note });
      continue;
    }
    const id = presentPersonId(entry)!;
    const membership = membershipOf(group, id);
    const standsFor = typeof entry === 'object' ? entry.for : undefined;
    const role = id === chair ? 'ordförande' : id === group.viceChair ? 'vice ordförande' : undefined;
    if (standsFor) out.serving.push(person(id, { role, for: { name: nameOf(org, standsFor), party: partyOf(org, standsFor) }, note }));
    else if (membership?.role === 'ledamot' || membership?.role === 'brukarrepresentant') out.deciding.push(person(id, { role, note }));
    else if (membership?.role === 'ersättare') out.notServing.push(person(id, { note }));
    else if (membership || id === secretary) {
      const p = org.people.get(id);
      const title =
        id === secretary
          ? (p?.function ?? 'sekreterare')
          : membership?.role === 'adjungerad'
            ? 'adjungerad'
            : (p?.function ?? membership?.organisation ?? p?.organisation);
      out.officials.push(person(id, { party: undefined, title, note }));
    } else {
      const p = org.people.get(id);
      out.guests.push(person(id, { party: undefined, title: [p?.function, p?.organisation].filter(Boolean).join(', ') || undefined, note }));
    }
  }
  return out;
}

function spanList(from: number, to: number): string | undefined {
  const numbers: number[] = [];
  for (let n = from; n <= to; n++) numbers.push(n);
  return paragraphList(numbers) || undefined;
}

const CHOICE_WORD: Record<string, string> = { ja: 'Ja', nej: 'Nej', avstår: 'Avstår' };

/**
 * Närvaro- och omröstningslista: the members (each followed by the ersättare who served in their
 * seat) by §: X serving, Ja, Nej or Avstår in a vote by name, Jäv, – not serving. Paragraphs in a
 * row with the same cells share a column ("§§ 95–97"); each vote by name has a column of its own.
 */
export function voteList(org: Organisation, group: Group, meeting: MeetingData, sitting: Sitting): VoteList {
  const seats = sitting.seats;
  const rowsOf: { person: string; label: string; party?: string; substitute: boolean }[] = [];
  const substitute = (person: string) => ({ person, label: nameOf(org, person), party: partyOf(org, person), substitute: true });
  for (const seat of seats) {
    rowsOf.push({ person: seat, label: nameOf(org, seat), party: partyOf(org, seat), substitute: false });
    for (const s of sitting.attendees.filter((a) => a.for === seat)) if (!rowsOf.some((r) => r.person === s.person)) rowsOf.push(substitute(s.person));
  }
  // Ersättare who served for someone not holding a seat in the registry (e.g. a member since removed).
  for (const a of sitting.attendees) if (a.for && !rowsOf.some((r) => r.person === a.person)) rowsOf.push(substitute(a.person));

  const serves = (n: number) => new Set(servingAt(sitting, n).map((s) => s.person));
  const attendanceCell = (n: number, person: string) =>
    hasJav(sitting, n, person) && presentAt(sitting, n).some((a) => a.person === person) ? 'Jäv' : serves(n).has(person) ? 'X' : '–';

  type Column = { label: string; cells: string[]; sum: string; numbers: number[]; vote: boolean };
  const columns: Column[] = [];
  meeting.items.forEach((item, i) => {
    const n = sitting.first + i;
    const named = votesOf(item).filter((v) => v.votes !== undefined);
    if (named.length) {
      named.forEach((vote, j) => {
        const cells = rowsOf.map((r) => {
          const choice = vote.votes?.[r.person];
          if (choice) return CHOICE_WORD[choice]!;
          return attendanceCell(n, r.person) === 'Jäv' ? 'Jäv' : '–';
        });
        const count = (c: string) => Object.values(vote.votes ?? {}).filter((v) => v === c).length;
        columns.push({
          label: named.length > 1 ? `§ ${n} (${j + 1})` : `§ ${n}`,
          cells,
          sum: `${count('ja')}/${count('nej')}/${count('avstår')}`,
          numbers: [n],
          vote: true,
        });
      });
      return;
    }
    const cells = rowsOf.map((r) => attendanceCell(n, r.person));
    const sum = String(new Set(servingAt(sitting, n).map((s) => s.seat)).size);
    const previous = columns.at(-1);
    if (previous && !previous.vote && previous.numbers.at(-1) === n - 1 && previous.cells.join() === cells.join()) previous.numbers.push(n);
    else columns.push({ label: '', cells, sum, numbers: [n], vote: false });
  });
  for (const c of columns) if (!c.vote) c.label = paragraphList(c.numbers);
  return {
    columns: columns.map((c) => c.label),
    rows: rowsOf.map((r, i) => ({ name: r.label, party: r.party, substitute: r.substitute, cells: columns.map((c) => c.cells[i]!) })),
    sums: columns.map((c) => c.sum),
  };
}

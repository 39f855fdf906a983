/**
 * The view model: everything a document template may use, computed from the
 * registry and one meeting. Templates get data, not code; the words are theirs.
 */
import { sameText } from '../base/text.js';
import { attendanceLines, type AttendanceLine } from '../model/attendance.js';
import { adjustersFor, organisationIn, type Group, type Organisation } from '../model/registry.js';
import type { ParagraphRange } from '../model/numbering.js';
import { placeFor } from '../model/calendar.js';
import { breachOf, checkSignatures, sealOf, signersOf } from '../model/seal.js';
import { withoutRawHtml } from './helpers.js';
import { addDays } from '../model/dates.js';
import { POSTED_DAYS } from '../model/life-cycle.js';
import { paragraphList, sittingOf, standInsForJav } from '../model/serving.js';
import { isElection, outcomeOf, tallyOf, votesOf } from '../model/votes.js';
import type { ItemData, MeetingData, VoteData } from '../schema/meeting.js';
import { klAttendance, voteList, type KlAttendance, type VoteList } from './kl.js';

export interface PersonView {
  id: string;
  name: string;
  organisation?: string;
  email?: string;
  /** Their digital signature on the sealed record, when it verifies by the registry's keys: the day and the key's fingerprint. */
  signature?: { date: string; key: string };
  /** A politician's party ("S"), for political bodies' documents. */
  party?: string;
}

interface ItemView {
  /** § number of a protocol paragraph, or item number of meeting notes; sub-items have none. */
  number?: number;
  /** Markdown heading level: 2 for an item, 3 for its sub-items, and so on. */
  level: number;
  title: string;
  presenter?: PersonView;
  body?: string;
  decisions: { text: string; inBody: boolean }[];
  attachments: { title: string; file?: string; inBody: boolean }[];
  carry?: string;
  actions: { who: string; what: string; due?: string; done: boolean }[];
  activityStatus?: { status: string; comment?: string };
  caseNumber?: string;
  proposals: { by: string; party?: string; text: string }[];
  proposition?: string;
  /** The first vote: what templates written for one vote a paragraph use. */
  vote?: VoteView;
  /** Every vote of the paragraph, in the order taken. */
  votes: VoteView[];
  /** återremiss or bordläggning: the matter was not decided, and comes back on the next agenda. */
  deferred?: string;
  /** Names of those who took no part because of a conflict of interest. */
  disqualified: string[];
  /** An ersättare serving in the stead of a member with jäv: "Anna Karlsson (C)" for "Maria Ekström (KD)". */
  standIns: { name: string; for: string }[];
  reservations: { by: string; party?: string; text?: string; attachment?: string; submitted?: string }[];
  protocolNotes: { by: string; party?: string; text: string; allowed: boolean }[];
  sendTo: string[];
  urgent: boolean;
  /** The paragraph was adjusted at once (omedelbar justering): when and by whom. */
  adjustedAtOnce?: { date: string; by: string[] };
  /** The reason and legal reference when the paragraph is confidential. */
  confidential?: string;
  /** In the public copy: the paragraph's content is withheld, only its heading and the confidentiality line remain. */
  withheld: boolean;
  /** Where a carried point was raised: the meeting's date and its § or item number. */
  carriedFrom?: { date: string; number?: number; deferred?: string };
  activity?: string;
  items: ItemView[];
}

interface VoteView {
  /** 1, 2 ... when the paragraph has several votes. */
  number?: number;
  question?: string;
  proposition?: string;
  yes?: string;
  no?: string;
  /** By name (an open vote); empty for a closed ballot. */
  votes: { name: string; party?: string; choice: string }[];
  closed: boolean;
  /** An election: the votes each candidate got, most first. */
  election: boolean;
  counts: { for: string; count: number }[];
  ja: number;
  nej: number;
  avstår: number;
  tie: boolean;
  /** ja or nej, or the one elected. */
  winner?: string;
  castingVote?: string;
  lot?: string;
}

export interface MeetingView {
  /** True for the copy published on the website. */
  publicCopy: boolean;
  adjusted?: { date: string; by: string[] };
  /** Paragraphs adjusted at once, before the rest: "§ 100", the day and who adjusted them. */
  adjustedAtOnce: { paragraphs: string; numbers: number[]; date: string; by: string[]; posted?: string }[];
  /** Justeringens plats och tid, as the meeting decided it. */
  adjustment?: { date: string; time?: string; place?: string };
  /** The anslag certificate, once the notice of adjustment is posted: posted, taken down, where the protocol is kept. */
  posted?: { date: string; takenDown: string; keptAt: string };
  /** A political body's protocol (Kommunallagen): its first page's lists and the närvaro- och omröstningslista. */
  political: boolean;
  kl?: { attendance: KlAttendance; voteList: VoteList };
  approved?: { date: string };
  organisation: { name: string; office?: string; website?: string };
  group: { id: string; name: string; kind: string; kindName: string; document: string };
  meeting: {
    date: string;
    year: number;
    time?: string;
    place?: string;
    link?: string;
    mode?: string;
    status: string;
  };
  isProtocol: boolean;
  firstNumber: number;
  lastNumber: number;
  present: AttendanceLine[];
  absent: AttendanceLine[];
  chair?: PersonView;
  viceChair?: PersonView;
  secretary?: PersonView;
  adjusters: PersonView[];
  items: ItemView[];
  next?: { date: string; time?: string; place?: string; mode?: string };
}

const norm = sameText;

/** Whether the running text already says a thing, so the template need not say it again. */
function saidIn(body: string | undefined): (text: string) => boolean {
  // The body is folded once for all its item's decisions and attachments.
  const folded = body === undefined ? undefined : norm(body);
  return (text) => folded !== undefined && folded.includes(norm(text));
}

export function meetingView(org: Organisation, group: Group, meeting: MeetingData, range: ParagraphRange, options: { publicCopy?: boolean } = {}): MeetingView {
  const publicCopy = options.publicCopy === true;
  const signed = validSignatures(org, group, meeting);
  const person = (id: string | undefined): PersonView | undefined => {
    if (id === undefined) return undefined;
    const p = org.people.get(id);
    // Contact details never reach the public copy.
    return {
      id,
      name: p?.name ?? id,
      organisation: organisationIn(org, group, id),
      email: publicCopy ? undefined : p?.email,
      signature: signed.get(id),
      party: p?.party,
    };
  };
  const nameOf = (id: string) => org.people.get(id)?.name ?? id;
  const partyOf = (id: string) => org.people.get(id)?.party;
  const withParty = (id: string) => (partyOf(id) ? `${nameOf(id)} (${partyOf(id)})` : nameOf(id));
  const secretaryId = meeting.secretary ?? group.secretary;
  const { present, absent } = attendanceLines(org, group, meeting.attendance, secretaryId);
  const isProtocol = group.document === 'protokoll';
  const first = isProtocol ? range.first : 1;
  // Who took part in each §: for the ersättare serving where a member has jäv, and a political body's lists.
  const sitting = sittingOf(group, meeting, first);

  const atOnce = (number: number | undefined) => {
    const seal = number === undefined ? undefined : meeting.adjustedAtOnce?.find((s) => s.paragraphs.includes(number));
    return seal && { date: seal.date, by: seal.by.map(nameOf) };
  };
  const item = (data: ItemData, level: number, number?: number): ItemView => {
    const withheld = publicCopy && data.confidential !== undefined;
    const said = saidIn(data.body);
    const votes = votesOf(data).map((v, i, all) => voteView(v, nameOf, partyOf, all.length > 1 ? i + 1 : undefined));
    const full: ItemView = {
      number,
      level,
      title: data.title,
      presenter: person(data.presenter),
      // Markdown by design; raw HTML in it is shown as text, the same in the Markdown, the DOCX and the PDF.
      body: data.body === undefined ? undefined : withoutRawHtml(data.body.replace(/\s+$/, '')),
      // The secretary often writes the decision and "Presentation bifogas" into
      // the running text; what the text already says is not repeated.
      decisions: data.decisions.map((text) => ({ text, inBody: said(text) })),
      attachments: data.attachments.map((a) => {
        const { title, file } = typeof a === 'string' ? { title: a, file: undefined } : a;
        return { title, file, inBody: said(title) };
      }),
      carry: data.carry === true ? data.title : data.carry || undefined,
      carriedFrom: data.carriedFrom,
      actions: data.actions.map((a) => ({ who: nameOf(a.who), what: a.what, due: a.due, done: Boolean(a.done) })),
      activityStatus: data.activityStatus,
      activity: data.activity,
      caseNumber: data.caseNumber,
      proposals: data.proposals.map((p) => ({ by: nameOf(p.by), party: partyOf(p.by), text: p.text })),
      proposition: data.proposition,
      vote: votes[0],
      votes,
      deferred: data.deferred,
      disqualified: data.disqualified.map(withParty),
      standIns: number === undefined || !isProtocol ? [] : standInsForJav(sitting, number).map((s) => ({ name: withParty(s.person), for: withParty(s.for) })),
      reservations: data.reservations.map((r) => ({ by: nameOf(r.by), party: partyOf(r.by), text: r.text, attachment: r.attachment, submitted: r.submitted })),
      protocolNotes: data.protocolNotes.map((n) => ({ by: nameOf(n.by), party: partyOf(n.by), text: n.text, allowed: n.allowed === true })),
      sendTo: data.sendTo,
      urgent: data.urgent === true,
      adjustedAtOnce: atOnce(number),
      confidential: data.confidential,
      withheld,
      items: data.items.map((sub) => item(sub, level + 1)),
    };
    if (!withheld) return full;
    // Only the number, the heading and the line stating the confidentiality are public.
    return {
      ...full,
      presenter: undefined,
      body: undefined,
      decisions: [],
      attachments: [],
      carry: undefined,
      actions: [],
      activityStatus: undefined,
      caseNumber: undefined,
      proposals: [],
      proposition: undefined,
      vote: undefined,
      votes: [],
      deferred: undefined,
      disqualified: [],
      standIns: [],
      reservations: [],
      protocolNotes: [],
      sendTo: [],
      items: [],
    };
  };

  const chairId = meeting.chair ?? group.chair;
  const political = isProtocol && group.political !== undefined;
  const organisation = org.registry.organisation;
  return {
    publicCopy,
    adjusted: meeting.adjusted && { date: meeting.adjusted.date, by: meeting.adjusted.by.map(nameOf) },
    adjustedAtOnce: (meeting.adjustedAtOnce ?? []).map((s) => ({
      paragraphs: paragraphList(s.paragraphs),
      numbers: s.paragraphs,
      date: s.date,
      by: s.by.map(nameOf),
      posted: s.posted,
    })),
    adjustment: meeting.adjustment,
    posted: meeting.posted
      ? { date: meeting.posted, takenDown: addDays(meeting.posted, POSTED_DAYS), keptAt: organisation.archive ?? organisation.office ?? organisation.name }
      : undefined,
    political,
    kl: !political
      ? undefined
      : { attendance: klAttendance(org, group, meeting, sitting, chairId, secretaryId), voteList: voteList(org, group, meeting, sitting) },
    approved: meeting.approved && { date: meeting.approved.date },
    organisation: {
      name: org.registry.organisation.name,
      office: org.registry.organisation.office,
      website: org.registry.organisation.website,
    },
    group: {
      id: group.id,
      name: group.name,
      kind: group.kind,
      kindName: org.registry.groupKinds.find((k) => k.id === group.kind)?.name ?? group.kind,
      document: group.document,
    },
    meeting: {
      date: meeting.date,
      year: Number(meeting.date.slice(0, 4)),
      time: meeting.time ?? group.defaults.time,
      place: meeting.place ?? placeFor(group, meeting.mode ?? group.defaults.mode),
      link: meeting.link ?? group.defaults.link,
      mode: meeting.mode ?? group.defaults.mode,
      status: meeting.status,
    },
    isProtocol,
    firstNumber: first,
    lastNumber: first + meeting.items.length - 1,
    present,
    absent,
    chair: person(chairId),
    viceChair: person(group.viceChair),
    secretary: person(secretaryId),
    adjusters: adjustersFor(group, meeting.adjusters).map((id) => person(id)!),
    items: meeting.items.map((data, i) => item(data, 2, first + i)),
    next: meeting.next,
  };
}

/** The signatures on the sealed record that verify by the registry's keys, by signer; none on a record changed since its seal. */
function validSignatures(org: Organisation, group: Group, meeting: MeetingData): Map<string, { date: string; key: string }> {
  const sealed = sealOf(meeting);
  const found = new Map<string, { date: string; key: string }>();
  if (!sealed?.signatures.length || breachOf(meeting)) return found;
  for (const c of checkSignatures(`${group.id}/${meeting.date}`, sealed, signersOf(group, meeting), (id) => org.people.get(id)?.keys)) {
    if (c.state === 'valid') found.set(c.person, { date: c.date, key: c.key });
  }
  return found;
}

function voteView(vote: VoteData, nameOf: (id: string) => string, partyOf: (id: string) => string | undefined, number: number | undefined): VoteView {
  const votes = Object.entries(vote.votes ?? {}).map(([id, choice]) => ({ name: nameOf(id), party: partyOf(id), choice }));
  const tally = tallyOf(vote);
  const outcome = outcomeOf(vote);
  const election = isElection(vote);
  const counts = Object.entries(vote.counts ?? {})
    .map(([what, count]) => ({ for: what, count }))
    .sort((a, b) => (election ? b.count - a.count : 0));
  return {
    number,
    question: vote.question,
    proposition: vote.proposition,
    yes: vote.yes,
    no: vote.no,
    votes,
    closed: vote.closed === true,
    election,
    counts,
    ...tally,
    tie: outcome.tie,
    winner: outcome.winner,
    castingVote: vote.castingVote,
    lot: vote.lot,
  };
}

/**
 * The view model: everything a document template may use, computed from the
 * registry and one meeting. Templates get data, not code; the words are theirs.
 */
import { sameText } from '../base/text.js';
import { attendanceLines, type AttendanceLine } from '../model/attendance.js';
import { adjustersFor, organisationIn, type Group, type Organisation } from '../model/registry.js';
import type { ParagraphRange } from '../model/numbering.js';
import { placeFor } from '../model/calendar.js';
import type { ItemData, MeetingData } from '../schema/meeting.js';
import { breachOf, checkSignatures, sealOf, signersOf } from '../model/seal.js';
import { withoutRawHtml } from './helpers.js';

export interface PersonView {
  id: string;
  name: string;
  organisation?: string;
  email?: string;
  /** Their digital signature on the sealed record, when it verifies by the registry's keys: the day and the key's fingerprint. */
  signature?: { date: string; key: string };
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
  proposals: { by: string; text: string }[];
  proposition?: string;
  vote?: VoteView;
  /** Names of those who took no part because of a conflict of interest. */
  disqualified: string[];
  reservations: { by: string; text?: string; attachment?: string }[];
  protocolNotes: { by: string; text: string }[];
  sendTo: string[];
  urgent: boolean;
  /** The reason and legal reference when the paragraph is confidential. */
  confidential?: string;
  /** In the public copy: the paragraph's content is withheld, only its heading and the confidentiality line remain. */
  withheld: boolean;
  /** Where a carried point was raised: the meeting's date and its § or item number. */
  carriedFrom?: { date: string; number?: number };
  activity?: string;
  items: ItemView[];
}

interface VoteView {
  question?: string;
  yes?: string;
  no?: string;
  votes: { name: string; choice: string }[];
  ja: number;
  nej: number;
  avstår: number;
}

export interface MeetingView {
  /** True for the copy published on the website. */
  publicCopy: boolean;
  adjusted?: { date: string; by: string[] };
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
    return { id, name: p?.name ?? id, organisation: organisationIn(org, group, id), email: publicCopy ? undefined : p?.email, signature: signed.get(id) };
  };
  const nameOf = (id: string) => org.people.get(id)?.name ?? id;
  const secretaryId = meeting.secretary ?? group.secretary;
  const { present, absent } = attendanceLines(org, group, meeting.attendance, secretaryId);
  const isProtocol = group.document === 'protokoll';
  const first = isProtocol ? range.first : 1;

  const item = (data: ItemData, level: number, number?: number): ItemView => {
    const withheld = publicCopy && data.confidential !== undefined;
    const said = saidIn(data.body);
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
      proposals: data.proposals.map((p) => ({ by: nameOf(p.by), text: p.text })),
      proposition: data.proposition,
      vote: data.vote && voteView(data.vote, nameOf),
      disqualified: data.disqualified.map(nameOf),
      reservations: data.reservations.map((r) => ({ by: nameOf(r.by), text: r.text, attachment: r.attachment })),
      protocolNotes: data.protocolNotes.map((n) => ({ by: nameOf(n.by), text: n.text })),
      sendTo: data.sendTo,
      urgent: data.urgent === true,
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
      disqualified: [],
      reservations: [],
      protocolNotes: [],
      sendTo: [],
      items: [],
    };
  };

  return {
    publicCopy,
    adjusted: meeting.adjusted && { date: meeting.adjusted.date, by: meeting.adjusted.by.map(nameOf) },
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
    chair: person(meeting.chair ?? group.chair),
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

function voteView(vote: NonNullable<ItemData['vote']>, nameOf: (id: string) => string): VoteView {
  const votes = Object.entries(vote.votes).map(([id, choice]) => ({ name: nameOf(id), choice }));
  const count = (c: string) => votes.filter((v) => v.choice === c).length;
  return { question: vote.question, yes: vote.yes, no: vote.no, votes, ja: count('ja'), nej: count('nej'), avstår: count('avstår') };
}

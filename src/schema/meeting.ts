/** One meeting: meetings/<group>/<yyyy-mm-dd>.yaml. */
import * as z from 'zod/mini';
import { ActionId, Id, IsoDate, Mode, Text, TimeRange } from './common.js';
import { ActivityStatus } from './plan.js';

const MeetingStatus = z.enum(['planned', 'agenda', 'held', 'draft', 'sent', 'final', 'adjusted', 'published'], {
  error: 'status is one of planned, agenda, held, draft, sent, final, adjusted, published',
});

/**
 * Who was there, in the order the document lists them. Someone present who is
 * not a member of the group is a guest (adjungerad for the day); a guest who
 * is not in the registry is written as { name, organisation }.
 */
const PresentEntry = z.union(
  [
    Id,
    z.strictObject({
      person: Id,
      /** The ledamot this ersättare stands in for today. */
      for: z.optional(Id),
      note: z.optional(Text),
    }),
    z.strictObject({ name: Text, organisation: z.optional(Text), note: z.optional(Text) }),
  ],
  { error: 'a present entry is a person id, { person, for, note }, or { name, organisation, note } for a guest' },
);

const AbsentEntry = z.union([Id, z.strictObject({ person: Id, note: z.optional(Text) })], {
  error: 'an absent entry is a person id, or { person, note }',
});

const Attendance = z.strictObject({
  present: z._default(z.array(PresentEntry), []),
  absent: z._default(z.array(AbsentEntry), []),
});

const Attachment = z.union([Text, z.strictObject({ title: Text, file: z.optional(Text) })], {
  error: 'an attachment is a title, or { title, file }',
});

/** An action point: who (a person id, or a name), what, and by when. */
const Action = z.strictObject({
  /** Given by sekr when it records the point, so that the follow-up (data/actions/) finds it whatever is edited later. */
  id: z.optional(ActionId),
  who: Text,
  what: Text,
  due: z.optional(IsoDate),
  done: z.optional(z.boolean()),
});

/** A proposal (yrkande): who proposed what. */
const Proposal = z.strictObject({ by: Id, text: Text });

const VoteChoice = z.enum(['ja', 'nej', 'avstår'], { error: 'a vote is ja, nej or avstår' });

/** An open vote (omröstning): each voter's choice, and the question put if it needs saying. */
const Vote = z.strictObject({
  question: z.optional(Text),
  /** Text for "ja" and "nej", e.g. ja: "bifall till Nina Landströms yrkande". */
  yes: z.optional(Text),
  no: z.optional(Text),
  votes: z.record(Id, VoteChoice, { error: 'votes maps person ids to ja, nej or avstår' }),
});

/** A reservation against the decision, optionally written out as an attachment. */
const Reservation = z.strictObject({ by: Id, text: z.optional(Text), attachment: z.optional(Text) });

/** One agenda item: a paragraph (§) of a protocol, a numbered item of meeting notes. */
const Item = z.strictObject({
  title: Text,
  presenter: z.optional(Id),
  /** Markdown, as the secretary wrote it. */
  body: z.optional(z.string({ error: 'body is text (Markdown)' })),
  decisions: z._default(z.array(Text), []),
  attachments: z._default(z.array(Attachment), []),
  /** true, or the title of the point to raise again, when it is carried to the next meeting. */
  carry: z.optional(z.union([z.boolean(), Text], { error: 'carry is true, or the title of the point to raise next time' })),
  /** Action points: who does what, by when. */
  actions: z._default(z.array(Action), []),
  /** The plan activity this item follows up, and its status as the meeting found it. */
  activity: z.optional(Id),
  activityStatus: z.optional(z.strictObject({ status: ActivityStatus, comment: z.optional(Text) })),
  /** Set by sekr record when the secretary has finished the item; recording resumes at the first item without it. */
  recorded: z.optional(z.boolean()),
  /** Diarienummer: the case number in the public records. */
  caseNumber: z.optional(Text),
  /** Yrkanden, in the order the chair put them to the meeting. */
  proposals: z._default(z.array(Proposal), []),
  /** How the chair put the proposals (propositionsordning), as it is to be written. */
  proposition: z.optional(Text),
  vote: z.optional(Vote),
  /** Members who did not take part because of a conflict of interest (jäv). */
  disqualified: z._default(z.array(Id), []),
  reservations: z._default(z.array(Reservation), []),
  /** Protokollsanteckningar. */
  protocolNotes: z._default(z.array(z.strictObject({ by: Id, text: Text })), []),
  /** Who the decision is sent to (expedieras till). */
  sendTo: z._default(z.array(Text), []),
  /** Omedelbar justering: the paragraph was adjusted at once, at the meeting. */
  urgent: z.optional(z.boolean()),
  /** Sekretess: the reason and legal reference; the public copy keeps only the heading and this line. */
  confidential: z.optional(Text),
  /** Where a point carried over was raised: the meeting's date and its § or item number. */
  carriedFrom: z.optional(z.strictObject({ date: IsoDate, number: z.optional(z.int().check(z.positive())) })),
  get items() {
    return z._default(z.array(Item), []);
  },
});

const NextMeeting = z.strictObject({
  date: IsoDate,
  time: z.optional(TimeRange),
  place: z.optional(Text),
  mode: z.optional(Mode),
});

/** A signature on a seal: who signed, on what day, with which key (its fingerprint), and the Ed25519 signature in base64. */
const Signature = z.strictObject({
  person: Id,
  date: IsoDate,
  key: z.string().check(z.regex(/^SHA256:[A-Za-z0-9+/]{43}$/, { error: 'key is written by sekr: SHA256:<43 characters>' })),
  signature: z.string().check(z.regex(/^[A-Za-z0-9+/]{86}==$/, { error: 'signature is written by sekr: 88 characters of base64' })),
});

/**
 * What locks a meeting: when, by whom, and a fingerprint of the record then,
 * whole and per field (model/seal.ts says what each version covers), and the
 * signatures made on it. Without `version` it is a seal of version 1.
 */
const Seal = z.strictObject({
  version: z.optional(z.int({ error: 'version is written by sekr: a whole number' }).check(z.positive())),
  date: IsoDate,
  by: z._default(z.array(Id), []),
  fingerprint: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/, { error: 'fingerprint is written by sekr: sha256:<64 hex digits>' })),
  fields: z._default(z.record(z.string(), z.string()), {}),
  signatures: z._default(z.array(Signature), []),
  /** Notes approved before their correction week was over (sekr approve --early); covered by the seal. */
  early: z.optional(z.literal(true)),
});

export const Meeting = z.strictObject({
  /** Optional: the folder names the group; when given it must agree. */
  group: z.optional(Id),
  date: IsoDate,
  time: z.optional(TimeRange),
  place: z.optional(Text),
  link: z.optional(z.url({ error: 'expected a web address' })),
  mode: z.optional(Mode),
  status: z._default(MeetingStatus, 'planned'),
  /** Chair of the day; the group's chair when not given. */
  chair: z.optional(Id),
  secretary: z.optional(Id),
  adjusters: z._default(z.array(Id), []),
  /** The first § of a protocol, when it cannot be counted on from the group's previous meeting. */
  firstParagraph: z.optional(z.int({ error: 'firstParagraph is a whole number' }).check(z.positive({ error: 'firstParagraph starts at 1' }))),
  attendance: z._default(Attendance, { present: [], absent: [] }),
  items: z._default(z.array(Item), []),
  next: z.optional(NextMeeting),
  /** The day the notice (kallelse) went out. */
  convened: z.optional(IsoDate),
  /** The day the notes or the draft protocol were sent to the members. */
  sent: z.optional(IsoDate),
  /** A protocol's adjustment, or approval of notes: the content is locked from then on. */
  adjusted: z.optional(Seal),
  approved: z.optional(Seal),
  published: z.optional(IsoDate),
});

export type MeetingData = z.output<typeof Meeting>;
export type ItemData = z.output<typeof Item>;
export type AttendanceData = z.output<typeof Attendance>;
export type ActionData = z.output<typeof Action>;
export type SealData = z.output<typeof Seal>;
export type SignatureData = z.output<typeof Signature>;

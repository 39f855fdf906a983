/** One meeting: meetings/<group>/<yyyy-mm-dd>.yaml. */
import { t } from '../base/i18n.js';
import * as z from 'zod/mini';
import { ActionId, DocumentKind, Id, IsoDate, Mode, Text, TimeRange } from './common.js';
import { ActivityStatus } from './plan.js';

const MeetingStatus = z.enum(['planned', 'agenda', 'held', 'draft', 'sent', 'final', 'adjusted', 'published'], {
  error: () => t('meeting.statusIs'),
});

/** A § number, as the protocol prints it. */
const ParagraphNumber = z.int({ error: () => t('meeting.paragraphInt') }).check(z.positive({ error: () => t('meeting.paragraphPositive') }));

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
      /** The ledamot this ersättare stands in for today (tjänstgörande ersättare). */
      for: z.optional(Id),
      note: z.optional(Text),
      /**
       * The §§ this person took part in, when not the whole meeting: arrived at `from`, left after `to`;
       * for an ersättare, the §§ served. A member who leaves does not come back (växeltjänstgöring is not
       * allowed), except after a § with jäv, which `disqualified` on the item records.
       */
      from: z.optional(ParagraphNumber),
      to: z.optional(ParagraphNumber),
    }),
    z.strictObject({ name: Text, organisation: z.optional(Text), note: z.optional(Text), from: z.optional(ParagraphNumber), to: z.optional(ParagraphNumber) }),
  ],
  { error: () => t('meeting.presentIs') },
);

const AbsentEntry = z.union([Id, z.strictObject({ person: Id, note: z.optional(Text) })], {
  error: () => t('meeting.absentIs'),
});

const Attendance = z.strictObject({
  present: z._default(z.array(PresentEntry), []),
  absent: z._default(z.array(AbsentEntry), []),
});

const Attachment = z.union([Text, z.strictObject({ title: Text, file: z.optional(Text) })], {
  error: () => t('meeting.attachmentIs'),
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

const VoteChoice = z.enum(['ja', 'nej', 'avstår'], { error: () => t('meeting.voteIs') });

/**
 * A vote (omröstning). Open (öppen): each voter's choice by name. Closed (sluten, for elections):
 * `closed: true` and the counts only, by what was voted for ("ja", "nej", "avstår", or the candidates'
 * names). An open vote may state its counts too, as the protocol gives them; they must match the names.
 */
const Vote = z.strictObject({
  question: z.optional(Text),
  /** How the chair put the question to this vote (propositionsordning). */
  proposition: z.optional(Text),
  /** Text for "ja" and "nej", e.g. ja: "bifall till Nina Landströms yrkande". */
  yes: z.optional(Text),
  no: z.optional(Text),
  votes: z.optional(z.record(Id, VoteChoice, { error: () => t('meeting.votesIs') })),
  /** A closed ballot (sluten omröstning): no names, only the counts. */
  closed: z.optional(z.literal(true, { error: () => t('meeting.closedIs') })),
  counts: z.optional(
    z.record(Text, z.int({ error: () => t('meeting.countInt') }).check(z.gte(0, { error: () => t('meeting.countMin') })), {
      error: () => t('meeting.countsIs'),
    }),
  ),
  /** A tie settled by the chair (utslagsröst): ja or nej, as the chair voted. */
  castingVote: z.optional(z.enum(['ja', 'nej'], { error: () => t('meeting.castingVoteIs') })),
  /** A tied election settled by lot (lottning): who or what the lot fell on. */
  lot: z.optional(Text),
});

/** A reservation against the decision, optionally written out as an attachment. */
const Reservation = z.strictObject({
  by: Id,
  text: z.optional(Text),
  attachment: z.optional(Text),
  /** The day the written reservation was handed in: by the time set for adjusting the protocol (KL 4 kap. 27 §). */
  submitted: z.optional(IsoDate),
});

/** A protocol note (protokollsanteckning): by a member, or by someone else the chair allowed. */
const ProtocolNote = z.strictObject({
  by: Id,
  text: Text,
  /** The chair allowed someone who is not a member serving to have a note entered. */
  allowed: z.optional(z.literal(true, { error: () => t('meeting.allowedIs') })),
});

/** One agenda item: a paragraph (§) of a protocol, a numbered item of meeting notes. */
export const Item = z.strictObject({
  title: Text,
  presenter: z.optional(Id),
  /** Markdown, as the secretary wrote it. */
  body: z.optional(z.string({ error: () => t('meeting.bodyIs') })),
  decisions: z._default(z.array(Text), []),
  attachments: z._default(z.array(Attachment), []),
  /** true, or the title of the point to raise again, when it is carried to the next meeting. */
  carry: z.optional(z.union([z.boolean(), Text], { error: () => t('meeting.carryIs') })),
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
  /** One vote; a paragraph with several (e.g. återremiss first, then the main question) lists them under votes. */
  vote: z.optional(Vote),
  /** The votes of the paragraph, in the order they were taken; the last is on the question the decision answers. */
  votes: z.optional(z.array(Vote)),
  /** The matter was not decided: sent back for more preparation (återremiss) or put off (bordläggning); it comes back on the next agenda. */
  deferred: z.optional(z.enum(['återremiss', 'bordläggning'], { error: () => t('meeting.deferredIs') })),
  /** Members who did not take part because of a conflict of interest (jäv). */
  disqualified: z._default(z.array(Id), []),
  reservations: z._default(z.array(Reservation), []),
  /** Protokollsanteckningar. */
  protocolNotes: z._default(z.array(ProtocolNote), []),
  /** Who the decision is sent to (expedieras till). */
  sendTo: z._default(z.array(Text), []),
  /** Omedelbar justering: the paragraph was adjusted at once, at the meeting. */
  urgent: z.optional(z.boolean()),
  /** Sekretess: the reason and legal reference; the public copy keeps only the heading and this line. */
  confidential: z.optional(Text),
  /** Where a point carried over was raised: the meeting's date and its § or item number. */
  carriedFrom: z.optional(
    z.strictObject({
      date: IsoDate,
      number: z.optional(z.int().check(z.positive())),
      /** Why it came back: it was sent back (återremiss) or put off (bordläggning) there. */
      deferred: z.optional(z.enum(['återremiss', 'bordläggning'], { error: () => t('meeting.deferredIs') })),
    }),
  ),
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
  key: z.string().check(z.regex(/^SHA256:[A-Za-z0-9+/]{43}$/, { error: () => t('meeting.keyForm') })),
  signature: z.string().check(z.regex(/^[A-Za-z0-9+/]{86}==$/, { error: () => t('meeting.signatureForm') })),
});

/**
 * What locks a meeting: when, by whom, and a fingerprint of the record then,
 * whole and per field (model/seal.ts says what each version covers), and the
 * signatures made on it. Without `version` it is a seal of version 1.
 */
const Seal = z.strictObject({
  version: z.optional(z.int({ error: () => t('meeting.versionForm') }).check(z.positive())),
  date: IsoDate,
  by: z._default(z.array(Id), []),
  fingerprint: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/, { error: () => t('meeting.fingerprintForm') })),
  fields: z._default(z.record(z.string(), z.string()), {}),
  signatures: z._default(z.array(Signature), []),
  /** Notes approved before their correction week was over (sekr approve --early); covered by the seal. */
  early: z.optional(z.literal(true)),
});

/**
 * Paragraphs adjusted at once (omedelbar justering), before the rest of the protocol: their § numbers,
 * and a seal of their own (model/paragraph-seal.ts) over those items and who took part in them.
 */
const ParagraphSeal = z.strictObject({
  paragraphs: z.array(ParagraphNumber).check(z.minLength(1, { error: () => t('meeting.paragraphsNeeded') })),
  date: IsoDate,
  by: z._default(z.array(Id), []),
  fingerprint: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/, { error: () => t('meeting.fingerprintForm') })),
  fields: z._default(z.record(z.string(), z.string()), {}),
  /** The day the notice of this adjustment was posted (sekr notice --paragraphs). */
  posted: z.optional(IsoDate),
});

export const Meeting = z.strictObject({
  /** Optional: the folder names the group; when given it must agree. */
  group: z.optional(Id),
  /** What this meeting keeps, when not what its group keeps: protokoll or mötesanteckning. */
  document: z.optional(DocumentKind),
  date: IsoDate,
  time: z.optional(TimeRange),
  place: z.optional(Text),
  link: z.optional(z.url({ error: () => t('meeting.expectedUrl') })),
  mode: z.optional(Mode),
  status: z._default(MeetingStatus, 'planned'),
  /** Chair of the day; the group's chair when not given. */
  chair: z.optional(Id),
  secretary: z.optional(Id),
  adjusters: z._default(z.array(Id), []),
  /** The first § of a protocol, when it cannot be counted on from the group's previous meeting. */
  firstParagraph: z.optional(z.int({ error: () => t('meeting.firstParagraphInt') }).check(z.positive({ error: () => t('meeting.firstParagraphPositive') }))),
  attendance: z._default(Attendance, { present: [], absent: [] }),
  /** Justeringens plats och tid: when and where the protocol is to be adjusted, as the protocol prints it. */
  adjustment: z.optional(z.strictObject({ date: IsoDate, time: z.optional(Text), place: z.optional(Text) })),
  items: z._default(z.array(Item), []),
  next: z.optional(NextMeeting),
  /** The day the notice (kallelse) went out. */
  convened: z.optional(IsoDate),
  /** The day the notes or the draft protocol were sent to the members. */
  sent: z.optional(IsoDate),
  /** A protocol's adjustment, or approval of notes: the content is locked from then on. */
  adjusted: z.optional(Seal),
  approved: z.optional(Seal),
  /** Paragraphs adjusted at once, each group of them with its own seal. */
  adjustedAtOnce: z.optional(z.array(ParagraphSeal)),
  /** The day the notice of the protocol's adjustment was posted (sekr notice); it is taken down three weeks later. */
  posted: z.optional(IsoDate),
  published: z.optional(IsoDate),
});

export type MeetingData = z.output<typeof Meeting>;
export type ItemData = z.output<typeof Item>;
export type AttendanceData = z.output<typeof Attendance>;
export type ActionData = z.output<typeof Action>;
export type SealData = z.output<typeof Seal>;
export type SignatureData = z.output<typeof Signature>;
export type VoteData = z.output<typeof Vote>;
export type ParagraphSealData = z.output<typeof ParagraphSeal>;
export type PresentData = z.output<typeof PresentEntry>;

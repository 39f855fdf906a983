/**
 * The schemas of the data folder's files. The model's types are derived from
 * these, so a field is declared once. Cross-file rules (does this person exist?)
 * live in checks.ts; these only say what one file may hold.
 */
import { z } from 'zod';

export const ID_HINT = 'an id is lower-case a–z, digits and single hyphens, e.g. styrgrupp-narvard';

export const Id = z
  .string({ error: 'expected an id (text)' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: `not a valid id: ${ID_HINT}` });

const Text = z.string({ error: 'expected text' }).trim().min(1, { error: 'must not be empty' });

export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const IsoDate = z
  .string({ error: 'expected a date as yyyy-mm-dd' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as yyyy-mm-dd' })
  .refine(isRealDate, { error: 'no such date in the calendar' });

const TIME_RANGE = /^([01]\d|2[0-3])[:.]([0-5]\d)\s*[-–]\s*([01]\d|2[0-3])[:.]([0-5]\d)$/;

/** "10:00-12:00" (a dot as in Swedish "10.00" is accepted too). */
export const TimeRange = z
  .string({ error: 'expected a time range such as "10:00-12:00" (in quotes)' })
  .regex(TIME_RANGE, { error: 'expected a time range such as 10:00-12:00' })
  .refine(
    (s) => {
      const m = TIME_RANGE.exec(s);
      // zod runs this even when the pattern failed; that has its own message.
      if (!m) return true;
      return Number(m[1]) * 60 + Number(m[2]) < Number(m[3]) * 60 + Number(m[4]);
    },
    { error: 'the meeting ends before it starts' },
  );

export const Mode = z.enum(['digital', 'fysiskt'], { error: 'mode is digital or fysiskt' });

/** What a group keeps of its meetings (DOMAIN.md: mötesanteckning or protokoll). */
export const DocumentKind = z.enum(['protokoll', 'mötesanteckning'], { error: 'document is protokoll or mötesanteckning' });

/**
 * Roles in a group. ersättare stands in for a named ledamot; adjungerad is
 * present without a vote; kansli is office staff who prepare and minute the
 * meetings (Närvårdskontoret), counted as participants but not members with a vote.
 */
export const MemberRole = z.enum(['ledamot', 'ersättare', 'adjungerad', 'brukarrepresentant', 'kansli'], {
  error: 'role is one of ledamot, ersättare, adjungerad, brukarrepresentant, kansli',
});

export const Member = z.strictObject({
  person: Id,
  role: MemberRole.default('ledamot'),
  /** The ledamot an ersättare stands in for. */
  for: Id.optional(),
  /** Participant category for the annual plan's count (Sjukhus, Kommun, ...). */
  category: Text.optional(),
  /** How the person's organisation is written in this group's documents, when it differs. */
  organisation: Text.optional(),
});

/** How the adjuster (justerare) is chosen: elected per meeting, the vice chair, or a standing person. */
export const AdjusterRule = z.union([z.literal('elected'), z.literal('viceChair'), z.strictObject({ standing: Id })], {
  error: 'adjuster is "elected", "viceChair", or { standing: person-id }',
});

/** Weekdays as the secretary writes them; English names are accepted too. */
export const WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'] as const;
export const WEEKDAYS_EN = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const Weekday = z.enum([...WEEKDAYS, ...WEEKDAYS_EN], { error: 'weekday is måndag, tisdag, onsdag, torsdag or fredag' });

/** How often a group meets: "month", "2m" (every other month), "1w", "2w"... */
export const Every = z
  .string({ error: 'every is month, 2m, 1w, 2w ... (in quotes)' })
  .regex(/^(month|week|[1-9][0-9]?[mw])$/, { error: 'every is month, 2m, 1w, 2w ...' });

/** Which weekday of the month a monthly meeting falls on: 1–4, or last. */
export const WeekOfMonth = z.union([z.int().min(1).max(4), z.literal('last')], { error: 'week is 1, 2, 3, 4 or last' });

export const MeetingDefaults = z.strictObject({
  time: TimeRange.optional(),
  place: Text.optional(),
  link: z.url({ error: 'expected a web address' }).optional(),
  mode: Mode.optional(),
  /** The place by mode, for a group that alternates between physical and digital meetings. */
  places: z.strictObject({ digital: Text.optional(), fysiskt: Text.optional() }).optional(),
  every: Every.optional(),
  weekday: Weekday.optional(),
  week: WeekOfMonth.optional(),
  /** Modes in turn, e.g. [fysiskt, digital]: "vartannat möte är fysiskt och vartannat digitalt". */
  alternate: z.array(Mode).min(2, { error: 'alternate lists at least two modes' }).optional(),
  /** Months without meetings, 1–12. */
  skipMonths: z.array(z.int().min(1).max(12, { error: 'a month is 1–12' })).optional(),
});

export const Goal = z.strictObject({ id: Id, text: Text });

export const Group = z.strictObject({
  id: Id,
  name: Text,
  kind: Id,
  parent: Id.optional(),
  document: DocumentKind,
  chair: Id.optional(),
  viceChair: Id.optional(),
  secretary: Id.optional(),
  conveners: z.array(Id).default([]),
  adjuster: AdjusterRule.default('elected'),
  /** Whether an absent ledamot's ersättare stands in ("Ersättare utses inte vid frånvaro" when false). */
  substitutes: z.boolean({ error: 'substitutes is true or false' }).default(false),
  /** Whether the agenda has the standing item "Hänt sedan sist". */
  sinceLast: z.boolean({ error: 'sinceLast is true or false' }).default(false),
  members: z.array(Member).default([]),
  defaults: MeetingDefaults.default({}),
  goals: z.array(Goal).default([]),
});

export const Person = z.strictObject({
  id: Id,
  name: Text,
  organisation: Text.optional(),
  function: Text.optional(),
  email: z.email({ error: 'expected an e-mail address' }).optional(),
  phone: Text.optional(),
});

export const Municipality = z.strictObject({
  id: Id,
  name: Text,
  population: z.int({ error: 'population is a whole number' }).positive({ error: 'population must be above 0' }),
  /** The day the population figure was taken. */
  populationDate: IsoDate,
});

export const Financing = z.strictObject({
  /** kronor per inhabitant */
  feePerInhabitant: z.number({ error: 'expected a number (kronor)' }).positive(),
  /** The region's share of the total, 0–1; the municipalities share the rest by population. */
  regionShare: z.number({ error: 'expected a number between 0 and 1' }).min(0).max(1),
});

export const Organisation = z.strictObject({
  name: Text,
  office: Text.optional(),
  /** Where adjusted protocols are kept (förvaringsplats), for the notice of adjustment. */
  archive: Text.optional(),
  /** Where apologies and questions go when the secretary has no address of her own. */
  email: z.email({ error: 'expected an e-mail address' }).optional(),
  region: Text.optional(),
  website: z.url({ error: 'expected a web address' }).optional(),
  /** Whose public holidays meetings are moved off (ISO country code). */
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'country is a two-letter code such as SE' }).default('SE'),
  /** Meeting times in the data are local times of this zone (IANA name). */
  timezone: z
    .string()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, { error: 'not a time zone: use an IANA name such as Europe/Stockholm' })
    .default('Europe/Stockholm'),
  financing: Financing.optional(),
});

export const Named = z.strictObject({ id: Id, name: Text });

export const Registry = z.strictObject({
  organisation: Organisation,
  municipalities: z.array(Municipality).default([]),
  regionServices: z.array(Named).default([]),
  /** The kinds of group this organisation has; another organisation lists its own. */
  groupKinds: z.array(Named).min(1, { error: 'list at least one kind of group' }),
  /** Categories for the participant count of an annual plan. */
  categories: z.array(Text).default([]),
  people: z.array(Person).default([]),
  groups: z.array(Group).default([]),
});

export const MeetingStatus = z.enum(['planned', 'agenda', 'held', 'draft', 'sent', 'final', 'adjusted', 'published'], {
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
      for: Id.optional(),
      note: Text.optional(),
    }),
    z.strictObject({ name: Text, organisation: Text.optional(), note: Text.optional() }),
  ],
  { error: 'a present entry is a person id, { person, for, note }, or { name, organisation, note } for a guest' },
);

const AbsentEntry = z.union([Id, z.strictObject({ person: Id, note: Text.optional() })], {
  error: 'an absent entry is a person id, or { person, note }',
});

export const Attendance = z.strictObject({
  present: z.array(PresentEntry).default([]),
  absent: z.array(AbsentEntry).default([]),
});

const Attachment = z.union([Text, z.strictObject({ title: Text, file: Text.optional() })], {
  error: 'an attachment is a title, or { title, file }',
});

export const ActivityStatus = z.enum(['not-started', 'ongoing', 'done'], { error: 'status is not-started, ongoing or done' });

/** An action point: who (a person id, or a name), what, and by when. */
export const Action = z.strictObject({
  who: Text,
  what: Text,
  due: IsoDate.optional(),
  done: z.boolean().optional(),
});

/** A proposal (yrkande): who proposed what. */
export const Proposal = z.strictObject({ by: Id, text: Text });

export const VoteChoice = z.enum(['ja', 'nej', 'avstår'], { error: 'a vote is ja, nej or avstår' });

/** An open vote (omröstning): each voter's choice, and the question put if it needs saying. */
export const Vote = z.strictObject({
  question: Text.optional(),
  /** Text for "ja" and "nej", e.g. ja: "bifall till Nina Landströms yrkande". */
  yes: Text.optional(),
  no: Text.optional(),
  votes: z.record(Id, VoteChoice, { error: 'votes maps person ids to ja, nej or avstår' }),
});

/** A reservation against the decision, optionally written out as an attachment. */
export const Reservation = z.strictObject({ by: Id, text: Text.optional(), attachment: Text.optional() });

/** One agenda item: a paragraph (§) of a protocol, a numbered item of meeting notes. */
export const Item = z.strictObject({
  title: Text,
  presenter: Id.optional(),
  /** Markdown, as the secretary wrote it. */
  body: z.string({ error: 'body is text (Markdown)' }).optional(),
  decisions: z.array(Text).default([]),
  attachments: z.array(Attachment).default([]),
  /** true, or the title of the point to raise again, when it is carried to the next meeting. */
  carry: z.union([z.boolean(), Text], { error: 'carry is true, or the title of the point to raise next time' }).optional(),
  /** Action points: who does what, by when. */
  actions: z.array(Action).default([]),
  /** The plan activity this item follows up, and its status as the meeting found it. */
  activity: Id.optional(),
  activityStatus: z.strictObject({ status: ActivityStatus, comment: Text.optional() }).optional(),
  /** Set by sekr record when the secretary has finished the item; recording resumes at the first item without it. */
  recorded: z.boolean().optional(),
  /** Diarienummer: the case number in the public records. */
  caseNumber: Text.optional(),
  /** Yrkanden, in the order the chair put them to the meeting. */
  proposals: z.array(Proposal).default([]),
  /** How the chair put the proposals (propositionsordning), as it is to be written. */
  proposition: Text.optional(),
  vote: Vote.optional(),
  /** Members who did not take part because of a conflict of interest (jäv). */
  disqualified: z.array(Id).default([]),
  reservations: z.array(Reservation).default([]),
  /** Protokollsanteckningar. */
  protocolNotes: z.array(z.strictObject({ by: Id, text: Text })).default([]),
  /** Who the decision is sent to (expedieras till). */
  sendTo: z.array(Text).default([]),
  /** Omedelbar justering: the paragraph was adjusted at once, at the meeting. */
  urgent: z.boolean().optional(),
  /** Sekretess: the reason and legal reference; the public copy keeps only the heading and this line. */
  confidential: Text.optional(),
  /** Where a point carried over was raised: the meeting's date and its § or item number. */
  carriedFrom: z.strictObject({ date: IsoDate, number: z.int().positive().optional() }).optional(),
  get items() {
    return z.array(Item).default([]);
  },
});

export const NextMeeting = z.strictObject({
  date: IsoDate,
  time: TimeRange.optional(),
  place: Text.optional(),
  mode: Mode.optional(),
});

/** What locks a meeting: when, by whom, and a fingerprint of its content then, whole and per field. */
export const Seal = z.strictObject({
  date: IsoDate,
  by: z.array(Id).default([]),
  fingerprint: z.string().regex(/^sha256:[0-9a-f]{64}$/, { error: 'fingerprint is written by sekr: sha256:<64 hex digits>' }),
  fields: z.record(z.string(), z.string()).default({}),
});

export const Meeting = z.strictObject({
  /** Optional: the folder names the group; when given it must agree. */
  group: Id.optional(),
  date: IsoDate,
  time: TimeRange.optional(),
  place: Text.optional(),
  link: z.url({ error: 'expected a web address' }).optional(),
  mode: Mode.optional(),
  status: MeetingStatus.default('planned'),
  /** Chair of the day; the group's chair when not given. */
  chair: Id.optional(),
  secretary: Id.optional(),
  adjusters: z.array(Id).default([]),
  /** The first § of a protocol, when it cannot be counted on from the group's previous meeting. */
  firstParagraph: z.int({ error: 'firstParagraph is a whole number' }).positive({ error: 'firstParagraph starts at 1' }).optional(),
  attendance: Attendance.default({ present: [], absent: [] }),
  items: z.array(Item).default([]),
  next: NextMeeting.optional(),
  /** The day the notice (kallelse) went out. */
  convened: IsoDate.optional(),
  /** The day the notes or the draft protocol were sent to the members. */
  sent: IsoDate.optional(),
  /** A protocol's adjustment, or approval of notes: the content is locked from then on. */
  adjusted: Seal.optional(),
  approved: Seal.optional(),
  published: IsoDate.optional(),
});

export const Activity = z.strictObject({
  id: Id,
  text: Text,
  responsible: Text.optional(),
  status: ActivityStatus.default('not-started'),
});

export const PlanGoal = z.strictObject({
  id: Id,
  text: Text,
  /** The parent group's goal this goal serves (Kopplas till Styrgrupp närvårds mål). */
  parentGoal: Id,
  activities: z.array(Activity).min(1, { error: 'a goal has at least one activity' }),
});

export const Indicator = z.strictObject({
  name: Text,
  source: Text.optional(),
  target: Text.optional(),
  results: z.array(z.strictObject({ date: IsoDate, value: z.union([z.number(), Text]), comment: Text.optional() })).default([]),
});

export const Link = z.strictObject({ title: Text, url: Text });

/** A group's annual plan (årsplan), plans/<group>/<year>.yaml. */
export const Plan = z.strictObject({
  group: Id.optional(),
  year: z.int({ error: 'year is a whole number, e.g. 2026' }).min(2000).max(2100),
  /** Uppdragsbeskrivning */
  mission: Text,
  /** Syfte */
  purpose: Text,
  /** Mål och uppdrag */
  assignment: Text.optional(),
  /** Representation */
  representation: Text.optional(),
  /** Arbetssätt */
  wayOfWorking: Text.optional(),
  representativesLink: Link.optional(),
  /** The order the participant categories are listed in (Deltagare); others follow. */
  participantOrder: z.array(Text).default([]),
  /** The lead-in to the activities. */
  activitiesIntro: Text.optional(),
  goals: z.array(PlanGoal).default([]),
  activitiesLink: Link.optional(),
  /** Arbetsformer */
  workingForms: z.array(Text).default([]),
  /** Spelregler */
  groundRules: z.strictObject({ intro: Text.optional(), rules: z.array(Text).default([]) }).optional(),
  indicators: z.array(Indicator).default([]),
});

/** templates/agenda.yaml: the titles of the standing agenda items. */
export const AgendaTitles = z.strictObject({
  protokoll: z.strictObject({ opening: Text, adjuster: Text, previous: Text, closing: Text }),
  mötesanteckning: z.strictObject({ opening: Text, previous: Text, closing: Text }),
  sinceLast: Text,
  activities: Text,
  other: Text,
});

export type RegistryData = z.output<typeof Registry>;
export type GroupData = z.output<typeof Group>;
export type MemberData = z.output<typeof Member>;
export type PersonData = z.output<typeof Person>;
export type MeetingData = z.output<typeof Meeting>;
export type ItemData = z.output<typeof Item>;
export type AttendanceData = z.output<typeof Attendance>;
export type MemberRoleName = z.output<typeof MemberRole>;
export type DocumentKindName = z.output<typeof DocumentKind>;
export type PlanData = z.output<typeof Plan>;
export type ActionData = z.output<typeof Action>;
export type ActivityStatusName = z.output<typeof ActivityStatus>;
export type SealData = z.output<typeof Seal>;
export type VoteChoiceName = z.output<typeof VoteChoice>;
export type ModeName = z.output<typeof Mode>;
export type MeetingDefaultsData = z.output<typeof MeetingDefaults>;

/**
 * The schemas of the data folder's files. The model's types are derived from
 * these, so a field is declared once. Cross-file rules (does this person exist?)
 * live in checks.ts; these only say what one file may hold.
 */
import './zod-setup.js';
// zod/mini: a classic schema attaches its dozens of methods as it is made (some 11 µs each, against 2), and
// these schemas are made at every start. A namespace import, not `import { z }`: esbuild then bundles only
// what is used, where the `z` object would bring all of zod/mini (its 63 locales, JSON Schema...), 0.66 MB.
import * as z from 'zod/mini';

export const ID_HINT = 'an id is lower-case a–z, digits and single hyphens, e.g. styrgrupp-narvard';

export const Id = z
  .string({ error: 'expected an id (text)' })
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: `not a valid id: ${ID_HINT}` }));

const Text = z.string({ error: 'expected text' }).check(z.trim(), z.minLength(1, { error: 'must not be empty' }));

export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const IsoDate = z
  .string({ error: 'expected a date as yyyy-mm-dd' })
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as yyyy-mm-dd' }),
    z.refine(isRealDate, { error: 'no such date in the calendar' }),
  );

const TIME_RANGE = /^([01]\d|2[0-3])[:.]([0-5]\d)\s*[-–]\s*([01]\d|2[0-3])[:.]([0-5]\d)$/;

/** "10:00-12:00" (a dot as in Swedish "10.00" is accepted too). */
export const TimeRange = z
  .string({ error: 'expected a time range such as "10:00-12:00" (in quotes)' })
  .check(
    z.regex(TIME_RANGE, { error: 'expected a time range such as 10:00-12:00' }),
    z.refine(
      (s) => {
        const m = TIME_RANGE.exec(s);
        // zod runs this even when the pattern failed; that has its own message.
        if (!m) return true;
        return Number(m[1]) * 60 + Number(m[2]) < Number(m[3]) * 60 + Number(m[4]);
      },
      { error: 'the meeting ends before it starts' },
    ),
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
  role: z._default(MemberRole, 'ledamot'),
  /** The ledamot an ersättare stands in for. */
  for: z.optional(Id),
  /** Participant category for the annual plan's count (Sjukhus, Kommun, ...). */
  category: z.optional(Text),
  /** How the person's organisation is written in this group's documents, when it differs. */
  organisation: z.optional(Text),
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
  .check(z.regex(/^(month|week|[1-9][0-9]?[mw])$/, { error: 'every is month, 2m, 1w, 2w ...' }));

/** Which weekday of the month a monthly meeting falls on: 1–4, or last. */
export const WeekOfMonth = z.union([z.int().check(z.gte(1), z.lte(4)), z.literal('last')], { error: 'week is 1, 2, 3, 4 or last' });

/** Modes in turn, at least two: the registry's `alternate`, and `sekr schedule --alternate`. */
export const Alternation = z.array(Mode).check(z.minLength(2, { error: 'alternate lists at least two modes' }));

export const MeetingDefaults = z.strictObject({
  time: z.optional(TimeRange),
  place: z.optional(Text),
  link: z.optional(z.url({ error: 'expected a web address' })),
  mode: z.optional(Mode),
  /** The place by mode, for a group that alternates between physical and digital meetings. */
  places: z.optional(z.strictObject({ digital: z.optional(Text), fysiskt: z.optional(Text) })),
  every: z.optional(Every),
  weekday: z.optional(Weekday),
  week: z.optional(WeekOfMonth),
  /** Modes in turn, e.g. [fysiskt, digital]: "vartannat möte är fysiskt och vartannat digitalt". */
  alternate: z.optional(Alternation),
  /** Months without meetings, 1–12. */
  skipMonths: z.optional(z.array(z.int().check(z.gte(1), z.lte(12, { error: 'a month is 1–12' })))),
});

export const Goal = z.strictObject({ id: Id, text: Text });

export const Group = z.strictObject({
  id: Id,
  name: Text,
  kind: Id,
  parent: z.optional(Id),
  document: DocumentKind,
  chair: z.optional(Id),
  viceChair: z.optional(Id),
  secretary: z.optional(Id),
  conveners: z._default(z.array(Id), []),
  adjuster: z._default(AdjusterRule, 'elected'),
  /** Whether an absent ledamot's ersättare stands in ("Ersättare utses inte vid frånvaro" when false). */
  substitutes: z._default(z.boolean({ error: 'substitutes is true or false' }), false),
  /** Whether the agenda has the standing item "Hänt sedan sist". */
  sinceLast: z._default(z.boolean({ error: 'sinceLast is true or false' }), false),
  members: z._default(z.array(Member), []),
  defaults: z._default(MeetingDefaults, {}),
  goals: z._default(z.array(Goal), []),
});

export const Person = z.strictObject({
  id: Id,
  name: Text,
  organisation: z.optional(Text),
  function: z.optional(Text),
  email: z.optional(z.email({ error: 'expected an e-mail address' })),
  phone: z.optional(Text),
});

export const Municipality = z.strictObject({
  id: Id,
  name: Text,
  population: z.int({ error: 'population is a whole number' }).check(z.positive({ error: 'population must be above 0' })),
  /** The day the population figure was taken. */
  populationDate: IsoDate,
});

export const Financing = z.strictObject({
  /** kronor per inhabitant */
  feePerInhabitant: z.number({ error: 'expected a number (kronor)' }).check(z.positive()),
  /** The region's share of the total, 0–1; the municipalities share the rest by population. */
  regionShare: z.number({ error: 'expected a number between 0 and 1' }).check(z.gte(0), z.lte(1)),
});

export const Organisation = z.strictObject({
  name: Text,
  office: z.optional(Text),
  /** Where adjusted protocols are kept (förvaringsplats), for the notice of adjustment. */
  archive: z.optional(Text),
  /** Where apologies and questions go when the secretary has no address of her own. */
  email: z.optional(z.email({ error: 'expected an e-mail address' })),
  region: z.optional(Text),
  website: z.optional(z.url({ error: 'expected a web address' })),
  /** Whose public holidays meetings are moved off (ISO country code). */
  country: z._default(z.string().check(z.regex(/^[A-Z]{2}$/, { error: 'country is a two-letter code such as SE' })), 'SE'),
  /** Meeting times in the data are local times of this zone (IANA name). */
  timezone: z._default(
    z.string().check(
      z.refine((tz) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      }, { error: 'not a time zone: use an IANA name such as Europe/Stockholm' }),
    ),
    'Europe/Stockholm',
  ),
  financing: z.optional(Financing),
});

export const Named = z.strictObject({ id: Id, name: Text });

export const Registry = z.strictObject({
  organisation: Organisation,
  municipalities: z._default(z.array(Municipality), []),
  regionServices: z._default(z.array(Named), []),
  /** The kinds of group this organisation has; another organisation lists its own. */
  groupKinds: z.array(Named).check(z.minLength(1, { error: 'list at least one kind of group' })),
  /** Categories for the participant count of an annual plan. */
  categories: z._default(z.array(Text), []),
  people: z._default(z.array(Person), []),
  groups: z._default(z.array(Group), []),
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

export const Attendance = z.strictObject({
  present: z._default(z.array(PresentEntry), []),
  absent: z._default(z.array(AbsentEntry), []),
});

const Attachment = z.union([Text, z.strictObject({ title: Text, file: z.optional(Text) })], {
  error: 'an attachment is a title, or { title, file }',
});

export const ActivityStatus = z.enum(['not-started', 'ongoing', 'done'], { error: 'status is not-started, ongoing or done' });

/** An action point: who (a person id, or a name), what, and by when. */
export const Action = z.strictObject({
  who: Text,
  what: Text,
  due: z.optional(IsoDate),
  done: z.optional(z.boolean()),
});

/** A proposal (yrkande): who proposed what. */
export const Proposal = z.strictObject({ by: Id, text: Text });

export const VoteChoice = z.enum(['ja', 'nej', 'avstår'], { error: 'a vote is ja, nej or avstår' });

/** An open vote (omröstning): each voter's choice, and the question put if it needs saying. */
export const Vote = z.strictObject({
  question: z.optional(Text),
  /** Text for "ja" and "nej", e.g. ja: "bifall till Nina Landströms yrkande". */
  yes: z.optional(Text),
  no: z.optional(Text),
  votes: z.record(Id, VoteChoice, { error: 'votes maps person ids to ja, nej or avstår' }),
});

/** A reservation against the decision, optionally written out as an attachment. */
export const Reservation = z.strictObject({ by: Id, text: z.optional(Text), attachment: z.optional(Text) });

/** One agenda item: a paragraph (§) of a protocol, a numbered item of meeting notes. */
export const Item = z.strictObject({
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

export const NextMeeting = z.strictObject({
  date: IsoDate,
  time: z.optional(TimeRange),
  place: z.optional(Text),
  mode: z.optional(Mode),
});

/** What locks a meeting: when, by whom, and a fingerprint of its content then, whole and per field. */
export const Seal = z.strictObject({
  date: IsoDate,
  by: z._default(z.array(Id), []),
  fingerprint: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/, { error: 'fingerprint is written by sekr: sha256:<64 hex digits>' })),
  fields: z._default(z.record(z.string(), z.string()), {}),
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

export const Activity = z.strictObject({
  id: Id,
  text: Text,
  responsible: z.optional(Text),
  status: z._default(ActivityStatus, 'not-started'),
});

export const PlanGoal = z.strictObject({
  id: Id,
  text: Text,
  /** The parent group's goal this goal serves (Kopplas till Styrgrupp närvårds mål). */
  parentGoal: Id,
  activities: z.array(Activity).check(z.minLength(1, { error: 'a goal has at least one activity' })),
});

export const Indicator = z.strictObject({
  name: Text,
  source: z.optional(Text),
  target: z.optional(Text),
  results: z._default(z.array(z.strictObject({ date: IsoDate, value: z.union([z.number(), Text]), comment: z.optional(Text) })), []),
});

export const Link = z.strictObject({ title: Text, url: Text });

/** A group's annual plan (årsplan), plans/<group>/<year>.yaml. */
export const Plan = z.strictObject({
  group: z.optional(Id),
  year: z.int({ error: 'year is a whole number, e.g. 2026' }).check(z.gte(2000), z.lte(2100)),
  /** Uppdragsbeskrivning */
  mission: Text,
  /** Syfte */
  purpose: Text,
  /** Mål och uppdrag */
  assignment: z.optional(Text),
  /** Representation */
  representation: z.optional(Text),
  /** Arbetssätt */
  wayOfWorking: z.optional(Text),
  representativesLink: z.optional(Link),
  /** The order the participant categories are listed in (Deltagare); others follow. */
  participantOrder: z._default(z.array(Text), []),
  /** The lead-in to the activities. */
  activitiesIntro: z.optional(Text),
  goals: z._default(z.array(PlanGoal), []),
  activitiesLink: z.optional(Link),
  /** Arbetsformer */
  workingForms: z._default(z.array(Text), []),
  /** Spelregler */
  groundRules: z.optional(z.strictObject({ intro: z.optional(Text), rules: z._default(z.array(Text), []) })),
  indicators: z._default(z.array(Indicator), []),
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

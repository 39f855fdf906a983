/** A group's annual plan (årsplan): plans/<group>/<year>.yaml. */
import { t } from '../base/i18n.js';
import * as z from 'zod/mini';
import { Id, IsoDate, Text } from './common.js';

export const ActivityStatus = z.enum(['not-started', 'ongoing', 'done'], { error: () => t('plan.activityStatusIs') });

/** A status in the documents' words (not translated: the words of the documents), which a secretary may also give on the command line. */
export const ACTIVITY_STATUS_WORDS: Readonly<Record<z.output<typeof ActivityStatus>, string>> = {
  'not-started': 'ej påbörjad',
  ongoing: 'pågår',
  done: 'klar',
};

/** A status as given on the command line: the file's word (ongoing) or the document's (pågår, "ej påbörjad"). */
export function activityStatusFrom(word: string): z.output<typeof ActivityStatus> | undefined {
  const said = word.trim().toLowerCase();
  const found = ActivityStatus.safeParse(said);
  if (found.success) return found.data;
  return Object.entries(ACTIVITY_STATUS_WORDS).find(([, swedish]) => swedish === said.replace(/-/g, ' '))?.[0] as z.output<typeof ActivityStatus> | undefined;
}

const Activity = z.strictObject({
  id: Id,
  text: Text,
  responsible: z.optional(Text),
  status: z._default(ActivityStatus, 'not-started'),
});

const PlanGoal = z.strictObject({
  id: Id,
  text: Text,
  /** The parent group's goal this goal serves (Kopplas till Styrgrupp närvårds mål), when it serves one. */
  parentGoal: z.optional(Id),
  activities: z.array(Activity).check(z.minLength(1, { error: () => t('plan.goalNeedsActivity') })),
});

const Result = z.strictObject({
  date: IsoDate,
  /** The unit the result is of, for an indicator followed per unit. */
  unit: z.optional(Id),
  value: z.union([z.number(), Text]),
  comment: z.optional(Text),
});

const Indicator = z.strictObject({
  /** What `sekr indicator set` names it by (made from the name when there is none). */
  id: z.optional(Id),
  name: Text,
  source: z.optional(Text),
  target: z.optional(Text),
  /** Followed per unit of the plan (e.g. per local collaboration): each result names its unit. */
  perUnit: z._default(z.boolean({ error: () => t('plan.perUnitIs') }), false),
  results: z._default(z.array(Result), []),
});

const Link = z.strictObject({ title: Text, url: Text });

/** An appendix (bilaga): a title, and where it is, or its text. */
const Appendix = z.strictObject({ title: Text, file: z.optional(Text), url: z.optional(Text), text: z.optional(Text) });

/** A group's annual plan (årsplan), plans/<group>/<year>.yaml. */
export const Plan = z.strictObject({
  group: z.optional(Id),
  /** The year the plan starts in, as its file is named; without start and end the plan is of this calendar year. */
  year: z.int({ error: () => t('plan.yearIs') }).check(z.gte(2000), z.lte(2100)),
  /** A plan of another period than the calendar year: its first and last day. */
  start: z.optional(IsoDate),
  end: z.optional(IsoDate),
  /** The plan's title, when it is not "Årsplan <year>" (e.g. "Handlingsplan psykisk hälsa"). */
  title: z.optional(Text),
  /** Bakgrund (Markdown). */
  background: z.optional(Text),
  /** The units results are followed up per (e.g. the local collaborations), for indicators with perUnit. */
  units: z._default(z.array(z.strictObject({ id: Id, name: Text })), []),
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
  /** Bilagor */
  appendices: z._default(z.array(Appendix), []),
});

export type PlanData = z.output<typeof Plan>;
export type ActivityStatusName = z.output<typeof ActivityStatus>;

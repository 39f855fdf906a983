/** A group's annual plan (årsplan): plans/<group>/<year>.yaml. */
import * as z from 'zod/mini';
import { Id, IsoDate, Text } from './common.js';

export const ActivityStatus = z.enum(['not-started', 'ongoing', 'done'], { error: 'status is not-started, ongoing or done' });

const Activity = z.strictObject({
  id: Id,
  text: Text,
  responsible: z.optional(Text),
  status: z._default(ActivityStatus, 'not-started'),
});

const PlanGoal = z.strictObject({
  id: Id,
  text: Text,
  /** The parent group's goal this goal serves (Kopplas till Styrgrupp närvårds mål). */
  parentGoal: Id,
  activities: z.array(Activity).check(z.minLength(1, { error: 'a goal has at least one activity' })),
});

const Indicator = z.strictObject({
  name: Text,
  source: z.optional(Text),
  target: z.optional(Text),
  results: z._default(z.array(z.strictObject({ date: IsoDate, value: z.union([z.number(), Text]), comment: z.optional(Text) })), []),
});

const Link = z.strictObject({ title: Text, url: Text });

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

export type PlanData = z.output<typeof Plan>;
export type ActivityStatusName = z.output<typeof ActivityStatus>;

/** registry.yaml: the organisation, its people and groups. */
import { t } from '../base/i18n.js';
import * as z from 'zod/mini';
import { DocumentKind, Id, IsoDate, Mode, Text, TimeRange } from './common.js';

/**
 * Roles in a group. ersättare stands in for a named ledamot; adjungerad is
 * present without a vote; kansli is office staff who prepare and minute the
 * meetings (Närvårdskontoret), counted as participants but not members with a vote.
 */
const MemberRole = z.enum(['ledamot', 'ersättare', 'adjungerad', 'brukarrepresentant', 'kansli'], {
  error: () => t('registry.roleIs'),
});

const Member = z.strictObject({
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
const AdjusterRule = z.union([z.literal('elected'), z.literal('viceChair'), z.strictObject({ standing: Id })], {
  error: () => t('registry.adjusterIs'),
});

/** Weekdays as the secretary writes them; English names are accepted too. */
const WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'] as const;
const WEEKDAYS_EN = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const Weekday = z.enum([...WEEKDAYS, ...WEEKDAYS_EN], { error: () => t('registry.weekdayIs') });

/** How often a group meets: "month", "2m" (every other month), "1w", "2w"... */
const Every = z.string({ error: () => t('registry.everyQuoted') }).check(z.regex(/^(month|week|[1-9][0-9]?[mw])$/, { error: () => t('registry.everyIs') }));

/** Which weekday of the month a monthly meeting falls on: 1–4, or last. */
export const WeekOfMonth = z.union([z.int().check(z.gte(1), z.lte(4)), z.literal('last')], { error: () => t('registry.weekIs') });

/** Modes in turn, at least two: the registry's `alternate`, and `sekr schedule --alternate`. */
export const Alternation = z.array(Mode).check(z.minLength(2, { error: () => t('registry.alternateTwo') }));

const MeetingDefaults = z.strictObject({
  time: z.optional(TimeRange),
  place: z.optional(Text),
  link: z.optional(z.url({ error: () => t('registry.expectedUrl') })),
  mode: z.optional(Mode),
  /** The place by mode, for a group that alternates between physical and digital meetings. */
  places: z.optional(z.strictObject({ digital: z.optional(Text), fysiskt: z.optional(Text) })),
  every: z.optional(Every),
  weekday: z.optional(Weekday),
  week: z.optional(WeekOfMonth),
  /** Modes in turn, e.g. [fysiskt, digital]: "vartannat möte är fysiskt och vartannat digitalt". */
  alternate: z.optional(Alternation),
  /** Months without meetings, 1–12. */
  skipMonths: z.optional(z.array(z.int().check(z.gte(1), z.lte(12, { error: () => t('registry.monthIs') })))),
});

const Goal = z.strictObject({ id: Id, text: Text });

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
  substitutes: z._default(z.boolean({ error: () => t('registry.substitutesIs') }), false),
  /**
   * A political body whose protocol follows Kommunallagen (2017:725): as a nämnd (quorum by 6 kap. 27 §;
   * also for a joint political committee or politiskt samråd) or as fullmäktige (5 kap. 42 §). Its protocol
   * lists beslutande, tjänstgörande and ej tjänstgörande ersättare and övriga närvarande, and has a
   * närvaro- och omröstningslista; sekr validate checks each decision's quorum.
   */
  political: z.optional(z.enum(['nämnd', 'fullmäktige'], { error: () => t('registry.politicalIs') })),
  /** Whether the agenda has the standing item "Hänt sedan sist". */
  sinceLast: z._default(z.boolean({ error: () => t('registry.sinceLastIs') }), false),
  members: z._default(z.array(Member), []),
  defaults: z._default(MeetingDefaults, {}),
  goals: z._default(z.array(Goal), []),
});

const Person = z.strictObject({
  id: Id,
  name: Text,
  organisation: z.optional(Text),
  function: z.optional(Text),
  email: z.optional(z.email({ error: () => t('registry.expectedEmail') })),
  phone: z.optional(Text),
  /** A politician's party, as the member lists of political bodies give it (e.g. S, M, C). */
  party: z.optional(Text),
  /** Public keys (Ed25519) the person signs protocols with, written by `sekr keys init`: "ed25519:" and the key in base64. */
  keys: z._default(z.array(z.string().check(z.regex(/^ed25519:[A-Za-z0-9+/]{43}=$/, { error: () => t('registry.keyForm') }))), []),
});

const Municipality = z.strictObject({
  id: Id,
  name: Text,
  population: z.int({ error: () => t('registry.populationInt') }).check(z.positive({ error: () => t('registry.populationPositive') })),
  /** The day the population figure was taken. */
  populationDate: IsoDate,
});

const Financing = z.strictObject({
  /** kronor per inhabitant */
  feePerInhabitant: z.number({ error: () => t('registry.expectedKronor') }).check(z.positive()),
  /** The region's share of the total, 0–1; the municipalities share the rest by population. */
  regionShare: z.number({ error: () => t('registry.expectedShare') }).check(z.gte(0), z.lte(1)),
});

const Organisation = z.strictObject({
  name: Text,
  office: z.optional(Text),
  /** Where adjusted protocols are kept (förvaringsplats), for the notice of adjustment. */
  archive: z.optional(Text),
  /** Where apologies and questions go when the secretary has no address of her own. */
  email: z.optional(z.email({ error: () => t('registry.expectedEmail') })),
  region: z.optional(Text),
  /**
   * The language of the organisation's documents. The bundled templates are Swedish: an organisation
   * writing in English keeps templates of its own (sekr templates eject). sekr itself speaks the
   * language of each secretary (--lang, LANG), not the organisation's.
   */
  language: z.optional(z.enum(['sv', 'en'], { error: () => t('registry.languageIs') })),
  website: z.optional(z.url({ error: () => t('registry.expectedUrl') })),
  /** Whose public holidays meetings are moved off (ISO country code). */
  country: z._default(z.string().check(z.regex(/^[A-Z]{2}$/, { error: () => t('registry.countryIs') })), 'SE'),
  /** Meeting times in the data are local times of this zone (IANA name). */
  timezone: z._default(
    z.string().check(
      z.refine(
        (tz) => {
          try {
            new Intl.DateTimeFormat('en', { timeZone: tz });
            return true;
          } catch {
            return false;
          }
        },
        { error: () => t('registry.notTimeZone') },
      ),
    ),
    'Europe/Stockholm',
  ),
  financing: z.optional(Financing),
});

const Named = z.strictObject({ id: Id, name: Text });

/**
 * The format of the data folder this release writes. A folder without `format:` is of format 1
 * (sekr 0.1); `sekr migrate` brings an older one up to this, and a newer one is refused.
 */
export const DATA_FORMAT = 2;

export const Registry = z.strictObject({
  /** The data folder's format (see DATA_FORMAT); written by `sekr migrate` and `sekr init`. */
  format: z.optional(z.int({ error: () => t('registry.formatIs') }).check(z.positive())),
  organisation: Organisation,
  municipalities: z._default(z.array(Municipality), []),
  regionServices: z._default(z.array(Named), []),
  /** The kinds of group this organisation has; another organisation lists its own. */
  groupKinds: z.array(Named).check(z.minLength(1, { error: () => t('registry.kindsNeeded') })),
  /** Categories for the participant count of an annual plan. */
  categories: z._default(z.array(Text), []),
  people: z._default(z.array(Person), []),
  groups: z._default(z.array(Group), []),
});

export type RegistryData = z.output<typeof Registry>;
export type GroupData = z.output<typeof Group>;
export type MemberData = z.output<typeof Member>;
export type PersonData = z.output<typeof Person>;

/**
 * The year's meeting dates of a group: a rhythm (every month on the last
 * Friday, every other week on Tuesdays...), moved off public holidays, with
 * modes in turn for groups that alternate physical and digital meetings.
 * Pure: the holidays come in as a function.
 */
import { t } from '../base/i18n.js';
import type { ModeName } from '../schema/common.js';
import { addDays } from './dates.js';

export interface Rhythm {
  /** How many months or weeks between meetings. */
  every: { unit: 'month' | 'week'; n: number };
  /** ISO weekday, 1 = Monday ... 7 = Sunday. */
  weekday: number;
  /** For monthly rhythms: which such weekday of the month. */
  week: number | 'last';
  /** For weekly rhythms: the first meeting (default: the first such weekday of the year). */
  start?: string;
}

export interface ScheduleOptions {
  year: number;
  rhythm: Rhythm;
  /** Modes in turn, starting with the year's first meeting. */
  alternate?: ModeName[];
  /** Months (1–12) or dates (yyyy-mm-dd) with no meeting. */
  skipMonths?: number[];
  skipDates?: string[];
  /** The name of the holiday on a date, when it is a day off. */
  dayOff: (date: string) => string | undefined;
}

export interface PlannedDate {
  date: string;
  mode?: ModeName;
  /** Set when the rhythm's date was a holiday. */
  moved?: { from: string; reason: string };
}

const toIso = (d: Date) => d.toISOString().slice(0, 10);
const fromIso = (s: string) => new Date(`${s}T00:00:00Z`);
export const isoWeekday = (s: string) => ((fromIso(s).getUTCDay() + 6) % 7) + 1;

/** The n-th (or last) given weekday of a month. */
export function weekdayOfMonth(year: number, month: number, weekday: number, week: number | 'last'): string {
  if (week === 'last') {
    const last = toIso(new Date(Date.UTC(year, month, 0)));
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  }
  const first = toIso(new Date(Date.UTC(year, month - 1, 1)));
  return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (week - 1));
}

/** Which such weekday of its month a date is (1–5), and whether it is the last. */
function weekOfMonth(date: string): { week: number; last: boolean } {
  const day = fromIso(date).getUTCDate();
  const month = date.slice(0, 7);
  return { week: Math.ceil(day / 7), last: addDays(date, 7).slice(0, 7) !== month };
}

function rhythmDates(year: number, rhythm: Rhythm): string[] {
  const dates: string[] = [];
  if (rhythm.every.unit === 'month') {
    for (let month = 1; month <= 12; month += rhythm.every.n) dates.push(weekdayOfMonth(year, month, rhythm.weekday, rhythm.week));
    return dates;
  }
  let date = rhythm.start ?? weekdayOfMonth(year, 1, rhythm.weekday, 1);
  while (date.startsWith(String(year))) {
    dates.push(date);
    date = addDays(date, 7 * rhythm.every.n);
  }
  return dates;
}

/**
 * The dates of the year. A date on a holiday moves to the same weekday a week
 * later or earlier within the month (a monthly meeting keeps its weekday, as
 * calendars are booked by weekday), else to the nearest working day before or after.
 */
export function scheduleYear(options: ScheduleOptions): PlannedDate[] {
  const { year, rhythm, dayOff } = options;
  const skipMonths = new Set(options.skipMonths ?? []);
  const skipDates = new Set(options.skipDates ?? []);
  const taken = new Set<string>();
  const free = (d: string) => !dayOff(d) && !skipDates.has(d) && !taken.has(d) && isoWeekday(d) <= 5;
  const planned: PlannedDate[] = [];
  for (const date of rhythmDates(year, rhythm)) {
    if (skipMonths.has(Number(date.slice(5, 7))) || skipDates.has(date)) continue;
    let chosen = date;
    const reason = dayOff(date);
    if (reason) {
      const sameMonth = (d: string) => d.slice(0, 7) === date.slice(0, 7);
      const candidates = rhythm.every.unit === 'month' ? [addDays(date, 7), addDays(date, -7)].filter(sameMonth) : [];
      for (let i = 1; i <= 7; i++) candidates.push(addDays(date, -i), addDays(date, i));
      chosen = candidates.find((d) => d.startsWith(String(year)) && free(d)) ?? date;
    }
    taken.add(chosen);
    planned.push({ date: chosen, moved: reason && chosen !== date ? { from: date, reason } : undefined });
  }
  planned.sort((a, b) => a.date.localeCompare(b.date));
  if (options.alternate?.length) planned.forEach((p, i) => (p.mode = options.alternate![i % options.alternate!.length]));
  return planned;
}

/** "month", "2m", "1w", "2w", "week" */
export function parseEvery(every: string): Rhythm['every'] | undefined {
  if (every === 'month') return { unit: 'month', n: 1 };
  if (every === 'week') return { unit: 'week', n: 1 };
  const m = /^([1-9][0-9]?)([mw])$/.exec(every);
  return m ? { unit: m[2] === 'm' ? 'month' : 'week', n: Number(m[1]) } : undefined;
}

export interface RhythmChoice {
  every?: string;
  weekday?: string;
  week?: number | 'last';
  start?: string;
}

const WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];

/** 5 -> "fredag" */
export const weekdayName = (n: number) => WEEKDAYS[n - 1] ?? String(n);

const WEEKDAY_NAMES: Record<string, number> = {
  ...Object.fromEntries(WEEKDAYS.map((name, i) => [name, i + 1])),
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

export function parseWeekday(name: string): number | undefined {
  const n = Number(name);
  if (Number.isInteger(n) && n >= 1 && n <= 7) return n;
  return WEEKDAY_NAMES[name.toLowerCase()];
}

/**
 * The rhythm to plan by: what the secretary says, else the group's defaults,
 * else the rhythm of the group's latest meeting (same weekday, same week of
 * the month), so a year is planned as the last one ran.
 */
export function chooseRhythm(said: RhythmChoice, defaults: RhythmChoice, latest: string | undefined): Rhythm | { missing: string } {
  const everyText = said.every ?? defaults.every ?? 'month';
  const every = parseEvery(everyText);
  if (!every) return { missing: t('schedule.everyInvalid', everyText) };
  const weekdayText = said.weekday ?? defaults.weekday;
  const weekday = weekdayText !== undefined ? parseWeekday(weekdayText) : latest ? isoWeekday(latest) : undefined;
  if (weekday === undefined) return { missing: weekdayText ? t('schedule.weekdayInvalid', weekdayText) : t('schedule.weekdayMissing') };
  let week = said.week ?? defaults.week;
  if (week === undefined && latest) {
    const w = weekOfMonth(latest);
    week = w.last && w.week >= 4 ? 'last' : Math.min(w.week, 4);
  }
  return { every, weekday, week: week ?? 1, start: said.start };
}

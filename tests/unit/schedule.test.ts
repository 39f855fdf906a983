import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/base/i18n.js';
import { daysOff } from '../../src/data/holidays.js';
import { chooseRhythm, parseEvery, parseWeekday, scheduleYear, weekdayOfMonth, type Rhythm } from '../../src/model/schedule.js';

// These tests read sekr's English, as a user with --lang en would.
setLanguage('en');

const FRIDAY = 5;
const noHolidays = () => undefined;
const lastFriday: Rhythm = { every: { unit: 'month', n: 1 }, weekday: FRIDAY, week: 'last' };
const secondFriday: Rhythm = { every: { unit: 'month', n: 1 }, weekday: FRIDAY, week: 2 };

/** The weekday of a date, 1 = Monday ... 7 = Sunday, computed independently of schedule.ts. */
const isoDay = (date: string) => ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
const plusDays = (date: string, n: number) => new Date(Date.parse(`${date}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const dates = (planned: { date: string }[]) => planned.map((p) => p.date);
const moves = (planned: { date: string; moved?: { from: string; reason: string } }[]) =>
  planned.filter((p) => p.moved).map((p) => ({ date: p.date, from: p.moved!.from, reason: p.moved!.reason }));

describe('weekdayOfMonth', () => {
  it('finds the last Friday of a month', () => {
    expect(weekdayOfMonth(2026, 1, FRIDAY, 'last')).toBe('2026-01-30');
    expect(weekdayOfMonth(2026, 2, FRIDAY, 'last')).toBe('2026-02-27');
    expect(weekdayOfMonth(2026, 3, FRIDAY, 'last')).toBe('2026-03-27');
    // The month ends on a Friday.
    expect(weekdayOfMonth(2026, 7, FRIDAY, 'last')).toBe('2026-07-31');
  });

  it('finds the n-th Friday of a month', () => {
    expect(weekdayOfMonth(2026, 9, FRIDAY, 2)).toBe('2026-09-11');
    expect(weekdayOfMonth(2026, 5, FRIDAY, 4)).toBe('2026-05-22');
    // The month starts on a Friday.
    expect(weekdayOfMonth(2026, 5, FRIDAY, 1)).toBe('2026-05-01');
    expect(weekdayOfMonth(2027, 1, FRIDAY, 1)).toBe('2027-01-01');
    // Other weekdays: the first Monday and the third Wednesday of March 2027.
    expect(weekdayOfMonth(2027, 3, 1, 1)).toBe('2027-03-01');
    expect(weekdayOfMonth(2027, 3, 3, 3)).toBe('2027-03-17');
  });
});

describe('scheduleYear, monthly', () => {
  it('plans the last Friday of every month', () => {
    const planned = scheduleYear({ year: 2026, rhythm: lastFriday, dayOff: noHolidays });
    expect(planned).toHaveLength(12);
    planned.forEach((p, i) => {
      expect(p.date.slice(0, 7)).toBe(`2026-${String(i + 1).padStart(2, '0')}`);
      expect(isoDay(p.date)).toBe(FRIDAY);
      expect(plusDays(p.date, 7).slice(5, 7)).not.toBe(p.date.slice(5, 7));
      expect(p.moved).toBeUndefined();
      expect(p.mode).toBeUndefined();
    });
    expect(dates(planned).slice(0, 3)).toEqual(['2026-01-30', '2026-02-27', '2026-03-27']);
  });

  it('plans the second Friday of every month', async () => {
    const planned = scheduleYear({ year: 2027, rhythm: secondFriday, dayOff: await daysOff('SE', 2027) });
    expect(dates(planned)).toEqual([
      '2027-01-08',
      '2027-02-12',
      '2027-03-12',
      '2027-04-09',
      '2027-05-14',
      '2027-06-11',
      '2027-07-09',
      '2027-08-13',
      '2027-09-10',
      '2027-10-08',
      '2027-11-12',
      '2027-12-10',
    ]);
    expect(moves(planned)).toEqual([]);
  });

  it('plans every other month', () => {
    const planned = scheduleYear({ year: 2026, rhythm: { ...lastFriday, every: { unit: 'month', n: 2 } }, dayOff: noHolidays });
    expect(planned.map((p) => p.date.slice(5, 7))).toEqual(['01', '03', '05', '07', '09', '11']);
  });

  it('moves a meeting off Långfredagen, Midsommarafton and Nyårsafton (2027, last Friday)', async () => {
    const planned = scheduleYear({ year: 2027, rhythm: lastFriday, dayOff: await daysOff('SE', 2027) });
    expect(planned).toHaveLength(12);
    // A week earlier in the same month when that day is free: the weekday is kept.
    // 2027-12-31 cannot go a week earlier (julafton) nor later (next year): the nearest working day before.
    expect(moves(planned)).toEqual([
      { date: '2027-03-19', from: '2027-03-26', reason: 'långfredagen' },
      { date: '2027-06-18', from: '2027-06-25', reason: 'midsommarafton' },
      { date: '2027-12-30', from: '2027-12-31', reason: 'nyårsafton' },
    ]);
    expect(dates(planned)).not.toContain('2027-03-26');
    expect(dates(planned)).not.toContain('2027-12-31');
  });

  it('moves a meeting off Juldagen a week earlier (2026, last Friday)', async () => {
    const planned = scheduleYear({ year: 2026, rhythm: lastFriday, dayOff: await daysOff('SE', 2026) });
    expect(moves(planned)).toEqual([{ date: '2026-12-18', from: '2026-12-25', reason: 'juldagen' }]);
  });

  it('moves a meeting off Nyårsdagen a week later within January (2027, first Friday)', async () => {
    const planned = scheduleYear({ year: 2027, rhythm: { ...lastFriday, week: 1 }, dayOff: await daysOff('SE', 2027) });
    expect(planned[0]).toEqual({ date: '2027-01-08', moved: { from: '2027-01-01', reason: 'nyårsdagen' } });
  });

  it('moves a meeting off Midsommarafton 2026 (third Friday) a week later, still in June', async () => {
    const planned = scheduleYear({ year: 2026, rhythm: { ...lastFriday, week: 3 }, dayOff: await daysOff('SE', 2026) });
    expect(planned.filter((p) => p.date.startsWith('2026-06'))).toEqual([{ date: '2026-06-26', moved: { from: '2026-06-19', reason: 'midsommarafton' } }]);
  });

  it('does not move a meeting onto a skipped date: takes the nearest working day instead', async () => {
    const planned = scheduleYear({ year: 2027, rhythm: lastFriday, skipDates: ['2027-03-19'], dayOff: await daysOff('SE', 2027) });
    const march = planned.filter((p) => p.date.startsWith('2027-03'));
    // Skärtorsdagen is not a day off.
    expect(march).toEqual([{ date: '2027-03-25', moved: { from: '2027-03-26', reason: 'långfredagen' } }]);
  });

  it('never puts a moved meeting on a weekend or another holiday', () => {
    // A made-up calendar: the last Friday of May, the Friday before and the Thursday between are off.
    const off = new Set(['2026-05-22', '2026-05-28', '2026-05-29']);
    const planned = scheduleYear({ year: 2026, rhythm: lastFriday, dayOff: (d) => (off.has(d) ? 'helg' : undefined) });
    const may = planned.filter((p) => p.date.startsWith('2026-05'));
    // Not Thursday 28 (off), not Saturday 30: Wednesday 27.
    expect(may).toEqual([{ date: '2026-05-27', moved: { from: '2026-05-29', reason: 'helg' } }]);
  });
});

describe('scheduleYear, modes and skips', () => {
  it('alternates fysiskt and digital, starting with the first meeting of the year', () => {
    const planned = scheduleYear({ year: 2027, rhythm: secondFriday, alternate: ['fysiskt', 'digital'], dayOff: noHolidays });
    expect(planned.map((p) => p.mode)).toEqual(Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? 'fysiskt' : 'digital')));
  });

  it('skips months and dates, and alternates over the meetings that remain', () => {
    const planned = scheduleYear({
      year: 2027,
      rhythm: secondFriday,
      alternate: ['fysiskt', 'digital'],
      skipMonths: [7, 8],
      skipDates: ['2027-12-10'],
      dayOff: noHolidays,
    });
    expect(dates(planned)).toEqual([
      '2027-01-08',
      '2027-02-12',
      '2027-03-12',
      '2027-04-09',
      '2027-05-14',
      '2027-06-11',
      '2027-09-10',
      '2027-10-08',
      '2027-11-12',
    ]);
    expect(planned.map((p) => p.mode)).toEqual(['fysiskt', 'digital', 'fysiskt', 'digital', 'fysiskt', 'digital', 'fysiskt', 'digital', 'fysiskt']);
  });

  it('drops a skipped date rather than moving it', async () => {
    const planned = scheduleYear({ year: 2027, rhythm: lastFriday, skipDates: ['2027-03-26'], dayOff: await daysOff('SE', 2027) });
    expect(planned.filter((p) => p.date.startsWith('2027-03'))).toEqual([]);
    expect(planned).toHaveLength(11);
  });
});

describe('scheduleYear, weekly', () => {
  it('plans every week from the first such weekday of the year', () => {
    const planned = scheduleYear({ year: 2026, rhythm: { every: { unit: 'week', n: 1 }, weekday: 2, week: 1 }, dayOff: noHolidays });
    expect(planned).toHaveLength(52);
    expect(planned[0]!.date).toBe('2026-01-06');
    expect(planned.at(-1)!.date).toBe('2026-12-29');
    expect(planned.every((p) => isoDay(p.date) === 2)).toBe(true);
  });

  it('plans every other week from a start date, moving off Långfredagen and Nyårsafton', async () => {
    const planned = scheduleYear({
      year: 2027,
      rhythm: { every: { unit: 'week', n: 2 }, weekday: FRIDAY, week: 1, start: '2027-01-15' },
      dayOff: await daysOff('SE', 2027),
    });
    expect(planned).toHaveLength(26);
    expect(planned[0]!.date).toBe('2027-01-15');
    expect(planned[1]!.date).toBe('2027-01-29');
    // A weekly meeting moves to the nearest working day: the Thursday before.
    expect(moves(planned)).toEqual([
      { date: '2027-03-25', from: '2027-03-26', reason: 'långfredagen' },
      { date: '2027-12-30', from: '2027-12-31', reason: 'nyårsafton' },
    ]);
    for (const p of planned.filter((x) => !x.moved)) expect(isoDay(p.date)).toBe(FRIDAY);
  });

  it('moves the first weekly meeting off Nyårsdagen into the new year, not back into the old one', async () => {
    const planned = scheduleYear({ year: 2027, rhythm: { every: { unit: 'week', n: 1 }, weekday: FRIDAY, week: 1 }, dayOff: await daysOff('SE', 2027) });
    expect(planned[0]).toEqual({ date: '2027-01-04', moved: { from: '2027-01-01', reason: 'nyårsdagen' } });
    expect(planned.every((p) => p.date.startsWith('2027'))).toBe(true);
    expect(new Set(dates(planned)).size).toBe(planned.length);
  });
});

describe('parsing the rhythm', () => {
  it('reads --every', () => {
    expect(parseEvery('month')).toEqual({ unit: 'month', n: 1 });
    expect(parseEvery('week')).toEqual({ unit: 'week', n: 1 });
    expect(parseEvery('2m')).toEqual({ unit: 'month', n: 2 });
    expect(parseEvery('1w')).toEqual({ unit: 'week', n: 1 });
    expect(parseEvery('2w')).toEqual({ unit: 'week', n: 2 });
  });

  it('refuses an --every it does not understand', () => {
    for (const bad of ['fortnight', '0w', '2d', '2 w', 'w', '', '-1m', '100w', 'månad']) expect(parseEvery(bad), bad).toBeUndefined();
  });

  it('reads weekdays in Swedish, English and as numbers', () => {
    expect(parseWeekday('fredag')).toBe(5);
    expect(parseWeekday('Fredag')).toBe(5);
    expect(parseWeekday('friday')).toBe(5);
    expect(parseWeekday('FRI')).toBe(5);
    expect(parseWeekday('måndag')).toBe(1);
    expect(parseWeekday('söndag')).toBe(7);
    expect(parseWeekday('5')).toBe(5);
    for (const bad of ['fredg', '0', '8', '', 'lö']) expect(parseWeekday(bad), bad).toBeUndefined();
  });
});

describe('chooseRhythm', () => {
  it('takes what the secretary says over the group defaults', () => {
    expect(chooseRhythm({ every: '2w', weekday: 'tisdag', start: '2027-01-05' }, { every: 'month', weekday: 'fredag', week: 'last' }, undefined)).toEqual({
      every: { unit: 'week', n: 2 },
      weekday: 2,
      week: 'last',
      start: '2027-01-05',
    });
  });

  it('takes the group defaults', () => {
    expect(chooseRhythm({}, { every: 'month', weekday: 'fredag', week: 'last' }, '2026-09-11')).toEqual({
      every: { unit: 'month', n: 1 },
      weekday: 5,
      week: 'last',
      start: undefined,
    });
  });

  it('plans as the latest meeting ran when the group has no weekday or week', () => {
    // 2026-09-11 is the second Friday of September.
    expect(chooseRhythm({}, {}, '2026-09-11')).toMatchObject({ every: { unit: 'month', n: 1 }, weekday: 5, week: 2 });
    // 2026-02-27 is the last Friday of February.
    expect(chooseRhythm({}, { weekday: 'fredag' }, '2026-02-27')).toMatchObject({ weekday: 5, week: 'last' });
    // 2026-05-22 is the fourth Friday, and May 2026 has a fifth.
    expect(chooseRhythm({}, {}, '2026-05-22')).toMatchObject({ week: 4 });
    // A Tuesday.
    expect(chooseRhythm({}, {}, '2026-03-03')).toMatchObject({ weekday: 2, week: 1 });
  });

  it('says what is missing', () => {
    expect(chooseRhythm({ every: 'fortnight' }, {}, '2026-09-11')).toEqual({ missing: "every: 'fortnight' is not month, 2m, 1w, 2w ..." });
    expect(chooseRhythm({}, {}, undefined)).toEqual({ missing: 'weekday' });
    expect(chooseRhythm({ weekday: 'fredg' }, {}, '2026-09-11')).toEqual({ missing: "weekday: 'fredg' is not a weekday" });
  });
});

describe('Swedish days off', () => {
  it('names the public holidays and the bank holidays (aftnar), not the observances', async () => {
    const off = await daysOff('SE', 2027);
    expect(off('2027-01-01')).toBe('nyårsdagen');
    expect(off('2027-03-26')).toBe('långfredagen');
    expect(off('2027-03-29')).toBe('annandag påsk');
    expect(off('2027-05-06')).toBe('Kristi himmelsfärdsdag');
    expect(off('2027-06-06')).toBe('nationaldagen');
    expect(off('2027-06-25')).toBe('midsommarafton');
    expect(off('2027-12-24')).toBe('julafton');
    expect(off('2027-12-25')).toBe('juldagen');
    expect(off('2027-12-31')).toBe('nyårsafton');
    expect(off('2027-03-25')).toBeUndefined(); // skärtorsdagen
    expect(off('2027-04-30')).toBeUndefined(); // valborgsmässoafton
    expect(off('2027-03-19')).toBeUndefined();
  });
});

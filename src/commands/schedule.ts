import { resolve } from 'node:path';
import { daysOff } from '../data/holidays.js';
import { createMeetingFile } from '../data/meeting-file.js';
import { listGroupMeetings, loadRegistry, meetingPath, readMeeting, requireGroup, resolveDataDir } from '../data/folder.js';
import { writeFileAtomic } from '../data/atomic.js';
import { displayPath } from '../data/yaml-file.js';
import { SekrError } from '../base/errors.js';
import { t } from '../base/i18n.js';
import { meetingEvent, placeFor } from '../model/calendar.js';
import { chooseRhythm, isoWeekday, scheduleYear, weekdayName, type PlannedDate } from '../model/schedule.js';
import type { Group, Organisation } from '../model/registry.js';
import { commandOptions, Flag, IsoDate, Text, Year, type Parsed } from './options.js';
import { bold, lines, ok, warn, type Lines, type Result } from './result.js';
import { whereGaps } from '../model/life-cycle.js';
import { weekday } from '../model/dates.js';
import { Alternation, WeekOfMonth } from '../schema/registry.js';
import { TimeRange, type ModeName } from '../schema/common.js';
import { type MeetingData } from '../schema/meeting.js';

export const options = commandOptions({
  year: Year,
  every: Text,
  weekday: Text,
  week: Text,
  time: Text,
  alternate: Text,
  skip: Text,
  start: IsoDate,
  dryRun: Flag,
  ics: Text,
  json: Flag,
});
type Options = Parsed<typeof options>;

/** `sekr schedule GROUP`: the year's meetings planned from the group's rhythm, or its meetings as a calendar file. */
export async function run(groupId: string, opts: Options): Promise<Result> {
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const group = requireGroup(org, groupId);
  if (opts.year === undefined && opts.ics === undefined) {
    throw new SekrError(t('schedule.nothingToDo'), { hint: t('schedule.nothingToDoHint') });
  }
  const text = lines();
  let data: unknown;
  if (opts.year !== undefined) data = await planYear(text, dataDir, org, group, opts.year, opts);
  if (opts.ics !== undefined && !opts.dryRun) await exportCalendar(text, dataDir, org, group, opts.year, opts.ics);
  return { data, lines: text.list };
}

function flag<T>(name: string, value: string | undefined, parse: (v: string) => { success: boolean; data?: T }, hint: string): T | undefined {
  if (value === undefined) return undefined;
  const r = parse(value);
  if (!r.success) throw new SekrError(t('schedule.notValid', name, value), { hint });
  return r.data;
}

async function planYear(text: Lines, dataDir: string, org: Organisation, group: Group, year: number, opts: Options): Promise<unknown> {
  const existing = listGroupMeetings(dataDir, group.id);
  const before = existing.filter((m) => m.date < `${year}-01-01`);
  const latest = (before.length ? before : existing).at(-1)?.date;
  const week = flag('week', opts.week, (v) => WeekOfMonth.safeParse(v === 'last' ? v : Number(v)), t('schedule.weekHint'));
  if (opts.start !== undefined && !opts.start.startsWith(String(year))) {
    throw new SekrError(t('schedule.startNotInYear', opts.start, year), { hint: t('schedule.startNotInYearHint', year) });
  }
  const rhythm = chooseRhythm({ every: opts.every, weekday: opts.weekday, week, start: opts.start }, group.defaults, latest);
  if (!('missing' in rhythm) && opts.start !== undefined && isoWeekday(opts.start) !== rhythm.weekday) {
    throw new SekrError(t('schedule.startWeekday', opts.start, weekday(opts.start), weekdayName(rhythm.weekday)), {
      hint: t('schedule.startWeekdayHint', weekdayName(rhythm.weekday), weekday(opts.start)),
    });
  }
  if ('missing' in rhythm) {
    throw new SekrError(t('schedule.noRhythm', group.id, rhythm.missing), { hint: t('schedule.noRhythmHint') });
  }
  const time = flag('time', opts.time, (v) => TimeRange.safeParse(v), t('schedule.timeHint')) ?? group.defaults.time;
  const alternate =
    flag('alternate', opts.alternate, (v) => Alternation.safeParse(v.split(',').map((m) => m.trim())), t('schedule.alternateHint')) ?? group.defaults.alternate;
  const skips = (opts.skip ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const skipMonths = [...(group.defaults.skipMonths ?? [])];
  const skipDates: string[] = [];
  for (const s of skips) {
    if (/^\d{4}-\d{2}$/.test(s) && s.startsWith(String(year))) skipMonths.push(Number(s.slice(5)));
    else if (/^\d{1,2}$/.test(s)) skipMonths.push(Number(s));
    else if (/^\d{4}-\d{2}-\d{2}$/.test(s)) skipDates.push(s);
    else throw new SekrError(t('schedule.skip', s, year), { hint: t('schedule.skipHint', year) });
  }
  const planned = scheduleYear({ year, rhythm, alternate, skipMonths, skipDates, dayOff: await daysOff(org.registry.organisation.country, year) });

  const rows = planned.map((p) => {
    const mode: ModeName | undefined = p.mode ?? group.defaults.mode;
    const path = meetingPath(dataDir, group.id, p.date);
    const link = mode === 'digital' ? group.defaults.link : undefined;
    return { ...p, mode, time, place: placeFor(group, mode), link, path, exists: existing.some((m) => m.date === p.date) };
  });
  if (!opts.dryRun) {
    for (const row of rows.filter((r) => !r.exists)) {
      const data: Record<string, unknown> = { date: row.date };
      if (row.time) data.time = row.time;
      if (row.place) data.place = row.place;
      if (row.link) data.link = row.link;
      if (row.mode) data.mode = row.mode;
      data.status = 'planned';
      createMeetingFile(
        row.path,
        data,
        // not translated: the comment written into the meeting file, which stays the same whoever ran sekr
        row.moved ? `Planned with sekr schedule; moved from ${row.moved.from} (${row.moved.reason}).` : 'Planned with sekr schedule.',
      );
    }
  }
  printTable(text, rows);
  const missing = [...new Set(rows.filter((r) => !r.exists).flatMap((r) => whereGaps(group, r).map(() => r.mode)))];
  for (const mode of missing) {
    text.notice(warn(t('schedule.noWhere', mode === 'fysiskt', group.id)));
  }
  const others = existing.filter((m) => m.date.startsWith(String(year)) && !rows.some((r) => r.date === m.date));
  const written = rows.filter((r) => !r.exists).length;
  if (opts.dryRun) text.info(t('schedule.dryRun', rows.length, year));
  else {
    const folder = displayPath(meetingPath(dataDir, group.id, '')).replace(/\.yaml$/, '');
    text.info(ok(t('schedule.wrote')), t('schedule.wrotePlanned', written, folder, rows.length - written));
  }
  if (others.length) text.info(t('schedule.others', year, others.map((m) => m.date).join(', ')));
  return { group: group.id, year, dryRun: Boolean(opts.dryRun), meetings: rows.map(({ path, ...r }) => ({ ...r, file: displayPath(path) })) };
}

function printTable(text: Lines, rows: (PlannedDate & { time?: string; place?: string; exists: boolean })[]): void {
  const table = [
    [t('schedule.headDate'), t('schedule.headDay'), t('schedule.headTime'), t('schedule.headMode'), t('schedule.headPlace'), t('schedule.headNote')],
    ...rows.map((r) => [
      r.date,
      weekday(r.date),
      r.time ?? '',
      r.mode ?? '',
      r.place ?? '',
      [r.moved && t('schedule.movedFrom', r.moved.from, r.moved.reason), r.exists && t('schedule.existsAlready')].filter(Boolean).join('; '),
    ]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  table.forEach((row, i) => {
    const line = row
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd();
    text.out(i === 0 ? bold(line) : line);
  });
}

async function exportCalendar(text: Lines, dataDir: string, org: Organisation, group: Group, year: number | undefined, ics: string): Promise<void> {
  const files = listGroupMeetings(dataDir, group.id).filter((m) => year === undefined || m.date.startsWith(`${year}-`));
  const meetings: MeetingData[] = [];
  for (const f of files) {
    const { value, problems } = readMeeting(f.path);
    if (!value) throw new SekrError(t('schedule.hasProblems', displayPath(f.path)), { problems });
    meetings.push(value);
  }
  const { calendarText } = await import('../render/ics.js');
  const calendar = await calendarText(
    group.name,
    meetings.map((m) => meetingEvent(org, group, m)),
  );
  const path = resolve(ics);
  writeFileAtomic(path, calendar);
  text.info(ok(t('schedule.wrote')), t('schedule.wroteCalendar', displayPath(path), meetings.length, group.name));
}

/**
 * Reading a year of the data folder for the yearly documents: every chosen
 * group's meetings of the year, checked and numbered, and its plan. Every
 * problem of every file is reported at once, before anything is written.
 */
import { loadPlan, readMeeting, type MeetingFile } from '../data/folder.js';
import { meetingsOfYear } from '../data/year.js';
import type { Problem } from '../base/errors.js';
import { itemNumbers, numberParagraphs } from '../model/numbering.js';
import type { Group, Organisation } from '../model/registry.js';
import { checkMeeting } from '../check/meeting.js';
import type { GroupYear, YearMeeting } from './year-data.js';
import type { PlanData } from '../schema/plan.js';

/** One group's year, checked; its problems are returned, not thrown. */
export function loadGroupYear(
  dataDir: string,
  org: Organisation,
  group: Group,
  year: number,
  files: MeetingFile[],
  withPlan = true,
): { groupYear: GroupYear; problems: Problem[] } {
  const problems: Problem[] = [];
  let plan: PlanData | undefined;
  try {
    plan = withPlan ? loadPlan(dataDir, group.id, year) : undefined;
  } catch (e) {
    problems.push(...((e as { problems?: Problem[] }).problems ?? []));
  }
  const loaded = meetingsOfYear(dataDir, group.id, year, files).flatMap((f) => {
    const { yf, value, problems: found } = readMeeting(f.path);
    if (!yf || !value) {
      problems.push(...found);
      return [];
    }
    problems.push(...checkMeeting(org, value, yf, f, plan));
    return [{ date: f.date, meeting: value }];
  });
  const { ranges } = numberParagraphs(loaded.map((m) => ({ date: m.date, firstParagraph: m.meeting.firstParagraph, itemCount: m.meeting.items.length })));
  const protocol = group.document === 'protokoll';
  const meetings = loaded.map(({ date, meeting }): YearMeeting => {
    const { first, last } = itemNumbers(protocol, ranges.get(date)!);
    return { meeting, firstNumber: first, lastNumber: last, label: (i) => (protocol ? `§ ${first + i}` : `${first + i}`) };
  });
  const groupYear: GroupYear = { org, group, year, meetings, plan };
  // The follow-up of a plan of another period takes the meetings of that period, of every year it touches.
  if (plan?.start && plan.end) {
    const { start, end } = plan;
    const periodMeetings: YearMeeting[] = [];
    for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) {
      const other = y === year ? { groupYear, problems: [] } : loadGroupYear(dataDir, org, group, y, files, false);
      problems.push(...other.problems);
      periodMeetings.push(...other.groupYear.meetings.filter((m) => m.meeting.date >= start && m.meeting.date <= end));
    }
    groupYear.periodMeetings = periodMeetings;
  }
  return { groupYear, problems };
}

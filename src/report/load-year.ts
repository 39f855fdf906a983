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
import { brokenSeal } from '../check/seal.js';
import type { GroupYear, YearMeeting } from './year-data.js';
import type { PlanData } from '../schema/plan.js';
import type { DoneData } from '../schema/actions.js';
import { maskConfidential } from '../model/confidential.js';

/** One group's year, checked; its problems are returned, not thrown. */
export function loadGroupYear(
  dataDir: string,
  org: Organisation,
  group: Group,
  year: number,
  files: MeetingFile[],
  options: { masked: boolean; followUp: DoneData[]; withPlan?: boolean } = { masked: true, followUp: [] },
): { groupYear: GroupYear; problems: Problem[]; broken: Problem[] } {
  const problems: Problem[] = [];
  const broken: Problem[] = [];
  let plan: PlanData | undefined;
  try {
    plan = options.withPlan === false ? undefined : loadPlan(dataDir, group.id, year);
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
    const seal = brokenSeal(value, f, org);
    if (seal) broken.push(seal);
    // Confidential paragraphs are masked as the meeting is read, before any document is made of it.
    return [{ date: f.date, meeting: options.masked ? maskConfidential(value, group.id) : value }];
  });
  const { ranges } = numberParagraphs(loaded.map((m) => ({ date: m.date, firstParagraph: m.meeting.firstParagraph, itemCount: m.meeting.items.length })));
  const protocol = group.document === 'protokoll';
  const meetings = loaded.map(({ date, meeting }): YearMeeting => {
    const { first, last } = itemNumbers(protocol, ranges.get(date)!);
    return { meeting, firstNumber: first, lastNumber: last, label: (i) => (protocol ? `§ ${first + i}` : `${first + i}`) };
  });
  const groupYear: GroupYear = { org, group, year, meetings, plan, followUp: options.followUp };
  // The follow-up of a plan of another period takes the meetings of that period, of every year it touches.
  if (plan?.start && plan.end) {
    const { start, end } = plan;
    const periodMeetings: YearMeeting[] = [];
    for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) {
      const other = y === year ? { groupYear, problems: [], broken: [] } : loadGroupYear(dataDir, org, group, y, files, { ...options, withPlan: false });
      problems.push(...other.problems);
      broken.push(...other.broken);
      periodMeetings.push(...other.groupYear.meetings.filter((m) => m.meeting.date >= start && m.meeting.date <= end));
    }
    groupYear.periodMeetings = periodMeetings;
  }
  return { groupYear, problems, broken };
}

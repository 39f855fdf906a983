/**
 * The action points of the data folder, as the commands show them: every meeting read through
 * its schema (a sealed one checked against its seal), numbered, with confidential paragraphs
 * masked, and the follow-up of data/actions/ applied.
 */
import { problemsError, type Problem } from '../base/errors.js';
import { loadFollowUps } from '../data/actions-file.js';
import { listMeetingFiles, readMeeting } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { actionPoints, type ActionPoint, type MeetingForActions } from '../model/actions.js';
import { maskConfidential } from '../model/confidential.js';
import { itemNumbers, numberParagraphs } from '../model/numbering.js';
import type { Organisation } from '../model/registry.js';
import type { MeetingData } from '../schema/meeting.js';
import { brokenSeal, refuseBrokenSeals } from './seal.js';

export function loadActionPoints(dataDir: string, org: Organisation, today: string, only?: string): ActionPoint[] {
  const files = listMeetingFiles(dataDir).meetings.filter((m) => (only ? m.group === only : true) && org.groups.has(m.group));
  const byGroup = new Map<string, MeetingData[]>();
  const broken: Problem[] = [];
  for (const f of files) {
    const { value, problems } = readMeeting(f.path);
    if (!value) throw problemsError(problems, `${displayPath(f.path)} has problems`);
    const seal = brokenSeal(value, f, org);
    if (seal) broken.push(seal);
    byGroup.set(f.group, [...(byGroup.get(f.group) ?? []), maskConfidential(value, f.group)]);
  }
  refuseBrokenSeals(broken);
  const meetings: MeetingForActions[] = [];
  for (const [id, list] of byGroup) {
    const group = org.groups.get(id)!;
    const { ranges } = numberParagraphs(list.map((m) => ({ date: m.date, firstParagraph: m.firstParagraph, itemCount: m.items.length })));
    for (const meeting of list) meetings.push({ group, meeting, firstNumber: itemNumbers(group.document === 'protokoll', ranges.get(meeting.date)!).first });
  }
  return actionPoints(org, meetings, today, loadFollowUps(dataDir));
}

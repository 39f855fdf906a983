/**
 * Validating the whole data folder: every file against its schema, then the
 * rules across files. Collects every problem rather than stopping at the first.
 */
import type { Problem } from '../base/errors.js';
import { listMeetingFiles, listPlanFiles, readMeeting, readPlan, readRegistry, requireDataDir } from '../data/folder.js';
import type { PlanData } from '../schema/plan.js';
import { displayPath } from '../data/yaml-file.js';
import { checkMeeting } from './meeting.js';
import { checkNumbering, type ReadMeeting } from './numbering.js';
import { checkPlan } from './plan.js';
import { checkSeal } from './seal.js';
import { checkRegistry } from './registry.js';

export interface FolderReport {
  problems: Problem[];
  files: number;
  groups: number;
  people: number;
  meetings: number;
  plans: number;
}

export function validateFolder(dir: string): FolderReport {
  requireDataDir(dir);
  const problems: Problem[] = [];
  const registry = readRegistry(dir);
  problems.push(...registry.problems);
  const org = registry.value;
  if (org && registry.yf) problems.push(...checkRegistry(org, registry.yf));

  const planFiles = listPlanFiles(dir);
  for (const stray of planFiles.strays) {
    problems.push({
      file: displayPath(stray),
      message: 'not a plan file: plans/<group>/ holds files named yyyy.yaml',
      hint: 'rename it to the plan year, or move it out of plans/',
    });
  }
  const plans = new Map<string, PlanData>();
  for (const ref of planFiles.plans) {
    const { yf, value, problems: found } = readPlan(ref.path);
    problems.push(...found);
    if (!yf || !value) continue;
    if (org) problems.push(...checkPlan(org, value, yf, ref));
    plans.set(`${ref.group}/${ref.year}`, value);
  }

  const { meetings, strays } = listMeetingFiles(dir);
  for (const stray of strays) {
    problems.push({
      file: displayPath(stray),
      message: 'not a meeting file: meetings/<group>/ holds files named yyyy-mm-dd.yaml',
      hint: 'rename it to the meeting date, or move it out of meetings/',
    });
  }
  const loaded: ReadMeeting[] = [];
  for (const ref of meetings) {
    const { yf, value, problems: found } = readMeeting(ref.path);
    problems.push(...found);
    if (!yf || !value) continue;
    if (org) problems.push(...checkMeeting(org, value, yf, ref, plans.get(`${ref.group}/${ref.date.slice(0, 4)}`)));
    const group = org?.groups.get(ref.group);
    if (group) problems.push(...checkSeal(group, value, yf, ref));
    loaded.push({ ref, yf, meeting: value });
  }
  if (org) problems.push(...checkNumbering(org, loaded));

  return {
    problems: sortProblems(problems),
    files: 1 + planFiles.plans.length + meetings.length,
    groups: org?.registry.groups.length ?? 0,
    people: org?.registry.people.length ?? 0,
    meetings: meetings.length,
    plans: planFiles.plans.length,
  };
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}

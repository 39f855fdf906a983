/**
 * Validating the whole data folder: every file against its schema, then the
 * rules across files. Collects every problem rather than stopping at the first.
 */
import { t } from '../base/i18n.js';
import type { Problem } from '../base/errors.js';
import { listMeetingFiles, listPlanFiles, readMeeting, readPlan, readRegistry, requireDataDir, type Checked } from '../data/folder.js';
import type { Organisation } from '../model/registry.js';
import type { PlanData } from '../schema/plan.js';
import { displayPath, locate } from '../data/yaml-file.js';
import { whereGaps } from '../model/life-cycle.js';
import { didYouMean } from '../base/suggest.js';
import { readFollowUps, type FollowUpFile } from '../data/actions-file.js';
import { actionId } from '../model/actions.js';
import type { ItemData } from '../schema/meeting.js';
import { reporter } from './located.js';
import { DATA_FORMAT } from '../schema/registry.js';
import { checkMeeting } from './meeting.js';
import { checkNumbering, firstNumbers, type ReadMeeting } from './numbering.js';
import { checkPlan } from './plan.js';
import { checkSeal } from './seal.js';
import { checkRegistry } from './registry.js';

export interface FolderReport {
  problems: Problem[];
  /** What is not wrong but will be missed: a planned meeting without a place or link. */
  warnings: Problem[];
  files: number;
  groups: number;
  people: number;
  meetings: number;
  plans: number;
}

/** Every problem of the data folder; `registry`: the registry as it would be after a change, instead of the file's. */
export function validateFolder(dir: string, registry: Checked<Organisation> = readRegistry(dir)): FolderReport {
  requireDataDir(dir);
  const problems: Problem[] = [];
  problems.push(...registry.problems);
  const org = registry.value;
  const format = org?.registry.format ?? 1;
  if (registry.yf && format > DATA_FORMAT) {
    problems.push({
      file: registry.yf.file,
      ...locate(registry.yf, ['format']),
      message: t('folder.formatTooNew', format, DATA_FORMAT),
      hint: t('folder.updateSekr'),
    });
  }
  if (org && registry.yf) problems.push(...checkRegistry(org, registry.yf));

  const planFiles = listPlanFiles(dir);
  for (const stray of planFiles.strays) {
    problems.push({
      file: displayPath(stray),
      message: t('folder.strayPlan'),
      hint: t('folder.strayPlanHint'),
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
      message: t('folder.strayMeeting'),
      hint: t('folder.strayMeetingHint'),
    });
  }
  const loaded: ReadMeeting[] = [];
  const warnings: Problem[] = [];
  for (const ref of meetings) {
    const { yf, value, problems: found } = readMeeting(ref.path);
    problems.push(...found);
    if (!yf || !value) continue;
    const group = org?.groups.get(ref.group);
    // Only a meeting still to be convened needs saying where: the notice is what needs it.
    if (group && (value.status === 'planned' || value.status === 'agenda')) {
      for (const gap of whereGaps(group, value)) warnings.push({ file: yf.file, ...locate(yf, gap.path ?? []), message: gap.message, hint: gap.hint });
    }
    if (group && org) problems.push(...checkSeal(group, value, yf, ref, org, warnings));
    loaded.push({ ref, yf, meeting: value });
  }
  // Each meeting is checked numbered as its documents number it: attendance by § names § numbers.
  const first = org ? firstNumbers(org, loaded) : new Map<ReadMeeting, number>();
  for (const m of loaded) {
    if (org) problems.push(...checkMeeting(org, m.meeting, m.yf, m.ref, plans.get(`${m.ref.group}/${m.ref.date.slice(0, 4)}`), first.get(m)));
  }
  if (org) problems.push(...checkNumbering(org, loaded));
  if (org) problems.push(...checkFollowUps(org, readFollowUps(dir), loaded));

  return {
    problems: sortProblems(problems),
    // An unreadable registry says no format: nothing to warn of until it is read.
    warnings: sortProblems(org && format < DATA_FORMAT && registry.yf ? [formatWarning(registry.yf.file, format), ...warnings] : warnings),
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

/** The follow-up of action points (data/actions/<group>.yaml): each entry names an action point that its meeting decided. */
function checkFollowUps(org: Organisation, files: FollowUpFile[], meetings: ReadMeeting[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    problems.push(...file.problems);
    if (!file.yf) continue;
    const report = reporter(file.yf, problems);
    if (!org.groups.has(file.group)) {
      report([], t('folder.actionsNoGroup', file.group), didYouMean(file.group, org.groups.keys()) ?? t('folder.actionsNoGroupHint'));
      continue;
    }
    file.done.forEach((entry, i) => {
      const meeting = meetings.find((m) => m.ref.group === file.group && m.meeting.date === entry.meeting)?.meeting;
      if (!meeting) {
        report(['done', i, 'meeting'], t('folder.noMeetingOfAction', file.group, entry.meeting), t('folder.noMeetingHint'));
        return;
      }
      const ids = new Set(allItems(meeting.items).flatMap((item) => item.actions.map((a) => actionId(file.group, meeting.date, a))));
      if (!ids.has(entry.id)) {
        report(['done', i, 'id'], t('folder.noAction', entry.id, entry.meeting), didYouMean(entry.id, ids) ?? t('folder.actionsListIds'));
      }
    });
  }
  return problems;
}

const allItems = (items: ItemData[]): ItemData[] => items.flatMap((item) => [item, ...allItems(item.items)]);

/** An older data folder still works; `sekr migrate` brings it to this release's format, showing every change first. */
const formatWarning = (file: string, format: number): Problem => ({
  file,
  line: 1,
  message: t('folder.olderFormat', format, DATA_FORMAT),
  hint: t('folder.olderFormatHint'),
});

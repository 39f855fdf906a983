/**
 * One meeting as a command works with it: read through its schema, checked
 * against the registry (and the year's plan), and numbered on from the group's
 * earlier meetings of the year. What does not pass stops the command (exit 2).
 */
import { problemsError } from '../base/errors.js';
import { mark } from '../base/timing.js';
import { loadPlan, loadRegistry, readMeeting, resolveMeetingRef, type MeetingFile } from '../data/folder.js';
import { rangeInYear } from '../data/year.js';
import { displayPath, type YamlFile } from '../data/yaml-file.js';
import { itemNumbers, type ParagraphRange } from '../model/numbering.js';
import type { Group, Organisation } from '../model/registry.js';
import type { MeetingData } from '../schema/meeting.js';
import { checkMeeting } from './meeting.js';
import { brokenSeal, refuseBrokenSeals } from './seal.js';

export interface CheckedMeeting {
  org: Organisation;
  group: Group;
  ref: MeetingFile;
  meeting: MeetingData;
  /** The file as read, for placing a problem found later at its line. */
  yf: YamlFile;
  /** The numbers of its first and last item: § numbers of a protocol, 1 onwards for notes. */
  numbers: ParagraphRange;
  isProtocol: boolean;
}

/** `sealing`: the command seals the meeting now, so a final status still without its seal is read. */
export function loadMeeting(dataDir: string, meetingRef: string | MeetingFile, registry?: Organisation, options: { sealing?: boolean } = {}): CheckedMeeting {
  mark('load');
  const org = registry ?? loadRegistry(dataDir);
  const ref = typeof meetingRef === 'string' ? resolveMeetingRef(dataDir, meetingRef, org.groups.keys()) : meetingRef;
  const { yf, value: meeting, problems } = readMeeting(ref.path);
  if (!yf || !meeting) throw problemsError(problems, `${displayPath(ref.path)} has problems`);
  const found = checkMeeting(org, meeting, yf, ref, loadPlan(dataDir, ref.group, Number(ref.date.slice(0, 4))));
  if (found.length) throw problemsError(found, `${displayPath(ref.path)} has problems`);
  const group = org.groups.get(ref.group)!;
  const broken = brokenSeal(meeting, ref, org, options);
  refuseBrokenSeals(broken ? [broken] : []);
  mark('checked');
  const isProtocol = group.document === 'protokoll';
  const range = rangeInYear(dataDir, ref.group, { date: meeting.date, firstParagraph: meeting.firstParagraph, itemCount: meeting.items.length });
  mark('numbered');
  return { org, group, ref, meeting, yf, numbers: itemNumbers(isProtocol, range), isProtocol };
}

/**
 * Opening a meeting to change it: checked, numbered, not locked by its
 * status, and held by this process alone until the change is done.
 */
import { SekrError } from '../errors.js';
import { isLocked } from '../model/life-cycle.js';
import { loadForRender, type LoadedForRender } from '../render/meeting.js';
import { lockMeeting, type Lock } from './lock.js';
import { displayPath, parseYamlText } from './yaml-file.js';
import { editMeetingFile } from './meeting-file.js';
import { loadPlan } from './folder.js';
import { checkMeeting } from '../validate/checks.js';
import { checkSchema } from '../validate/schema-problems.js';
import { Meeting } from '../validate/schema.js';

export interface OpenMeeting extends LoadedForRender {
  dataDir: string;
  lock: Lock;
}

/** `lifeCycle`: the change is a step of the life cycle (publishing), which a locked meeting still takes. */
export function openForChange(dataDir: string, meetingRef: string, command: string, options: { lifeCycle?: boolean } = {}): OpenMeeting {
  const loaded = loadForRender(dataDir, meetingRef);
  if (!options.lifeCycle) refuseLocked(loaded);
  const lock = lockMeeting(loaded.ref.path, command);
  // Read again under the lock: another session may have written since.
  try {
    return { ...loadForRender(dataDir, meetingRef), dataDir, lock };
  } catch (e) {
    lock.release();
    throw e;
  }
}

export function refuseLocked({ meeting, ref, group }: LoadedForRender): void {
  if (!isLocked(meeting)) return;
  const how = meeting.adjusted ? `adjusted on ${meeting.adjusted.date}` : meeting.approved ? `approved on ${meeting.approved.date}` : meeting.status;
  throw new SekrError(`${ref.group}/${ref.date} is ${how}: it is the record now and sekr does not change it`, {
    file: displayPath(ref.path),
    hint: group.document === 'protokoll' ? 'a correction goes into a new paragraph at a later meeting' : 'a correction goes into the notes of a later meeting',
  });
}

/** Edits the meeting, checking the result as `sekr validate` would; a change that leaves problems is not written. */
export function editChecked(open: OpenMeeting, edit: Parameters<typeof editMeetingFile>[1]): void {
  const { org, ref, dataDir } = open;
  const plan = loadPlan(dataDir, ref.group, Number(ref.date.slice(0, 4)));
  editMeetingFile(ref.path, edit, (text) => {
    const yf = parseYamlText(text, displayPath(ref.path));
    const result = checkSchema(Meeting, yf);
    return result.ok ? checkMeeting(org, result.value, yf, ref, plan) : result.problems;
  });
}

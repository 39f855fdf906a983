/**
 * Opening a meeting to change it: held by this process alone until the change
 * is done, checked and numbered, and not locked by its status.
 */
import { SekrError } from '../base/errors.js';
import { loadPlan, loadRegistry, resolveMeetingRef } from '../data/folder.js';
import { lockMeeting, type Lock } from '../data/lock.js';
import { editMeetingFile } from '../data/meeting-file.js';
import { displayPath } from '../data/yaml-file.js';
import { isLocked } from '../model/life-cycle.js';
import { loadMeeting, type CheckedMeeting } from './loaded.js';
import type { MeetingData } from '../schema/meeting.js';
import { checkMeeting } from './meeting.js';

export interface OpenMeeting extends CheckedMeeting {
  dataDir: string;
  lock: Lock;
}

/**
 * `lifeCycle`: the change is a step of the life cycle (publishing), which a locked meeting still takes;
 * `sealing`: the change seals the meeting (approve, adjust), so a final status still without its seal is what it puts right.
 */
export function openForChange(dataDir: string, meetingRef: string, command: string, options: { lifeCycle?: boolean; sealing?: boolean } = {}): OpenMeeting {
  const org = loadRegistry(dataDir);
  const ref = resolveMeetingRef(dataDir, meetingRef, org.groups.keys());
  // Read under the lock: what is read is what this process changes, whatever another session wrote before.
  const lock = lockMeeting(ref.path, command);
  try {
    const checked = loadMeeting(dataDir, ref, org, { sealing: options.sealing });
    if (!options.lifeCycle) refuseLocked(checked);
    return { ...checked, dataDir, lock };
  } catch (e) {
    lock.release();
    throw e;
  }
}

function refuseLocked({ meeting, ref, group }: CheckedMeeting): void {
  if (!isLocked(meeting)) return;
  const how = meeting.adjusted ? `adjusted on ${meeting.adjusted.date}` : meeting.approved ? `approved on ${meeting.approved.date}` : meeting.status;
  throw new SekrError(`${ref.group}/${ref.date} is ${how}: it is the record now and sekr does not change it`, {
    file: displayPath(ref.path),
    hint: group.document === 'protokoll' ? 'a correction goes into a new paragraph at a later meeting' : 'a correction goes into the notes of a later meeting',
  });
}

/** Edits the meeting, checking the result as `sekr validate` would; a change that leaves problems is not written. */
export function editChecked(open: OpenMeeting, edit: Parameters<typeof editMeetingFile>[1]): MeetingData {
  const { org, ref, dataDir } = open;
  const plan = loadPlan(dataDir, ref.group, Number(ref.date.slice(0, 4)));
  return editMeetingFile(ref.path, edit, (meeting, yf) => checkMeeting(org, meeting, yf, ref, plan));
}

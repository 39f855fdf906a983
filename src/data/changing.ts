/**
 * Opening a meeting to change it: checked, numbered, not locked by its
 * status, and held by this process alone until the change is done.
 */
import { SekrError } from '../errors.js';
import { isLocked } from '../model/life-cycle.js';
import { loadForRender, type LoadedForRender } from '../render/meeting.js';
import { lockMeeting, type Lock } from './lock.js';
import { displayPath } from './yaml-file.js';

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

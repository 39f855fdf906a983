/**
 * Opening a meeting to change it: held by this process alone until the change
 * is done, checked and numbered, and not locked by its status.
 */
import { t } from '../base/i18n.js';
import { SekrError } from '../base/errors.js';
import { loadPlan, loadRegistry, resolveMeetingRef } from '../data/folder.js';
import { lockMeeting, type Lock } from '../data/lock.js';
import { editMeetingFile } from '../data/meeting-file.js';
import { displayPath } from '../data/yaml-file.js';
import { isLocked } from '../model/life-cycle.js';
import { loadMeeting, type CheckedMeeting } from './loaded.js';
import type { MeetingData } from '../schema/meeting.js';
import { checkMeeting } from './meeting.js';
import { paragraphBreaches } from '../model/paragraph-seal.js';

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
  const name = `${ref.group}/${ref.date}`;
  const message = meeting.adjusted
    ? t('changing.lockedAdjusted', name, meeting.adjusted.date)
    : meeting.approved
      ? t('changing.lockedApproved', name, meeting.approved.date)
      : t('changing.lockedStatus', name, meeting.status);
  throw new SekrError(message, { file: displayPath(ref.path), hint: t('changing.lockedHint', group.document === 'protokoll') });
}

/** Edits the meeting, checking the result as `sekr validate` would; a change that leaves problems is not written. */
export function editChecked(open: OpenMeeting, edit: Parameters<typeof editMeetingFile>[1]): MeetingData {
  const { org, ref, dataDir, isProtocol, numbers } = open;
  const plan = loadPlan(dataDir, ref.group, Number(ref.date.slice(0, 4)));
  return editMeetingFile(ref.path, edit, (meeting, yf) => {
    const problems = checkMeeting(org, meeting, yf, ref, plan, isProtocol ? (meeting.firstParagraph ?? numbers.first) : 1);
    // Paragraphs adjusted at once are the record: no change may touch them, while the rest is still a draft.
    for (const breach of paragraphBreaches(meeting)) {
      const which = breach.paragraphs.map((n) => `§ ${n}`).join(', ');
      problems.push({
        file: displayPath(ref.path),
        message: t('changing.atOnceLocked', which, breach.paragraphs.length, breach.date, breach.changed.join(', ')),
        hint: t('changing.atOnceLockedHint'),
      });
    }
    return problems;
  });
}

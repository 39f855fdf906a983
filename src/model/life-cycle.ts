/**
 * What a meeting's status allows. An adjusted protocol or approved, published
 * notes are the record: sekr never changes them; corrections go into a later
 * meeting.
 */
import type { MeetingData } from '../validate/schema.js';

const LOCKED = new Set<MeetingData['status']>(['adjusted', 'published']);

export const isLocked = (meeting: Pick<MeetingData, 'status'>) => LOCKED.has(meeting.status);

/** The status a meeting takes once anything of the meeting itself is recorded. */
export function statusWhenRecorded(status: MeetingData['status']): MeetingData['status'] {
  return status === 'planned' || status === 'agenda' ? 'held' : status;
}

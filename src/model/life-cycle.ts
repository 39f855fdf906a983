/**
 * A meeting's life after it is planned: what its status allows, what comes
 * next, and what is overdue. An adjusted protocol or approved notes are the
 * record: sekr never changes them; corrections go into a later meeting.
 * Pure; "today" comes in.
 */
import type { MeetingData } from '../schema/meeting.js';
import { addDays } from './dates.js';
import type { Group } from './registry.js';

/** Municipal practice: a protocol is adjusted within 14 days. */
export const ADJUST_WITHIN_DAYS = 14;
/** Members have a week to send corrections to meeting notes. */
const CORRECTION_DAYS = 7;
/** The notice goes out a week before the meeting. */
const NOTICE_DAYS_BEFORE = 7;
/** The notice of adjustment stays posted three weeks. */
export const POSTED_DAYS = 21;

/** Final notes, an adjusted protocol and anything published are the record. */
export const isLocked = (meeting: Pick<MeetingData, 'status' | 'adjusted' | 'approved'>) =>
  Boolean(meeting.adjusted || meeting.approved) || meeting.status === 'adjusted' || meeting.status === 'final' || meeting.status === 'published';

/** The status a meeting takes once anything of the meeting itself is recorded. */
export function statusWhenRecorded(status: MeetingData['status']): MeetingData['status'] {
  return status === 'planned' || status === 'agenda' ? 'held' : status;
}

export const correctionDeadline = (sent: string) => addDays(sent, CORRECTION_DAYS);

export interface StatusLine {
  /** What the secretary does next, in a few words. */
  next: string;
  /** Set when something is late: what, and since when. */
  overdue?: string;
}

export function statusLine(group: Group, meeting: MeetingData, today: string): StatusLine {
  const protocol = group.document === 'protokoll';
  const { status, date } = meeting;
  switch (status) {
    case 'planned':
    case 'agenda': {
      if (date < today) return { next: 'record the meeting (sekr attendance, sekr record)', overdue: `held on ${date} but nothing recorded` };
      const noticeBy = addDays(date, -NOTICE_DAYS_BEFORE);
      const next = status === 'planned' ? 'fill the agenda (sekr agenda)' : 'send the notice (sekr kallelse --sent)';
      if (!meeting.convened && today > noticeBy) return { next, overdue: `notice not sent; it was due ${noticeBy}` };
      return { next: meeting.convened ? `meeting on ${date}` : `${next}; the notice is due ${noticeBy}` };
    }
    case 'held':
    case 'draft': {
      const next = `send the ${protocol ? 'draft protocol' : 'notes'} (sekr send)`;
      if (protocol && today > addDays(date, ADJUST_WITHIN_DAYS))
        return { next, overdue: `not adjusted within ${ADJUST_WITHIN_DAYS} days (by ${addDays(date, ADJUST_WITHIN_DAYS)})` };
      return { next };
    }
    case 'sent': {
      if (protocol) {
        const by = addDays(date, ADJUST_WITHIN_DAYS);
        return today > by
          ? { next: 'adjust it (sekr adjust)', overdue: `not adjusted within ${ADJUST_WITHIN_DAYS} days (by ${by})` }
          : { next: `adjust it by ${by} (sekr adjust)` };
      }
      const deadline = meeting.sent ? correctionDeadline(meeting.sent) : undefined;
      if (deadline && today > deadline) return { next: 'approve the notes (sekr approve)', overdue: `the correction week ended ${deadline}` };
      return { next: deadline ? `corrections until ${deadline}, then sekr approve` : 'approve the notes (sekr approve)' };
    }
    case 'final':
    case 'adjusted':
      return { next: 'publish it (sekr publish)' };
    case 'published':
      return { next: 'done' };
  }
}

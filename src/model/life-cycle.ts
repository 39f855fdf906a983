/**
 * A meeting's life after it is planned: what its status allows, what comes
 * next, and what is overdue. An adjusted protocol or approved notes are the
 * record: sekr never changes them; corrections go into a later meeting.
 * Pure; "today" comes in.
 */
import { t } from '../base/i18n.js';
import type { MeetingData } from '../schema/meeting.js';
import { placeFor } from './calendar.js';
import { addDays } from './dates.js';
import { adjustersFor, type Group } from './registry.js';

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
  const line = lifeCycleLine(group, meeting, today);
  // Paragraphs adjusted at once (omedelbar justering) are said beside the rest of the protocol's step.
  const atOnce = meeting.adjustedAtOnce ?? [];
  if (!atOnce.length || meeting.adjusted) return line;
  const said = atOnce.map((s) => t('life-cycle.adjustedAtOnce', s.paragraphs, s.date)).join('; ');
  return { ...line, next: t('life-cycle.theRest', said, line.next) };
}

function lifeCycleLine(group: Group, meeting: MeetingData, today: string): StatusLine {
  const protocol = group.document === 'protokoll';
  const { status, date } = meeting;
  switch (status) {
    case 'planned':
    case 'agenda': {
      if (date < today) return { next: t('life-cycle.record'), overdue: t('life-cycle.nothingRecorded', date) };
      const noticeBy = addDays(date, -NOTICE_DAYS_BEFORE);
      const next = status === 'planned' ? t('life-cycle.fillAgenda') : t('life-cycle.sendNotice');
      if (!meeting.convened && today > noticeBy) return { next, overdue: t('life-cycle.noticeLate', noticeBy) };
      return { next: meeting.convened ? t('life-cycle.meetingOn', date) : t('life-cycle.noticeDue', next, noticeBy) };
    }
    case 'held':
    case 'draft': {
      const next = t('life-cycle.send', protocol);
      if (protocol && today > addDays(date, ADJUST_WITHIN_DAYS))
        return { next, overdue: t('life-cycle.notAdjusted', ADJUST_WITHIN_DAYS, addDays(date, ADJUST_WITHIN_DAYS)) };
      return { next };
    }
    case 'sent': {
      if (protocol) {
        const by = addDays(date, ADJUST_WITHIN_DAYS);
        return today > by
          ? { next: t('life-cycle.adjust'), overdue: t('life-cycle.notAdjusted', ADJUST_WITHIN_DAYS, by) }
          : { next: t('life-cycle.adjustBy', by) };
      }
      const deadline = meeting.sent ? correctionDeadline(meeting.sent) : undefined;
      if (deadline && today > deadline) return { next: t('life-cycle.approve'), overdue: t('life-cycle.correctionWeekEnded', deadline) };
      return { next: deadline ? t('life-cycle.correctionsUntil', deadline) : t('life-cycle.approve') };
    }
    case 'final':
    case 'adjusted':
      return { next: t('life-cycle.publish') };
    case 'published':
      return { next: t('life-cycle.done') };
  }
}

/** Something missing that keeps a meeting from being sealed: what, where in the file, and how to put it right. */
export interface Gap {
  message: string;
  /** The place in the meeting file, when the gap has one. */
  path?: (string | number)[];
  hint: string;
}

export interface SealingInput {
  group: Group;
  meeting: MeetingData;
  /** The day of adjustment or approval. */
  date: string;
  today: string;
  /** The meeting's place or link and its time, as its documents give them (the group's defaults filled in). */
  place?: string;
  time?: string;
  /** The numbers of its first item: § numbers of a protocol. */
  firstNumber: number;
  /** Only these items (by index) are being sealed: paragraphs adjusted at once, before the rest. */
  only?: readonly number[];
}

/** Whether an item holds what its paragraph records: notes or a decision, its own or a sub-item's. */
export const itemRecorded = (item: MeetingData['items'][number]): boolean =>
  Boolean(item.body?.trim()) || item.decisions.length > 0 || item.items.some(itemRecorded);

/**
 * What keeps a protocol from being adjusted, or notes from being approved. Once sealed they are the
 * record of the meeting, and a protocol is signed by its chair, adjuster and secretary: so every
 * paragraph must say something, the meeting's time and place must be known, those who sign must
 * have been there, and no one seals on a day still to come.
 */
export function sealingGaps({ group, meeting, date, today, place, time, firstNumber, only }: SealingInput): Gap[] {
  const protocol = group.document === 'protokoll';
  const gaps: Gap[] = [];
  if (meeting.status === 'planned' || meeting.status === 'agenda') {
    gaps.push({ message: t('life-cycle.nothingRecordedYet', meeting.status), path: ['status'], hint: t('life-cycle.nothingRecordedYetHint') });
  }
  if (!meeting.items.length) gaps.push({ message: t('life-cycle.noItems', protocol), path: ['items'], hint: t('life-cycle.noItemsHint') });
  meeting.items.forEach((item, i) => {
    if (itemRecorded(item) || (only && !only.includes(i))) return;
    const number = protocol ? firstNumber + i : i + 1;
    gaps.push({ message: t('life-cycle.itemEmpty', protocol, number, item.title), path: ['items', i], hint: t('life-cycle.itemEmptyHint', number) });
  });
  if (!time) gaps.push({ message: t('life-cycle.noTime'), path: ['time'], hint: t('life-cycle.noTimeHint') });
  if (!place) gaps.push({ message: t('life-cycle.noPlace'), path: ['place'], hint: t('life-cycle.noPlaceHint') });
  if (protocol) {
    const present = new Set(meeting.attendance.present.flatMap((entry) => (typeof entry === 'string' ? [entry] : 'person' in entry ? [entry.person] : [])));
    const signer = (role: 'chair' | 'adjuster' | 'secretary', id: string | undefined, path: string) => {
      if (id === undefined) gaps.push({ message: t('life-cycle.noSigner', role), path: [path], hint: t('life-cycle.noSignerHint', role) });
      else if (!present.has(id)) gaps.push({ message: t('life-cycle.signerAbsent', role, id), path: [path], hint: t('life-cycle.signerAbsentHint') });
    };
    signer('chair', meeting.chair ?? group.chair, 'chair');
    const adjusters = adjustersFor(group, meeting.adjusters);
    if (!adjusters.length) signer('adjuster', undefined, 'adjusters');
    for (const a of adjusters) signer('adjuster', a, 'adjusters');
    signer('secretary', meeting.secretary ?? group.secretary, 'secretary');
  }
  if (date < meeting.date) gaps.push({ message: t('life-cycle.sealedBefore', protocol, date, meeting.date), hint: t('life-cycle.sealedBeforeHint', protocol) });
  if (date > today) gaps.push({ message: t('life-cycle.sealedLater', protocol, date, today), hint: t('life-cycle.sealedLaterHint', protocol) });
  return gaps;
}

/**
 * What keeps a notice (kallelse) from being marked sent: it goes out before the meeting, and it
 * says where to come: the place of a physical meeting, the link of a digital one.
 */
export function noticeGaps(group: Group, meeting: MeetingData, sent: string): Gap[] {
  const gaps: Gap[] = [];
  if (sent > meeting.date) gaps.push({ message: t('life-cycle.noticeAfter', sent, meeting.date), hint: t('life-cycle.noticeAfterHint') });
  gaps.push(...whereGaps(group, meeting));
  return gaps;
}

/** A physical meeting needs a place and a digital one a link, its own or the group's usual one. */
export function whereGaps(group: Group, meeting: Pick<MeetingData, 'mode' | 'place' | 'link'>): Gap[] {
  const mode = meeting.mode ?? group.defaults.mode;
  if (mode === 'fysiskt' && !(meeting.place ?? placeFor(group, mode))) {
    return [{ message: t('life-cycle.noPlaceForPhysical'), path: ['mode'], hint: t('life-cycle.noPlaceForPhysicalHint') }];
  }
  if (mode === 'digital' && !(meeting.link ?? group.defaults.link)) {
    return [{ message: t('life-cycle.noLink'), path: ['mode'], hint: t('life-cycle.noLinkHint') }];
  }
  return [];
}

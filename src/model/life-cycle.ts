/**
 * A meeting's life after it is planned: what its status allows, what comes
 * next, and what is overdue. An adjusted protocol or approved notes are the
 * record: sekr never changes them; corrections go into a later meeting.
 * Pure; "today" comes in.
 */
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
export function sealingGaps({ group, meeting, date, today, place, time, firstNumber }: SealingInput): Gap[] {
  const protocol = group.document === 'protokoll';
  const gaps: Gap[] = [];
  const command = protocol ? 'adjusted' : 'approved';
  if (meeting.status === 'planned' || meeting.status === 'agenda') {
    gaps.push({
      message: `nothing is recorded yet: the meeting is ${meeting.status}`,
      path: ['status'],
      hint: 'record it first: sekr attendance, then sekr record',
    });
  }
  if (!meeting.items.length)
    gaps.push({ message: `it has no ${protocol ? 'paragraphs' : 'items'}`, path: ['items'], hint: 'record the meeting: sekr record, or sekr item add' });
  meeting.items.forEach((item, i) => {
    if (itemRecorded(item)) return;
    const label = protocol ? `§ ${firstNumber + i}` : `item ${i + 1}`;
    gaps.push({
      message: `${label} (${item.title}) has neither text nor a decision`,
      path: ['items', i],
      hint: `write what was said or decided: sekr item set MEETING ${protocol ? firstNumber + i : i + 1} --notes-file ... or --decision ...`,
    });
  });
  if (!time) gaps.push({ message: 'the time of the meeting is missing', path: ['time'], hint: 'add time: "10:00-12:00" to the meeting file' });
  if (!place)
    gaps.push({
      message: 'the place of the meeting (or its link) is missing',
      path: ['place'],
      hint: 'add place: (or link: for a digital meeting) to the meeting file',
    });
  if (protocol) {
    const present = new Set(meeting.attendance.present.flatMap((entry) => (typeof entry === 'string' ? [entry] : 'person' in entry ? [entry.person] : [])));
    const signer = (role: string, id: string | undefined, path: string) => {
      if (id === undefined) gaps.push({ message: `the protocol has no ${role}`, path: [path], hint: `name the ${role}: sekr attendance MEETING --${role} id` });
      else if (!present.has(id))
        gaps.push({
          message: `the ${role}, ${id}, is not listed as present`,
          path: [path],
          hint: 'a protocol is signed by those who were at the meeting: record the attendance (sekr attendance)',
        });
    };
    signer('chair', meeting.chair ?? group.chair, 'chair');
    const adjusters = adjustersFor(group, meeting.adjusters);
    if (!adjusters.length) signer('adjuster', undefined, 'adjusters');
    for (const a of adjusters) signer('adjuster', a, 'adjusters');
    signer('secretary', meeting.secretary ?? group.secretary, 'secretary');
  }
  if (date < meeting.date)
    gaps.push({
      message: `the day it is ${command}, ${date}, is before the meeting (${meeting.date})`,
      hint: 'give the day it was ' + command + ' with --date',
    });
  if (date > today)
    gaps.push({
      message: `the day it is ${command}, ${date}, is still to come (today is ${today})`,
      hint: `${protocol ? 'adjust' : 'approve'} it on the day, or give a day that has been`,
    });
  return gaps;
}

/**
 * What keeps a notice (kallelse) from being marked sent: it goes out before the meeting, and it
 * says where to come: the place of a physical meeting, the link of a digital one.
 */
export function noticeGaps(group: Group, meeting: MeetingData, sent: string): Gap[] {
  const gaps: Gap[] = [];
  if (sent > meeting.date)
    gaps.push({ message: `a notice sent on ${sent} comes after the meeting (${meeting.date})`, hint: 'give the day it went out, on or before the meeting' });
  gaps.push(...whereGaps(group, meeting));
  return gaps;
}

/** A physical meeting needs a place and a digital one a link, its own or the group's usual one. */
export function whereGaps(group: Group, meeting: Pick<MeetingData, 'mode' | 'place' | 'link'>): Gap[] {
  const mode = meeting.mode ?? group.defaults.mode;
  if (mode === 'fysiskt' && !(meeting.place ?? placeFor(group, mode))) {
    return [
      {
        message: 'a physical meeting without a place',
        path: ['mode'],
        hint: "add place: to the meeting file, or the group's usual place (defaults.places.fysiskt) to registry.yaml",
      },
    ];
  }
  if (mode === 'digital' && !(meeting.link ?? group.defaults.link)) {
    return [
      {
        message: 'a digital meeting without a link',
        path: ['mode'],
        hint: "add link: to the meeting file, or the group's usual link (defaults.link) to registry.yaml",
      },
    ];
  }
  return [];
}

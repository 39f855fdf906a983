/**
 * A group's meetings as calendar events: pure, from the registry and the
 * meeting files' data; writing the ICS text is render/ics.ts's job.
 */
import type { MeetingData } from '../schema/meeting.js';
import type { Group, Organisation } from './registry.js';
import { splitTimeRange, zonedToUtc } from './time.js';
import { fold } from '../base/text.js';

/** A meeting as a calendar program sees it. */
export interface CalendarEvent {
  uid: string;
  /** All-day when there is no time. */
  start: Date | string;
  end?: Date;
  summary: string;
  location?: string;
  description?: string;
  url?: string;
  organizer?: { name: string; email: string };
  attendees?: { name: string; email: string; optional?: boolean }[];
}

const MODE_TEXT: Record<string, string> = { digital: 'Digitalt möte', fysiskt: 'Fysiskt möte' };

/** "Närvårdssamverkan Södra Älvsborg" -> "narvardssamverkan-sodra-alvsborg": stable across runs, so a calendar updates the event rather than adding one. */
function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function meetingEvent(org: Organisation, group: Group, meeting: MeetingData, description?: string): CalendarEvent {
  const tz = org.registry.organisation.timezone;
  const time = meeting.time ?? group.defaults.time;
  const { start, end } = time ? splitTimeRange(time) : { start: undefined, end: undefined };
  const mode = meeting.mode ?? group.defaults.mode;
  const place = meeting.place ?? placeFor(group, mode);
  const link = meeting.link ?? group.defaults.link;
  return {
    uid: `sekr-${group.id}-${meeting.date}@${slug(org.registry.organisation.name) || 'sekr'}`,
    start: start ? zonedToUtc(meeting.date, start, tz) : meeting.date,
    end: start && end ? zonedToUtc(meeting.date, end, tz) : undefined,
    summary: group.name,
    location: place ?? link,
    description: [mode && MODE_TEXT[mode], link, description].filter(Boolean).join('\n') || undefined,
    url: link,
  };
}

/** The place of a meeting of this mode: the group's place for the mode, else its usual place when the mode is its usual one. */
export function placeFor(group: Group, mode: string | undefined): string | undefined {
  const byMode = mode === 'digital' || mode === 'fysiskt' ? group.defaults.places?.[mode] : undefined;
  if (byMode) return byMode;
  return !mode || !group.defaults.mode || mode === group.defaults.mode ? group.defaults.place : undefined;
}

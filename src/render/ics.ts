/**
 * Calendar files (RFC 5545) through ical-generator, loaded only when asked for.
 * Times are written in UTC, which needs no VTIMEZONE block.
 */
import type { CalendarEvent } from '../model/calendar.js';

export async function calendarText(name: string, events: CalendarEvent[], invitation = false): Promise<string> {
  const { default: ical, ICalCalendarMethod, ICalAttendeeRole, ICalAttendeeStatus } = await import('ical-generator');
  const calendar = ical({ name, prodId: { company: 'sekr', product: 'sekr', language: 'SV' } });
  if (invitation) calendar.method(ICalCalendarMethod.REQUEST);
  for (const e of events) {
    const allDay = typeof e.start === 'string';
    calendar.createEvent({
      id: e.uid,
      start: allDay ? new Date(`${e.start}T00:00:00Z`) : (e.start as Date),
      end: e.end,
      allDay,
      stamp: new Date(),
      summary: e.summary,
      location: e.location,
      description: e.description,
      url: e.url,
      organizer: e.organizer,
      attendees: e.attendees?.map((a) => ({
        name: a.name,
        email: a.email,
        rsvp: true,
        role: a.optional ? ICalAttendeeRole.OPT : ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
      })),
    });
  }
  return calendar.toString();
}

/**
 * Meeting times are local times of the organisation's zone. Calendars get
 * them in UTC, which every calendar program reads without a VTIMEZONE block.
 */

/** Minutes the zone is ahead of UTC at an instant. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((local - instant.getTime()) / 60_000);
}

/** The instant of a local date and time ("2027-03-26", "10:00") in a zone. */
export function zonedToUtc(date: string, time: string, timeZone: string): Date {
  const naive = new Date(`${date}T${time}:00Z`);
  let instant = new Date(naive.getTime() - offsetMinutes(naive, timeZone) * 60_000);
  // Near a change to or from summer time the first guess can be an hour off.
  const again = offsetMinutes(instant, timeZone);
  instant = new Date(naive.getTime() - again * 60_000);
  return instant;
}

/** "10:00-12:00" or "10.00-12.00" as start and end "HH:MM". */
export function splitTimeRange(range: string): { start: string; end: string } {
  const [start, end] = range.split(/\s*[-–]\s*/).map((t) => t.replace('.', ':'));
  return { start: start!, end: end! };
}

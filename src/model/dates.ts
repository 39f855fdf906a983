/** Dates as Swedish documents write them. */
// Made when first used: building a formatter loads locale data, which `sekr --help` need not wait for.
const format = (options: Intl.DateTimeFormatOptions) => {
  let made: Intl.DateTimeFormat | undefined;
  return { format: (d: Date) => (made ??= new Intl.DateTimeFormat('sv-SE', { timeZone: 'UTC', ...options })).format(d) };
};
const longDate = format({ day: 'numeric', month: 'long', year: 'numeric' });
const dayMonth = format({ day: 'numeric', month: 'long' });
const weekdayName = format({ weekday: 'long' });

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "27 februari 2026"; without the year: "27 februari". */
export function swedishDate(iso: string | undefined, withYear = true): string {
  if (!iso) return '';
  return (withYear ? longDate : dayMonth).format(asDate(iso));
}

/** "fredag" */
export function weekday(iso: string | undefined): string {
  return iso ? weekdayName.format(asDate(iso)) : '';
}

let calendarDay: Intl.DateTimeFormat | undefined;

/**
 * Today in Sweden (Europe/Stockholm), not in UTC: at half past midnight it is
 * already the next day. SEKR_TODAY (yyyy-mm-dd) sets it for tests and rehearsals.
 */
export function today(): string {
  if (process.env.SEKR_TODAY) return process.env.SEKR_TODAY;
  calendarDay ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });
  return calendarDay.format(new Date());
}

/** The date `days` days after (or before, when negative) an ISO date. */
export function addDays(iso: string, days: number): string {
  return new Date(asDate(iso).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Dates as Swedish documents write them. */
const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'UTC', ...options });
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

/** Today in the organisation's calendar; SEKR_TODAY (yyyy-mm-dd) sets it for tests and rehearsals. */
export function today(): string {
  return process.env.SEKR_TODAY ?? new Date().toISOString().slice(0, 10);
}

/** The date `days` days after (or before, when negative) an ISO date. */
export function addDays(iso: string, days: number): string {
  return new Date(asDate(iso).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Public holidays, from the maintained date-holidays library (loaded only
 * when a schedule is made). "bank" days such as midsommarafton, julafton and
 * nyårsafton are days off in Swedish practice too, so no meeting is put there.
 */
export async function daysOff(country: string, year: number): Promise<(date: string) => string | undefined> {
  const { default: Holidays } = await import('date-holidays');
  const holidays = new Holidays(country);
  const off = new Map<string, string>();
  for (const h of holidays.getHolidays(year) ?? []) {
    if (h.type === 'public' || h.type === 'bank') off.set(h.date.slice(0, 10), h.name);
  }
  return (date) => off.get(date);
}

/**
 * The pieces every data file is made of: ids, text, dates, times, modes. The
 * files' own schemas (registry.ts, meeting.ts, plan.ts) are built from these,
 * and the model's types are derived from them, so a field is declared once.
 * Rules that span files (does this person exist?) are check/'s.
 */
import './zod-setup.js';
// zod/mini: a classic schema attaches its dozens of methods as it is made, and these schemas are made at
// every start. A namespace import, not `import { z }`: esbuild then bundles only what is used, where the
// `z` object would bring all of zod/mini (its locales, JSON Schema...).
import * as z from 'zod/mini';

const ID_HINT = 'an id is lower-case a–z, digits and single hyphens, e.g. styrgrupp-narvard';

export const Id = z.string({ error: 'expected an id (text)' }).check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: `not a valid id: ${ID_HINT}` }));

export const Text = z.string({ error: 'expected text' }).check(z.trim(), z.minLength(1, { error: 'must not be empty' }));

export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const IsoDate = z
  .string({ error: 'expected a date as yyyy-mm-dd' })
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as yyyy-mm-dd' }), z.refine(isRealDate, { error: 'no such date in the calendar' }));

const TIME_RANGE = /^([01]\d|2[0-3])[:.]([0-5]\d)\s*[-–]\s*([01]\d|2[0-3])[:.]([0-5]\d)$/;

/** "10:00-12:00" (a dot as in Swedish "10.00" is accepted too). */
export const TimeRange = z.string({ error: 'expected a time range such as "10:00-12:00" (in quotes)' }).check(
  z.regex(TIME_RANGE, { error: 'expected a time range such as 10:00-12:00' }),
  z.refine(
    (s) => {
      const m = TIME_RANGE.exec(s);
      // zod runs this even when the pattern failed; that has its own message.
      if (!m) return true;
      return Number(m[1]) * 60 + Number(m[2]) < Number(m[3]) * 60 + Number(m[4]);
    },
    { error: 'the meeting ends before it starts' },
  ),
);

/** An action point's id: six hexadecimal digits, as `sekr actions` shows them. */
export const ActionId = z
  .string({ error: 'expected an action id (text)' })
  .check(z.regex(/^[0-9a-f]{6}$/, { error: 'an action id is six hexadecimal digits, as `sekr actions` shows it, e.g. 3f9a2c' }));

export const Mode = z.enum(['digital', 'fysiskt'], { error: 'mode is digital or fysiskt' });

/** What a group keeps of its meetings (DOMAIN.md: mötesanteckning or protokoll). */
export const DocumentKind = z.enum(['protokoll', 'mötesanteckning'], { error: 'document is protokoll or mötesanteckning' });

export type DocumentKindName = z.output<typeof DocumentKind>;
export type ModeName = z.output<typeof Mode>;

/**
 * The pieces every data file is made of: ids, text, dates, times, modes. The
 * files' own schemas (registry.ts, meeting.ts, plan.ts) are built from these,
 * and the model's types are derived from them, so a field is declared once.
 * Rules that span files (does this person exist?) are check/'s.
 */
import { t } from '../base/i18n.js';
import './zod-setup.js';
// zod/mini: a classic schema attaches its dozens of methods as it is made, and these schemas are made at
// every start. A namespace import, not `import { z }`: esbuild then bundles only what is used, where the
// `z` object would bring all of zod/mini (its locales, JSON Schema...).
import * as z from 'zod/mini';

export const Id = z.string({ error: () => t('common.expectedId') }).check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: () => t('common.notAnId') }));

export const Text = z.string({ error: () => t('common.expectedText') }).check(z.trim(), z.minLength(1, { error: () => t('common.notEmpty') }));

export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const IsoDate = z
  .string({ error: () => t('common.expectedDate') })
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => t('common.expectedDate') }), z.refine(isRealDate, { error: () => t('common.noSuchDate') }));

const TIME_RANGE = /^([01]\d|2[0-3])[:.]([0-5]\d)\s*[-–]\s*([01]\d|2[0-3])[:.]([0-5]\d)$/;

/** "10:00-12:00" (a dot as in Swedish "10.00" is accepted too). */
export const TimeRange = z.string({ error: () => t('common.expectedTimeQuoted') }).check(
  z.regex(TIME_RANGE, { error: () => t('common.expectedTime') }),
  z.refine(
    (s) => {
      const m = TIME_RANGE.exec(s);
      // zod runs this even when the pattern failed; that has its own message.
      if (!m) return true;
      return Number(m[1]) * 60 + Number(m[2]) < Number(m[3]) * 60 + Number(m[4]);
    },
    { error: () => t('common.endsBeforeStart') },
  ),
);

/** An action point's id: six hexadecimal digits, as `sekr actions` shows them. */
export const ActionId = z.string({ error: () => t('common.expectedActionId') }).check(z.regex(/^[0-9a-f]{6}$/, { error: () => t('common.actionIdForm') }));

export const Mode = z.enum(['digital', 'fysiskt'], { error: () => t('common.modeIs') });

/** What a group keeps of its meetings (DOMAIN.md: mötesanteckning or protokoll). */
export const DocumentKind = z.enum(['protokoll', 'mötesanteckning'], { error: () => t('common.documentIs') });

export type DocumentKindName = z.output<typeof DocumentKind>;
export type ModeName = z.output<typeof Mode>;

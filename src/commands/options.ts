/**
 * Each command's options, as commander hands them over, parsed by a zod/mini
 * schema before the command does anything: a value that is not what the
 * option takes stops it with exit 2, naming the option and what it takes.
 */
import { t } from '../base/i18n.js';
import '../schema/zod-setup.js';
import * as z from 'zod/mini';
import { SekrError } from '../base/errors.js';
import { isRealDate } from '../schema/common.js';
import { FORMATS, type Format } from '../render/documents.js';

/** A value an option cannot take: what is wrong with it (read after the flag: "--date '2026-02-30' is not a date"), and how to put it right. */
interface Wrong {
  wrong: string;
  hint: string;
}

const isWrong = (v: unknown): v is Wrong => typeof v === 'object' && v !== null && 'wrong' in v && 'hint' in v;

/** An option whose text `read` turns into its value, or says what is wrong with it; not given, it is undefined. */
function option<T>(read: (text: string) => T | Wrong) {
  return z.optional(value(read));
}

function value<T>(read: (text: string) => T | Wrong) {
  return z.pipe(
    z.string(),
    z.transform((text: string, ctx) => {
      const value = read(text);
      if (!isWrong(value)) return value;
      ctx.issues.push({ code: 'custom', message: value.wrong, input: text, params: { hint: value.hint } });
      return z.NEVER;
    }),
  );
}

/** The options every command has (commander's global flags). */
const GLOBAL = {
  data: z.optional(z.string()),
  quiet: z.optional(z.boolean()),
  color: z.optional(z.boolean()),
  debug: z.optional(z.boolean()),
};

/** A command's options: its own and the global ones. Unknown keys (commander's own) are dropped. */
export const commandOptions = <S extends z.core.$ZodLooseShape>(shape: S) => z.object({ ...GLOBAL, ...shape });

export const Flag = z.optional(z.boolean());
export const Text = z.optional(z.string());
/** A repeatable option: every value given, in order. */
export const Repeated = z.optional(z.array(z.string()));

const readDate = (text: string): string | Wrong => (isRealDate(text) ? text : { wrong: t('options.notADate', text), hint: t('options.notADateHint') });
export const IsoDate = option(readDate);

export const Year = option((text) => {
  const year = Number(text);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : { wrong: t('options.notAYear', text), hint: t('options.notAYearHint') };
});

/** "md,docx" */
export const Formats = value((text): Format[] | Wrong => {
  const formats = text
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const unknown = formats.filter((f) => !FORMATS.includes(f as Format));
  if (unknown.length || !formats.length)
    return { wrong: t('options.unknownFormat', unknown.join(',') || text), hint: t('options.unknownFormatHint', FORMATS.join(', ')) };
  return [...new Set(formats)] as Format[];
});

/** "a,b,c": ids or other items separated by commas. */
export const List = option((text) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

/** A whole number from `min` to `max`. */
export const Count = (min: number, max: number, what: string, example: string) =>
  option((text) => {
    const n = Number(text);
    return Number.isInteger(n) && n >= min && n <= max ? n : { wrong: t('options.notA', text, what), hint: example };
  });

/** A date that may also stand alone (`--sent` or `--sent 2026-09-04`): true alone. */
export const IsoDateOrTrue = z.optional(z.union([z.literal(true), value(readDate)]));

/** The options as the command's schema reads them; a bad value is exit 2, naming the option. */
export function parseOptions<S extends z.ZodMiniType>(schema: S, given: Record<string, unknown>): z.output<S> {
  const parsed = schema.safeParse(given);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const flag = `--${String(issue.path[0] ?? '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const hint = (issue as { params?: { hint?: string } }).params?.hint;
  return failOption(flag, issue.message, hint);
}

function failOption(flag: string, message: string, hint: string | undefined): never {
  const text = message.startsWith("'") ? `${flag} ${message}` : `${flag}: ${message}`;
  throw new SekrError(text, { hint: hint ?? t('options.seeHelp') });
}

/** The options a schema gives a command. */
export type Parsed<S extends z.ZodMiniType> = z.output<S>;

/** A path (commander gives the default when none is named). */
export const Path = z.string();

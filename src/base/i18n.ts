/**
 * What sekr says, in the user's language: Swedish, the language of the documents and of the
 * secretaries who use it, unless English is asked for (--lang en, or a locale of en*). Every text
 * a person reads comes from the message catalogs in messages/, one per language, with the same
 * keys; tests/unit/i18n.test.ts keeps them so, and keeps user-facing text out of the code.
 * The documents themselves are in the organisation's language, from the templates.
 */
import { en } from './messages/en.js';
import { sv, type Catalog } from './messages/sv.js';

export type Language = 'sv' | 'en';

const CATALOGS: Record<Language, Catalog> = { sv, en };

/**
 * The language asked for: --lang (or --lang=) on the command line, else the locale's
 * (LC_ALL, LC_MESSAGES, LANG, as the C library reads them): English for en*, else Swedish.
 */
export function languageFrom(argv: readonly string[], env: NodeJS.ProcessEnv): Language {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const said = i === -1 ? undefined : argv[i]!.includes('=') ? argv[i]!.slice('--lang='.length) : argv[i + 1];
  if (said !== undefined) return said.toLowerCase().startsWith('en') ? 'en' : 'sv';
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

// The locale's until the command line is read (src/cli/main.ts): a worker thread, or a module used on its own, speaks it too.
let current: Language = languageFrom([], process.env);

export function setLanguage(language: Language): void {
  current = language;
}

export const language = (): Language => current;

export type MessageKey = keyof Catalog;
type Args<K extends MessageKey> = Catalog[K] extends (...args: infer A) => string ? A : [];

/** The message of `key` in the current language, filled in with `args`. */
export function t<K extends MessageKey>(key: K, ...args: Args<K>): string {
  const message = CATALOGS[current][key] as string | ((...a: unknown[]) => string);
  return typeof message === 'function' ? message(...args) : message;
}

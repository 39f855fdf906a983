/**
 * The one error type a user sees. Anything else that reaches the error boundary
 * in cli.ts is a bug and is reported as such.
 */
import { t } from './i18n.js';

/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, failure: 1, badInput: 2, stopped: 130 } as const;

/** A place in a file: 1-based line and column, as editors count them. */
export interface Place {
  file: string;
  line?: number;
  col?: number;
}

/** One thing wrong with the data, located and with a way to fix it. */
export interface Problem extends Place {
  message: string;
  hint?: string;
}

export interface SekrErrorOptions {
  file?: string;
  line?: number;
  col?: number;
  hint?: string;
  exitCode?: number;
  /** Several located problems, e.g. every schema error of one file. */
  problems?: Problem[];
}

export class SekrError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly col?: number;
  readonly hint?: string;
  readonly exitCode: number;
  readonly problems: Problem[];

  constructor(message: string, options: SekrErrorOptions = {}) {
    super(message);
    this.name = 'SekrError';
    this.file = options.file;
    this.line = options.line;
    this.col = options.col;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? EXIT.badInput;
    this.problems = options.problems ?? [];
  }
}

/** Bad input made of several problems (exit 2). */
export function problemsError(problems: Problem[], summary?: string, hint?: string): SekrError {
  const n = problems.length;
  return new SekrError(summary ?? t('errors.problemsInData', n), { problems, hint });
}

/** "file:line:col" with as much of the place as is known. */
export function formatPlace(place: Place): string {
  let s = place.file;
  if (place.line !== undefined) {
    s += `:${place.line}`;
    if (place.col !== undefined) s += `:${place.col}`;
  }
  return s;
}

/**
 * What a command gives back: its data (printed as JSON under --json) and the
 * lines a person reads. Commands never print; src/cli/ prints the result, in
 * colour where the terminal shows it, and sets the exit code.
 */
import { t } from '../base/i18n.js';
import { formatPlace, type Problem } from '../base/errors.js';

/** How a part of a line reads: done, a warning, gone wrong, secondary, or stressed. */
export type Tone = 'ok' | 'warn' | 'bad' | 'dim' | 'bold';
export type Span = string | { text: string; tone: Tone };

export interface Line {
  spans: Span[];
  /** stdout holds the command's output proper; stderr what it says about its work. */
  stream: 'out' | 'err';
  /** Shown under --quiet too: warnings and what went wrong. */
  always: boolean;
}

export interface Result {
  /** The output as data, for --json. */
  data?: unknown;
  lines: Line[];
  exitCode?: number;
}

/** A part of a line in a tone: ok('wrote'), dim('(dry run)'). */
const tone =
  (t: Tone) =>
  (text: string): Span => ({ text, tone: t });
export const ok = tone('ok');
export const warn = tone('warn');
export const bad = tone('bad');
export const dim = tone('dim');
export const bold = tone('bold');

/** Lines as a command writes them: `out` its output, `info` what it did (quiet hides it), `notice` what must be seen. */
export function lines() {
  const list: Line[] = [];
  const add =
    (stream: Line['stream'], always: boolean) =>
    (...spans: Span[]): void => {
      list.push({ spans, stream, always });
    };
  return { list, out: add('out', true), info: add('err', false), notice: add('err', true) };
}

export type Lines = ReturnType<typeof lines>;

/** A problem as `sekr validate` shows it: place, what is wrong, how to fix it; a warning says so. */
export function problemSpans(p: Problem, kind: 'problem' | 'warning' = 'problem'): Span[] {
  const what = kind === 'warning' ? [warn(t('result.warning')), warn(p.message)] : [bad(p.message)];
  return [bold(formatPlace(p)), '  ', ...what, ...(p.hint ? ['  ', dim(`(${p.hint})`)] : [])];
}

/** What a command may ask of the terminal while it works, given by src/cli/. */
export interface Context {
  /** Prints a line at once: for prompt-driven commands, between the questions. */
  say(line: Line): void;
  /** A progress bar on a terminal (and not under --quiet or --json); undefined elsewhere. */
  progressBar(): Promise<ProgressBar | undefined>;
  /** The program's commands with their flags, for shell completion. */
  commandTable(): CommandRow[];
}

export interface ProgressBar {
  update(done: number, total: number): void;
  stop(): void;
}

export interface CommandRow {
  path: string;
  subcommands: string[];
  flags: string[];
  takesMeeting: boolean;
  takesGroup: boolean;
}

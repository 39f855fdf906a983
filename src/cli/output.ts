/**
 * Printing what a command gives back. Colour only where it can be seen and never
 * under NO_COLOR; data (--json) and a command's output on stdout, what it says
 * about its work on stderr.
 */
import type { ChalkInstance } from 'chalk';
import type { Problem } from '../base/errors.js';
import { t } from '../base/i18n.js';
import { problemSpans, type Line, type ProgressBar, type Result, type Span, type Tone } from '../commands/result.js';

let chalk: ChalkInstance | undefined;

/**
 * Loads chalk when the output can show colour: on a terminal, or when FORCE_COLOR or --color asks
 * for it; chalk then decides as it always has. Elsewhere (a file, a pipe, CI) it is never loaded:
 * its terminal detection loads node:tty, and with it Node's network modules, for nothing.
 */
export async function loadColours(argv: string[]): Promise<void> {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return;
  if (argv.includes('--no-color')) return;
  const asked = process.env.FORCE_COLOR !== undefined || argv.some((a) => /^--colou?rs?(=|$)/.test(a));
  if (!process.stdout.isTTY && !asked) return;
  chalk = (await import('chalk')).default;
}

const TONES: Record<Tone, (c: ChalkInstance) => ChalkInstance> = {
  ok: (c) => c.green,
  warn: (c) => c.yellow,
  bad: (c) => c.red,
  dim: (c) => c.dim,
  bold: (c) => c.bold,
};

/** A line's text, coloured when colour is on. */
export function paint(spans: readonly Span[]): string {
  return spans.map((s) => (typeof s === 'string' ? s : chalk ? TONES[s.tone](chalk)(s.text) : s.text)).join('');
}

export function formatProblem(p: Problem): string {
  return paint(problemSpans(p));
}

export function printLine(line: Line, quiet = false): void {
  if (quiet && !line.always) return;
  (line.stream === 'out' ? process.stdout : process.stderr).write(`${paint(line.spans)}\n`);
}

/** A command's result: its data as JSON when asked for and given, else its lines. */
export function printResult(result: Result, options: { json?: boolean; quiet?: boolean }): void {
  if (options.json && result.data !== undefined) process.stdout.write(`${JSON.stringify(result.data, null, 2)}\n`);
  else for (const line of result.lines) printLine(line, options.quiet);
  if (result.exitCode) process.exitCode = result.exitCode;
}

/** A progress bar on stderr, on a terminal only; cli-progress draws it. */
export async function progressBar(options: { json?: boolean; quiet?: boolean }): Promise<ProgressBar | undefined> {
  if (!process.stderr.isTTY || options.quiet || options.json) return undefined;
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const bar = new SingleBar({ format: t('output.progress'), hideCursor: true, clearOnComplete: true, stream: process.stderr }, Presets.shades_classic);
  let started = false;
  let known = 0;
  return {
    // The total grows or shrinks as the work is found out; the first call starts the bar.
    update: (done, total) => {
      if (!started) {
        bar.start(total, 0);
        started = true;
      } else if (total !== known) bar.setTotal(total);
      known = total;
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}

/**
 * What sekr prints. Colour only on a terminal and never under NO_COLOR;
 * data (--json) on stdout, messages on stderr.
 */
import type { ChalkInstance } from 'chalk';
import { formatPlace, type Problem } from './errors.js';

/** Text as it is: every colour and modifier of it, chained or called, returns the text unchanged. */
const plain: ChalkInstance = new Proxy(((...text: unknown[]) => text.join(' ')) as ChalkInstance, {
  get: (target, key) => (key === 'level' ? 0 : key in Function.prototype ? Reflect.get(target, key) : plain),
});

let chalk: ChalkInstance | undefined;

/** chalk once loadColours has found that colour can be shown, plain text until then and otherwise. */
export const style: ChalkInstance = new Proxy(plain, {
  get: (_, key) => Reflect.get(chalk ?? plain, key),
  apply: (_, self, text: unknown[]) => Reflect.apply(chalk ?? plain, self, text),
});

/**
 * Loads chalk when the output can show colour: on a terminal, or when FORCE_COLOR or --color asks
 * for it; chalk then decides as it always has. Elsewhere (a file, a pipe, CI) it is never loaded:
 * its terminal detection loads node:tty, and with it Node's network modules, 3 ms of every start.
 */
export async function loadColours(argv: string[]): Promise<void> {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return;
  const asked = process.env.FORCE_COLOR !== undefined || argv.some((a) => /^--colou?rs?(=|$)/.test(a));
  if (!process.stdout.isTTY && !asked) return;
  chalk = (await import('chalk')).default;
}

export function disableColor(): void {
  if (chalk) chalk.level = 0;
}

export function formatProblem(p: Problem): string {
  const hint = p.hint ? `  ${style.dim(`(${p.hint})`)}` : '';
  return `${style.bold(formatPlace(p))}  ${style.red(p.message)}${hint}`;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function out(line = ''): void {
  process.stdout.write(`${line}\n`);
}

export function info(line: string, quiet = false): void {
  if (!quiet) process.stderr.write(`${line}\n`);
}

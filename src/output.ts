/**
 * What sekr prints. Colour only on a terminal and never under NO_COLOR;
 * data (--json) on stdout, messages on stderr.
 */
import chalk from 'chalk';
import { formatPlace, type Problem } from './errors.js';

if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') chalk.level = 0;

export const style = chalk;

export function disableColor(): void {
  chalk.level = 0;
}

export function formatProblem(p: Problem): string {
  const hint = p.hint ? `  ${chalk.dim(`(${p.hint})`)}` : '';
  return `${chalk.bold(formatPlace(p))}  ${chalk.red(p.message)}${hint}`;
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

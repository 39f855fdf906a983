/**
 * The entry point of the program (bundled into dist/cli.cjs, started by bin/sekr.js)
 * and its error boundary: a SekrError is the user's to fix and is shown as such;
 * anything else is a bug in sekr.
 */
import { CommanderError } from 'commander';
import { EXIT, SekrError } from '../base/errors.js';
import { languageFrom, setLanguage, t } from '../base/i18n.js';
import { mark } from '../base/timing.js';
import { problemSpans, type Span } from '../commands/result.js';
import { loadColours, paint } from './output.js';
import { buildProgram } from './program.js';

export async function main(argv: string[]): Promise<void> {
  // `sekr actions | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  setLanguage(languageFrom(argv, process.env));
  await loadColours(argv);
  mark('main');
  const program = buildProgram();
  mark('program built');
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv);
  } catch (e) {
    process.exitCode = reportError(e, debug);
  }
  mark('done');
}

function reportError(e: unknown, debug: boolean): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
    return EXIT.badInput; // commander has printed the message already
  }
  if (e instanceof SekrError) {
    process.stderr.write(`${sekrErrorText(e)}\n`);
    if (debug && e.stack) process.stderr.write(`${e.stack}\n`);
    return e.exitCode;
  }
  const err = e as Error;
  process.stderr.write(t('main.internalError', err?.message ?? String(e), debug));
  if (debug && err?.stack) process.stderr.write(`${err.stack}\n`);
  return EXIT.failure;
}

/** The error in one readable block: where and what, how to fix it, and every located problem under it. */
function sekrErrorText(e: SekrError): string {
  const multiLineHint = e.hint?.includes('\n');
  const hint = multiLineHint ? undefined : e.hint;
  const head: Span[] = e.file
    ? problemSpans({ file: e.file, line: e.line, col: e.col, message: e.message, hint })
    : [{ text: e.message, tone: 'bad' }, ...(hint ? ['  ', { text: `(${hint})`, tone: 'dim' } as const] : [])];
  const lines = [`sekr: ${paint(head)}`, ...e.problems.map((p) => `  ${paint(problemSpans(p))}`)];
  if (multiLineHint) lines.push(`  ${e.hint!.trim()}`);
  return lines.join('\n');
}

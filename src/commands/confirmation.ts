/**
 * Steps that cannot be undone (sealing a protocol or notes, marking them sent) show what they
 * will do and ask first, on a terminal; a script says --yes. Without a terminal and without
 * --yes they stop at once and say so: never a question no one can answer.
 */
import { t } from '../base/i18n.js';
import { EXIT, SekrError } from '../base/errors.js';
import { hasTerminal, isPromptExit } from '../prompts/terminal.js';
import type { Context, Span } from './result.js';

export async function goAhead(context: Context, options: { yes?: boolean; what: string; summary: Span[][]; question: string }): Promise<boolean> {
  if (options.yes) return true;
  if (!hasTerminal()) {
    throw new SekrError(t('confirmation.noTerminal', options.what), { hint: t('confirmation.noTerminalHint') });
  }
  for (const spans of options.summary) context.say({ spans, stream: 'err', always: true });
  const { askToGoAhead } = await import('../prompts/confirm.js');
  try {
    return await askToGoAhead(options.question);
  } catch (e) {
    if (isPromptExit(e)) return false;
    throw e;
  }
}

/** What a command says when the answer was no. */
export const notDone = (what: string) => ({
  lines: [{ spans: [t('confirmation.notDone', what)], stream: 'err' as const, always: true }],
  exitCode: EXIT.failure,
});

/** Prompts need a terminal; without one a command must say what to do instead, never wait. */
import { SekrError } from '../base/errors.js';
import { t } from '../base/i18n.js';

export function hasTerminal(): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY) && process.env.CI !== 'true';
}

export function requireTerminal(command: string, instead: string[]): void {
  if (hasTerminal()) return;
  throw new SekrError(t('prompts.terminal.none', command), { hint: t('prompts.terminal.noneHint', instead.join('\n    ')) });
}

/** True when the user quit a prompt with Ctrl-C (inquirer's ExitPromptError). */
export function isPromptExit(e: unknown): boolean {
  return e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError');
}

/**
 * An item's notes, written in the terminal: one paragraph a line. Each paragraph is handed on
 * (and so saved) the moment Enter ends it; an empty line ends the notes; Backspace on an empty
 * line takes the last paragraph back to be changed. Built on @inquirer/core as inquirer's own
 * prompts are: inquirer's editor prompt needs an editor program, and a secretary may have none.
 */
import { createPrompt, isBackspaceKey, isEnterKey, makeTheme, usePrefix, useState, useKeypress, type Status } from '@inquirer/core';
import { t } from '../base/i18n.js';

export interface NotesConfig {
  message: string;
  /** The notes so far, a paragraph each. */
  paragraphs: string[];
  /** Told of the paragraphs whenever one is added or taken back. */
  onChange: (paragraphs: string[]) => void;
}

export const notes = createPrompt<string[], NotesConfig>((config, done) => {
  const theme = makeTheme({});
  const [status, setStatus] = useState<Status>('idle');
  const [paragraphs, setParagraphs] = useState(config.paragraphs);
  const [line, setLine] = useState('');
  const prefix = usePrefix({ status, theme });

  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      const text = line.trim();
      if (!text) {
        setStatus('done');
        done(paragraphs);
        return;
      }
      const next = [...paragraphs, text];
      setParagraphs(next);
      setLine('');
      config.onChange(next);
    } else if (isBackspaceKey(key) && line === '' && paragraphs.length) {
      const next = paragraphs.slice(0, -1);
      const last = paragraphs.at(-1)!;
      setParagraphs(next);
      config.onChange(next);
      rl.write(last);
      setLine(last);
    } else {
      setLine(rl.line);
    }
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') return `${prefix} ${message} ${theme.style.answer(t('prompts.notes.paragraphs', paragraphs.length))}`;
  const written = paragraphs.map((p) => `  ${theme.style.help('│')} ${p}`);
  const help = theme.style.help(t('prompts.notes.help'));
  return [[`${prefix} ${message}`, ...written, `  ${theme.style.highlight('›')} ${line}`].join('\n'), paragraphs.length ? help : ''];
});

/**
 * A checkbox list you can type into to narrow it: ticking who is present in a
 * group of thirty is quicker by name than by arrow keys. Built on
 * @inquirer/core as inquirer's own prompts are; no well-kept package offers it.
 */
import {
  createPrompt,
  isDownKey,
  isEnterKey,
  isSpaceKey,
  isTabKey,
  isUpKey,
  makeTheme,
  usePagination,
  usePrefix,
  useState,
  useKeypress,
  type Status,
} from '@inquirer/core';
import { fold } from '../base/text.js';
import { t } from '../base/i18n.js';

export interface SearchCheckboxChoice<V> {
  value: V;
  name: string;
  /** Extra words to match on, e.g. the organisation. */
  keywords?: string;
  checked?: boolean;
}

export interface SearchCheckboxConfig<V> {
  message: string;
  choices: SearchCheckboxChoice<V>[];
  pageSize?: number;
}

export const searchCheckbox = createPrompt(<V>(config: SearchCheckboxConfig<V>, done: (value: V[]) => void) => {
  const theme = makeTheme({});
  const [status, setStatus] = useState<Status>('idle');
  const [term, setTerm] = useState('');
  const [checked, setChecked] = useState<boolean[]>(config.choices.map((c) => Boolean(c.checked)));
  const [active, setActive] = useState(0);
  const prefix = usePrefix({ status, theme });

  const shown = config.choices
    .map((choice, index) => ({ choice, index }))
    .filter(({ choice }) => !term || fold(`${choice.name} ${choice.keywords ?? ''}`).includes(fold(term)));
  const current = shown[Math.min(active, shown.length - 1)];

  useKeypress((key, rl) => {
    if (isEnterKey(key)) {
      setStatus('done');
      done(config.choices.filter((_, i) => checked[i]).map((c) => c.value));
    } else if (isSpaceKey(key) || isTabKey(key)) {
      // Space and tab tick; neither is part of the search.
      rl.clearLine(0);
      rl.write(term);
      if (current) setChecked(checked.map((c, i) => (i === current.index ? !c : c)));
    } else if (isUpKey(key) || isDownKey(key)) {
      rl.clearLine(0);
      rl.write(term);
      if (shown.length) setActive((Math.min(active, shown.length - 1) + (isUpKey(key) ? shown.length - 1 : 1)) % shown.length);
    } else if (key.ctrl && key.name === 'a') {
      // Readline moved the cursor to the start of the line: put the search back as it was.
      rl.clearLine(0);
      rl.write(term);
      const all = shown.every(({ index }) => checked[index]);
      const inView = new Set(shown.map((s) => s.index));
      setChecked(checked.map((c, i) => (inView.has(i) ? !all : c)));
    } else {
      setTerm(rl.line);
      setActive(0);
    }
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') {
    const names = config.choices.filter((_, i) => checked[i]).map((c) => c.name);
    return `${prefix} ${message} ${theme.style.answer(t('prompts.searchCheckbox.ticked', names.length))}`;
  }
  const page = usePagination({
    items: shown,
    active: Math.min(active, Math.max(shown.length - 1, 0)),
    renderItem({ item, isActive }) {
      const box = checked[item.index] ? '◉' : '◯';
      const line = `${isActive ? '❯' : ' '}${box} ${item.choice.name}`;
      return isActive ? theme.style.highlight(line) : line;
    },
    pageSize: config.pageSize ?? 12,
    loop: false,
  });
  const count = checked.filter(Boolean).length;
  const help = theme.style.help(t('prompts.searchCheckbox.help'));
  return [
    `${prefix} ${message} ${term}`,
    `${shown.length ? page : theme.style.error(t('prompts.searchCheckbox.noMatch'))}\n${help}  ${t('prompts.searchCheckbox.ticked', count)}`,
  ];
});

/**
 * The checkbox list you type into, driven key by key through
 * @inquirer/testing: what the secretary sees, and the ids it answers with.
 */
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { searchCheckbox, type SearchCheckboxChoice, type SearchCheckboxConfig } from '../../src/prompts/search-checkbox.js';
import { setLanguage } from '../../src/base/i18n.js';

// These tests read sekr's English, as a user with --lang en would.
setLanguage('en');

const people: SearchCheckboxChoice<string>[] = [
  { value: 'carolina-svensson', name: 'Carolina Svensson, Närhälsan' },
  { value: 'mattias-fehling', name: 'Mattias Fehling, SÄS' },
  { value: 'asa-andergrand', name: 'Åsa Andergrand, Folktandvården' },
  { value: 'julia-eriksson', name: 'Julia Eriksson', keywords: 'Tranemo kommun' },
  { value: 'lina-sjostrand', name: 'Lina Sjöstrand, Marks kommun' },
];

/**
 * The prompt on a test screen. A test that only looks at the screen leaves it unanswered; when the
 * test file ends, inquirer closes it with ExitPromptError, which is no error of the prompt's.
 */
async function shown(config: SearchCheckboxConfig<string>) {
  const prompt = await render(searchCheckbox, config);
  prompt.answer.catch(() => undefined);
  return prompt;
}

/** The lines of the list (those with a box), without the cursor. */
const listed = (screen: string) =>
  screen
    .split('\n')
    .filter((l) => /[◉◯]/.test(l))
    .map((l) => l.replace(/^❯/, ' ').trim());

describe('searchCheckbox', () => {
  it('lists everyone unticked, with the cursor on the first and the keys explained', async () => {
    const { getScreen } = await shown({ message: 'Who is present?', choices: people });
    const screen = getScreen();
    expect(screen).toContain('Who is present?');
    expect(listed(screen)).toEqual([
      '◯ Carolina Svensson, Närhälsan',
      '◯ Mattias Fehling, SÄS',
      '◯ Åsa Andergrand, Folktandvården',
      '◯ Julia Eriksson',
      '◯ Lina Sjöstrand, Marks kommun',
    ]);
    expect(screen).toMatch(/^❯◯ Carolina Svensson/m);
    expect(screen).toContain('space ticks');
    expect(screen).toContain('0 ticked');
  });

  it('starts from the choices given as checked, and answers with them on enter', async () => {
    const { answer, events, getScreen } = await shown({
      message: 'Who is present?',
      choices: people.map((p) => ({ ...p, checked: p.value !== 'julia-eriksson' })),
    });
    expect(getScreen()).toContain('4 ticked');
    events.keypress('enter');
    await expect(answer).resolves.toEqual(['carolina-svensson', 'mattias-fehling', 'asa-andergrand', 'lina-sjostrand']);
    expect(getScreen()).toContain('Who is present? 4 ticked');
  });

  it('narrows the list to what is typed, ignoring case and diacritics: "asa" finds Åsa', async () => {
    const { events, getScreen } = await shown({ message: 'Who is present?', choices: people });
    events.type('asa');
    const screen = getScreen();
    expect(screen).toContain('Who is present? asa');
    expect(listed(screen)).toEqual(['◯ Åsa Andergrand, Folktandvården']);
  });

  it('matches the organisation and the keywords, and "sjos" finds Sjöstrand', async () => {
    const { events, getScreen } = await shown({ message: 'Who?', choices: people });
    events.type('kommun');
    expect(listed(getScreen())).toEqual(['◯ Julia Eriksson', '◯ Lina Sjöstrand, Marks kommun']);
    for (let i = 0; i < 'kommun'.length; i++) events.keypress('backspace');
    events.type('SJOS');
    expect(listed(getScreen())).toEqual(['◯ Lina Sjöstrand, Marks kommun']);
  });

  it('says so when no one matches, and enter then answers with what was ticked before', async () => {
    const { answer, events, getScreen } = await shown({ message: 'Who?', choices: people });
    events.keypress('space'); // ticks Carolina
    events.type('zzz');
    expect(getScreen()).toContain('no one matches');
    events.keypress('space'); // nothing to tick
    events.keypress('enter');
    await expect(answer).resolves.toEqual(['carolina-svensson']);
  });

  it('ticks the person under the cursor with space and with tab, and unticks on a second press', async () => {
    const { answer, events, getScreen } = await shown({ message: 'Who?', choices: people });
    events.keypress('space');
    events.keypress('down');
    events.keypress('tab');
    events.keypress('down');
    events.keypress('space');
    events.keypress('space'); // and off again
    const screen = getScreen();
    expect(listed(screen)).toEqual([
      '◉ Carolina Svensson, Närhälsan',
      '◉ Mattias Fehling, SÄS',
      '◯ Åsa Andergrand, Folktandvården',
      '◯ Julia Eriksson',
      '◯ Lina Sjöstrand, Marks kommun',
    ]);
    expect(screen).toMatch(/^❯◯ Åsa Andergrand/m);
    expect(screen).toContain('2 ticked');
    // Neither space nor tab became part of the search.
    expect(screen.split('\n')[0]).toMatch(/Who\?\s*$/);
    events.keypress('enter');
    await expect(answer).resolves.toEqual(['carolina-svensson', 'mattias-fehling']);
  });

  it('ticks the person found by typing, and keeps ticks made before the search', async () => {
    const { answer, events, getScreen } = await shown({ message: 'Who?', choices: people });
    events.keypress('space'); // Carolina
    events.type('julia');
    events.keypress('space');
    expect(listed(getScreen())).toEqual(['◉ Julia Eriksson']);
    expect(getScreen()).toContain('2 ticked');
    events.keypress('enter');
    await expect(answer).resolves.toEqual(['carolina-svensson', 'julia-eriksson']);
  });

  it('moves with up and down, wrapping around the shown list', async () => {
    const { events, getScreen } = await shown({ message: 'Who?', choices: people });
    events.keypress('up');
    expect(getScreen()).toMatch(/^❯◯ Lina Sjöstrand/m);
    events.keypress('down');
    expect(getScreen()).toMatch(/^❯◯ Carolina Svensson/m);
  });

  it('ticks all shown with ctrl+a, only those shown, and unticks them with a second ctrl+a', async () => {
    const { answer, events, getScreen } = await shown({ message: 'Who?', choices: people });
    events.type('kommun');
    events.keypress({ name: 'a', ctrl: true });
    expect(listed(getScreen())).toEqual(['◉ Julia Eriksson', '◉ Lina Sjöstrand, Marks kommun']);
    expect(getScreen()).toContain('2 ticked');
    events.keypress({ name: 'a', ctrl: true });
    expect(getScreen()).toContain('0 ticked');
    events.keypress({ name: 'a', ctrl: true });
    events.keypress('enter');
    await expect(answer).resolves.toEqual(['julia-eriksson', 'lina-sjostrand']);
  });

  it('answers with nothing when no one is ticked', async () => {
    const { answer, events, getScreen } = await shown({ message: 'Who?', choices: people });
    events.keypress('enter');
    await expect(answer).resolves.toEqual([]);
    expect(getScreen()).toContain('Who? 0 ticked');
  });
});

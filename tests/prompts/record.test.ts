/**
 * Recording one item in the terminal, driven through @inquirer/testing's
 * screen: each answer reaches the store as it is given, in order, and the
 * item is marked recorded last.
 */
import { screen } from '@inquirer/testing/vitest';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgendaEntry, ItemStore } from '../../src/model/recording.js';
import type { ActionData, ItemData } from '../../src/schema/meeting.js';
import { setLanguage } from '../../src/base/i18n.js';
import { itemOf } from '../helpers.js';

// These tests read sekr's English, as a user with --lang en would.
setLanguage('en');

// sekr's own notes prompt, on the same screen as inquirer's.
vi.mock('../../src/prompts/notes.js', async (importOriginal) => {
  const { wrapPrompt } = await import('@inquirer/testing/vitest');
  const actual = await importOriginal<typeof import('../../src/prompts/notes.js')>();
  return { ...actual, notes: wrapPrompt(actual.notes) };
});

// Imported after @inquirer/testing/vitest, so the prompts it uses are the screen's.
const { recordItem, chooseMove } = await import('../../src/prompts/record.js');

/** An ItemStore that writes down each call, as the file store would write the file. */
function memoryStore() {
  const calls: [string, ...unknown[]][] = [];
  const store: ItemStore = {
    setBody: (body) => calls.push(['setBody', body]),
    addDecision: (text) => calls.push(['addDecision', text]),
    addAction: (action: ActionData) => calls.push(['addAction', action]),
    addAttachment: (title) => calls.push(['addAttachment', title]),
    setActivityStatus: (status, comment) => calls.push(['setActivityStatus', status, comment]),
    setCarry: (carry) => calls.push(['setCarry', carry]),
    markRecorded: () => calls.push(['markRecorded']),
    setField: (field, value) => calls.push(['setField', field, value]),
    appendField: (field, value) => calls.push(['appendField', field, value]),
  };
  return { store, calls };
}

const item = itemOf;
const entry = (over: Partial<ItemData> = {}, label = '1'): AgendaEntry => {
  const it = item(over);
  return { path: [0], label, title: it.title, item: it };
};

/** Types a line (possibly empty) and presses enter, then waits for what comes next. */
async function answer(text: string) {
  if (text) screen.type(text);
  screen.keypress('enter');
  await screen.next();
}

/** Types a paragraph of the notes and ends it with enter: the notes prompt takes it at once and waits for the next. */
function paragraph(text: string) {
  screen.type(text);
  screen.keypress('enter');
}

let said: string[];
const context = (over: Partial<Parameters<typeof recordItem>[2]> = {}) => ({
  isProtocol: false,
  participants: [],
  say: (line: string) => said.push(line),
  ...over,
});

const editorDir = mkdtempSync(join(tmpdir(), 'sekr-editor-'));
const fakeEditor = join(editorDir, 'editor.sh');
afterAll(() => rmSync(editorDir, { recursive: true, force: true }));
writeFileSync(
  fakeEditor,
  '#!/bin/sh\nif [ "$1" = --empty ]; then : > "$2"; exit 0; fi\n{ cat "$1"; printf \'\\nTillagt i editorn.\\n\\n\\n\'; } > "$1.new" && mv "$1.new" "$1"\n',
);
chmodSync(fakeEditor, 0o755);

const saved: Record<string, string | undefined> = {};
beforeEach(() => {
  said = [];
  for (const k of ['VISUAL', 'EDITOR']) {
    saved[k] = process.env[k];
    delete process.env[k];
  }
});
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe('recordItem', { timeout: 20_000 }, () => {
  it('asks notes, decisions, action points, attachments and carry, storing each answer as it comes', async () => {
    const { store, calls } = memoryStore();
    const done = recordItem(entry({ title: 'Mötets öppnande' }), store, context());

    expect(screen.getScreen()).toContain('Notes (one paragraph a line; an empty line when done)');
    paragraph('Ordförande hälsar välkommen.');
    // Stored before the next question is even answered.
    expect(calls).toEqual([['setBody', 'Ordförande hälsar välkommen.\n']]);
    expect(screen.getScreen()).toContain('│ Ordförande hälsar välkommen.');
    paragraph('Presentationsrunda.');
    expect(calls.at(-1)).toEqual(['setBody', 'Ordförande hälsar välkommen.\n\nPresentationsrunda.\n']);
    // Backspace on the empty line takes the last paragraph back, to be changed.
    screen.keypress('backspace');
    expect(calls.at(-1)).toEqual(['setBody', 'Ordförande hälsar välkommen.\n']);
    screen.keypress('backspace');
    screen.type('!');
    screen.keypress('enter');
    expect(calls.at(-1)).toEqual(['setBody', 'Ordförande hälsar välkommen.\n\nPresentationsrunda!\n']);
    await answer('');

    expect(screen.getScreen()).toContain('Decision (empty when there is none, or no more)');
    await answer('Dagordningen godkänns.');
    expect(calls.at(-1)).toEqual(['addDecision', 'Dagordningen godkänns.']);
    await answer('');

    expect(screen.getScreen()).toContain('Action point: what is to be done?');
    await answer('Skicka ut anteckningarna');
    expect(screen.getScreen()).toContain('Who does it?');
    await answer('anna-lena-hardtmann');
    expect(screen.getScreen()).toContain('By when?');
    await answer('2026-10-01');
    expect(calls.at(-1)).toEqual(['addAction', { who: 'anna-lena-hardtmann', what: 'Skicka ut anteckningarna', due: '2026-10-01' }]);
    await answer('Boka lokal');
    await answer('Carolina Svensson');
    await answer(''); // no date
    expect(calls.at(-1)).toEqual(['addAction', { who: 'Carolina Svensson', what: 'Boka lokal' }]);
    await answer('');

    expect(screen.getScreen()).toContain('Attachment (its title');
    await answer('Presentation');
    await answer('');

    expect(screen.getScreen()).toContain('Carry this item to the next meeting?');
    screen.type('y');
    screen.keypress('enter');
    await done;

    expect(calls.map((c) => c[0])).toEqual([
      'setBody',
      'setBody',
      'setBody',
      'setBody',
      'addDecision',
      'addAction',
      'addAction',
      'addAttachment',
      'setCarry',
      'markRecorded',
    ]);
    expect(calls).toContainEqual(['addAttachment', 'Presentation']);
    expect(calls).toContainEqual(['setCarry', true]);
    expect(calls.at(-1)).toEqual(['markRecorded']);
  });

  it('with every answer empty stores nothing but that the item is recorded', async () => {
    const { store, calls } = memoryStore();
    const done = recordItem(entry(), store, context());
    for (let i = 0; i < 4; i++) await answer(''); // notes, decision, action, attachment
    expect(screen.getScreen()).toContain('Carry this item to the next meeting?');
    screen.keypress('enter'); // the default: no
    await done;
    expect(calls).toEqual([['markRecorded']]);
  });

  it('refuses an action point without someone to do it, and a due date that is not a date', async () => {
    const { store, calls } = memoryStore();
    const done = recordItem(entry(), store, context());
    await answer('');
    await answer('');
    await answer('Ringa kommunen');
    await answer(''); // who: empty
    expect(screen.getScreen()).toContain('someone has to do it');
    await answer('nina-landstrom');
    await answer('2026-02-30');
    expect(screen.getScreen()).toContain('a date as yyyy-mm-dd');
    for (let i = 0; i < 10; i++) screen.keypress('backspace');
    await answer('2026-03-01');
    expect(calls.at(-1)).toEqual(['addAction', { who: 'nina-landstrom', what: 'Ringa kommunen', due: '2026-03-01' }]);
    await answer('');
    await answer('');
    screen.keypress('enter');
    await done;
    expect(calls.filter((c) => c[0] === 'addAction')).toHaveLength(1);
  });

  it('shows what was recorded before and adds to it: notes go on after the earlier ones', async () => {
    const { store, calls } = memoryStore();
    const done = recordItem(
      entry({ body: 'Första stycket.\n', decisions: ['Noteras.'], actions: [{ who: 'nina-landstrom', what: 'Återkoppla', due: '2026-04-30' }] }),
      store,
      context(),
    );
    expect(said).toContain('  notes so far:\n    Första stycket.');
    paragraph('Andra stycket.');
    expect(calls.at(-1)).toEqual(['setBody', 'Första stycket.\n\nAndra stycket.\n']);
    await answer('');
    expect(said).toContain('  decision so far: Noteras.');
    await answer('');
    expect(said).toContain('  action point so far: nina-landstrom: Återkoppla (by 2026-04-30)');
    await answer('');
    await answer('');
    screen.keypress('enter');
    await done;
    expect(calls.map((c) => c[0])).toEqual(['setBody', 'markRecorded']);
  });

  it('asks the status of a linked activity, starting from the plan, with a comment', async () => {
    const { store, calls } = memoryStore();
    const done = recordItem(
      entry({ title: 'Fortsatt införande av aktivitetslots', activity: 'aktivitetslots' }, '3.2'),
      store,
      context({ planStatus: 'not-started' }),
    );
    for (let i = 0; i < 4; i++) await answer('');
    const asked = screen.getScreen();
    expect(asked).toContain("Status of the activity 'aktivitetslots'");
    expect(asked).toMatch(/❯ not started/);
    screen.keypress('down'); // ongoing
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Comment on the status');
    await answer('Pilot i Borås');
    expect(calls.at(-1)).toEqual(['setActivityStatus', 'ongoing', 'Pilot i Borås']);
    screen.keypress('enter');
    await done;
    expect(calls.at(-1)).toEqual(['markRecorded']);
  });

  it('stores no carry when the answer is what the item had, and takes the carry off when answered no', async () => {
    const { store, calls } = memoryStore();
    const done = recordItem(entry({ carry: true }), store, context());
    for (let i = 0; i < 4; i++) await answer('');
    expect(screen.getScreen()).toMatch(/Carry this item to the next meeting\? \(Y\/n\)/);
    screen.type('n');
    screen.keypress('enter');
    await done;
    expect(calls).toEqual([['setCarry', false], ['markRecorded']]);
  });

  it('in a protocol, asks for proposals and an open vote of those who may vote, after the decisions', async () => {
    const { store, calls } = memoryStore();
    const participants = [
      { id: 'nina-landstrom', name: 'Nina Landström', voter: true },
      { id: 'tina-isaksson', name: 'Tina Isaksson', voter: true },
      { id: 'lars-paulsson', name: 'Lars Paulsson', voter: false },
    ];
    const done = recordItem(entry({ title: 'Ungdomsmottagningarna' }, '§ 26'), store, context({ isProtocol: true, participants }));
    await answer('');
    await answer('Styrgruppen beslutar enligt förslaget.');
    await answer('');
    expect(screen.getScreen()).toContain('Anything more for this paragraph?');
    screen.keypress('down'); // a proposal
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Who proposes?');
    screen.keypress('down'); // Tina
    screen.keypress('enter');
    await screen.next();
    await answer('Återremiss');
    expect(calls.at(-1)).toEqual(['appendField', 'proposals', { by: 'tina-isaksson', text: 'Återremiss' }]);

    expect(screen.getScreen()).toContain('Anything more for this paragraph?');
    for (let i = 0; i < 3; i++) screen.keypress('down'); // an open vote
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('The question put to the vote');
    await answer('Ska ärendet avgöras i dag?');
    expect(screen.getScreen()).toContain('Nina Landström votes');
    screen.keypress('enter'); // ja
    await screen.next();
    expect(screen.getScreen()).toContain('Tina Isaksson votes');
    screen.keypress('down'); // nej
    screen.keypress('enter');
    await screen.next();
    // Lars Paulsson is a guest: he is not asked. A tie: the chair's casting vote settles it.
    expect(screen.getScreen()).toContain("A tie: the chair's casting vote");
    screen.keypress('enter'); // ja
    await screen.next();
    expect(screen.getScreen()).toContain('Anything more for this paragraph?');
    const first = { question: 'Ska ärendet avgöras i dag?', votes: { 'nina-landstrom': 'ja', 'tina-isaksson': 'nej' }, castingVote: 'ja' };
    expect(calls.at(-1)).toEqual(['setField', 'vote', first]);
    expect(said).toContain('  result: 1 ja, 1 nej, 0 avstår');

    // A second vote of the same paragraph: both go under votes:, in order.
    for (let i = 0; i < 3; i++) screen.keypress('down');
    screen.keypress('enter');
    await screen.next();
    await answer('');
    screen.keypress('enter'); // ja
    await screen.next();
    screen.keypress('enter'); // ja
    await screen.next();
    expect(screen.getScreen()).toContain('Anything more for this paragraph?');
    expect(calls.slice(-2)).toEqual([
      ['setField', 'vote', undefined],
      ['setField', 'votes', [first, { votes: { 'nina-landstrom': 'ja', 'tina-isaksson': 'ja' } }]],
    ]);
    screen.keypress('enter'); // no, go on
    await screen.next();
    await answer('');
    await answer('');
    screen.keypress('enter');
    await done;
    expect(calls.map((c) => c[0])).toEqual(['addDecision', 'appendField', 'setField', 'setField', 'setField', 'markRecorded']);
  });

  it('takes the notes from $EDITOR when one is set, starting from the notes so far', async () => {
    // A stand-in editor: keeps the file's text and adds a paragraph and some blank lines.
    process.env.EDITOR = fakeEditor;
    const { store, calls } = memoryStore();
    const done = recordItem(entry({ body: 'Gammalt.\n' }), store, context());
    await vi.waitFor(() => expect(calls[0]).toEqual(['setBody', 'Gammalt.\n\nTillagt i editorn.\n']), { timeout: 10_000 });
    await vi.waitFor(() => expect(screen.getScreen()).toContain('Decision'), { timeout: 10_000 });
    for (let i = 0; i < 3; i++) await answer(''); // decision, action point, attachment
    expect(screen.getScreen()).toContain('Carry this item');
    screen.keypress('enter');
    await done;
    expect(calls.map((c) => c[0])).toEqual(['setBody', 'markRecorded']);
  });

  it('removes the notes when they are emptied in the editor', async () => {
    process.env.VISUAL = `${fakeEditor} --empty`;
    const { store, calls } = memoryStore();
    const done = recordItem(entry({ body: 'Gammalt.\n' }), store, context());
    await vi.waitFor(() => expect(calls[0]).toEqual(['setBody', undefined]), { timeout: 10_000 });
    await vi.waitFor(() => expect(screen.getScreen()).toContain('Decision'), { timeout: 10_000 });
    for (let i = 0; i < 3; i++) await answer(''); // decision, action point, attachment
    expect(screen.getScreen()).toContain('Carry this item');
    screen.keypress('enter');
    await done;
  });

  it('names $EDITOR or $VISUAL, and what to do, when it is no program that can be started; nothing is stored', async () => {
    process.env.EDITOR = 'no-such-editor --wait';
    const { store, calls } = memoryStore();
    await expect(recordItem(entry({ body: 'Gammalt.\n' }), store, context())).rejects.toMatchObject({
      name: 'SekrError',
      exitCode: 2,
      message: "$EDITOR is 'no-such-editor --wait', and there is no program 'no-such-editor' here to write the notes in",
      hint: 'install it, set EDITOR to an editor you have (e.g. export EDITOR=nano), or unset EDITOR to write the notes in the terminal',
    });
    process.env.VISUAL = join(editorDir, 'missing.sh');
    await expect(recordItem(entry(), store, context())).rejects.toMatchObject({ message: expect.stringMatching(/^\$VISUAL is /) });
    expect(calls).toEqual([]);
  });
});

describe('chooseMove', { timeout: 20_000 }, () => {
  const entries: AgendaEntry[] = [
    { ...entry({ title: 'Mötets öppnande', recorded: true }, '1') },
    { ...entry({ title: 'Aktiviteter 2026' }, '2'), path: [1] },
    { ...entry({ title: 'Övrigt' }, '3'), path: [2] },
  ];

  it('shows the item, its place and whether it is recorded, and records by default', async () => {
    const move = chooseMove(entries, 0);
    const shown = screen.getScreen();
    expect(shown).toContain('1 (1/3) Mötets öppnande (recorded)');
    expect(shown).toMatch(/❯ record more/);
    screen.keypress('enter');
    await expect(move).resolves.toEqual({ kind: 'record' });
  });

  it('goes to another item, marking those recorded', async () => {
    const move = chooseMove(entries, 1);
    expect(screen.getScreen()).toContain('2 (2/3) Aktiviteter 2026');
    expect(screen.getScreen()).toMatch(/❯ record$/m);
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('enter');
    await screen.next();
    const list = screen.getScreen();
    expect(list).toContain('Go to');
    expect(list).toContain('1 Mötets öppnande  ✓');
    expect(list).toMatch(/❯ 2 Aktiviteter 2026$/m);
    screen.keypress('down');
    screen.keypress('enter');
    await expect(move).resolves.toEqual({ kind: 'goto', index: 2 });
  });
});

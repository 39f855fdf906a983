/**
 * `sekr record` in a real terminal (tmux): answers are in the file as soon as
 * they are given, a session killed mid-item leaves a valid file and a stale
 * lock that the next session takes over, and recording goes on where it was.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sekr, workspace } from '../helpers.js';
import { requireTmux, Tmux } from './fixtures/tmux.js';

const NOTES = 'strategi-for-halsa/2026-09-11';
const terminals: Tmux[] = [];

beforeAll(() => requireTmux());
afterAll(() => {
  for (const t of terminals) t.kill();
});

/** A workspace with the meeting's agenda, and a terminal of its own. */
function setUp(ref: string) {
  const ws = workspace();
  const [group, date] = ref.split('/') as [string, string];
  const r = sekr(['agenda', group, '--date', date], { cwd: ws });
  expect(r.code, r.stderr).toBe(0);
  const term = new Tmux(join(ws, 'tmux.sock'));
  terminals.push(term);
  const file = join(ws, 'data/meetings', `${ref}.yaml`);
  return { ws, term, file, lock: `${file}.lock` };
}

/** sekr record (or another command) as a user starts it: a terminal, no CI, no colours. */
function record(term: Tmux, ws: string, ref: string, command = 'record', env: Record<string, string> = {}) {
  term.sekr([command, ref], ws, 'en', env);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('sekr record in a terminal', () => {
  it('saves every answer at once, survives being killed, and goes on from the stale lock where it stopped', async () => {
    const { ws, term, file, lock } = setUp(NOTES);
    record(term, ws, NOTES);

    await term.waitForPrompt('1 (1/11) Mötets öppnande');
    expect(term.screen()).toMatch(/^❯ record$/m);
    term.keys('Enter');
    await term.waitForPrompt('Notes (one paragraph a line; an empty line when done)');
    term.type('Ordförande hälsar alla välkomna.');
    term.keys('Enter');
    await term.waitFor('the note in the file', () => readFileSync(file, 'utf8').includes('Ordförande hälsar alla välkomna.'));
    await term.waitForPrompt('Notes');
    expect(term.prompt()).not.toContain('välkomna');
    term.keys('Enter'); // no more notes
    await term.answer('Decision (empty when there is none, or no more)', 'Mötet öppnas.');
    await term.waitFor('the decision in the file', () => readFileSync(file, 'utf8').includes('Mötet öppnas.'));

    // The session dies mid-item, as when the laptop's battery runs out.
    const holder = JSON.parse(readFileSync(lock, 'utf8'));
    expect(holder).toMatchObject({ command: 'sekr record' });
    process.kill(holder.pid, 'SIGKILL');
    expect(await term.waitForExit()).toBe(137);
    await term.waitFor(`process ${holder.pid} to be gone`, () => !alive(holder.pid));

    // What was answered is in the file, which is valid; the lock stays behind, stale.
    const v = sekr(['validate'], { cwd: ws });
    expect(v.code, v.stdout + v.stderr).toBe(0);
    let meeting = parse(readFileSync(file, 'utf8'));
    expect(meeting.status).toBe('held');
    expect(meeting.items[0]).toEqual({ title: 'Mötets öppnande', body: 'Ordförande hälsar alla välkomna.\n', decisions: ['Mötet öppnas.'] });
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(holder.pid);

    // The next session takes the stale lock over and starts at the item not yet recorded.
    record(term, ws, NOTES);
    await term.waitForPrompt('1 (1/11) Mötets öppnande');
    expect(term.screen()).toContain(`took over a stale lock: process ${holder.pid} (sekr record, since ${holder.since}) is gone`);
    expect(term.prompt()).not.toContain('(recorded)');
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).not.toBe(holder.pid);

    term.keys('Enter'); // record
    await term.waitForPrompt('Notes');
    expect(term.screen()).toContain('notes so far:\n    Ordförande hälsar alla välkomna.');
    term.keys('Enter'); // nothing to add
    await term.waitForPrompt('Decision');
    expect(term.screen()).toContain('decision so far: Mötet öppnas.');
    term.keys('Enter');
    await term.answer('Action point: what is to be done?');
    await term.answer('Attachment (its title');
    await term.waitForPrompt('Carry this item to the next meeting?');
    expect(term.prompt()).toContain('(y/N)');
    term.keys('Enter'); // the default: no
    await term.waitForPrompt('2 (2/11) Godkännande av dagordningen och föregående mötesanteckning');
    expect(term.screen()).toContain('✔ Carry this item to the next meeting? No');

    meeting = parse(readFileSync(file, 'utf8'));
    expect(meeting.items[0]).toEqual({ title: 'Mötets öppnande', body: 'Ordförande hälsar alla välkomna.\n', decisions: ['Mötet öppnas.'], recorded: true });
    expect(meeting.items[1].recorded).toBeUndefined();

    // Ctrl-C stops: exit 130, saying that the answers are saved; the lock is given up.
    term.keys('C-c');
    expect(await term.waitForExit()).toBe(130);
    expect(term.screen()).toContain(`stopped: every answer given is saved in data/meetings/${NOTES}.yaml; \`sekr record ${NOTES}\` goes on where you left off`);
    expect(existsSync(lock)).toBe(false);
    expect(sekr(['validate'], { cwd: ws }).code).toBe(0);

    // Started again, it resumes at the first item not recorded.
    record(term, ws, NOTES);
    await term.waitForPrompt('2 (2/11) Godkännande av dagordningen');
    expect(term.screen()).toContain('resuming at 2 Godkännande av dagordningen och föregående mötesanteckning');
    expect(term.screen()).not.toContain('took over');
    term.keys('C-c');
    expect(await term.waitForExit()).toBe(130);
  });

  it('writes the notes in the terminal without $EDITOR, in $EDITOR when it is set, and names an $EDITOR that cannot be started', async () => {
    const { ws, term, file } = setUp(NOTES);
    // No EDITOR: the notes are written in the terminal, paragraph by paragraph.
    record(term, ws, NOTES);
    await term.answer('1 (1/11) Mötets öppnande');
    await term.waitForPrompt('Notes (one paragraph a line; an empty line when done)');
    term.type('Skrivet i terminalen.');
    term.keys('Enter');
    await term.waitFor('the paragraph in the file', () => readFileSync(file, 'utf8').includes('Skrivet i terminalen.'));
    term.keys('C-c');
    expect(await term.waitForExit()).toBe(130);

    // An EDITOR that is no program: exit 2, the variable named, no stack; the file as it was.
    const before = readFileSync(file, 'utf8');
    record(term, ws, NOTES, 'record', { EDITOR: 'no-such-editor' });
    await term.answer('1 (1/11) Mötets öppnande');
    expect(await term.waitForExit()).toBe(2);
    const screen = term.screen();
    expect(screen).toContain("$EDITOR is 'no-such-editor', and there is no program 'no-such-editor' here to write the notes in");
    expect(screen).toContain('unset EDITOR to write the notes in the terminal');
    expect(screen).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe(before);

    // A real editor (a script standing in for one): what it writes becomes the notes.
    const editor = join(ws, 'editor.sh');
    writeFileSync(editor, '#!/bin/sh\nprintf "Skrivet i editorn.\\n" > "$1"\n', { mode: 0o755 });
    record(term, ws, NOTES, 'record', { EDITOR: editor });
    await term.answer('1 (1/11) Mötets öppnande');
    await term.waitFor('the editor’s notes in the file', () => readFileSync(file, 'utf8').includes('Skrivet i editorn.'));
    term.keys('C-c');
    expect(await term.waitForExit()).toBe(130);
    expect(parse(readFileSync(file, 'utf8')).items[0].body).toBe('Skrivet i editorn.\n');
  });

  it('records an action point and the status of a linked activity, and finishes when asked', async () => {
    const { ws, term, file, lock } = setUp(NOTES);
    record(term, ws, NOTES);
    await term.waitForPrompt('1 (1/11) Mötets öppnande');
    // Go to 3.2 through the menu.
    term.keys('Down', 'Down', 'Enter');
    await term.waitForPrompt('Go to');
    for (let i = 0; i < 4; i++) term.keys('Down');
    await term.waitFor('the cursor on 3.2', () => /^❯ 3\.2 Fortsatt införande av aktivitetslots$/m.test(term.screen()));
    term.keys('Enter');
    await term.answer('3.2 (5/11) Fortsatt införande av aktivitetslots');
    await term.answer('Notes');
    await term.answer('Decision');
    await term.answer('Action point: what is to be done?', 'Sammanställ erfarenheterna');
    await term.answer('Who does it?', 'carolina-svensson');
    await term.answer('By when?', '2026-13-01');
    await term.waitFor('the date refused', () => term.screen().includes('a date as yyyy-mm-dd, e.g. 2026-10-30'));
    for (let i = 0; i < 10; i++) term.keys('BSpace');
    term.type('2026-10-30');
    term.keys('Enter');
    await term.answer('Action point: what is to be done?');
    await term.answer('Attachment');
    await term.waitForPrompt("Status of the activity 'aktivitetslots'");
    expect(term.screen()).toMatch(/^❯ ongoing$/m); // the plan's status
    term.keys('Down', 'Enter'); // done
    await term.answer('Comment on the status', 'Tre kommuner i gång');
    await term.answer('Carry this item', 'y');
    await term.waitForPrompt('3.3 (6/11)');
    // Finish for now.
    for (let i = 0; i < 4; i++) term.keys('Down');
    await term.waitFor('the cursor on finish', () => /^❯ finish for now$/m.test(term.screen()));
    term.keys('Enter');
    expect(await term.waitForExit()).toBe(0);
    expect(term.screen()).toContain(`saved in data/meetings/${NOTES}.yaml; render it with \`sekr render ${NOTES}\``);
    expect(existsSync(lock)).toBe(false);

    const sub = parse(readFileSync(file, 'utf8')).items[2].items[1];
    expect(sub).toMatchObject({
      title: 'Fortsatt införande av aktivitetslots',
      activity: 'aktivitetslots',
      actions: [{ who: 'carolina-svensson', what: 'Sammanställ erfarenheterna', due: '2026-10-30' }],
      activityStatus: { status: 'done', comment: 'Tre kommuner i gång' },
      carry: true,
      recorded: true,
    });
    expect(sekr(['validate'], { cwd: ws }).code).toBe(0);
    const actions = sekr(['actions', '--json', '--person', 'carolina'], { cwd: ws, env: { SEKR_TODAY: '2026-11-22' } });
    expect(JSON.parse(actions.stdout)).toContainEqual(expect.objectContaining({ what: 'Sammanställ erfarenheterna', item: '3.2', overdue: true }));
  });

  // BUG (src/commands/record.ts): on a protocol whose attendance is not yet recorded, `sekr record`
  // first writes `status: held` (setInMeeting, unchecked), then re-reads the meeting, which now
  // fails the check "a protocol is signed by an adjuster: no adjuster is named": record exits 2
  // and leaves a file that `sekr validate` rejects (it was valid before).
  it('leaves a protocol without attendance valid', async () => {
    const ref = 'styrgrupp-narvard/2026-03-27';
    const { ws, term } = setUp(ref);
    expect(sekr(['validate'], { cwd: ws }).code).toBe(0);
    record(term, ws, ref);
    await term.waitFor('the first paragraph or the end', () => term.prompt().includes('§ 22 (1/') || term.exitCode() !== undefined);
    if (term.exitCode() === undefined) term.keys('C-c');
    await term.waitForExit();
    const v = sekr(['validate'], { cwd: ws });
    expect(v.code, v.stdout).toBe(0);
  });
});

describe('sekr attendance in a terminal', () => {
  const WHO = 'Who is present at Uppdragsgrupp Strategi för hälsa?';

  it('ticks who is present by searching, adds a guest by name, and asks the chair and the secretary', async () => {
    const { ws, term, file, lock } = setUp(NOTES);
    record(term, ws, NOTES, 'attendance');
    await term.waitForPrompt(WHO);
    expect(term.screen()).toContain('19 ticked'); // a fresh roll call starts with everyone ticked
    term.type('julia');
    await term.waitFor(
      'the search to narrow to Julia',
      () => /^❯◉ Julia Eriksson, Tranemo kommun$/m.test(term.screen()) && !term.screen().includes('Carolina'),
    );
    term.keys('Space');
    await term.waitFor('Julia unticked', () => /^❯◯ Julia Eriksson/m.test(term.screen()) && term.screen().includes('18 ticked'));
    for (let i = 0; i < 5; i++) term.keys('BSpace');
    await term.waitFor('the search cleared', () => /hälsa\?\s*$/.test(term.prompt()) && term.screen().includes('Carolina Svensson'));
    term.keys('Enter');

    await term.answer('Add a guest (adjungerad for the day)?', 'y');
    await term.waitForPrompt('Guest (type to search the registry)');
    term.type('zzz');
    await term.waitFor('only "someone not in the registry"', () => /^❯ someone not in the registry…$/m.test(term.screen()));
    term.keys('Enter');
    await term.answer('Name', 'Eva Ek');
    await term.answer('Organisation (may be empty)', 'Borås kommun');
    await term.answer('1 guest(s) so far. Add another guest?'); // no

    await term.waitForPrompt('Chair of the meeting');
    expect(term.screen()).toMatch(/^❯ Carolina Svensson, Närhälsan$/m);
    expect(term.screen()).not.toContain('Julia Eriksson, Tranemo kommun');
    term.keys('Enter');
    await term.waitForPrompt('Secretary');
    expect(term.screen()).toMatch(/^❯ Anna-Lena Hardtmann, Närvårdssamverkan$/m);
    term.keys('Enter');
    expect(await term.waitForExit()).toBe(0);
    expect(term.screen()).toContain('saved the attendance of Uppdragsgrupp Strategi för hälsa 2026-09-11: 19 present, 1 absent; chair Carolina Svensson');
    expect(existsSync(lock)).toBe(false);

    const m = parse(readFileSync(file, 'utf8'));
    expect(m.attendance.absent).toEqual(['julia-eriksson']);
    expect(m.attendance.present).toHaveLength(19);
    expect(m.attendance.present.at(-1)).toEqual({ name: 'Eva Ek', organisation: 'Borås kommun' });
    expect(m).toMatchObject({ status: 'held', chair: 'carolina-svensson', secretary: 'anna-lena-hardtmann' });
    expect(sekr(['validate'], { cwd: ws }).code).toBe(0);
  });

  // BUG (src/prompts/attendance.ts with src/commands/attendance.ts `save`): every step is saved
  // through editChecked, and a held protocol must name an adjuster; the adjuster is asked last, so
  // the save after the very first question fails: "a protocol is signed by an adjuster: no adjuster
  // is named", exit 2. The roll call of a protocol without an adjuster cannot be taken in the terminal.
  it('takes the roll call of a protocol: the substitute for an absent member, then chair and adjuster', async () => {
    const ref = 'styrgrupp-narvard/2026-03-27';
    const { ws, term } = setUp(ref);
    record(term, ws, ref, 'attendance');
    await term.waitForPrompt('Who is present at Styrgrupp närvård?');
    term.type('svensson');
    await term.waitFor('the search to narrow to Per Svensson', () => /^❯◉ Per Svensson/m.test(term.screen()));
    term.keys('Space');
    await term.waitFor('Per unticked', () => /^❯◯ Per Svensson/m.test(term.screen()));
    term.keys('Enter');
    await term.waitFor('the next question or the end', () => term.prompt().includes('Per Svensson is absent: who stands in?') || term.exitCode() !== undefined);
    expect(term.exitCode(), term.screen()).toBeUndefined();
    expect(term.screen()).toMatch(/^❯ Lena Axelsson.*\(ersättare\)$/m);
    term.keys('C-c');
    expect(await term.waitForExit()).toBe(130);
  });

  // BUG (same place): a chair recorded before who is now unticked makes the save after the first
  // question fail ("the chair, Carolina Svensson, is not present", exit 2) instead of going on to
  // "Chair of the meeting", which would offer those present.
  it('asks for another chair when the chair recorded before is unticked', async () => {
    const { ws, term } = setUp(NOTES);
    expect(sekr(['attendance', NOTES, '--all-present', '--chair', 'carolina-svensson'], { cwd: ws }).code).toBe(0);
    record(term, ws, NOTES, 'attendance');
    await term.waitForPrompt(WHO);
    term.type('carolina');
    await term.waitFor('the search to narrow to the Carolinas', () => /^❯◉ Carolina Svensson/m.test(term.screen()));
    term.keys('Space');
    await term.waitFor('Carolina Svensson unticked', () => /^❯◯ Carolina Svensson/m.test(term.screen()));
    term.keys('Enter');
    await term.waitFor('the next question or the end', () => term.prompt().includes('Add a guest') || term.exitCode() !== undefined);
    expect(term.exitCode(), term.screen()).toBeUndefined();
    term.keys('Enter');
    await term.waitForPrompt('Chair of the meeting');
    expect(term.screen()).not.toContain('Carolina Svensson, Närhälsan');
    term.keys('C-c');
    expect(await term.waitForExit()).toBe(130);
  });

  // BUG (src/prompts/search-checkbox.ts): ctrl+a also reaches readline, which moves the cursor to the
  // start of the search text; what is typed or erased next goes in front of it ("kommun", ctrl+a,
  // then typing "x" gives "xkommun"). Space and tab put the text back (clearLine + write); ctrl+a does not.
  it('keeps the cursor at the end of the search after ctrl+a, so backspace erases the search', async () => {
    const { ws, term } = setUp(NOTES);
    record(term, ws, NOTES, 'attendance');
    await term.waitForPrompt(WHO);
    term.type('kommun');
    await term.waitFor('the search to narrow', () => term.screen().includes('Andreas Lindgren') && !term.screen().includes('Carolina'));
    term.keys('C-a');
    await term.waitFor('the shown unticked', () => term.screen().includes('10 ticked'));
    for (let i = 0; i < 6; i++) term.keys('BSpace');
    term.type('carolina');
    await term.waitFor('the search to change', () => term.prompt().includes('carolina') || term.screen().includes('no one matches'));
    expect(term.prompt()).toMatch(/hälsa\? carolina\s*$/);
    expect(term.screen()).toContain('Carolina Svensson');
    term.keys('C-c');
    expect(await term.waitForExit()).toBe(130);
  });
});

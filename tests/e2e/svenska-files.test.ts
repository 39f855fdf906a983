/**
 * What a Swedish secretary sees by default of the data files: a YAML file that cannot be read,
 * a field that is wrong, a meeting another session is changing, a meeting or data folder
 * that is not there. Each in Swedish, at its file:line:col, with how to fix it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sekr, workspace } from '../helpers.js';

const SV = { LANG: 'sv_SE.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined };
const REG = 'data/registry.yaml';
const MEETING = 'data/meetings/styrgrupp-narvard/2026-03-27.yaml';

function edit(ws: string, file: string, change: (text: string) => string): void {
  const path = join(ws, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

const lineOf = (ws: string, file: string, needle: string) =>
  readFileSync(join(ws, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;

describe('the data files, in Swedish by default', () => {
  it('tells a YAML syntax error and git conflict markers in Swedish, at their line', () => {
    const ws = workspace();
    edit(ws, MEETING, (text) => `${text}meeting:\n\tdate: 2026-01-01\n`);
    const r = sekr(['validate'], { cwd: ws, env: SV });
    expect(r.code).toBe(2);
    const tab = lineOf(ws, MEETING, '\tdate');
    expect(r.stdout).toContain(`${MEETING}:${tab}:1  YAML: tabbtecken som indrag  (dra in med mellanslag, inte tabbar)`);
    expect(r.stdout).toMatch(
      /YAML: nyckeln finns redan i den här mappningen {2}\(en nyckel får bara finnas en gång i en mappning: ta bort eller byt namn på den ena\)/,
    );

    const ws2 = workspace();
    edit(ws2, MEETING, (text) => `${text}<<<<<<< HEAD\nplace: A\n=======\nplace: B\n>>>>>>> main\n`);
    const c = sekr(['validate'], { cwd: ws2, env: SV });
    expect(c.code).toBe(2);
    const first = lineOf(ws2, MEETING, '<<<<<<<');
    expect(c.stdout).toContain(
      `${MEETING}:${first}:1  sammanslagningskonflikt: gits markeringar på raderna ${first}, ${first + 2}, ${first + 4}  ` +
        '(behåll rätt version mellan <<<<<<< och >>>>>>>, ta bort markeringsraderna och kör sedan git add på filen)',
    );
  });

  it('tells what is wrong with a field in Swedish: an unknown field, a missing one, a value out of range', () => {
    const ws = workspace();
    edit(ws, REG, (text) =>
      text
        .replace('regionShare: 0.5', 'regionShare: 0.5\n    colour: blue')
        .replace('{ id: bollebygd, name: Bollebygd, population: 9790,', '{ id: bollebygd, name: Bollebygd,')
        .replace('      every: month\n', '      every: month\n      skipMonths: [0, 7]\n'),
    );
    const r = sekr(['validate'], { cwd: ws, env: SV });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      `${REG}:${lineOf(ws, REG, 'colour:')}:5  okänt fält 'colour' i organisation.financing  (fälten här är: feePerInhabitant, regionShare)`,
    );
    expect(r.stdout).toContain(`${REG}:${lineOf(ws, REG, 'id: bollebygd')}:5  fältet 'population' saknas i municipalities[0]  (lägg till population:`);
    expect(r.stdout).toContain(`${REG}:${lineOf(ws, REG, 'skipMonths')}:20  groups[2].defaults.skipMonths[0]: värdet ska vara minst 1, fick 0`);
    expect(r.stdout).not.toMatch(/unknown field|missing field|Too small/);
  });

  it('refuses a meeting another session is changing, naming it and how to get out of it, in Swedish (exit 1)', () => {
    const ws = workspace();
    const file = join(ws, MEETING);
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), command: 'sekr record', since: '2026-03-27T09:05:00.000Z' }));
    const before = readFileSync(file);
    const r = sekr(['attendance', 'styrgrupp-narvard/2026-03-27', '--all-present'], { cwd: ws, env: SV });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${MEETING} ändras just nu av \`sekr record\` (process ${process.pid}, sedan 2026-03-27T09:05:00.000Z)`);
    expect(r.stderr).toContain(`(avsluta den sessionen först; om den är borta för gott, ta bort ${MEETING}.lock)`);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('says in Swedish when a meeting or the data folder is not there, with the one meant', () => {
    const ws = workspace();
    const r = sekr(['render', 'styrgrup-narvard/2026-02-27'], { cwd: ws, env: SV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "inget möte styrgrup-narvard/2026-02-27: data/meetings/styrgrup-narvard/2026-02-27.yaml finns inte  (menade du 'styrgrupp-narvard'?)",
    );
    const d = sekr(['render', 'styrgrupp-narvard/2026-02-30'], { cwd: ws, env: SV });
    expect(d.stderr).toContain(
      'inget möte styrgrupp-narvard/2026-02-30: 2026-02-30 är inget datum  (ange mötet som grupp/åååå-mm-dd, med en dag som finns i månaden)',
    );
    const none = sekr(['validate', '--data', join(ws, 'nowhere')], { cwd: ws, env: SV });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('ingen registry.yaml i nowhere');
    expect(none.stderr).toContain('`sekr init MAPP` skapar en ny');
  });

  it('speaks English with --lang en', () => {
    const ws = workspace();
    const r = sekr(['--lang', 'en', 'render', 'styrgrupp-narvard/2026-02-30'], { cwd: ws, env: SV });
    expect(r.stderr).toContain(
      'no meeting styrgrupp-narvard/2026-02-30: 2026-02-30 is not a date  (give the meeting as group/yyyy-mm-dd, with a day the month has)',
    );
  });
});

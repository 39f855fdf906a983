/**
 * What a Swedish secretary sees of the meeting commands by default: the status table, the planned
 * year, refusals with their hints, and the questions of `sekr record` in a real terminal, in the
 * words of the documents. The real binary, a locale of sv_SE, on a copy of the bundled data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sekr, workspace } from '../helpers.js';
import { requireTmux, Tmux } from './fixtures/tmux.js';

const SV = { LANG: 'sv_SE.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
const svenska = (args: string[], cwd: string, env: Record<string, string> = {}) => sekr(args, { cwd, env: { ...SV, ...env } });

const terminals: Tmux[] = [];
afterAll(() => {
  for (const t of terminals) t.kill();
});

describe('the meeting commands in Swedish', () => {
  it('sekr status: headings, status words and next steps in Swedish; --json keeps its values', () => {
    const ws = workspace();
    const r = svenska(['status'], ws, { SEKR_TODAY: '2026-03-20' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^datum\s+grupp\s+status\s+nästa steg$/m);
    expect(r.stdout).toMatch(/^2026-02-27\s+Styrgrupp närvård\s+utkast\s+skicka protokollsutkastet \(sekr send\)$/m);
    expect(r.stdout).toContain('försenat: inte justerat inom 14 dagar (senast 2026-03-13)');
    expect(r.stdout).toMatch(/^2026-05-22\s+Uppdragsgrupp Strategi för hälsa\s+godkänt \(slutligt\)\s+publicera det \(sekr publish\)$/m);
    expect(r.stdout).toMatch(/^2026-03-27\s+Styrgrupp närvård\s+planerat\s+/m);
    expect(r.stdout).toMatch(/^4 möten, 1 försenat \(per 2026-03-20\)$/m);
    // What machines read stays as it is.
    const json = JSON.parse(svenska(['status', '--json'], ws, { SEKR_TODAY: '2026-03-20' }).stdout);
    expect(json.meetings.map((m: { status: string }) => m.status)).toEqual(['draft', 'planned', 'final', 'planned']);
  });

  it('sekr schedule --dry-run: the table and the summary in Swedish', () => {
    const r = svenska(['schedule', 'strategi-for-halsa', '--year', '2027', '--alternate', 'fysiskt,digital', '--dry-run'], workspace());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^datum\s+dag\s+tid\s+form\s+plats\s+anmärkning$/m);
    expect(r.stdout).toMatch(/^2027-01-08\s+fredag\s+10:00-11:00\s+fysiskt$/m);
    expect(r.stderr).toContain('12 möten 2027 (provkörning: inget skrevs)');
    expect(r.stderr).toContain('obs: de digitala mötena får ingen länk: registry.yaml anger ingen för strategi-for-halsa (defaults.link)');
  });

  it('refuses in Swedish, with a hint of how to put it right', () => {
    const ws = workspace();
    const status = svenska(['item', 'add', 'strategi-for-halsa/2026-09-11', '--title', 'Övrigt', '--status', 'halvklar'], ws);
    expect(status.code).toBe(2);
    expect(status.stderr).toContain("--status 'halvklar' är ingen status");
    expect(status.stderr).toContain('ej-påbörjad, pågår eller klar (eller som i filen: not-started, ongoing, done)');

    const absent = svenska(['attendance', 'styrgrupp-narvard/2026-03-27', '--present', 'per-svensson', '--chair', 'nina-landstrom'], ws);
    expect(absent.code).toBe(2);
    expect(absent.stderr).toContain('närvaron vid styrgrupp-narvard/2026-03-27 går inte ihop');
    expect(absent.stderr).toMatch(/ordföranden, Nina [^,]+, är inte närvarande/);
    expect(absent.stderr).toContain('ange en ordförande bland de närvarande med --chair');

    const action = svenska(['actions', 'done', 'zzzzzz'], ws);
    expect(action.code).toBe(2);
    expect(action.stderr).toContain("det finns ingen åtgärdspunkt 'zzzzzz'");
    expect(action.stderr).toContain('sekr actions listar id:na');
  });

  it('without a terminal, sekr record says in Swedish which flags to use instead', () => {
    const r = svenska(['record', 'strategi-for-halsa/2026-09-11'], workspace());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sekr record ställer sina frågor i en terminal, och här finns ingen');
    expect(r.stderr).toContain('utan terminal, ange det med flaggor:');
    expect(r.stderr).toContain('sekr item add strategi-for-halsa/2026-09-11 --title');
  });

  it('sekr record in a terminal asks in Swedish: the activity status is ej påbörjad, pågår or klar', async () => {
    requireTmux();
    const ws = workspace();
    const ref = 'strategi-for-halsa/2026-09-11';
    expect(sekr(['agenda', 'strategi-for-halsa', '--date', '2026-09-11'], { cwd: ws }).code).toBe(0);
    const term = new Tmux(join(ws, 'tmux.sock'));
    terminals.push(term);
    term.sekr(['record', ref], ws, 'sv');
    await term.waitForPrompt('1 (1/11) Mötets öppnande');
    expect(term.screen()).toMatch(/^❯ anteckna$/m);
    expect(term.screen()).toContain('avsluta för nu');
    term.keys('Down', 'Down', 'Enter');
    await term.waitForPrompt('Gå till');
    for (let i = 0; i < 4; i++) term.keys('Down');
    await term.waitFor('the cursor on 3.2', () => /^❯ 3\.2 Fortsatt införande av aktivitetslots$/m.test(term.screen()));
    term.keys('Enter');
    await term.answer('3.2 (5/11) Fortsatt införande av aktivitetslots');
    await term.waitForPrompt('Anteckningar (ett stycke per rad; en tom rad när du är klar)');
    term.keys('Enter');
    await term.answer('Beslut (tomt om det inte finns något, eller inga fler)');
    await term.answer('Åtgärdspunkt: vad ska göras?');
    await term.answer('Bilaga');
    await term.waitForPrompt("Status för aktiviteten 'aktivitetslots'");
    const screen = term.screen();
    expect(screen).toMatch(/^ {2}ej påbörjad$/m);
    expect(screen).toMatch(/^❯ pågår$/m);
    expect(screen).toMatch(/^ {2}klar$/m);
    term.keys('Down', 'Enter');
    await term.answer('Kommentar till statusen (får vara tom)');
    await term.answer('Ta med punkten till nästa möte?');
    await term.waitForPrompt('3.3 (6/11)');
    for (let i = 0; i < 4; i++) term.keys('Down');
    await term.waitFor('the cursor on avsluta', () => /^❯ avsluta för nu$/m.test(term.screen()));
    term.keys('Enter');
    expect(await term.waitForExit()).toBe(0);
    expect(term.screen()).toContain(`sparat i data/meetings/${ref}.yaml; skapa dokumentet med \`sekr render ${ref}\``);
    // The file keeps the machine's value.
    const sub = parse(readFileSync(join(ws, 'data/meetings', `${ref}.yaml`), 'utf8')).items[2].items[1];
    expect(sub.activityStatus).toEqual({ status: 'done' });
  });
});

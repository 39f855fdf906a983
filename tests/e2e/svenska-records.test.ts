/**
 * What a Swedish secretary sees by default from the records' commands (adjust, send, publish,
 * report, validate, templates): the refusals with their hints, the printed lines, and the
 * messages made in the report's and the template renderer's worker threads, all in Swedish.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sekr, workspace } from '../helpers.js';

const SV = { LANG: 'sv_SE.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined };
const svenska = (args: string[], cwd: string) => sekr(args, { cwd, env: SV });

describe('the records in Swedish, by default', () => {
  it('sekr validate counts the folder in Swedish and marks warnings as varning', () => {
    const ws = workspace();
    const r = svenska(['validate'], ws);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('varning: ');
    expect(r.stderr).toContain('✓ data: 9 grupper, 45 personer, 4 möten, 1 plan; inga problem; 2 varningar');
  });

  it('an option that is not a year is refused in Swedish, with its hint', () => {
    const r = svenska(['report', '--year', '26'], workspace());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("sekr: --year '26' är inte ett årtal  (t.ex. 2027)");
  });

  it('sekr send without a terminal and without --yes asks for --yes in Swedish', () => {
    const r = svenska(['send', 'styrgrupp-narvard/2026-02-27', '--allow-empty'], workspace());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'Att markera protokollsutkastet som skickat kräver din bekräftelse, och här finns ingen terminal att fråga i  (lägg till --yes för att fortsätta utan att bli tillfrågad)',
    );
  });

  it('sekr publish refuses a draft, saying its status as a secretary says it', () => {
    const r = svenska(['publish', 'styrgrupp-narvard/2026-02-27'], workspace());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('styrgrupp-narvard/2026-02-27 är ett utkast: bara ett justerat protokoll kan publiceras');
    expect(r.stderr).toContain('(sekr adjust styrgrupp-narvard/2026-02-27 --date åååå-mm-dd)');
  });

  it('sekr adjust of a protocol not sent says what is missing, in Swedish', () => {
    const r = svenska(['adjust', 'styrgrupp-narvard/2026-03-27', '--date', '2026-03-30', '--yes'], workspace());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/styrgrupp-narvard\/2026-03-27 kan inte justeras än: (en sak saknas|\d+ saker saknas)/);
  });

  it('sekr report says what it wrote, and on a second run that nothing changed, in Swedish (worker threads too)', () => {
    const ws = workspace();
    const first = svenska(['report', '--year', '2026', '--format', 'md', '--jobs', '2'], ws);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/årsrapport 2026, 9 grupper: skrev \d+ dokument på \d+,\d s; index: out\/2026\/index\.md/);
    const again = svenska(['report', '--year', '2026', '--format', 'md', '--jobs', '2'], ws);
    expect(again.stderr).toMatch(/inget har ändrats sedan förra körningen: alla \d+ dokument är aktuella/);
  });

  // A worker thread starts in Swedish, sekr's default: that it follows the user's language shows in English.
  it('a template error made in a worker thread is in the language of the user', () => {
    const ws = workspace();
    mkdirSync(join(ws, 'data/templates'), { recursive: true });
    writeFileSync(join(ws, 'data/templates/protokoll.md.hbs'), '# {{title}}\n\n{{#each items}}\n{{title}}\n');
    for (const args of [
      ['render', 'styrgrupp-narvard/2026-02-27', '--format', 'md'],
      ['report', '--year', '2026', '--format', 'md', '--jobs', '2'],
    ]) {
      const r = svenska(args, ws);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('mallen protokoll: ');
      expect(r.stderr).toContain('(rätta mallen, eller ta bort den för att använda den medföljande)');
      expect(r.stderr).not.toContain('template protokoll');
      const english = sekr(args, { cwd: ws, env: { LANG: 'en_GB.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined } });
      expect(english.code, `${args.join(' ')}: ${english.stdout}${english.stderr}`).toBe(2);
      expect(english.stderr).toContain('template protokoll: ');
      expect(english.stderr).toContain('(fix the template, or delete it to use the bundled one)');
    }
  });

  it('sekr templates list says which templates are the bundled ones', () => {
    const r = svenska(['templates', 'list'], workspace());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^protokoll\s+medföljande\s+/m);
  });
});

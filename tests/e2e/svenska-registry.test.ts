/**
 * What a Swedish secretary sees of the registry's commands by default (a locale of sv_SE, or any
 * not en*): sekr init without a terminal and on one, a refusal with its hint, the import's dry-run
 * table, and the seal's sign and verify, in Swedish.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, sekr, workspace, type Run } from '../helpers.js';
import { requireTmux, Tmux } from './fixtures/tmux.js';

const SV = { LANG: 'sv_SE.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined };
const sv = (args: string[], cwd?: string): Run => sekr(args, { cwd, env: SV });

/** A new organisation made by `sekr init` without a terminal, in Swedish. */
function newOrganisation(): { dir: string; init: Run } {
  const dir = mkdtempSync(join(tmpdir(), 'sekr-svenska-'));
  const init = sv(['init', 'org', '--name', 'Vårdsamverkan Skåne Nordost'], dir);
  return { dir: join(dir, 'org'), init };
}

describe('the registry in Swedish', () => {
  it('sekr init without a terminal says in Swedish which defaults it took and what to do next, and comments its files in Swedish', () => {
    const { dir, init } = newOrganisation();
    expect(init.code, init.stderr).toBe(0);
    expect(readFileSync(join(dir, 'registry.yaml'), 'utf8')).toMatch(/^# Registret för Vårdsamverkan Skåne Nordost\. `sekr validate` anger fil:rad:kolumn/);
    expect(readFileSync(join(dir, 'meetings/README.md'), 'utf8')).toContain('Här ligger mötesfilerna, en mapp per grupp och en fil per möte');
    expect(init.stderr).toContain(
      'ingen terminal att fråga i: --language "sv" --group "Styrgrupp" --document "protokoll" --secretary "Sekreterare" används som standardval',
    );
    expect(init.stderr).toContain('skapade org för Vårdsamverkan Skåne Nordost: registry.yaml (grupp styrgrupp, sekreterare sekreterare)');
    expect(init.stderr).toContain('nästa steg: sekr --data org person add "Namn"');
  });

  it('a bad e-mail address is refused in Swedish, with the hint, exit 2; a person added is told in Swedish', () => {
    const { dir: org } = newOrganisation();
    const bad = sv(['--data', org, 'person', 'add', 'Eva Bergkvist', '--email', 'eva-at-hassleholm']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--email 'eva-at-hassleholm' är ingen e-postadress");
    expect(bad.stderr).toContain('t.ex. --email eva.bergkvist@hassleholm.se');
    expect(readFileSync(join(org, 'registry.yaml'), 'utf8')).not.toContain('Eva Bergkvist');
    const added = sv(['--data', org, 'person', 'add', 'Eva Bergkvist', '--organisation', 'Hässleholms kommun']);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stderr).toContain('lade till Eva Bergkvist, Hässleholms kommun som eva-bergkvist');
    const again = sv(['--data', org, 'person', 'add', 'Eva Bergkvist', '--organisation', 'Hässleholms kommun']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Eva Bergkvist, Hässleholms kommun finns redan i registret, som eva-bergkvist');
    expect(again.stderr).toContain('för en annan person med samma namn, ange --id');
  });

  it("the import's dry run: Swedish table headings, what happens to each row, and nothing written", () => {
    const { dir: org } = newOrganisation();
    const group = sv(['--data', org, 'group', 'add', 'politiskt-samrad', '--name', 'Politiskt samråd', '--document', 'protokoll']);
    expect(group.code, group.stderr).toBe(0);
    // The kind is the group's own name here (a new kind): said once.
    expect(group.stderr).toContain('lade till Politiskt samråd (politiskt-samrad), som för protokoll\n');
    const dry = sv(['--data', org, 'import', 'members', join(ROOT, 'tests/fixtures/ledamoter.xlsx'), '--group', 'politiskt-samrad']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/^rad +namn +id +organisation +parti +roll +ersättare för +vad som händer$/m);
    expect(dry.stdout).toMatch(
      /^5 +Johan Lindqvist +johan-lindqvist +Kristianstads kommun +M +ledamot, vice ordförande +ny person; medlem i politiskt-samrad$/m,
    );
    expect(dry.stderr).toContain('rad 10: id:t anders-persson används redan, så Anders Persson får anders-persson-2');
    expect(dry.stderr).toContain('provkörning, inget skrevs (10 rader: 10 nya personer, 0 uppdaterade); kör igen med --yes för att skriva registry.yaml');
    expect(readFileSync(join(org, 'registry.yaml'), 'utf8')).not.toContain('johan-lindqvist');
    const members = sv(['--data', org, 'members', 'politiskt-samrad']);
    expect(members.stdout).toContain('Politiskt samråd (politiskt-samrad): 0 medlemmar');
  });

  it('sign refuses a meeting that is not sealed, in Swedish; verify reports the seals in Swedish', () => {
    const ws = workspace();
    const draft = sv(['sign', 'styrgrupp-narvard/2026-03-27', '--as', 'tina-isaksson'], ws);
    expect(draft.code).toBe(2);
    expect(draft.stderr).toContain('styrgrupp-narvard/2026-03-27 är planerat: bara en förseglad handling undertecknas');
    expect(draft.stderr).toContain('sekr adjust styrgrupp-narvard/2026-03-27 --date åååå-mm-dd förseglar den');
    const verify = sv(['verify'], ws);
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toContain('✓ strategi-for-halsa/2026-05-22: förseglat den 2026-05-29, oförändrat sedan dess');
    expect(verify.stdout).toContain('– inte undertecknat av Anna-Lena Hardtmann (sekreterare)');
    expect(verify.stdout).toContain('✓ 1 låst möte, inget ändrat sedan dess; underskrifter: 1 saknas');
  });
});

describe('sekr init on a terminal, in Swedish', () => {
  const terminals: Tmux[] = [];
  beforeAll(() => requireTmux());
  afterAll(() => {
    for (const t of terminals) t.kill();
  });

  it('asks its questions in Swedish and makes a folder that validates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sekr-init-sv-'));
    const term = new Tmux(join(dir, 'tmux.sock'));
    terminals.push(term);
    term.sekr(['init', 'org'], dir, 'sv');
    await term.answer('Organisationens namn:', 'Vårdsamverkan Skåne Nordost');
    await term.answer('Handlingarnas språk:'); // svenska
    await term.answer('Den första gruppen (t.ex. Styrgrupp):', 'Politiskt samråd');
    await term.waitForPrompt('Skriver Politiskt samråd protokoll eller mötesanteckningar?');
    expect(term.screen()).toContain('protokoll (paragrafer, justeras och undertecknas)');
    term.keys('Enter'); // protokoll
    await term.answer('Sekreterarens namn:', 'Eva Bergkvist');
    await term.answer('Sekreterarens e-postadress (frivilligt):');
    expect(await term.waitForExit()).toBe(0);
    expect(term.screen()).toContain('skapade org för Vårdsamverkan Skåne Nordost: registry.yaml (grupp politiskt-samrad, sekreterare eva-bergkvist)');
    const registry = parse(readFileSync(join(dir, 'org/registry.yaml'), 'utf8'));
    expect(registry.groups[0]).toMatchObject({ id: 'politiskt-samrad', document: 'protokoll', secretary: 'eva-bergkvist' });
    const v = sekr(['--data', join(dir, 'org'), 'validate']);
    expect(v.code, v.stdout + v.stderr).toBe(0);
  });
});

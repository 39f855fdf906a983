/**
 * A new organisation as a secretary sets it up (issue 18): init, the registry
 * kept by commands, member lists from Excel, plans of any period, and the data
 * folder shared through git by several secretaries.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, sekr, workspace } from '../helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'sekr-org-'));
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Sekreterare', '-c', 'user.email=sekr@example.se', ...args], { cwd, encoding: 'utf8', stdio: 'pipe' });

/** A new organisation made by `sekr init` without a terminal, with the README's first steps. */
function newOrganisation(): string {
  const dir = join(tmp(), 'org');
  const r = sekr(['init', dir]);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('taken as defaults');
  return dir;
}

describe('sekr init', () => {
  it('makes a folder that validates, taking the flags and, without a terminal, the defaults (told)', () => {
    const dir = join(tmp(), 'org');
    const r = sekr(['init', dir, '--name', 'Samverkan Skåne Nordost', '--group', 'Politiskt samråd', '--secretary', 'Lena Ek']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('--language "sv" --document "protokoll" taken as defaults');
    const reg = parse(readFileSync(join(dir, 'registry.yaml'), 'utf8'));
    expect(reg.organisation).toEqual({ name: 'Samverkan Skåne Nordost', language: 'sv' });
    expect(reg.groups[0]).toMatchObject({ id: 'politiskt-samrad', kind: 'politiskt-samrad', document: 'protokoll', secretary: 'lena-ek' });
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toContain('*.lock');
    expect(sekr(['--data', dir, 'validate']).code).toBe(0);
    expect(r.stderr).not.toContain('bundled templates');
  });

  it('tells an organisation whose documents are in English that the bundled templates are Swedish, and how to have its own', () => {
    const dir = join(tmp(), 'org');
    const r = sekr(['init', dir, '--name', 'Care Partnership', '--language', 'en', '--group', 'Board', '--document', 'protokoll', '--secretary', 'Ann Lee']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('note: the bundled templates write the documents in Swedish; for documents in English, copy each template out');
    expect(r.stderr).toContain('`sekr templates eject NAME`');
    expect(parse(readFileSync(join(dir, 'registry.yaml'), 'utf8')).organisation).toEqual({ name: 'Care Partnership', language: 'en' });
  });
});

describe('the registry kept by commands', () => {
  it('adds a person, a group and a member, changing only those lines of the file', () => {
    const dir = workspace();
    const reg = join(dir, 'data/registry.yaml');
    const before = readFileSync(reg, 'utf8');
    expect(sekr(['person', 'add', 'Eva Bergkvist', '--organisation', 'Hässleholms kommun', '--party', 'S'], { cwd: dir }).code).toBe(0);
    expect(sekr(['member', 'add', 'dps', 'eva-bergkvist', '--role', 'ordförande'], { cwd: dir }).code).toBe(0);
    const after = readFileSync(reg, 'utf8');
    const removed = before.split('\n').filter((l) => !after.split('\n').includes(l));
    expect(removed).toEqual([]);
    const added = after.split('\n').filter((l) => !before.split('\n').includes(l));
    // ("    members:" is added too, a line the file has elsewhere.)
    expect(added).toEqual([
      '  - { id: eva-bergkvist, name: Eva Bergkvist, organisation: Hässleholms kommun, party: S }',
      '    chair: eva-bergkvist',
      '      - { person: eva-bergkvist }',
    ]);
    const members = JSON.parse(sekr(['members', 'dps', '--json'], { cwd: dir }).stdout);
    expect(members.members[0]).toMatchObject({ id: 'eva-bergkvist', role: 'ledamot', functions: ['ordförande'] });
    expect(sekr(['validate'], { cwd: dir }).code).toBe(0);
  });

  it('tells the id it gives when the name is taken, and refuses the same person twice', () => {
    const dir = workspace();
    const r = sekr(['person', 'add', 'Nina Landström', '--organisation', 'Borås Stad'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('nina-landstrom is taken by Nina Landström, Ulricehamns kommun: the new person is nina-landstrom-2');
    const again = sekr(['person', 'add', 'Nina Landström', '--organisation', 'Ulricehamns kommun'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('is in the registry already, as nina-landstrom');
  });

  it('refuses to remove a person a meeting names, listing the meetings', () => {
    const dir = workspace();
    const reg = readFileSync(join(dir, 'data/registry.yaml'), 'utf8');
    const r = sekr(['person', 'remove', 'nina-landstrom'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Nina Landström (nina-landstrom) is named by 1 meeting: styrgrupp-narvard/2026-02-27');
    expect(readFileSync(join(dir, 'data/registry.yaml'), 'utf8')).toBe(reg);
  });

  it('validates before it writes: an ersättare for someone who is not a ledamot is refused, nothing written', () => {
    const dir = workspace();
    const reg = readFileSync(join(dir, 'data/registry.yaml'), 'utf8');
    const r = sekr(['member', 'add', 'styrgrupp-narvard', 'gun-bylund', '--role', 'ersättare', '--for', 'anna-lena-hardtmann'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('anna-lena-hardtmann is not a ledamot of styrgrupp-narvard');
    expect(readFileSync(join(dir, 'data/registry.yaml'), 'utf8')).toBe(reg);
  });

  it('keeps the comments of the file when a member goes', () => {
    const dir = workspace();
    expect(sekr(['member', 'remove', 'strategi-for-halsa', 'carolina-svensson'], { cwd: dir }).code).toBe(0);
    const after = readFileSync(join(dir, 'data/registry.yaml'), 'utf8');
    expect(after).toContain('    substitutes: false         # "Ersättare utses inte vid frånvaro"');
    expect(after).toContain('    conveners: [mattias-fehling]');
    expect(after).not.toContain('{ person: carolina-svensson');
  });
});

describe('where documents go', () => {
  it('a folder made by sekr init keeps them in its own out/, which git leaves out; a data/ folder has out/ beside it', () => {
    const org = newOrganisation();
    const elsewhere = tmp();
    const r = sekr(['--data', org, 'members', 'styrgrupp', '--format', 'csv'], { cwd: elsewhere });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(org, 'out/styrgrupp/ledamoter.csv'), 'utf8')).toMatch(/^\ufeffNamn;Organisation;Roll;/);
    expect(existsSync(join(dirname(org), 'out'))).toBe(false);
    expect(existsSync(join(elsewhere, 'out'))).toBe(false);
    expect(readFileSync(join(org, '.gitignore'), 'utf8').split('\n')).toContain('/out/');
    const ws = workspace();
    expect(sekr(['--data', join(ws, 'data'), 'members', 'styrgrupp-narvard', '--format', 'csv'], { cwd: elsewhere }).code).toBe(0);
    expect(existsSync(join(ws, 'out/styrgrupp-narvard/ledamoter.csv'))).toBe(true);
  });
});

describe('member lists', () => {
  it('imports tests/fixtures/ledamoter.xlsx: a dry-run table first, --yes writes; a taken id is told', () => {
    const org = newOrganisation();
    expect(sekr(['--data', org, 'person', 'add', 'Eva Bergkvist', '--organisation', 'Hässleholms kommun', '--party', 'S']).code).toBe(0);
    expect(sekr(['--data', org, 'group', 'add', 'politiskt-samrad', '--name', 'Politiskt samråd', '--document', 'protokoll']).code).toBe(0);
    expect(sekr(['--data', org, 'member', 'add', 'politiskt-samrad', 'eva-bergkvist', '--role', 'ordförande']).code).toBe(0);
    const fixture = join(ROOT, 'tests/fixtures/ledamoter.xlsx');
    const dry = sekr(['--data', org, 'import', 'members', fixture, '--group', 'politiskt-samrad']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^5 +Johan Lindqvist +johan-lindqvist +Kristianstads kommun +M +ledamot, vice ordförande +new person/m);
    expect(dry.stdout).toMatch(/^12 +Lars Ek +lars-ek +Osby kommun +C +ersättare +anders-persson /m);
    expect(dry.stderr).toContain('row 10: the id anders-persson is taken, so Anders Persson is anders-persson-2');
    expect(dry.stderr).toContain('dry run, nothing written');
    expect(readFileSync(join(org, 'registry.yaml'), 'utf8')).not.toContain('johan-lindqvist');

    const r = sekr(['--data', org, 'import', 'members', fixture, '--group', 'politiskt-samrad', '--yes']);
    expect(r.code).toBe(0);
    const members = JSON.parse(sekr(['--data', org, 'members', 'politiskt-samrad', '--json']).stdout).members;
    expect(members).toHaveLength(10);
    expect(members.find((m: { id: string }) => m.id === 'anders-persson-2')).toMatchObject({ role: 'ersättare', substituteFor: 'eva-bergkvist' });
    expect(sekr(['--data', org, 'validate']).code).toBe(0);

    // Written out and read back into another group, the list is the same.
    const out = tmp();
    expect(sekr(['--data', org, 'members', 'politiskt-samrad', '--format', 'xlsx', '--out', out]).code).toBe(0);
    expect(sekr(['--data', org, 'group', 'add', 'presidium', '--name', 'Presidium', '--document', 'protokoll']).code).toBe(0);
    expect(sekr(['--data', org, 'import', 'members', join(out, 'politiskt-samrad/ledamoter.xlsx'), '--group', 'presidium', '--yes']).code).toBe(0);
    const copy = JSON.parse(sekr(['--data', org, 'members', 'presidium', '--json']).stdout).members;
    const strip = (ms: { id: string; role: string; substituteFor: string | null; functions: string[] }[]) =>
      ms.map((m) => [m.id, m.role, m.substituteFor, m.functions]).sort();
    expect(strip(copy)).toEqual(strip(members));
  });

  it('reads a CSV saved by Swedish Excel (semicolons, Windows-1252) and names the row of a problem', () => {
    const dir = workspace();
    const csv = join(tmp(), 'lista.csv');
    writeFileSync(csv, Buffer.from('Förnamn;Efternamn;Kommun;Roll\nÅsa;Öst;Borås;Ledamot\nBo;Ek;Mark;Kassör\n', 'latin1'));
    const r = sekr(['import', 'members', csv, '--group', 'beredningsgrupp'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lista\.csv:3 +row 3: the role 'Kassör' is not understood/);
    writeFileSync(csv, Buffer.from('Förnamn;Efternamn;Kommun;Roll\nÅsa;Öst;Borås;Ledamot\n', 'latin1'));
    const ok = sekr(['import', 'members', csv, '--group', 'beredningsgrupp', '--yes'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(readFileSync(join(dir, 'data/registry.yaml'), 'utf8')).toContain('{ id: asa-ost, name: Åsa Öst, organisation: Borås }');
  });

  it("exports a year's attendance to XLSX", async () => {
    const dir = workspace();
    const r = sekr(['report', '--year', '2026', '--group', 'strategi-for-halsa', '--format', 'xlsx'], { cwd: dir });
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'out/2026/strategi-for-halsa/narvaro-2026.xlsx'));
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).text).toBe('Ledamot');
    expect(sheet.getRow(1).getCell(3).text).toBe('2026-05-22');
    expect(sheet.getRow(2).getCell(3).text).toMatch(/^[NEF]$/);
  });
});

describe('plans of any period', () => {
  it('records an indicator per unit, and the plan renders with its period, background and appendices', () => {
    const org = newOrganisation();
    expect(sekr(['--data', org, 'group', 'add', 'politiskt-samrad', '--name', 'Politiskt samråd', '--document', 'protokoll']).code).toBe(0);
    mkdirSync(join(org, 'plans/politiskt-samrad'), { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/plans/politiskt-samrad-2026.yaml'), join(org, 'plans/politiskt-samrad/2026.yaml'));
    expect(sekr(['--data', org, 'validate']).code).toBe(0);
    const r = sekr(['--data', org, 'indicator', 'set', 'politiskt-samrad/2026', 'sip', '--unit', 'hassleholm', '--value', '12', '--date', '2026-06-30']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('recorded sip for Lokal samverkan Hässleholm: 12 on 2026-06-30');
    const plan = readFileSync(join(org, 'plans/politiskt-samrad/2026.yaml'), 'utf8');
    expect(plan).toContain('      - { date: 2026-06-30, unit: hassleholm, value: 12 }');
    expect(plan).toContain('# The goals serve no parent group');
    const wrong = sekr(['--data', org, 'indicator', 'set', 'politiskt-samrad/2026', 'sip', '--value', '3']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('sip is followed per unit: which unit?');
    const out = tmp();
    expect(sekr(['--data', org, 'report', '--year', '2026', '--format', 'md', '--out', out]).code).toBe(0);
    const arsplan = readFileSync(join(out, '2026/politiskt-samrad/arsplan-2026.md'), 'utf8');
    expect(arsplan).toContain('# Politiskt samråd – Regional handlingsplan för samverkan kring barn och unga');
    expect(arsplan).toContain('13 februari 2026 – 13 februari 2027');
    expect(arsplan).toContain('## Bakgrund');
    expect(arsplan).toContain('## Bilagor');
    expect(arsplan).not.toContain('Kopplas till');
    const follow = readFileSync(join(out, '2026/politiskt-samrad/uppfoljning-2026.md'), 'utf8');
    expect(follow).toContain('# Uppföljning 13 februari 2026 – 13 februari 2027 Politiskt samråd');
    expect(follow).toContain('| Lokal samverkan Hässleholm | 2026-06-30 | 12 |  |');
  });
});

describe('several secretaries through git', () => {
  function repository(): string {
    const dir = workspace();
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'data');
    return dir;
  }

  it('merges two clones that changed different meetings, and the registry, without a conflict', () => {
    const origin = repository();
    const a = join(tmp(), 'a');
    const b = join(tmp(), 'b');
    git(tmpdir(), 'clone', '-q', origin, a);
    git(tmpdir(), 'clone', '-q', origin, b);
    expect(sekr(['item', 'add', 'strategi-for-halsa/2026-09-11', '--title', 'Information', '--notes', 'Välkomna.'], { cwd: a }).code).toBe(0);
    expect(sekr(['person', 'add', 'Eva Bergkvist', '--organisation', 'Borås Stad'], { cwd: a }).code).toBe(0);
    git(a, 'commit', '-qam', 'A');
    expect(sekr(['attendance', 'styrgrupp-narvard/2026-03-27', '--all-present', '--adjuster', 'tina-isaksson'], { cwd: b }).code).toBe(0);
    expect(sekr(['member', 'remove', 'strategi-for-halsa', 'lina-sjostrand'], { cwd: b }).code).toBe(0);
    git(b, 'commit', '-qam', 'B');
    git(a, 'push', '-q', 'origin', 'HEAD:refs/heads/a');
    git(b, 'pull', '-q', '--no-rebase', 'origin', 'a');
    expect(git(b, 'status', '--porcelain')).toBe('');
    expect(readFileSync(join(b, 'data/registry.yaml'), 'utf8')).toContain('eva-bergkvist');
    expect(sekr(['validate'], { cwd: b }).code).toBe(0);
  });

  it('reports conflict markers left in a file as a validate error naming the lines', () => {
    const dir = workspace();
    const file = join(dir, 'data/meetings/strategi-for-halsa/2026-09-11.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}<<<<<<< HEAD\nnext: { date: 2026-10-09 }\n=======\nnext: { date: 2026-10-16 }\n>>>>>>> b\n`);
    const r = sekr(['validate'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/2026-09-11\.yaml:(\d+):1 {2}merge conflict: git's markers on lines (\d+), \d+, \d+/);
  });

  it('installs a pre-commit hook that stops a commit the data does not validate', () => {
    const dir = repository();
    expect(sekr(['hooks', 'install'], { cwd: dir }).code).toBe(0);
    const hook = join(dir, '.git/hooks/pre-commit');
    expect(existsSync(hook)).toBe(true);
    const file = join(dir, 'data/meetings/strategi-for-halsa/2026-09-11.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: planned', 'status: finished'));
    const bad = spawnSync('git', ['-c', 'user.name=S', '-c', 'user.email=s@example.se', 'commit', '-qam', 'x'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(bad.status).not.toBe(0);
    // What sekr validate said, then why the commit stopped.
    expect(bad.stderr).toMatch(/2026-09-11\.yaml:\d+:\d+ .*status/);
    expect(bad.stderr).toContain('the commit is stopped');
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: finished', 'status: planned'));
    expect(sekr(['item', 'add', 'strategi-for-halsa/2026-09-11', '--title', 'Information', '--notes', 'Välkomna.'], { cwd: dir }).code).toBe(0);
    // A commit that passes hears nothing of the hook (the bundled data has warnings, and a sealed meeting verify reports).
    const good = spawnSync('git', ['-c', 'user.name=S', '-c', 'user.email=s@example.se', 'commit', '-qam', 'notes'], { cwd: dir, encoding: 'utf8' });
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout + good.stderr).toBe('');
  });

  it.each(['github-actions.yml', 'gitlab-ci.yml'])('runs the steps of docs/ci/%s: validate, verify and the public copies', (name) => {
    const dir = workspace();
    expect(sekr(['send', 'styrgrupp-narvard/2026-02-27', '--date', '2026-03-02', '--format', 'md', '--yes'], { cwd: dir }).code).toBe(0);
    expect(sekr(['adjust', 'styrgrupp-narvard/2026-02-27', '--date', '2026-03-05', '--yes'], { cwd: dir }).code).toBe(0);
    const ci = parse(readFileSync(join(ROOT, 'docs/ci', name), 'utf8'));
    const steps: string[] = name.startsWith('github') ? ci.jobs.publish.steps.flatMap((s: { run?: string }) => (s.run ? [s.run] : [])) : ci.publish.script;
    // `npm install --global sekr` is this build: a `sekr` on the PATH.
    const bin = tmp();
    writeFileSync(join(bin, 'sekr'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(bin, 'sekr'), 0o755);
    for (const step of steps.filter((s) => !s.startsWith('npm install'))) {
      const r = spawnSync('bash', ['-eo', 'pipefail', '-c', step], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', PATH: `${bin}:${process.env.PATH}` },
      });
      expect(r.status, `${step}\n${r.stderr}`).toBe(0);
    }
    expect(readFileSync(join(dir, 'public/styrgrupp-narvard/2026-02-27-protokoll.md'), 'utf8')).toContain('§ 12');
  });
});

describe('the data format is a promise', () => {
  it('sekr migrate shows what changes from format 1, writes it with --yes keeping the rest of each file, and is then done', () => {
    const dir = tmp();
    cpSync(join(ROOT, 'tests/fixtures/data-0.1'), join(dir, 'data'), { recursive: true });
    const registry = join(dir, 'data/registry.yaml');
    const before = readFileSync(registry, 'utf8');
    const warned = sekr(['validate'], { cwd: dir });
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain('data/registry.yaml:1  warning: the data folder is of format 1; this sekr writes format 2');
    const shown = sekr(['migrate'], { cwd: dir });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('data/registry.yaml\n  the folder says its format: 2\n');
    expect(shown.stdout).toContain('+format: 2');
    expect(shown.stderr).toContain('nothing written: sekr migrate --yes makes these changes');
    // Format 1 kept final notes without a seal; format 2 reads a final status only with its seal.
    expect(shown.stderr).toContain(
      'to do first data/meetings/strategi-for-halsa/2026-05-22.yaml  status: final but no seal  (sekr approve strategi-for-halsa/2026-05-22 --date yyyy-mm-dd seals it as it stands)',
    );
    const refused = sekr(['migrate', '--yes'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('seal these first');
    expect(readFileSync(registry, 'utf8')).toBe(before);
    expect(sekr(['approve', 'strategi-for-halsa/2026-05-22', '--date', '2026-05-29', '--yes'], { cwd: dir }).code).toBe(0);
    const done = sekr(['migrate', '--yes', '--json'], { cwd: dir });
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({
      from: 1,
      to: 2,
      written: true,
      files: [{ path: 'data/registry.yaml', changes: ['the folder says its format: 2'] }],
    });
    const after = readFileSync(registry, 'utf8');
    // One line more, under the file's opening comment; every other byte as it was.
    expect(after.replace('\nformat: 2\n', '\n')).toBe(before);
    const valid = sekr(['validate'], { cwd: dir });
    expect(valid.code).toBe(0);
    expect(valid.stdout).not.toContain('format');
    expect(sekr(['migrate'], { cwd: dir }).stdout).toContain("is of format 2, this sekr's: nothing to migrate");
  });

  it('a data folder of a newer format is refused by every command, exit 2, saying to update sekr', () => {
    const dir = tmp();
    cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
    const registry = join(dir, 'data/registry.yaml');
    writeFileSync(registry, readFileSync(registry, 'utf8').replace('\nformat: 2\n', '\nformat: 3\n'));
    for (const args of [['groups'], ['render', 'styrgrupp-narvard/2026-02-27', '--format', 'md'], ['validate']]) {
      const r = sekr(args, { cwd: dir, env: { SEKR_CACHE: '0' } });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout + r.stderr).toContain('the data folder is of format 3, written by a newer sekr');
    }
  });

  it('reads, checks and renders the data of sekr 0.1 (tests/fixtures/data-0.1) as it is', () => {
    const dir = tmp();
    cpSync(join(ROOT, 'tests/fixtures/data-0.1'), join(dir, 'data'), { recursive: true });
    const v = sekr(['validate'], { cwd: dir });
    expect(v.code, v.stdout).toBe(0);
    for (const meeting of ['styrgrupp-narvard/2026-02-27', 'strategi-for-halsa/2026-05-22']) {
      const r = sekr(['render', meeting, '--format', 'md,docx'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
    }
    expect(readFileSync(join(dir, 'out/styrgrupp-narvard/2026-02-27-protokoll.md'), 'utf8')).toContain('§ 12');
    const report = sekr(['report', '--year', '2026', '--format', 'md', '--jobs', '1'], { cwd: dir });
    expect(report.code, report.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out/2026/strategi-for-halsa/arsplan-2026.md'), 'utf8')).toContain('Kopplas till');
  });
});

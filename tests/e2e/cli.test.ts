import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sekr, workspace } from '../helpers.js';

describe('sekr on the bundled data', () => {
  it('validates the data folder', () => {
    const r = sekr(['validate'], { cwd: workspace() });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('9 groups, 45 people, 4 meetings, 1 plan; no problems');
  });

  it('finds the data folder through --data and SEKR_DATA', () => {
    const dir = workspace();
    expect(sekr(['--data', join(dir, 'data'), 'validate'], { cwd: tmpdir() }).code).toBe(0);
    expect(sekr(['validate'], { cwd: tmpdir(), env: { SEKR_DATA: join(dir, 'data') } }).code).toBe(0);
  });

  it('says where the data folder is missing', () => {
    const r = sekr(['validate'], { cwd: tmpdir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`no data folder in ${tmpdir()} or any folder above it`);
    expect(r.stderr).toContain('sekr init DIR');
  });

  it('reports every problem as file:line:col and exits 2, with no stack trace', () => {
    const dir = workspace();
    const reg = join(dir, 'data/registry.yaml');
    writeFileSync(reg, readFileSync(reg, 'utf8').replace('secretary: anna-lena-hardtmann\n    adjuster', 'secretary: anna-lena-hardtman\n    adjuster'));
    const r = sekr(['validate'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^data\/registry\.yaml:\d+:16 {2}unknown person 'anna-lena-hardtman' as secretary {2}\(did you mean 'anna-lena-hardtmann'\?\)$/m);
    expect(r.stderr).toContain('1 problem');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('gives problems as JSON', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'data/meetings/strategi-for-halsa/2026-05-22.yaml'), 'date: 2026-05-22\nstatus: finished\n');
    const r = sekr(['validate', '--json'], { cwd: dir });
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ file: 'data/meetings/strategi-for-halsa/2026-05-22.yaml', line: 2, col: 9 });
  });

  it('shows the groups as a tree, and as JSON', () => {
    const r = sekr(['groups'], { cwd: workspace() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Närvårdssamverkan Södra Älvsborg');
    expect(r.stdout).toMatch(/└─ Delregionalt politiskt samråd \(dps\)/);
    expect(r.stdout).toMatch(/ {3}└─ Styrgrupp närvård \(styrgrupp-narvard\) {2}Styrgrupp, protokoll, 29 members, ordförande Nina Landström/);
    expect(r.stdout).toMatch(/ {6}└─ Uppdragsgrupp Strategi för hälsa \(strategi-for-halsa\)/);
    const tree = JSON.parse(sekr(['groups', '--json'], { cwd: workspace() }).stdout);
    expect(tree[0].id).toBe('dps');
    expect(tree[0].children.map((c: { id: string }) => c.id)).toEqual(['presidiet-dps', 'styrgrupp-narvard']);
  });

  it('lists the members of a group with their roles', () => {
    const r = sekr(['members', 'styrgrupp-narvard', '--json'], { cwd: workspace() });
    expect(r.code).toBe(0);
    const { members } = JSON.parse(r.stdout);
    expect(members).toHaveLength(29);
    expect(members[0]).toMatchObject({ id: 'nina-landstrom', name: 'Nina Landström', role: 'ledamot', functions: ['ordförande'] });
    expect(members.find((m: { id: string }) => m.id === 'lena-axelsson')).toMatchObject({ role: 'ersättare', substituteFor: 'per-svensson' });
    const text = sekr(['members', 'strategi-for-halsa'], { cwd: workspace() }).stdout;
    expect(text).toMatch(/Carolina Svensson\s+carolina-svensson\s+ledamot\s+Närhälsan\s+\[sammankallande; Regional primärvård\]/);
  });

  it('suggests the group meant', () => {
    const r = sekr(['members', 'styrgrupp'], { cwd: workspace() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no group 'styrgrupp'");
    expect(r.stderr).toContain("did you mean 'styrgrupp-narvard'?");
  });

  it('renders a meeting to Markdown and DOCX under out/', () => {
    const dir = workspace();
    const r = sekr(['render', 'styrgrupp-narvard/2026-02-27', '--format', 'md,docx'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('wrote out/styrgrupp-narvard/2026-02-27-protokoll.md\nwrote out/styrgrupp-narvard/2026-02-27-protokoll.docx\n');
    const md = readFileSync(join(dir, 'out/styrgrupp-narvard/2026-02-27-protokoll.md'), 'utf8');
    expect(md).toMatch(/^# Protokoll Styrgrupp närvård 2026-02-27$/m);
    expect(md).toContain('Omfattning: §§ 12–21');
    expect(readFileSync(join(dir, 'out/styrgrupp-narvard/2026-02-27-protokoll.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('renders a meeting named by its path, into --out', () => {
    const dir = workspace();
    const out = join(dir, 'elsewhere');
    const r = sekr(['render', 'data/meetings/strategi-for-halsa/2026-05-22.yaml', '--format', 'docx', '--out', out, '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files).toEqual([{ format: 'docx', path: 'elsewhere/strategi-for-halsa/2026-05-22-motesanteckning.docx' }]);
    expect(existsSync(join(out, 'strategi-for-halsa/2026-05-22-motesanteckning.md'))).toBe(false);
  });

  it('refuses an unknown meeting, an unknown format, and a meeting with problems, writing nothing', () => {
    const dir = workspace();
    let r = sekr(['render', 'styrgrupp-narvard/2026-02-28'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no meeting styrgrupp-narvard/2026-02-28');
    expect(r.stderr).toContain('meetings of styrgrupp-narvard: 2026-02-27');
    r = sekr(['render', 'styrgrupp-narvard/2026-02-27', '--format', 'odt,md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown format 'odt'");
    const file = join(dir, 'data/meetings/styrgrupp-narvard/2026-02-27.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('adjusters: [tina-isaksson]', 'adjusters: [tina]'));
    r = sekr(['render', 'styrgrupp-narvard/2026-02-27'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/2026-02-27\.yaml:\d+:\d+ {2}unknown person 'tina' as adjuster/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('gives a clear error when the output folder cannot be written', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'blocker'), 'a file where a folder should be');
    const r = sekr(['render', 'styrgrupp-narvard/2026-02-27', '--out', join(dir, 'blocker')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write .*blocker.*: a file stands where a folder is needed/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('sekr init', () => {
  it('creates a data folder that validates and renders', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sekr-init-')), 'neworg');
    expect(sekr(['init', dir]).code).toBe(0);
    const r = sekr(['--data', dir, 'validate']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('1 group, 1 person, 0 meetings, 0 plans; no problems');
    writeFileSync(join(dir, 'meetings', 'x.yaml'), 'date: 2026-01-01\n');
    expect(sekr(['--data', dir, 'validate']).stdout).toContain('not a meeting file');
  });

  it('never writes into a folder that has files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sekr-init-'));
    writeFileSync(join(dir, 'registry.yaml'), 'mine: true\n');
    const r = sekr(['init', dir]);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'registry.yaml'), 'utf8')).toBe('mine: true\n');
  });
});

describe('templates', () => {
  it('lists the bundled templates', () => {
    const r = sekr(['templates', 'list', '--json'], { cwd: workspace() });
    const names = JSON.parse(r.stdout).map((t: { name: string; source: string }) => `${t.name}:${t.source}`);
    expect(names).toEqual([
      'agenda:bundled',
      'anslag:bundled',
      'arsplan:bundled',
      'beslut:bundled',
      'finansiering:bundled',
      'kallelse:bundled',
      'motesanteckning:bundled',
      'narvaro:bundled',
      'protokoll-kl:bundled',
      'protokoll:bundled',
      'protokollsutdrag:bundled',
      'sammanfattning:bundled',
      'uppfoljning:bundled',
      'partials/attendance-line:bundled',
      'partials/item:bundled',
      'partials/kl-person:bundled',
      'partials/signatures:bundled',
    ]);
  });

  it('ejects a template that then overrides the bundled one', () => {
    const dir = workspace();
    expect(sekr(['templates', 'eject', 'protokoll'], { cwd: dir }).code).toBe(0);
    const mine = join(dir, 'data/templates/protokoll.md.hbs');
    writeFileSync(mine, readFileSync(mine, 'utf8').replace('# Protokoll {{group.name}}', '# Justerat protokoll {{group.name}}'));
    expect(sekr(['templates', 'list'], { cwd: dir }).stdout).toMatch(/protokoll\s+yours, overrides bundled\s+data\/templates\/protokoll\.md\.hbs/);
    sekr(['render', 'styrgrupp-narvard/2026-02-27', '--format', 'md'], { cwd: dir });
    expect(readFileSync(join(dir, 'out/styrgrupp-narvard/2026-02-27-protokoll.md'), 'utf8')).toMatch(/^# Justerat protokoll Styrgrupp närvård/);
    const again = sekr(['templates', 'eject', 'protokoll'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists already');
  });

  it('names the template file and line of a syntax error', () => {
    const dir = workspace();
    sekr(['templates', 'eject', 'partials/signatures'], { cwd: dir });
    const mine = join(dir, 'data/templates/partials/signatures.md.hbs');
    writeFileSync(mine, readFileSync(mine, 'utf8').replace('{{chair.name}}', '{{#if chair}}{{chair.name}}'));
    const r = sekr(['render', 'styrgrupp-narvard/2026-02-27'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/data\/templates\/partials\/signatures\.md\.hbs:\d+ {2}template partials\/signatures: /);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses names that leave the template folder', () => {
    const r = sekr(['templates', 'eject', '../../etc/passwd'], { cwd: workspace() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a template name');
  });
});

describe('conventions', () => {
  it('prints --version and --help with examples on every command', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(sekr(['--version']).stdout.trim()).toBe(pkg.version);
    for (const cmd of [['validate'], ['groups'], ['members'], ['render'], ['init'], ['templates'], ['templates', 'list'], ['templates', 'eject']]) {
      const r = sekr([...cmd, '--help']);
      expect(r.code, cmd.join(' ')).toBe(0);
      expect(r.stdout, cmd.join(' ')).toMatch(/Examples:\n {2}\$ sekr /);
    }
  });

  it('prints the saved --help of the locale, the same as the program prints', () => {
    for (const [LANG, title] of [
      ['sv_SE.UTF-8', 'Användning: sekr'],
      ['en_US.UTF-8', 'Usage: sekr'],
      ['', 'Användning: sekr'],
    ] as const) {
      const saved = sekr(['--help'], { env: { LANG } });
      const own = sekr(['--help'], { env: { LANG, SEKR_NO_HELP_CACHE: '1' } });
      expect(saved.code, LANG).toBe(0);
      expect(saved.stdout, LANG).toContain(title);
      expect(saved.stdout, LANG).toBe(own.stdout);
    }
    // LC_ALL, then LC_MESSAGES, come before LANG, as the C library reads them.
    expect(sekr(['--help'], { env: { LANG: 'sv_SE.UTF-8', LC_ALL: 'en_GB.UTF-8' } }).stdout).toContain('Usage: sekr');
    expect(sekr(['--help'], { env: { LANG: 'en_US.UTF-8', LC_MESSAGES: 'sv_SE.UTF-8' } }).stdout).toContain('Användning: sekr');
    expect(sekr(['--lang', 'en', '--help'], { env: { LANG: 'sv_SE.UTF-8' } }).stdout).toBe(sekr(['--help']).stdout);
  });

  it('exits 2 on a usage error', () => {
    const r = sekr(['rendr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'rendr'");
  });

  it('uses no colour when NO_COLOR is set, or output is not a terminal', () => {
    const r = sekr(['validate'], { cwd: workspace(), env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(r.stderr).not.toMatch(/\u001b\[/);
  });

  it('does not load docx, markdown-it, handlebars or inquirer for --help, validate and groups', () => {
    const dir = workspace();
    for (const args of [['--help'], ['validate'], ['groups']]) {
      const trace = join(dir, `trace-${args[0]}.txt`);
      rmSync(trace, { force: true });
      const r = sekr(args, { cwd: dir, env: { SEKR_TRACE_FILE: trace }, nodeArgs: ['--import', join(ROOT, 'tests/e2e/fixtures/trace-imports.mjs')] });
      expect(r.code).toBe(0);
      const loaded = readFileSync(trace, 'utf8');
      if (args[0] === '--help') {
        // Printed from the text the build saved: not even the program is loaded.
        expect(r.stdout).toContain('Usage: sekr');
        expect(loaded).not.toMatch(/node_modules\//);
      } else expect(loaded, args.join(' ')).toContain('/dist/boot.cjs');
      expect(loaded, args.join(' ')).not.toMatch(/node_modules\/(docx|handlebars|@inquirer|inquirer|markdown-it|marked)\//);
    }
    // ...and render does load them, inside the bundle (dist/cli.cjs), so the trace would see it.
    const trace = join(dir, 'trace-render.txt');
    expect(
      sekr(['render', 'styrgrupp-narvard/2026-02-27', '--format', 'docx'], {
        cwd: dir,
        env: { SEKR_TRACE_FILE: trace },
        nodeArgs: ['--import', join(ROOT, 'tests/e2e/fixtures/trace-imports.mjs')],
      }).code,
    ).toBe(0);
    const rendered = readFileSync(trace, 'utf8');
    expect(rendered).toMatch(/^bundle:node_modules\/handlebars\//m);
    // The bundled templates were compiled by the build: Handlebars' compiler stays unloaded.
    expect(rendered).not.toMatch(/handlebars\/compiler\//);
    expect(rendered).toMatch(/^bundle:node_modules\/markdown-it\//m);
    expect(rendered).toMatch(/^bundle:node_modules\/docx\//m);
    // A template of the secretary's own is compiled when used.
    expect(sekr(['templates', 'eject', 'partials/signatures'], { cwd: dir }).code).toBe(0);
    const ejected = join(dir, 'trace-ejected.txt');
    expect(
      sekr(['render', 'styrgrupp-narvard/2026-02-27', '--format', 'md'], {
        cwd: dir,
        env: { SEKR_TRACE_FILE: ejected },
        nodeArgs: ['--import', join(ROOT, 'tests/e2e/fixtures/trace-imports.mjs')],
      }).code,
    ).toBe(0);
    expect(readFileSync(ejected, 'utf8')).toMatch(/^bundle:node_modules\/handlebars\/dist\/cjs\/handlebars\/compiler\//m);
  });
});

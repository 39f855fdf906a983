/**
 * Templates stay inside: a template or partial that leads (through a link)
 * out of the data folder is refused, so are links to nothing, loops of links
 * and templates over 1 MB; a template that loops for ever or writes without
 * end is stopped (a time limit, an output budget, a worker with a bounded
 * heap) with exit 2 naming the template, never a V8 stack or a hang.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sekr, workspace, type Run } from '../helpers.js';

const PROTOCOL = 'styrgrupp-narvard/2026-02-27';

function refused(r: Run, file: string, message: RegExp | string): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toContain(`sekr: ${file}`);
  if (typeof message === 'string') expect(r.stderr).toContain(message);
  else expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toContain('FATAL ERROR');
  expect(r.stderr + r.stdout).not.toMatch(/root:.*:0:0:/);
}

function withTemplates(files: Record<string, string>): string {
  const ws = workspace();
  for (const [name, text] of Object.entries(files)) {
    const path = join(ws, 'data/templates', name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  return ws;
}

describe('templates stay inside the data folder', () => {
  it.each([
    ['partials/item.md.hbs', '/etc/passwd'],
    ['protokoll.md.hbs', '/etc/passwd'],
    ['partials/signatures.md.hbs', '/etc/hostname'],
  ])('%s as a link to %s: exit 2, nothing of it read', (name, target) => {
    const ws = withTemplates({});
    mkdirSync(join(ws, 'data/templates/partials'), { recursive: true });
    symlinkSync(target, join(ws, 'data/templates', name));
    const r = sekr(['render', PROTOCOL, '--format', 'md'], { cwd: ws });
    refused(r, `data/templates/${name}`, `a link that leads outside the data folder (to ${target})`);
    expect(existsSync(join(ws, 'out'))).toBe(false);
    for (const cmd of [
      ['templates', 'list'],
      ['publish', PROTOCOL],
    ])
      expect(sekr(cmd, { cwd: ws }).code).toBe(2);
  });

  it('a templates folder that is a link out of the data folder is refused too; one inside it is followed', () => {
    const outside = join(tmpdir(), `sekr-outside-${process.pid}`);
    mkdirSync(join(outside, 'partials'), { recursive: true });
    writeFileSync(join(outside, 'partials/item.md.hbs'), 'UTANFÖR\n');
    const ws = workspace();
    symlinkSync(outside, join(ws, 'data/templates'));
    refused(sekr(['render', PROTOCOL, '--format', 'md'], { cwd: ws }), 'data/templates', 'a link that leads outside the data folder');

    const inside = withTemplates({ 'mine/item.md.hbs': '## {{title}} (egen)\n' });
    mkdirSync(join(inside, 'data/templates/partials'), { recursive: true });
    symlinkSync('../mine/item.md.hbs', join(inside, 'data/templates/partials/item.md.hbs'));
    const r = sekr(['render', PROTOCOL, '--format', 'md'], { cwd: inside });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(inside, 'out/styrgrupp-narvard/2026-02-27-protokoll.md'), 'utf8')).toContain('## Val av justerare (egen)');
  });

  it('a link to nothing and a loop of links are clear errors', () => {
    const ws = withTemplates({});
    mkdirSync(join(ws, 'data/templates/partials'), { recursive: true });
    symlinkSync('gone.md.hbs', join(ws, 'data/templates/partials/item.md.hbs'));
    refused(sekr(['render', PROTOCOL], { cwd: ws }), 'data/templates/partials/item.md.hbs', 'a link to nothing (its target is gone)');
    const loop = withTemplates({});
    mkdirSync(join(loop, 'data/templates'), { recursive: true });
    symlinkSync('b.md.hbs', join(loop, 'data/templates/a.md.hbs'));
    symlinkSync('a.md.hbs', join(loop, 'data/templates/b.md.hbs'));
    refused(sekr(['render', PROTOCOL], { cwd: loop }), 'data/templates/a.md.hbs', 'a link that leads round in a loop');
    refused(sekr(['templates', 'list'], { cwd: loop }), 'data/templates/a.md.hbs', 'a link that leads round in a loop');
  });

  it('a template over 1 MB is refused before it is read', () => {
    const ws = withTemplates({ 'protokoll.md.hbs': `# Protokoll\n${'x'.repeat(1024 * 1024)}\n` });
    refused(
      sekr(['render', PROTOCOL, '--format', 'md'], { cwd: ws }),
      'data/templates/protokoll.md.hbs',
      'the template is 1025 kB; a template may be at most 1024 kB',
    );
  });
});

describe('a template that would not end is stopped', () => {
  const nested = (depth: number, inner: string) => `${'{{#each @root.items}}'.repeat(depth)}${inner}${'{{/each}}'.repeat(depth)}`;

  it('nine nested #each (10^9 rounds) that write nothing: stopped by the time limit, exit 2 naming the template', () => {
    const ws = withTemplates({ 'protokoll.md.hbs': `# Protokoll\n\n${nested(9, '')}\n` });
    const started = Date.now();
    const r = sekr(['render', PROTOCOL, '--format', 'md'], { cwd: ws });
    refused(r, 'data/templates/protokoll.md.hbs', 'template protokoll: rendering took more than 10 s and was stopped');
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(existsSync(join(ws, 'out'))).toBe(false);
  }, 60_000);

  it('loops that write without end: stopped by the output budget, long before the memory runs out', () => {
    const ws = withTemplates({ 'protokoll.md.hbs': `# Protokoll\n\n${nested(5, '{{title}}\n{{{body}}}')}\n` });
    const r = sekr(['render', PROTOCOL, '--format', 'md'], { cwd: ws });
    refused(r, 'data/templates/protokoll.md.hbs', /template protokoll: its loops wrote more than 20 million characters/);
  }, 60_000);

  it('in a report too: exit 2 naming the template, nothing written', () => {
    // The notes of 2026-05-22 have six items: 6^7 rounds.
    const ws = withTemplates({ 'motesanteckning.md.hbs': `# Mötesanteckning\n\n${nested(7, '{{title}}\n{{{body}}}')}\n` });
    const r = sekr(['report', '--year', '2026', '--format', 'md', '--jobs', '1'], { cwd: ws });
    refused(r, 'data/templates/motesanteckning.md.hbs', 'template motesanteckning: its loops wrote more than 20 million characters');
    expect(existsSync(join(ws, 'out'))).toBe(false);
  }, 120_000);
});

/**
 * `sekr init` in a real terminal (tmux): it asks for what its flags do not say, and the folder it
 * makes validates at once. Without a terminal it never asks (tests/e2e/organisation.test.ts).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, sekr } from '../helpers.js';
import { requireTmux, Tmux } from './fixtures/tmux.js';

const terminals: Tmux[] = [];
beforeAll(() => requireTmux());
afterAll(() => {
  for (const t of terminals) t.kill();
});

describe('sekr init in a terminal', () => {
  it('asks for the name, the language, the first group, what it keeps and the secretary, and makes a folder that validates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sekr-init-'));
    const term = new Tmux(join(dir, 'tmux.sock'));
    terminals.push(term);
    term.start([process.execPath, BIN, 'init', 'org'], dir, {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? dir,
      TERM: 'xterm-256color',
      LANG: 'C.UTF-8',
      // C.UTF-8 alone is Swedish now: the messages in English, as this test reads them (tests/e2e/svenska-registry.test.ts asks in Swedish).
      LC_MESSAGES: 'en_US.UTF-8',
      NO_COLOR: '1',
    });
    await term.waitForPrompt("The organisation's name:");
    term.type('Vårdsamverkan Skåne Nordost');
    term.keys('Enter');
    await term.waitForPrompt('Language of its documents:');
    term.keys('Enter'); // svenska
    await term.waitForPrompt('Its first group');
    term.type('Politiskt samråd');
    term.keys('Enter');
    await term.waitForPrompt('What does Politiskt samråd keep of its meetings?');
    term.keys('Enter'); // protokoll
    await term.waitForPrompt("The secretary's name:");
    term.type('Eva Bergkvist');
    term.keys('Enter');
    await term.waitForPrompt("The secretary's e-mail (optional):");
    term.type('eva.bergkvist@example.se');
    term.keys('Enter');
    expect(await term.waitForExit()).toBe(0);
    expect(term.screen()).toContain('created org for Vårdsamverkan Skåne Nordost');

    const registry = parse(readFileSync(join(dir, 'org/registry.yaml'), 'utf8'));
    expect(registry.organisation).toMatchObject({ name: 'Vårdsamverkan Skåne Nordost', language: 'sv' });
    expect(registry.groups[0]).toMatchObject({
      id: 'politiskt-samrad',
      name: 'Politiskt samråd',
      kind: 'politiskt-samrad',
      document: 'protokoll',
      secretary: 'eva-bergkvist',
    });
    expect(registry.people).toContainEqual({ id: 'eva-bergkvist', name: 'Eva Bergkvist', email: 'eva.bergkvist@example.se' });
    const v = sekr(['--data', join(dir, 'org'), 'validate']);
    expect(v.code, v.stdout + v.stderr).toBe(0);
  });
});

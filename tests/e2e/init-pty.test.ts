/**
 * `sekr init` in a real terminal (tmux): it asks for what its flags do not say, and the folder it
 * makes validates at once. Without a terminal it never asks (tests/e2e/organisation.test.ts).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sekr } from '../helpers.js';
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
    // In English, as this test reads it (tests/e2e/svenska-registry.test.ts asks in Swedish).
    term.sekr(['init', 'org'], dir, 'en');
    await term.answer("The organisation's name:", 'Vårdsamverkan Skåne Nordost');
    await term.answer('Language of its documents:'); // svenska
    await term.answer('Its first group', 'Politiskt samråd');
    await term.answer('What does Politiskt samråd keep of its meetings?'); // protokoll
    await term.answer("The secretary's name:", 'Eva Bergkvist');
    await term.answer("The secretary's e-mail (optional):", 'eva.bergkvist@example.se');
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

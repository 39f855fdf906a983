/**
 * Names compare as people see them: titles typed in decomposed Unicode (NFD,
 * as macOS and some editors write "Ö" as "O" and a combining diaeresis) are
 * the titles written with "Ö" (NFC).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sekr, workspace, type Run } from '../helpers.js';

const PLANNED = 'strategi-for-halsa/2026-09-11';
const FILE = 'data/meetings/strategi-for-halsa/2026-09-11.yaml';
const NFD = 'Övrigt'.normalize('NFD');

function ok(r: Run): Run {
  expect(r.code, r.stderr).toBe(0);
  return r;
}

const titles = (ws: string): string[] => (parse(readFileSync(join(ws, FILE), 'utf8')) as { items: { title: string }[] }).items.map((i) => i.title);

describe('Övrigt in decomposed Unicode', () => {
  function withNfdOvrigt(): string {
    const ws = workspace();
    ok(sekr(['agenda', 'strategi-for-halsa', '--date', '2026-09-11'], { cwd: ws }));
    const text = readFileSync(join(ws, FILE), 'utf8');
    expect(text).toContain('- title: Övrigt\n');
    writeFileSync(join(ws, FILE), text.replace('- title: Övrigt\n', `- title: ${NFD}\n`));
    expect(NFD).not.toBe('Övrigt');
    return ws;
  }

  it('a new item goes before it, not after', () => {
    const ws = withNfdOvrigt();
    ok(sekr(['item', 'add', PLANNED, '--title', 'Ny punkt'], { cwd: ws }));
    const t = titles(ws);
    expect(t.indexOf('Ny punkt')).toBe(t.indexOf(NFD) - 1);
    expect(t.indexOf(NFD)).toBe(t.length - 2);
  });

  it('item add --title "Övrigt" (either way) fills it; no second Övrigt is added', () => {
    for (const typed of ['Övrigt', NFD.toUpperCase()]) {
      const ws = withNfdOvrigt();
      const before = titles(ws).length;
      const r = ok(sekr(['item', 'add', PLANNED, '--title', typed, '--decision', 'Noteras'], { cwd: ws }));
      expect(r.stderr).toContain('filled');
      expect(titles(ws)).toHaveLength(before);
      expect(titles(ws).filter((t) => t.normalize('NFC').toLowerCase() === 'övrigt')).toHaveLength(1);
    }
  });

  it('the agenda made again keeps one Övrigt', () => {
    const ws = withNfdOvrigt();
    ok(sekr(['agenda', 'strategi-for-halsa', '--date', '2026-09-11'], { cwd: ws }));
    expect(titles(ws).filter((t) => t.normalize('NFC') === 'Övrigt')).toHaveLength(1);
  });
});

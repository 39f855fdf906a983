/**
 * A save keeps what it does not change: the file's permissions and owner, its
 * line endings and byte order mark, and every field and item the command did
 * not touch, byte for byte (comments, folded blocks, flow lists as spaced by
 * hand, comment alignment). A read-only file is refused, not replaced.
 */
import { chmodSync, chownSync, lstatSync, readFileSync, readlinkSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sekr, workspace, type Run } from '../helpers.js';

const PROTOCOL = 'styrgrupp-narvard/2026-02-27';
const FILE = 'data/meetings/styrgrupp-narvard/2026-02-27.yaml';

function ok(r: Run): Run {
  expect(r.code, r.stderr).toBe(0);
  return r;
}

/** The bundled protocol with hand-written touches a library would not keep: a folded block, a flow list spaced by hand, aligned comments. */
function handWritten(ws: string): string {
  let text = readFileSync(join(ws, FILE), 'utf8');
  text = text.replace('adjusters: [tina-isaksson]\n', 'adjusters: [tina-isaksson]      # vald i § 13\n');
  text = text.replace('place: Digitalt via Teams\n', 'place: Digitalt via Teams  # länk i kallelsen\n');
  text = text.replace(
    '  - title: Föregående protokoll\n    body: |\n',
    '  - title: Föregående protokoll\n    decisions: [ "Protokollet läggs till handlingarna." ,  Noteras ]\n    body: |\n',
  );
  text = text.replace(
    '  - title: Reflektioner från dagens möte\n',
    '  - title: Reflektioner från dagens möte\n    attachments: [Bild 1,   Bild 2]   # två bilder\n    carry: >\n      Reflektionerna lyfts\n      vid nästa möte\n',
  );
  writeFileSync(join(ws, FILE), text);
  ok(sekr(['validate'], { cwd: ws }));
  return text;
}

/** The text of each item (from "  - title:" to the next), by title. */
function itemTexts(text: string): Map<string, string> {
  const parts = text.split(/(?=^ {2}- title: )/m).slice(1);
  return new Map(parts.map((p) => [/^ {2}- title: (.*)/.exec(p)![1]!, p.replace(/\r?\n(next:|adjusted:)[\s\S]*$/, '')]));
}

describe('a save keeps what it does not change', () => {
  it('untouched items, fields and comments stay byte for byte; only the item changed is written anew', () => {
    const ws = workspace();
    const before = handWritten(ws);
    ok(sekr(['item', 'set', PROTOCOL, '19', '--decision', 'Informationen noteras'], { cwd: ws }));
    const after = readFileSync(join(ws, FILE), 'utf8');
    const [a, b] = [itemTexts(before), itemTexts(after)];
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [title, text] of a) {
      if (title === 'Hänt sedan sist, den 30 januari 2026') expect(b.get(title)).not.toBe(text);
      else expect(b.get(title), title).toBe(text);
    }
    const head = (t: string) => t.slice(0, t.indexOf('items:'));
    expect(head(after)).toBe(head(before));
    expect(after).toContain('adjusters: [tina-isaksson]      # vald i § 13\n');
    expect(after).toContain('    carry: >\n      Reflektionerna lyfts\n      vid nästa möte\n');
    expect(after).toContain('    decisions: [ "Protokollet läggs till handlingarna." ,  Noteras ]\n');
    expect(parse(after).items[7].decisions).toEqual(['Informationen noteras']);
  });

  it('keeps CRLF line endings and the byte order mark', () => {
    const ws = workspace();
    const before = `\uFEFF${handWritten(ws).replace(/\n/g, '\r\n')}`;
    writeFileSync(join(ws, FILE), before);
    ok(sekr(['item', 'set', PROTOCOL, '21', '--notes', 'Ordförande tackar.\nNästa möte är den 27 mars.'], { cwd: ws }));
    const after = readFileSync(join(ws, FILE), 'utf8');
    expect(after.charCodeAt(0)).toBe(0xfeff);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(after).toContain('      Ordförande tackar.\r\n      Nästa möte är den 27 mars.\r\n');
    expect(after.slice(0, after.indexOf('  - title: Mötet avslutas'))).toBe(before.slice(0, before.indexOf('  - title: Mötet avslutas')));
    ok(sekr(['validate'], { cwd: ws }));
  });

  it('keeps the mode of a private file (600), and the owner where it can', () => {
    const ws = workspace();
    const path = join(ws, FILE);
    chmodSync(path, 0o600);
    const root = process.getuid?.() === 0;
    if (root) chownSync(path, 65534, 65534);
    ok(sekr(['item', 'set', PROTOCOL, '21', '--decision', 'Mötet avslutas'], { cwd: ws }));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    if (root) expect([statSync(path).uid, statSync(path).gid]).toEqual([65534, 65534]);
    chmodSync(path, 0o640);
    ok(sekr(['item', 'set', PROTOCOL, '21', '--decision', 'Mötet avslutas.'], { cwd: ws }));
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('refuses a read-only file (444), exit 1, and leaves it as it was', () => {
    const ws = workspace();
    const path = join(ws, FILE);
    chmodSync(path, 0o444);
    const before = readFileSync(path);
    const r = sekr(['item', 'set', PROTOCOL, '21', '--decision', 'Mötet avslutas'], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot write ${FILE}: the file is read-only`);
    expect(r.stderr).toContain('chmod u+w');
    expect(r.stderr).not.toContain('internal error');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o444);
  });

  it('writes through a link to the file it points to, and the link stays', () => {
    const ws = workspace();
    const path = join(ws, FILE);
    const real = join(ws, 'protokoll-2026-02-27.yaml');
    renameSync(path, real);
    symlinkSync(real, path);
    ok(sekr(['item', 'set', PROTOCOL, '21', '--decision', 'Mötet avslutas'], { cwd: ws }));
    expect(lstatSync(path).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path)).toBe(real);
    expect(parse(readFileSync(real, 'utf8')).items[9].decisions).toEqual(['Mötet avslutas']);
  });

  it('adjust adds its fields and the seal, and changes no other line', () => {
    const ws = workspace();
    const before = handWritten(ws).replace('\nstatus: draft\n', '\nstatus: sent\n');
    writeFileSync(join(ws, FILE), before);
    ok(sekr(['adjust', PROTOCOL, '--date', '2026-03-05', '--yes'], { cwd: ws }));
    const after = readFileSync(join(ws, FILE), 'utf8');
    const removed = before.split('\n').filter((l) => !after.split('\n').includes(l));
    expect(removed).toEqual(['status: sent']);
    expect(after.startsWith(before.replace('\nstatus: sent\n', '\nstatus: adjusted\n').replace(/\n$/, ''))).toBe(true);
    ok(sekr(['verify'], { cwd: ws }));
  });
});

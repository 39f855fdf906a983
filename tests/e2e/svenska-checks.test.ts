/**
 * What a Swedish secretary sees of sekr's checks by default (a Swedish locale): the problems of
 * `sekr validate`, the refusal to change a meeting that is the record, and a sealed meeting
 * edited by hand; English only when asked for.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEALED_NOTES, sekr, workspace } from '../helpers.js';

const SV = { LANG: 'sv_SE.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined };
const PROTOCOL = 'data/meetings/styrgrupp-narvard/2026-02-27.yaml';

/** A copy of the bundled data with `from` replaced by `to` in `file`. */
function edited(file: string, from: string, to: string): string {
  const ws = workspace();
  const path = join(ws, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
  return ws;
}

describe('sekr validate in Swedish', () => {
  let ws: string;
  beforeAll(() => {
    ws = edited(PROTOCOL, 'chair: nina-landstrom', 'chair: zz-okand');
  });

  it('names an unknown person, where, and how to put it right', () => {
    const r = sekr(['validate'], { cwd: ws, env: SV });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain(
      `${PROTOCOL}:9:8  okänd person 'zz-okand' som sammanträdets ordförande  (lägg till personen under people: i registry.yaml)`,
    );
  });

  it('says it in English with --lang en', () => {
    const r = sekr(['validate', '--lang', 'en'], { cwd: ws, env: SV });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain(`unknown person 'zz-okand' as chair of the meeting  (add the person under people: in registry.yaml)`);
    expect(r.stdout + r.stderr).not.toContain('okänd person');
  });

  it('explains a rule of Kommunallagen (a written reservation) in Swedish', () => {
    const dir = workspace();
    const path = join(dir, PROTOCOL);
    const text = readFileSync(path, 'utf8');
    // A written reservation dated before the meeting it reserves against.
    const reservation = '    reservations:\n      - { by: nina-landstrom, submitted: 2026-01-01 }\n';
    const at = text.indexOf('\n  - title:', text.indexOf('\nitems:')) + 1;
    const next = text.indexOf('\n  - title:', at) + 1;
    writeFileSync(path, text.slice(0, next) + reservation + text.slice(next));
    const r = sekr(['validate'], { cwd: dir, env: SV });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain(
      'den skriftliga reservationen från nina-landstrom är daterad 2026-01-01, före sammanträdet (2026-02-27)  (ange dagen då den lämnades in)',
    );
  });
});

describe('a value of the wrong form, in Swedish', () => {
  it('says what the schema expects of a date and of the mode', () => {
    const ws = edited(PROTOCOL, 'mode: digital', 'mode: hybrid');
    const path = join(ws, PROTOCOL);
    writeFileSync(path, readFileSync(path, 'utf8').replace('date: 2026-02-27', 'date: 2026-02-30'));
    const r = sekr(['validate'], { cwd: ws, env: SV });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain(`${PROTOCOL}:4:7  date: datumet finns inte i kalendern`);
    expect(r.stdout + r.stderr).toContain(`${PROTOCOL}:7:7  mode: mode är digital eller fysiskt`);
  });
});

describe('a meeting that is the record, in Swedish', () => {
  it('refuses a change to approved notes, and says where a correction goes', () => {
    const ws = workspace();
    const before = readFileSync(join(ws, SEALED_NOTES), 'utf8');
    const r = sekr(['attendance', 'strategi-for-halsa/2026-05-22', '--all-present'], { cwd: ws, env: SV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'strategi-for-halsa/2026-05-22 godkändes 2026-05-29: det är nu den slutliga handlingen och sekr ändrar den inte  ' +
        '(en rättelse förs in i anteckningarna från ett senare möte)',
    );
    expect(readFileSync(join(ws, SEALED_NOTES), 'utf8')).toBe(before);
  });

  it('stops at sealed notes edited by hand, naming what changed', () => {
    const ws = edited(SEALED_NOTES, 'place: Digitalt, via Teams', 'place: Digitalt via Zoom');
    const r = sekr(['status'], { cwd: ws, env: SV });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ett förseglat sammanträde har ändrats för hand sedan dess; sekr läser det inte som den slutliga handlingen');
    expect(r.stderr).toContain('(sekr verify visar varje ändring)');
    expect(r.stderr).toContain('strategi-for-halsa/2026-05-22 förseglades 2026-05-29 och har ändrats sedan dess: place');
    expect(r.stderr).toContain('återställ filen som den var när den förseglades (t.ex. git checkout -- FIL)');
  });
});

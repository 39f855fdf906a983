import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/base/i18n.js';
import { validateFolder } from '../../src/check/folder.js';
import { workspace } from '../helpers.js';

// These tests read sekr's English; a Swedish user's messages are tested in tests/e2e/svenska-checks.test.ts.
beforeAll(() => setLanguage('en'));

/** A copy of the bundled data with one file changed; returns the data folder. */
function dataWith(file: string, change: (text: string) => string): string {
  const data = join(workspace(), 'data');
  const path = join(data, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return data;
}

function lineOf(data: string, file: string, needle: string): number {
  const lines = readFileSync(join(data, file), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return i + 1;
}

const REG = 'registry.yaml';
const PROTOCOL = 'meetings/styrgrupp-narvard/2026-02-27.yaml';

describe('validate', () => {
  it('finds nothing wrong in the bundled data', () => {
    const report = validateFolder(join(workspace(), 'data'));
    expect(report.problems).toEqual([]);
    expect(report.meetings).toBe(4);
    expect(report.plans).toBe(1);
  });

  it('names an unknown person with the nearest ids', () => {
    const data = dataWith(REG, (t) => t.replace('{ person: tina-isaksson, category: Kommun }', '{ person: tina-isakson, category: Kommun }'));
    const [p] = validateFolder(data).problems;
    expect(p).toMatchObject({
      line: lineOf(data, REG, 'tina-isakson,'),
      message: "unknown person 'tina-isakson' in members of styrgrupp-narvard",
      hint: "did you mean 'tina-isaksson'?",
    });
    expect(p!.file).toMatch(/registry\.yaml$/);
    expect(p!.col).toBe(19);
  });

  it('names an unknown field at its key, with the field meant', () => {
    const data = dataWith(REG, (t) => t.replace('    chair: nina-landstrom', '    chiar: nina-landstrom'));
    const [p] = validateFolder(data).problems;
    expect(p).toMatchObject({ line: lineOf(data, REG, 'chiar:'), col: 5, message: "unknown field 'chiar' in groups[2]", hint: "did you mean 'chair'?" });
  });

  it('reports a missing field at the entry that lacks it', () => {
    const data = dataWith(REG, (t) => t.replace('    name: Beredningsgrupp\n', ''));
    const [p] = validateFolder(data).problems;
    expect(p).toMatchObject({ line: lineOf(data, REG, '- id: beredningsgrupp'), message: "missing field 'name' in groups[4]" });
  });

  it('reports tabs in the indentation as a YAML problem with the fix', () => {
    const data = dataWith(REG, (t) => t.replace('  office: Närvårdskontoret', '\toffice: Närvårdskontoret'));
    const [p] = validateFolder(data).problems;
    expect(p).toMatchObject({ line: lineOf(data, REG, '\toffice'), hint: 'indent with spaces, not tabs' });
    expect(p!.message).toMatch(/^YAML: /);
  });

  it('refuses a date that is not in the calendar', () => {
    const data = dataWith(PROTOCOL, (t) => t.replace('date: 2026-03-27', 'date: 2026-02-30'));
    const [p] = validateFolder(data).problems;
    expect(p).toMatchObject({ line: lineOf(data, PROTOCOL, '2026-02-30'), message: 'next.date: no such date in the calendar, got "2026-02-30"' });
  });

  it('refuses a duplicate id and says where the first one is', () => {
    const data = dataWith(REG, (t) => t.replace('{ id: magnus-stenmark,', '{ id: tina-isaksson,'));
    const problems = validateFolder(data).problems;
    expect(problems.find((p) => p.message.startsWith('duplicate'))).toMatchObject({
      line: lineOf(data, REG, 'id: tina-isaksson, name: Magnus'),
      message: "duplicate id 'tina-isaksson' in people",
      hint: `it is already used at line ${lineOf(data, REG, 'id: tina-isaksson, name: Tina')}: give each an id of its own`,
    });
  });

  it('refuses a substitute for someone who is present', () => {
    const data = dataWith(PROTOCOL, (t) => t.replace('{ person: pia-hendberg, for: malin-anell }', '{ person: pia-hendberg, for: tina-isaksson }'));
    const [p] = validateFolder(data).problems;
    expect(p).toMatchObject({ line: lineOf(data, PROTOCOL, 'for: tina-isaksson'), message: 'pia-hendberg stands in for tina-isaksson, who is present' });
  });

  it('refuses a person in two roles of one group', () => {
    const data = dataWith(REG, (t) =>
      t.replace(
        '      - { person: magnus-stenmark, category: Kommun }',
        '      - { person: magnus-stenmark, category: Kommun }\n      - { person: magnus-stenmark, role: adjungerad }',
      ),
    );
    const [p] = validateFolder(data).problems;
    expect(p!.message).toBe('magnus-stenmark is listed twice in styrgrupp-narvard (as ledamot and as adjungerad)');
  });

  it('reports a gap in paragraph numbers at the later meeting', () => {
    const data = join(workspace(), 'data');
    writeFileSync(
      join(data, 'meetings/styrgrupp-narvard/2026-03-27.yaml'),
      'date: 2026-03-27\nstatus: planned\nfirstParagraph: 25\nitems:\n  - title: Mötets öppnande\n',
    );
    const [p] = validateFolder(data).problems;
    expect(p).toMatchObject({
      line: 3,
      col: 17,
      message: 'firstParagraph is 25, but the previous meeting (2026-02-27) ends at § 21: a gap: §§ 22–24 are in no meeting',
      hint: 'set firstParagraph: 22, or remove it to count on from the previous meeting',
    });
  });

  it('refuses a meeting of a group that does not exist', () => {
    const data = join(workspace(), 'data');
    mkdirSync(join(data, 'meetings/styrgrupp-narvrd'));
    writeFileSync(join(data, 'meetings/styrgrupp-narvrd/2026-04-24.yaml'), 'date: 2026-04-24\n');
    const [p] = validateFolder(data).problems;
    expect(p).toMatchObject({
      line: 1,
      col: 1,
      message: "no group 'styrgrupp-narvrd' in the registry (the folder meetings/styrgrupp-narvrd/ names it)",
      hint: "did you mean 'styrgrupp-narvard'?",
    });
  });

  it('says what type a field wants', () => {
    const data = dataWith(REG, (t) => t.replace('population: 9790,', 'population: many,'));
    const [p] = validateFolder(data).problems;
    expect(p).toMatchObject({ line: lineOf(data, REG, 'population: many'), message: 'municipalities[0].population: population is a whole number, got "many"' });
  });

  it('refuses an alias bomb, naming the limit', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const data = dataWith(PROTOCOL, () => bomb.join('\n') + '\n');
    const [p] = validateFolder(data).problems;
    expect(p!.message).toMatch(/alias.*limit is 100/);
  });

  it('refuses an empty file', () => {
    const data = dataWith(PROTOCOL, () => '\n');
    const [p] = validateFolder(data).problems;
    expect(p).toMatchObject({ line: 1, message: 'file is empty' });
  });

  it('refuses an id that could escape its folder', () => {
    const data = dataWith(REG, (t) => t.replace('- id: beredningsgrupp', '- id: ../beredningsgrupp'));
    const [p] = validateFolder(data).problems;
    expect(p!.message).toMatch(/not a valid id/);
  });
});

/**
 * `sekr schema`: the JSON Schema an editor checks the data files with. Checked
 * with a validator sekr does not use (ajv, draft 2020-12): every bundled file
 * passes, and the broken files of the bad-input corpus that one file alone
 * can show wrong fail too. What spans files (an unknown person, § numbers) and
 * what JSON Schema cannot say (2026-02-30, a meeting that ends before it
 * starts) stay `sekr validate`'s.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, sekr } from '../helpers.js';

type Kind = 'registry' | 'meeting' | 'plan';
const KINDS: Kind[] = ['registry', 'meeting', 'plan'];

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.yaml')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Which schema a file of a data folder answers to, by where it is. */
function kindOf(relPath: string): Kind | undefined {
  if (relPath === 'registry.yaml') return 'registry';
  if (/^meetings\/[^/]+\/\d{4}-\d{2}-\d{2}\.yaml$/.test(relPath)) return 'meeting';
  if (/^plans\/[^/]+\/\d{4}\.yaml$/.test(relPath)) return 'plan';
  return undefined;
}

const schemaDir = join(mkdtempSync(join(tmpdir(), 'sekr-schema-')), 'schema');
const validators = {} as Record<Kind, ValidateFunction>;
let written: unknown;

beforeAll(() => {
  const r = sekr(['schema', '--out', schemaDir, '--json']);
  expect(r.code, r.stderr).toBe(0);
  written = JSON.parse(r.stdout);
  const ajv = new Ajv2020({ allErrors: true }); // strict: unknown keywords or formats would throw
  formats.default(ajv); // CommonJS: the plugin is both the module and its default
  for (const kind of KINDS) validators[kind] = ajv.compile(JSON.parse(readFileSync(join(schemaDir, `${kind}.schema.json`), 'utf8')));
});

function check(kind: Kind, data: unknown): string[] {
  const validate = validators[kind];
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

describe('sekr schema', () => {
  it('writes the registry, meeting and plan schemas, draft 2020-12, as it says', () => {
    expect(readdirSync(schemaDir).sort()).toEqual(['meeting.schema.json', 'plan.schema.json', 'registry.schema.json']);
    expect((written as { files: string[] }).files.map((f) => f.split('/').pop()).sort()).toEqual([
      'meeting.schema.json',
      'plan.schema.json',
      'registry.schema.json',
    ]);
    for (const kind of KINDS) {
      const schema = JSON.parse(readFileSync(join(schemaDir, `${kind}.schema.json`), 'utf8'));
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.type).toBe('object');
      expect(schema.title).toMatch(/^sekr /);
    }
  });

  it('passes every bundled data file', () => {
    const data = join(ROOT, 'data');
    const files = yamlFiles(data);
    const kinds = files.map((f) => kindOf(relative(data, f)));
    expect(kinds.filter((k) => k === 'meeting').length).toBeGreaterThanOrEqual(4);
    expect(kinds).toContain('plan');
    expect(kinds).toContain('registry');
    for (const file of files) {
      const kind = kindOf(relative(data, file));
      if (!kind) continue;
      expect(check(kind, parse(readFileSync(file, 'utf8'))), relative(ROOT, file)).toEqual([]);
    }
  });
});

describe('the bad-input corpus against the schema', () => {
  const BAD = join(ROOT, 'tests', 'bad');
  const cases = readdirSync(BAD).filter((n) => statSync(join(BAD, n)).isDirectory());
  /** The file each case broke (line 2 of its expected.txt, without the line). */
  const broken = (name: string) =>
    readFileSync(join(BAD, name, 'expected.txt'), 'utf8')
      .split('\n')[1]!
      .replace(/:\d+$/, '');

  /** Cases whose broken file one file's schema can refuse. */
  const REFUSED = [
    'string-for-number',
    'list-for-map',
    'map-for-list',
    'top-level-list',
    'group-without-name',
    'meeting-without-date',
    'registry-without-group-kinds',
    'empty-name',
    'null-name',
    'unknown-key-typo',
    'unknown-key-typo-did-you-mean',
    'proto-key',
    'id-with-dotdot',
    'id-with-slash',
    'id-upper-case',
    'date-not-iso',
    'impossible-time-25',
    'time-single-digit-hour',
    'status-not-in-list',
    'mode-invalid',
    'document-kind-invalid',
    'negative-population',
    'financing-region-share-1-5',
    'invalid-email',
    'invalid-url-link',
    'vote-choice-invalid',
    'vote-key-not-an-id',
    'first-paragraph-zero',
    'plan-goal-without-activities',
    'activity-status-invalid',
  ];
  /**
   * Cases the schema lets through, as documented: checks across files, and
   * what JSON Schema cannot express (a real calendar date, a time zone name,
   * a range whose end is after its start).
   */
  const ACCEPTED = [
    'unknown-person-in-group',
    'unknown-person-in-meeting',
    'unknown-person-votes',
    'duplicate-person-id',
    'duplicate-group-id',
    'substitute-for-non-member',
    'chair-not-present',
    'vote-by-absent-member',
    'guest-voting',
    'paragraph-overlap',
    'paragraph-gap',
    'group-kind-unknown',
    'plan-parent-goal-unknown',
    'unknown-plan-activity',
    'impossible-date-feb-30',
    'impossible-month-13',
    'time-ends-before-start',
    'invalid-timezone',
  ];

  it('names only cases that exist', () => {
    for (const name of [...REFUSED, ...ACCEPTED]) expect(cases, name).toContain(name);
  });

  it.each(REFUSED)('%s: refused by ajv too', (name) => {
    const file = broken(name);
    const kind = kindOf(file)!;
    expect(kind, file).toBeDefined();
    const errors = check(kind, parse(readFileSync(join(BAD, name, file), 'utf8')));
    expect(errors, `${name}/${file}`).not.toEqual([]);
  });

  it.each(ACCEPTED)('%s: accepted by ajv (sekr validate finds it)', (name) => {
    const file = broken(name);
    const kind = kindOf(file)!;
    expect(check(kind, parse(readFileSync(join(BAD, name, file), 'utf8'))), `${name}/${file}`).toEqual([]);
  });

  it('every file a case did not break passes the schema', () => {
    for (const name of cases) {
      const dir = join(BAD, name);
      for (const file of yamlFiles(dir)) {
        const rel = relative(dir, file);
        const kind = kindOf(rel);
        if (!kind || rel === broken(name)) continue;
        expect(check(kind, parse(readFileSync(file, 'utf8'))), `${name}/${rel}`).toEqual([]);
      }
    }
  });
});

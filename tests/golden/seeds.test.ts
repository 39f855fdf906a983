/**
 * The golden cases: the bundled meetings, rendered, give back the seed
 * documents: same headings, names, order and text, line by line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sekr, workspace } from '../helpers.js';
import { normalise } from './normalise.js';

const cases = [
  { meeting: 'styrgrupp-narvard/2026-02-27', seed: 'protokoll-2026-02-27-styrgrupp-narvard.txt', output: 'styrgrupp-narvard/2026-02-27-protokoll.md' },
  {
    meeting: 'strategi-for-halsa/2026-05-22',
    seed: 'motesanteckning-2026-05-22-strategi-for-halsa.txt',
    output: 'strategi-for-halsa/2026-05-22-motesanteckning.md',
  },
];

describe.each(cases)('$meeting renders as its seed', ({ meeting, seed, output }) => {
  const dir = workspace();
  const run = sekr(['render', meeting, '--format', 'md'], { cwd: dir });

  it('renders without problems', () => {
    expect(run.stderr).toContain(`wrote out/${output}`);
    expect(run.code).toBe(0);
  });

  it('has every line of the seed, in order, and nothing else', () => {
    const expected = normalise(readFileSync(join(import.meta.dirname, 'seeds', seed), 'utf8'));
    const actual = normalise(readFileSync(join(dir, 'out', output), 'utf8'));
    for (let i = 0; i < expected.length; i++) {
      // One line at a time, so a failure names the first line that differs.
      expect(actual[i], `line ${i + 1} of the normalised seed`).toBe(expected[i]);
    }
    expect(actual.length).toBe(expected.length);
  });
});

describe('the normalisation forgives only white space and markup', () => {
  it('keeps a changed word, and a reordered line, as differences', () => {
    expect(normalise('Dagordningen godkänns.')).not.toEqual(normalise('Dagordningen godkändes.'));
    expect(normalise('a\nb')).not.toEqual(normalise('b\na'));
  });
  it('forgives headings, bold, links, escapes and white space', () => {
    expect(normalise('## 1. **Mötets  öppnande**\n\n[Länk](https://x.se) \\*a\\*')).toEqual(normalise('1. Mötets öppnande\nLänk *a*'));
  });
});

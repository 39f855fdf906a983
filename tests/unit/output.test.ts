/**
 * Text without colour, before (or without) chalk: what sekr prints into a file,
 * a pipe or CI, where chalk is never loaded.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, loadColours, paint } from '../../src/cli/output.js';
import { bad, dim, ok } from '../../src/commands/result.js';

describe('lines without colour', () => {
  it('are the text as it is, whatever tones its parts have', () => {
    expect(paint([ok('✓ klart')])).toBe('✓ klart');
    expect(paint([bad('fel'), ' ', dim('(tips)')])).toBe('fel (tips)');
    expect(paint(['a', ' ', 'b'])).toBe('a b');
  });

  it('writes a problem as file:line:col, the message and the hint, without escapes', () => {
    expect(formatProblem({ file: 'data/registry.yaml', line: 3, col: 5, message: 'must not be empty', hint: 'fill it in' })).toBe(
      'data/registry.yaml:3:5  must not be empty  (fill it in)',
    );
  });

  it('stays plain under NO_COLOR, even when colour is forced', async () => {
    const saved = { NO_COLOR: process.env.NO_COLOR, FORCE_COLOR: process.env.FORCE_COLOR };
    Object.assign(process.env, { NO_COLOR: '1', FORCE_COLOR: '1' });
    try {
      await loadColours(['node', 'sekr', '--color']);
      expect(paint([bad('x')])).toBe('x');
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});

/**
 * A table's column widths from its content: what a column needs is its
 * longest word (so no word breaks inside a cell) and its longest line (what it
 * would take to stay on one line); the widths always fill the text width.
 */
import { describe, expect, it } from 'vitest';
import { columnWidths, type CellNeed } from '../../src/render/docx-table.js';
import { textWidth } from '../../src/render/docx-measure.js';

const WIDTH = 9070;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const need = (word: number, line = word): CellNeed => ({ word, line });

describe('columnWidths', () => {
  it('gives each column at least its longest word, text columns more than number columns', () => {
    const rows = [
      [need(1500, 1500), need(800, 800), need(900, 900)],
      [need(2000, 6000), need(400, 400), need(1700, 5000)],
    ];
    const widths = columnWidths(rows, WIDTH);
    expect(sum(widths)).toBe(WIDTH);
    expect(widths[0]).toBeGreaterThanOrEqual(2000);
    expect(widths[1]).toBeGreaterThanOrEqual(800);
    expect(widths[2]).toBeGreaterThanOrEqual(1700);
    // The number column keeps its minimum; the room goes to the text.
    expect(widths[1]).toBeLessThan(900);
    expect(widths[0]).toBeGreaterThan(widths[2]!);
  });

  it('shares out the room left by the lines when every line fits', () => {
    const widths = columnWidths([[need(1000, 3000), need(500, 1000)]], WIDTH);
    expect(sum(widths)).toBe(WIDTH);
    expect(widths[0]! / widths[1]!).toBeCloseTo(3, 1);
  });

  it('scales the minimums down when not even the longest words fit', () => {
    const widths = columnWidths([[need(6000), need(6000)]], WIDTH);
    expect(widths).toEqual([4535, 4535]);
  });

  it('makes a column of a row with fewer cells, and of an empty one', () => {
    const widths = columnWidths([[need(1000), need(1000), need(1000)], [need(1000)]], WIDTH);
    expect(widths).toHaveLength(3);
    expect(sum(widths)).toBe(WIDTH);
  });
});

describe('textWidth', () => {
  it('measures the wider of Calibri and its stand-in: bold wider than regular, å as a, an unknown character as an em', () => {
    expect(textWidth('Organisation', 10)).toBeGreaterThan(1200);
    expect(textWidth('Organisation', 10, { bold: true })).toBeGreaterThan(textWidth('Organisation', 10));
    expect(textWidth('å', 10)).toBe(textWidth('a', 10));
    expect(textWidth('漢', 10)).toBe(200);
  });
});

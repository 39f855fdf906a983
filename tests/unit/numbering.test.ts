import { describe, expect, it } from 'vitest';
import { numberParagraphs } from '../../src/model/numbering.js';

describe('paragraph numbers run on through the calendar year', () => {
  it('starts at § 1 and continues from the previous meeting', () => {
    const { ranges, problems } = numberParagraphs([
      { date: '2026-03-27', itemCount: 8 },
      { date: '2026-01-30', itemCount: 11 },
    ]);
    expect(ranges.get('2026-01-30')).toEqual({ first: 1, last: 11 });
    expect(ranges.get('2026-03-27')).toEqual({ first: 12, last: 19 });
    expect(problems).toEqual([]);
  });

  it('honours a stated first paragraph when no earlier meeting of the year is known', () => {
    const { ranges } = numberParagraphs([{ date: '2026-02-27', firstParagraph: 12, itemCount: 10 }]);
    expect(ranges.get('2026-02-27')).toEqual({ first: 12, last: 21 });
  });

  it('starts again at § 1 in a new year', () => {
    const { ranges } = numberParagraphs([
      { date: '2025-12-12', firstParagraph: 40, itemCount: 5 },
      { date: '2026-01-30', itemCount: 3 },
    ]);
    expect(ranges.get('2026-01-30')).toEqual({ first: 1, last: 3 });
  });

  it('reports a gap and an overlap with the previous meeting', () => {
    const { problems } = numberParagraphs([
      { date: '2026-01-30', itemCount: 11 },
      { date: '2026-02-27', firstParagraph: 14, itemCount: 10 },
      { date: '2026-03-27', firstParagraph: 20, itemCount: 4 },
    ]);
    expect(problems).toEqual([
      { date: '2026-02-27', previousDate: '2026-01-30', kind: 'gap', expected: 12, stated: 14 },
      { date: '2026-03-27', previousDate: '2026-02-27', kind: 'overlap', expected: 24, stated: 20 },
    ]);
  });

  it('gives a meeting without items an empty range', () => {
    const { ranges } = numberParagraphs([
      { date: '2026-01-30', itemCount: 3 },
      { date: '2026-02-27', itemCount: 0 },
      { date: '2026-03-27', itemCount: 2 },
    ]);
    expect(ranges.get('2026-02-27')).toEqual({ first: 4, last: 3 });
    expect(ranges.get('2026-03-27')).toEqual({ first: 4, last: 5 });
  });
});

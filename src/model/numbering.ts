/**
 * Paragraph numbers of protocols. A group's paragraphs (§) run on through the
 * calendar year: the first § of a meeting is one after the last § of the
 * group's previous meeting that year (municipal practice; the bundled protocol
 * of 2026-02-27 covers §§ 12–21). A meeting file may state its first §, e.g.
 * when earlier meetings of the year are not in the data folder.
 */

export interface NumberedMeeting {
  date: string;
  firstParagraph?: number;
  itemCount: number;
}

export interface ParagraphRange {
  first: number;
  /** first - 1 when the meeting has no items yet. */
  last: number;
}

export interface NumberingProblem {
  date: string;
  previousDate: string;
  kind: 'gap' | 'overlap';
  expected: number;
  stated: number;
}

export function numberParagraphs(meetings: readonly NumberedMeeting[]): {
  ranges: Map<string, ParagraphRange>;
  problems: NumberingProblem[];
} {
  const ranges = new Map<string, ParagraphRange>();
  const problems: NumberingProblem[] = [];
  const sorted = [...meetings].sort((a, b) => a.date.localeCompare(b.date));
  let previous: { date: string; last: number } | undefined;
  for (const m of sorted) {
    if (previous && previous.date.slice(0, 4) !== m.date.slice(0, 4)) previous = undefined;
    const expected = previous ? previous.last + 1 : 1;
    const first = m.firstParagraph ?? expected;
    if (previous && m.firstParagraph !== undefined && m.firstParagraph !== expected) {
      problems.push({
        date: m.date,
        previousDate: previous.date,
        kind: m.firstParagraph > expected ? 'gap' : 'overlap',
        expected,
        stated: m.firstParagraph,
      });
    }
    const range = { first, last: first + m.itemCount - 1 };
    ranges.set(m.date, range);
    previous = { date: m.date, last: range.last };
  }
  return { ranges, problems };
}

/** The numbers a meeting's items take: the § range of a protocol, 1 onwards for meeting notes. */
export function itemNumbers(isProtocol: boolean, range: ParagraphRange): ParagraphRange {
  return isProtocol ? range : { first: 1, last: range.last - range.first + 1 };
}

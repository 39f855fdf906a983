/**
 * A Markdown table as a Word table laid out as a secretary would: columns as
 * wide as their content needs (no word broken inside a cell, text columns
 * wider than number columns), the header row shaded and repeated on every
 * page, and no row split across two pages.
 */
import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType, type IParagraphStyleOptions, type ParagraphChild } from 'docx';
import { textWidth, type Style } from './docx-measure.js';
import { inlineOf, type Node } from './docx-tree.js';

/** Tables are set a point smaller than the text, and a wide one smaller still before any word has to break. */
const TABLE_POINTS = [10, 9];
/** Left and right cell margin: 0.15 cm. */
const CELL_MARGIN = 85;
/**
 * Room a word is given beyond its measured width, for what the measure leaves
 * out (kerning, glyph positions rounded to the layout's units): a word that
 * only just fits may still be broken.
 */
const SLACK = 1.04;

/** The runs of a cell's text, from the document's writer. */
export type InlineRuns = (nodes: Node[]) => ParagraphChild[];

/**
 * A cell's paragraph takes its size, spacing and (in the header row) weight
 * from a style, not from properties of its own: a table of many cells is
 * then a good deal less for Word to read and for the writer to hold.
 */
const cellStyle = (header: boolean, points: number) => `Table${header ? 'Heading' : 'Text'}${points}`;

export const TABLE_STYLES: IParagraphStyleOptions[] = TABLE_POINTS.flatMap((points) =>
  [false, true].map((header) => ({
    id: cellStyle(header, points),
    name: `Table ${header ? 'Heading' : 'Text'} ${points} pt`,
    basedOn: 'Normal',
    run: { size: points * 2, bold: header || undefined },
    paragraph: { spacing: { before: 40, after: 40, line: 240 } },
  })),
);

/** What a column needs of one cell: its longest word and its longest line, in twips, margins included. */
export interface CellNeed {
  word: number;
  line: number;
}

export function table(node: Node, width: number, runs: InlineRuns): Table {
  const rows = node.children.flatMap((section) => section.children); // thead and tbody
  const isHeader = (row: Node) => row.children[0]?.type === 'th';
  const needs = (points: number) => rows.map((row) => row.children.map((cell) => cellNeed(inlineOf(cell), points, isHeader(row))));
  const points = TABLE_POINTS.find((pt) => sum(columnMinimums(needs(pt))) <= width) ?? TABLE_POINTS[TABLE_POINTS.length - 1]!;
  const columns = columnWidths(needs(points), width);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN },
    rows: rows.map((row) => {
      const header = isHeader(row);
      return new TableRow({
        // Only set where true: docx writes false out (w:val="off"), which some readers take for the property itself.
        tableHeader: header || undefined,
        cantSplit: true,
        // The header row stays with the first row under it.
        keepNext: header || undefined,
        children: columns.map(
          (w, i) =>
            new TableCell({
              width: { size: w, type: WidthType.DXA },
              shading: header ? { type: ShadingType.CLEAR, fill: 'D9E2F3', color: 'auto' } : undefined,
              children: [new Paragraph({ style: cellStyle(header, points), children: row.children[i] ? runs(inlineOf(row.children[i]!)) : [] })],
            }),
        ),
      });
    }),
  });
}

/** The longest word and line of a cell's text, as set: bold in the header row and where the text is strong, code in the mono font. */
function cellNeed(nodes: Node[], points: number, bold: boolean): CellNeed {
  let word = 0;
  let line = 0;
  let current = 0;
  let currentLine = 0;
  const endWord = () => {
    word = Math.max(word, current);
    current = 0;
  };
  const walk = (list: Node[], style: Style) => {
    for (const n of list) {
      if (n.type === 'softbreak' || n.type === 'hardbreak') {
        endWord();
        line = Math.max(line, currentLine);
        currentLine = 0;
      } else if (n.type === 'text' || n.type === 'code_inline') {
        const s = n.type === 'code_inline' ? { ...style, code: true } : style;
        for (const char of n.token.content) {
          const w = textWidth(char, points, s);
          currentLine += w;
          if (/\s/.test(char)) endWord();
          else current += w;
        }
      } else walk(n.children, n.type === 'strong' ? { ...style, bold: true } : style);
    }
  };
  walk(nodes, { bold });
  endWord();
  line = Math.max(line, currentLine);
  const margins = 2 * CELL_MARGIN;
  return { word: Math.ceil(word * SLACK) + margins, line: Math.ceil(line * SLACK) + margins };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const columnMinimums = (rows: CellNeed[][]): number[] => columnsOf(rows, (c) => c.word);

function columnsOf(rows: CellNeed[][], of: (c: CellNeed) => number): number[] {
  const count = Math.max(1, ...rows.map((r) => r.length));
  return Array.from({ length: count }, (_, i) => Math.max(2 * CELL_MARGIN, ...rows.map((r) => (r[i] ? of(r[i]!) : 0))));
}

/**
 * Column widths in twips that add up to `width`. Each column is at least as
 * wide as its longest word. When every column's longest line fits, the room
 * left is shared out by those lines' lengths; otherwise what is left above
 * the minimums goes to the columns by how much more their lines would take,
 * so text columns grow and number columns stay narrow. When not even the
 * longest words fit, the minimums are scaled down: a word has to break.
 */
export function columnWidths(rows: CellNeed[][], width: number): number[] {
  const minimum = columnMinimums(rows);
  const natural = columnsOf(rows, (c) => c.line).map((n, i) => Math.max(n, minimum[i]!));
  let widths: number[];
  if (sum(minimum) >= width) widths = minimum.map((m) => (m * width) / sum(minimum));
  else if (sum(natural) <= width) widths = natural.map((n) => n + ((width - sum(natural)) * n) / sum(natural));
  else {
    const more = natural.map((n, i) => n - minimum[i]!);
    widths = minimum.map((m, i) => m + ((width - sum(minimum)) * more[i]!) / sum(more));
  }
  const rounded = widths.map(Math.floor);
  // What rounding down left over goes to the first column, so the table is exactly as wide as the text.
  rounded[0]! += width - sum(rounded);
  return rounded;
}

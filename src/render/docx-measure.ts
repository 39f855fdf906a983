/**
 * How wide a piece of text is set, in twips, for sizing a table's columns.
 *
 * The documents are set in Calibri. Word has it; LibreOffice without Calibri
 * or its metric twin Carlito shows DejaVu Sans instead (as on a server or in
 * CI), which is wider for nearly every character. A column is sized for the
 * wider of the two, so a word fits whole in both: these are DejaVu Sans's
 * advance widths, in thousandths of an em, read from its font files.
 */

/** U+0020 to U+007E. */
const ASCII = {
  regular: [
    318, 401, 460, 838, 637, 951, 780, 275, 391, 391, 500, 838, 318, 361, 318, 337, 637, 637, 637, 637, 637, 637, 637, 637, 637, 637, 337, 337, 838, 838, 838,
    531, 1000, 685, 687, 699, 771, 632, 576, 775, 752, 295, 295, 656, 558, 863, 749, 788, 604, 788, 695, 635, 611, 732, 685, 989, 686, 611, 686, 391, 337, 391,
    838, 500, 500, 613, 635, 550, 635, 616, 353, 635, 634, 278, 278, 580, 278, 975, 634, 612, 635, 635, 412, 521, 393, 634, 592, 818, 592, 592, 525, 637, 337,
    637, 838,
  ],
  bold: [
    349, 457, 521, 838, 696, 1002, 873, 307, 458, 458, 523, 838, 380, 416, 380, 366, 696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838,
    581, 1000, 774, 763, 734, 831, 684, 684, 821, 837, 373, 373, 775, 638, 996, 837, 851, 733, 851, 771, 721, 683, 813, 774, 1104, 771, 725, 726, 458, 366, 458,
    838, 500, 500, 675, 716, 593, 716, 679, 436, 716, 712, 343, 343, 666, 343, 1042, 712, 688, 716, 716, 494, 596, 479, 712, 652, 924, 646, 652, 583, 712, 366,
    712, 838,
  ],
};

/** U+00A0 to U+00FF: §, °, ½, and the letters å, ä, ö, é, ü ... */
const LATIN_1 = {
  regular: [
    318, 401, 637, 637, 637, 637, 337, 500, 500, 1000, 472, 612, 838, 361, 1000, 500, 500, 838, 401, 401, 500, 637, 637, 318, 500, 401, 472, 612, 970, 970, 970,
    531, 685, 685, 685, 685, 685, 685, 975, 699, 632, 632, 632, 632, 295, 295, 295, 295, 775, 749, 788, 788, 788, 788, 788, 838, 788, 732, 732, 732, 732, 611,
    605, 630, 613, 613, 613, 613, 613, 613, 982, 550, 616, 616, 616, 616, 278, 278, 278, 278, 612, 634, 612, 612, 612, 612, 612, 838, 612, 634, 634, 634, 634,
    592, 635, 592,
  ],
  bold: [
    349, 457, 696, 696, 637, 696, 366, 500, 500, 1000, 564, 646, 838, 416, 1000, 500, 500, 838, 438, 438, 500, 736, 637, 380, 500, 438, 564, 646, 1036, 1036,
    1036, 581, 774, 774, 774, 774, 774, 774, 1085, 734, 684, 684, 684, 684, 373, 373, 373, 373, 838, 837, 851, 851, 851, 851, 851, 838, 851, 813, 813, 813, 813,
    725, 738, 720, 675, 675, 675, 675, 675, 675, 1048, 593, 679, 679, 679, 679, 343, 343, 343, 343, 688, 712, 688, 688, 688, 688, 688, 838, 688, 712, 712, 712,
    712, 652, 716, 652,
  ],
};

/** Punctuation that Swedish text and the templates use beyond Latin-1: dashes, quotes, bullet, ellipsis, non-breaking hyphen, euro. */
const OTHER: Record<string, { regular: number; bold: number }> = {
  '–': { regular: 500, bold: 500 },
  '—': { regular: 1000, bold: 1000 },
  '‘': { regular: 318, bold: 380 },
  '’': { regular: 318, bold: 380 },
  '“': { regular: 519, bold: 658 },
  '”': { regular: 519, bold: 658 },
  '•': { regular: 590, bold: 640 },
  '…': { regular: 1000, bold: 1000 },
  '‑': { regular: 361, bold: 416 },
  '€': { regular: 637, bold: 696 },
};

/** Any other character: an em, wider than nearly every glyph of a text font. */
const UNKNOWN = 1000;
/** DejaVu Sans Mono, for code: every character the same. */
const MONO = 602;

export interface Style {
  bold?: boolean;
  code?: boolean;
}

/** The advance of one character, in thousandths of an em. */
function advance(char: string, style: Style): number {
  if (style.code) return MONO;
  const weight = style.bold ? 'bold' : 'regular';
  const c = char.charCodeAt(0);
  if (c >= 0x20 && c <= 0x7e) return ASCII[weight][c - 0x20]!;
  if (c >= 0xa0 && c <= 0xff) return LATIN_1[weight][c - 0xa0]!;
  return OTHER[char]?.[weight] ?? UNKNOWN;
}

/** The width of text set at `points`, in twips (twentieths of a point). */
export function textWidth(text: string, points: number, style: Style = {}): number {
  let em = 0;
  for (const char of text) em += advance(char, style);
  return (em * points * 20) / 1000;
}

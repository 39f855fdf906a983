/**
 * What every page and paragraph of sekr's Word documents share: A4 with the
 * margins Swedish offices print with, Calibri, the Title and Heading styles,
 * the list numbering, and the page header and footer.
 */
import {
  AlignmentType,
  Footer,
  Header,
  LevelFormat,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type ILevelsOptions,
  type INumberingOptions,
  type ISectionPropertiesOptions,
  type IStylesOptions,
} from 'docx';
import { TABLE_STYLES } from './docx-table.js';

const FONT = 'Calibri';
export const MONO = 'Consolas';

/** A4, margins of 2.5 cm (1418 twentieths of a point), as Swedish offices print. */
const PAGE = { width: 11906, height: 16838, margin: 1418 };
/** The width between the margins: a table's and the header's. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

export const PAGE_PROPERTIES: ISectionPropertiesOptions = {
  page: {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, header: 708, footer: 708, gutter: 0 },
  },
};

const HEADING_COLOUR = '1F3864';

/**
 * Word's own style ids and names ("Title", "Heading1" named "heading 1"), so
 * Word and LibreOffice take them for their built-in styles: the navigation
 * pane and the PDF's bookmarks list the headings (their outline level), and
 * the tagged PDF marks them H1, H2... A heading keeps with what follows it.
 */
export function styles(language: string): IStylesOptions {
  const heading = (level: number, size: number, before: number) => ({
    run: { font: FONT, size, bold: true, color: HEADING_COLOUR },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel: level - 1 },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: 22, language: { value: language } },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      title: { run: { font: FONT, size: 36, bold: true, color: HEADING_COLOUR }, paragraph: { spacing: { after: 240 }, keepNext: true, keepLines: true } },
      heading1: heading(1, 28, 360),
      heading2: heading(2, 24, 240),
      heading3: heading(3, 22, 200),
      heading4: heading(4, 22, 160),
      heading5: heading(5, 22, 120),
      heading6: heading(6, 22, 120),
      hyperlink: { run: { color: '0563C1', underline: {} } },
    },
    paragraphStyles: [
      { id: 'Header', name: 'header', basedOn: 'Normal', run: { size: 18 } },
      { id: 'Footer', name: 'footer', basedOn: 'Normal', run: { size: 18 } },
      ...TABLE_STYLES,
    ],
  };
}

export const BULLETS = 'sekr-bullets';
export const NUMBERS = 'sekr-numbers';

/** Bullets with the glyphs Word offers first, numbers as "1."; one indent step (720) a level. */
export const NUMBERING: INumberingOptions = {
  config: [
    { reference: BULLETS, levels: levels((level) => ({ format: LevelFormat.BULLET, text: ['●', '○', '■'][level % 3]! })) },
    { reference: NUMBERS, levels: levels((level) => ({ format: LevelFormat.DECIMAL, text: `%${level + 1}.` })) },
  ],
};

function levels(look: (level: number) => Pick<ILevelsOptions, 'format' | 'text'>): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    ...look(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

/**
 * The page header: whose document it is, and on the right, when the document
 * is not final, what it is instead ("Utkast – ej justerat", "Preliminär").
 */
export function pageHeader(text: string, draft?: string): Header {
  const children = [new TextRun({ text, color: '595959', size: 18 })];
  if (draft) children.push(new TextRun({ children: [new Tab(), draft], bold: true, color: 'C00000', size: 18 }));
  return new Header({ children: [new Paragraph({ style: 'Header', tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }], children })] });
}

/** The footer, centred; {page} and {pages} become the fields PAGE and NUMPAGES, which Word and LibreOffice fill in. */
export function pageFooter(text: string): Footer {
  const runs = text
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => {
      if (part === '{page}') return new TextRun({ children: [PageNumber.CURRENT], size: 18 });
      if (part === '{pages}') return new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 });
      return new TextRun({ text: part, size: 18 });
    });
  return new Footer({ children: [new Paragraph({ style: 'Footer', alignment: AlignmentType.CENTER, children: runs })] });
}

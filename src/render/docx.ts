/**
 * Markdown to a Word document, through the docx library: Title and Heading
 * styles (navigable), real lists and tables, a signatures block with lines to
 * sign, the page header (with the draft mark) and a "Sida X av Y" footer,
 * document properties and the document's language. The Markdown is the
 * single source; this module only lays it out.
 *
 * markdown-it and docx are loaded with this module, when a DOCX is asked for.
 */
import {
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  NoBreakHyphen,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
  type Table,
} from 'docx';
import { mark } from '../base/timing.js';
import { BULLETS, MONO, NUMBERING, NUMBERS, PAGE_PROPERTIES, pageFooter, pageHeader, styles, TEXT_WIDTH } from './docx-page.js';
import { table } from './docx-table.js';
import { inlineOf, markdownTree, plainText, type Node } from './docx-tree.js';

/** @public bench/docx.mjs times the parser on its own. */
export { markdownParser } from './docx-tree.js';

export interface DocxMeta {
  title: string;
  creator?: string;
  subject?: string;
  description?: string;
  /** Text of the page header. */
  header: string;
  /** Set while the document is not final: said on the right of the page header. */
  draft?: string;
  /** Footer text; {page} and {pages} become the page number and the page count. */
  footer: string;
  language: string;
  /** Extra document properties, shown in Word under File > Info. */
  properties?: Record<string, string>;
  /** Pictures the Markdown refers to by file name: an SVG, with a PNG for Word versions without SVG. */
  images?: Record<string, DocxImage>;
}

export interface DocxImage {
  svg: string;
  png: Uint8Array;
  width: number;
  height: number;
}

type Block = Paragraph | Table;

interface Format {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
}

const SIGNATURES_START = /^<!--\s*sekr:signatures\s*-->/;
const SIGNATURES_END = /^<!--\s*\/sekr:signatures\s*-->/;
/** # is the document's title, ## a paragraph's heading (Heading1), and so on down. */
const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5];
/** An ISO date, whose hyphens in a heading do not break: a title is never left ending in "2026-04-". */
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/g;
/** Space between a table and the paragraph after it (a vote's result under the vote). */
const AFTER_TABLE = 240;

/**
 * What XML 1.0 cannot hold: the C0 controls but tab, newline and carriage return, U+FFFE and U+FFFF,
 * and lone surrogates (with the u flag a pair is one code point, outside the class). A Word document
 * with any of them does not open; docx drops some of them, but writes U+FFFE and U+FFFF as they are.
 */
// eslint-disable-next-line no-control-regex -- these characters are what it finds
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;
const xmlSafe = (text: string) => text.replace(NOT_IN_XML, '');

export async function markdownToDocx(markdown: string, meta: DocxMeta): Promise<Buffer> {
  mark('docx');
  const nodes = await markdownTree(xmlSafe(markdown));
  mark('parsed the Markdown');
  const children = blocks({ images: meta.images ?? {}, orderedLists: 0 }, nodes);
  const safe = (text: string | undefined) => (text === undefined ? undefined : xmlSafe(text));
  const document = new Document({
    title: safe(meta.title),
    creator: safe(meta.creator),
    lastModifiedBy: safe(meta.creator),
    subject: safe(meta.subject),
    description: safe(meta.description),
    revision: 1,
    customProperties: Object.entries(meta.properties ?? {}).map(([name, value]) => ({ name: xmlSafe(name), value: xmlSafe(value) })),
    styles: styles(meta.language),
    numbering: NUMBERING,
    sections: [
      {
        properties: PAGE_PROPERTIES,
        headers: { default: pageHeader(xmlSafe(meta.header), safe(meta.draft)) },
        footers: { default: pageFooter(xmlSafe(meta.footer)) },
        children,
      },
    ],
  });
  mark('docx tree');
  const buffer = await Packer.toBuffer(document);
  mark('docx packed');
  return buffer;
}

/** What the blocks of one document share: its pictures, and a count of its ordered lists, so that each starts at 1. */
interface Context {
  images: Record<string, DocxImage>;
  orderedLists: number;
}

function blocks(ctx: Context, nodes: Node[]): Block[] {
  const out: Block[] = [];
  let signers: Node[] | undefined;
  nodes.forEach((node, i) => {
    if (node.type === 'html_block' && SIGNATURES_START.test(node.token.content.trim())) {
      signers = [];
      return;
    }
    if (signers) {
      if (node.type === 'html_block' && SIGNATURES_END.test(node.token.content.trim())) {
        out.push(...signatures(ctx, signers));
        signers = undefined;
      } else signers.push(node);
      return;
    }
    out.push(...block(ctx, node, { afterTable: nodes[i - 1]?.type === 'table', beforeTable: nodes[i + 1]?.type === 'table' }));
  });
  if (signers) out.push(...signatures(ctx, signers));
  return out;
}

function block(ctx: Context, node: Node, around: { afterTable?: boolean; beforeTable?: boolean; indent?: number } = {}): Block[] {
  const indent = around.indent ?? 0;
  switch (node.type) {
    case 'heading': {
      const depth = Number(node.token.tag.slice(1));
      return [new Paragraph({ heading: HEADINGS[Math.min(depth, 6) - 1], children: inline(ctx, inlineOf(node), {}, { keepDates: true }) })];
    }
    case 'paragraph': {
      const content = inlineOf(node);
      // A picture's line grows with it: LibreOffice cuts a picture to the line height otherwise.
      const picture = content.some((x) => x.type === 'image') ? { line: 240, lineRule: LineRuleType.AUTO } : {};
      const spacing = { ...picture, ...(around.afterTable ? { before: AFTER_TABLE } : {}) };
      return [
        new Paragraph({
          children: inline(ctx, content),
          spacing: Object.keys(spacing).length ? spacing : undefined,
          indent: indent ? { left: indent } : undefined,
          // A line that introduces what follows ("Att göra:", a vote's question above its table) stays with it.
          keepNext: around.beforeTable || plainText(content).trimEnd().endsWith(':') || undefined,
        }),
      ];
    }
    case 'bullet_list':
    case 'ordered_list':
      return list(ctx, node, 0, indent, around.afterTable);
    case 'table':
      return [table(node, TEXT_WIDTH - indent, (nodes) => inline(ctx, nodes))];
    case 'code_block':
    case 'fence':
      return node.token.content
        .replace(/\n$/, '')
        .split('\n')
        .map((line) => new Paragraph({ spacing: { after: 0 }, indent: { left: indent + 360 }, children: [run(line, { code: true })] }));
    case 'blockquote':
      return node.children.flatMap((child) => block(ctx, child, { indent: indent + 720 }));
    case 'hr':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } }, children: [] })];
    default:
      return []; // HTML comments and the like
  }
}

/**
 * The first paragraph of an item carries the bullet or number; the item's
 * further paragraphs are indented to its text, its nested lists one level down.
 */
function list(ctx: Context, node: Node, level: number, indent: number, afterTable = false): Block[] {
  const numbering = node.type === 'ordered_list' ? { reference: NUMBERS, level, instance: ++ctx.orderedLists } : { reference: BULLETS, level };
  const out: Block[] = [];
  for (const item of node.children) {
    let first = true;
    for (const child of item.children) {
      if (child.type === 'bullet_list' || child.type === 'ordered_list') {
        out.push(...list(ctx, child, level + 1, indent));
        continue;
      }
      if (child.type !== 'paragraph') {
        out.push(...block(ctx, child, { indent: indent + 720 * (level + 1) }));
        continue;
      }
      const children = inline(ctx, inlineOf(child));
      const before = afterTable && out.length === 0 ? { spacing: { before: AFTER_TABLE } } : {};
      out.push(first ? new Paragraph({ children, numbering, ...before }) : new Paragraph({ children, indent: { left: 720 * (level + 1) } }));
      first = false;
    }
  }
  return out;
}

/**
 * "Ordförande:" then the names: a label, space and a line to sign on, and
 * the name under it. The block is kept on one page: every paragraph but the
 * last keeps with the next.
 */
function signatures(ctx: Context, nodes: Node[]): Paragraph[] {
  const signers: { label: ParagraphChild[]; lines: ParagraphChild[][] }[] = [];
  for (const node of nodes) {
    if (node.type !== 'paragraph') continue;
    const content = inlineOf(node);
    if (plainText(content).trim().endsWith(':')) signers.push({ label: inline(ctx, content, { bold: true }), lines: [] });
    else if (signers.length) signers[signers.length - 1]!.lines.push(inline(ctx, content));
  }
  const paragraphs = signers.flatMap(({ label, lines }) => [
    { keepLines: true, spacing: { before: 240, after: 0 }, children: label },
    {
      spacing: { before: 720, after: 40 },
      indent: { right: 4820 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      children: [],
    },
    ...lines.map((children) => ({ spacing: { after: 0 }, children })),
  ]);
  return paragraphs.map((options, i) => new Paragraph({ ...options, keepNext: i < paragraphs.length - 1 || undefined }));
}

function inline(ctx: Context, nodes: Node[], format: Format = {}, how: { keepDates?: boolean } = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        if (node.token.content) out.push(how.keepDates ? datesKept(node.token.content, format) : run(node.token.content, format));
        break;
      case 'strong':
        out.push(...inline(ctx, node.children, { ...format, bold: true }, how));
        break;
      case 'em':
        out.push(...inline(ctx, node.children, { ...format, italics: true }, how));
        break;
      case 's':
        out.push(...inline(ctx, node.children, { ...format, strike: true }, how));
        break;
      case 'code_inline':
        out.push(run(node.token.content, { ...format, code: true }));
        break;
      case 'softbreak':
      case 'hardbreak':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'link': {
        const href = String(node.token.attrGet('href') ?? '');
        // The seeds' links are placeholders ("#"); only a real address becomes a hyperlink.
        if (/^(https?:|mailto:)/i.test(href)) {
          const text = plainText(node.children);
          const linked = new TextRun({ text, style: 'Hyperlink', bold: format.bold, italics: format.italics });
          out.push(new ExternalHyperlink({ link: href, children: [linked] }));
        } else out.push(...inline(ctx, node.children, format, how));
        break;
      }
      case 'image':
        out.push(picture(ctx, String(node.token.attrGet('src') ?? ''), plainText(node.children), format));
        break;
      case 'html_inline':
        break; // inline HTML is not part of a Word document
      default:
        if (node.token.content) out.push(run(node.token.content, format));
    }
  }
  return out;
}

/** The SVG, with the PNG for readers without SVG (Word before 2016), and its alternative text; `[alt]` when the file is not there. */
function picture(ctx: Context, file: string, alt: string, format: Format): ParagraphChild {
  const image = ctx.images[file];
  if (!image) return run(`[${alt}]`, format);
  return new ImageRun({
    type: 'svg',
    data: Buffer.from(image.svg),
    fallback: { type: 'png', data: image.png },
    transformation: { width: image.width, height: image.height },
    altText: { name: alt, description: alt },
  });
}

function run(text: string, format: Format): TextRun {
  return new TextRun({ text, bold: format.bold, italics: format.italics, strike: format.strike, font: format.code ? MONO : undefined });
}

/** Text whose ISO dates have non-breaking hyphens: the line may break before a date, not inside it. */
function datesKept(text: string, format: Format): TextRun {
  const children: (string | NoBreakHyphen)[] = [];
  let at = 0;
  for (const m of text.matchAll(ISO_DATE)) {
    if (m.index > at) children.push(text.slice(at, m.index));
    children.push(m[1]!, new NoBreakHyphen(), m[2]!, new NoBreakHyphen(), m[3]!);
    at = m.index + m[0].length;
  }
  if (at < text.length) children.push(text.slice(at));
  return new TextRun({ children, bold: format.bold, italics: format.italics, strike: format.strike });
}

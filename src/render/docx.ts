/**
 * Markdown to a real Word document: Title and Heading styles (navigable),
 * real lists and tables, a signatures block with lines to sign, a header and a
 * "page X of Y" footer, document properties, and the document's language.
 *
 * The WordprocessingML is written directly as text: the docx library's object
 * tree and XML writer cost about 5 ms a document, most of a batch's time.
 * This module turns Markdown into the body; docx-parts.ts has the parts around
 * it. markdown-it is loaded here only, when a DOCX is asked for.
 */
import type { MarkdownIt, Token } from 'markdown-it';
import {
  coreXml,
  customXml,
  documentRelsXml,
  documentXml,
  fixedEntries,
  FIRST_FREE_RID,
  footerXml,
  headerXml,
  hyperlinkRel,
  imageRel,
  MONO,
  numberingXml,
  BULLET_NUM,
  TEXT_WIDTH,
} from './docx-parts.js';
import { escapeXml as x } from './xml.js';
import { zip, zipEntry, type ZipEntry } from './zip.js';
import { mark } from '../base/timing.js';

export interface DocxMeta {
  title: string;
  creator?: string;
  subject?: string;
  description?: string;
  /** Text of the page header. */
  header: string;
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

interface Format {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
}

/** What the body refers to outside itself: relationships, numbering instances, media. */
interface Body {
  images: Record<string, DocxImage>;
  rels: string;
  nextRid: number;
  /** The level each ordered list starts on, in document order: one w:num each. */
  orderedLists: number[];
  /** Picture file name -> the relationship ids of its PNG and SVG. */
  pictures: Map<string, { png: string; svg: string }>;
  media: ZipEntry[];
  drawings: number;
}

const SIGNATURES_START = /^<!--\s*sekr:signatures\s*-->/;
const SIGNATURES_END = /^<!--\s*\/sekr:signatures\s*-->/;
/** # is the document's title, ## a paragraph's heading (Heading1), and so on down. */
const HEADING_STYLES = ['Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5'];
const EMU_PER_PIXEL = 9525; // 914400 EMU an inch, 96 pixels an inch

export async function markdownToDocx(markdown: string, meta: DocxMeta): Promise<Buffer> {
  mark('docx');
  const nodes = tree((await markdownParser()).parse(markdown, {}));
  mark('parsed the Markdown');
  const body: Body = { images: meta.images ?? {}, rels: '', nextRid: FIRST_FREE_RID, orderedLists: [], pictures: new Map(), media: [], drawings: 0 };
  const xml = blocks(body, nodes);
  mark('body');
  const now = new Date();
  const [contentTypes, packageRels, app, styles, settings] = fixedEntries(meta.language);
  return zip(
    [
      contentTypes!,
      packageRels!,
      zipEntry('docProps/core.xml', coreXml({ title: meta.title, creator: meta.creator, subject: meta.subject, description: meta.description }, now)),
      app!,
      zipEntry('docProps/custom.xml', customXml(meta.properties ?? {})),
      zipEntry('word/document.xml', documentXml(xml)),
      zipEntry('word/_rels/document.xml.rels', documentRelsXml(body.rels)),
      styles!,
      zipEntry('word/numbering.xml', numberingXml(body.orderedLists)),
      settings!,
      zipEntry('word/header1.xml', headerXml(meta.header)),
      zipEntry('word/footer1.xml', footerXml(meta.footer)),
      ...body.media,
    ],
    now,
  );
}

let parser: MarkdownIt | undefined;

/**
 * markdown-it, made once: CommonMark with GitHub's tables and strikethrough, a
 * line break where the text breaks a line (as the templates write addresses and
 * lists of names), HTML kept as tokens (the signatures comments), and web and
 * mail addresses written out in the text made links (https://…, www.… and
 * e-mail). It replaced marked, whose first lexing in a process took 15 ms
 * compiling its regular expressions: a third of a cold `sekr render`.
 */
export async function markdownParser(): Promise<MarkdownIt> {
  if (!parser) {
    const { default: markdownIt } = await import('markdown-it');
    parser = markdownIt('default', { html: true, breaks: true, linkify: true });
    // www.region.se as on GitHub: what follows www. must be what follows http:// in an address.
    // (linkify's fuzzyLink would find these too, and region.se, but it made parsing six times slower.)
    parser.linkify.add('www.', {
      validate: (text, pos, self) => {
        const re = self.re.get_http_validator();
        re.lastIndex = 0;
        const m = re.exec(`//www.${text.slice(pos)}`);
        return m && m[0].length > '//www.'.length ? m[0].length - '//www.'.length : 0;
      },
      normalize: (match) => {
        match.url = `http://${match.url}`;
      },
    });
    // markdown-it asks linkify about every paragraph, and linkify's first search compiles a regular
    // expression of all Unicode's punctuation (1.5 ms of a cold render). An address it could find has
    // // (https://, ftp://), www. or @ (e-mail) in it: text without those is not asked.
    const { linkify } = parser;
    const test = linkify.test.bind(linkify);
    linkify.test = (text: string) => /\/\/|www\.|@/i.test(text) && test(text);
    mark('markdown-it loaded');
  }
  return parser;
}

/** A token of markdown-it and what lies between it and its closing token (`heading_open` … `heading_close` is one `heading`). */
interface Node {
  type: string;
  token: Token;
  children: Node[];
}

function tree(tokens: Token[]): Node[] {
  const root: Node[] = [];
  const open: Node[][] = [root];
  for (const token of tokens) {
    const siblings = open[open.length - 1]!;
    if (token.nesting === 1) {
      const node: Node = { type: token.type.slice(0, -'_open'.length), token, children: [] };
      siblings.push(node);
      open.push(node.children);
    } else if (token.nesting === -1) {
      if (open.length > 1) open.pop();
    } else siblings.push({ type: token.type, token, children: token.children ? tree(token.children) : [] });
  }
  return root;
}

/** The inline content of a paragraph, heading or table cell. */
const inlineOf = (node: Node): Node[] => node.children.find((c) => c.type === 'inline')?.children ?? [];

/** What a reader sees of inline content: its text without the markup. */
function plainText(nodes: Node[]): string {
  return nodes.map((n) => (n.type === 'text' || n.type === 'code_inline' ? n.token.content : plainText(n.children))).join('');
}

function blocks(body: Body, nodes: Node[]): string {
  let out = '';
  let signatures: Node[] | undefined;
  for (const node of nodes) {
    if (node.type === 'html_block' && SIGNATURES_START.test(node.token.content.trim())) {
      signatures = [];
      continue;
    }
    if (signatures) {
      if (node.type === 'html_block' && SIGNATURES_END.test(node.token.content.trim())) {
        out += signatureBlock(body, signatures);
        signatures = undefined;
      } else signatures.push(node);
      continue;
    }
    out += block(body, node);
  }
  if (signatures) out += signatureBlock(body, signatures);
  return out;
}

function block(body: Body, node: Node, indent = 0): string {
  switch (node.type) {
    case 'heading': {
      const depth = Number(node.token.tag.slice(1));
      return paragraph(`<w:pStyle w:val="${HEADING_STYLES[Math.min(depth, 6) - 1]}"/>`, inline(body, inlineOf(node)));
    }
    case 'paragraph': {
      const content = inlineOf(node);
      // A picture's line grows with it: LibreOffice cuts a picture to the line height otherwise.
      const picture = content.some((x) => x.type === 'image');
      return paragraph((picture ? '<w:spacing w:line="240" w:lineRule="auto"/>' : '') + (indent ? `<w:ind w:left="${indent}"/>` : ''), inline(body, content));
    }
    case 'bullet_list':
    case 'ordered_list':
      return list(body, node, 0, indent);
    case 'table':
      return table(body, node);
    case 'code_block':
    case 'fence': {
      const pPr = `<w:spacing w:after="0"/><w:ind w:left="${indent + 360}"/>`;
      return node.token.content
        .replace(/\n$/, '')
        .split('\n')
        .map((line) => paragraph(pPr, run(line, { code: true })))
        .join('');
    }
    case 'blockquote':
      return node.children.map((child) => block(body, child, indent + 720)).join('');
    case 'hr':
      return paragraph('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="999999"/></w:pBdr>', '');
    default:
      return ''; // HTML comments and the like
  }
}

function paragraph(pPr: string, runs: string): string {
  return pPr ? `<w:p><w:pPr>${pPr}</w:pPr>${runs}</w:p>` : `<w:p>${runs}</w:p>`;
}

/**
 * The first paragraph of an item carries the bullet or number; the item's
 * further paragraphs are indented to its text, its nested lists one level down.
 */
function list(body: Body, node: Node, level: number, indent: number): string {
  let numId = BULLET_NUM;
  if (node.type === 'ordered_list') {
    body.orderedLists.push(level);
    numId = BULLET_NUM + body.orderedLists.length;
  }
  const numbered = `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`;
  let out = '';
  for (const item of node.children) {
    let first = true;
    for (const child of item.children) {
      if (child.type === 'bullet_list' || child.type === 'ordered_list') {
        out += list(body, child, level + 1, indent);
        continue;
      }
      if (child.type !== 'paragraph') {
        out += block(body, child, indent + 720 * (level + 1));
        continue;
      }
      out += paragraph(first ? numbered : `<w:ind w:left="${720 * (level + 1)}"/>`, inline(body, inlineOf(child)));
      first = false;
    }
  }
  return out;
}

/** Full width, the header row repeated on every page, shaded and bold. */
function table(body: Body, node: Node): string {
  const rows = node.children.flatMap((section) => section.children); // thead and tbody
  const columns = Math.max(1, ...rows.map((row) => row.children.length));
  const grid = `<w:gridCol w:w="${Math.floor(TEXT_WIDTH / columns)}"/>`.repeat(columns);
  const cell = (c: Node, header: boolean) =>
    (header ? '<w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr>' : '<w:tc>') +
    paragraph('', inline(body, inlineOf(c), header ? { bold: true } : {})) +
    '</w:tc>';
  let xml = '';
  for (const row of rows) {
    const header = row.children[0]?.type === 'th';
    xml += `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${row.children.map((c) => cell(c, header)).join('')}</w:tr>`;
  }
  return '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr>' + `<w:tblGrid>${grid}</w:tblGrid>${xml}</w:tbl>`;
}

/** "Ordförande:" then the names: a label, space and a line to sign on, and the name under it. */
function signatureBlock(body: Body, nodes: Node[]): string {
  const signers: { label: string; lines: string[] }[] = [];
  for (const node of nodes) {
    if (node.type !== 'paragraph') continue;
    const content = inlineOf(node);
    if (plainText(content).trim().endsWith(':')) signers.push({ label: inline(body, content, { bold: true }), lines: [] });
    else if (signers.length) signers[signers.length - 1]!.lines.push(inline(body, content));
  }
  const line =
    '<w:p><w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr><w:spacing w:before="720" w:after="40"/><w:ind w:right="4820"/></w:pPr></w:p>';
  return signers
    .map(
      ({ label, lines }) =>
        paragraph('<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="0"/>', label) +
        line +
        lines.map((runs, i) => paragraph(i < lines.length - 1 ? '<w:keepNext/><w:spacing w:after="0"/>' : '<w:spacing w:after="0"/>', runs)).join(''),
    )
    .join('');
}

function inline(body: Body, nodes: Node[], format: Format = {}): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        if (node.token.content) out += run(node.token.content, format);
        break;
      case 'strong':
        out += inline(body, node.children, { ...format, bold: true });
        break;
      case 'em':
        out += inline(body, node.children, { ...format, italics: true });
        break;
      case 's':
        out += inline(body, node.children, { ...format, strike: true });
        break;
      case 'code_inline':
        out += run(node.token.content, { ...format, code: true });
        break;
      case 'softbreak':
      case 'hardbreak':
        out += '<w:r><w:br/></w:r>';
        break;
      case 'link': {
        const href = String(node.token.attrGet('href') ?? '');
        const text = plainText(node.children);
        // The seeds' links are placeholders ("#"); only a real address becomes a hyperlink.
        if (/^(https?:|mailto:)/i.test(href)) out += hyperlink(body, href, text, format);
        else out += inline(body, node.children, format);
        break;
      }
      case 'image': {
        const src = String(node.token.attrGet('src') ?? '');
        const alt = plainText(node.children);
        const image = body.images[src];
        out += image ? picture(body, src, image, alt) : run(`[${alt}]`, format);
        break;
      }
      case 'html_inline':
        break; // inline HTML is not part of a Word document
      default:
        if (node.token.content) out += run(node.token.content, format);
    }
  }
  return out;
}

function hyperlink(body: Body, href: string, text: string, format: Format): string {
  const id = `rId${body.nextRid++}`;
  body.rels += hyperlinkRel(id, href);
  const rPr = '<w:rStyle w:val="Hyperlink"/>' + (format.bold ? '<w:b/><w:bCs/>' : '') + (format.italics ? '<w:i/><w:iCs/>' : '');
  return `<w:hyperlink r:id="${id}" w:history="1"><w:r><w:rPr>${rPr}</w:rPr><w:t xml:space="preserve">${x(text)}</w:t></w:r></w:hyperlink>`;
}

function run(text: string, format: Format): string {
  let rPr = '';
  if (format.code) rPr += `<w:rFonts w:ascii="${MONO}" w:hAnsi="${MONO}" w:eastAsia="${MONO}" w:cs="${MONO}"/>`;
  if (format.bold) rPr += '<w:b/><w:bCs/>';
  if (format.italics) rPr += '<w:i/><w:iCs/>';
  if (format.strike) rPr += '<w:strike/>';
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${x(text)}</w:t></w:r>`;
}

/**
 * An inline picture: the PNG as the picture, the SVG as its svgBlip extension
 * (how Word 2016 and later keep an SVG, older readers show the PNG). A file
 * the Markdown shows twice is stored once.
 */
function picture(body: Body, file: string, image: DocxImage, alt: string): string {
  let rels = body.pictures.get(file);
  if (!rels) {
    const n = body.pictures.size + 1;
    rels = { png: `rId${body.nextRid++}`, svg: `rId${body.nextRid++}` };
    body.rels += imageRel(rels.png, `media/image${n}.png`) + imageRel(rels.svg, `media/image${n}.svg`);
    body.media.push(zipEntry(`word/media/image${n}.png`, image.png, true), zipEntry(`word/media/image${n}.svg`, image.svg));
    body.pictures.set(file, rels);
  }
  const id = ++body.drawings;
  const cx = Math.round(image.width * EMU_PER_PIXEL);
  const cy = Math.round(image.height * EMU_PER_PIXEL);
  const a = x(alt);
  const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
  return (
    '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">' +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${id}" name="${a}" descr="${a}" title="${a}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks ${A} noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic ${A}><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<pic:nvPicPr><pic:cNvPr id="${id}" name="${x(file)}" descr="${a}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${rels.png}"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}">` +
    `<asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="${rels.svg}"/></a:ext></a:extLst></a:blip>` +
    '<a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>' +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
  );
}

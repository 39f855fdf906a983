/**
 * Markdown to a real Word document: Title and Heading styles (navigable),
 * real lists and tables, a signatures block with lines to sign, a header and a
 * "page X of Y" footer, document properties, and the document's language.
 * docx and marked are loaded here only, when a DOCX is asked for.
 */
import type * as Docx from 'docx';
import type { Token, Tokens } from 'marked';

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

type Block = Docx.Paragraph | Docx.Table;
type Inline = Docx.ParagraphChild;
interface Format {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
}

const SIGNATURES_START = /^<!--\s*sekr:signatures\s*-->/;
const SIGNATURES_END = /^<!--\s*\/sekr:signatures\s*-->/;
const FONT = 'Calibri';
const MONO = 'Consolas';

export async function markdownToDocx(markdown: string, meta: DocxMeta): Promise<Buffer> {
  const docx = await import('docx');
  const { marked } = await import('marked');
  const tokens = marked.lexer(markdown, { gfm: true, breaks: true });
  const convert = new Converter(docx, meta.images ?? {});
  const children = convert.blocks(tokens);
  const doc = new docx.Document({
    title: meta.title,
    creator: meta.creator,
    lastModifiedBy: meta.creator,
    subject: meta.subject,
    description: meta.description,
    customProperties: Object.entries(meta.properties ?? {}).map(([name, value]) => ({ name, value })),
    styles: styles(meta.language),
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: docx.LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: docx.AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 } } },
        headers: {
          default: new docx.Header({
            children: [new docx.Paragraph({ style: 'Header', children: [new docx.TextRun({ text: meta.header, color: '595959', size: 18 })] })],
          }),
        },
        footers: {
          default: new docx.Footer({
            children: [new docx.Paragraph({ style: 'Footer', alignment: docx.AlignmentType.CENTER, children: footerRuns(docx, meta.footer) })],
          }),
        },
        children,
      },
    ],
  });
  return pack(docx, doc);
}

const ORDERED = 'sekr-ordered';

function styles(language: string): Docx.IStylesOptions {
  const heading = (size: number, before: number) => ({
    run: { font: FONT, size, bold: true, color: '1F3864' },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: 22, language: { value: language } },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      title: { run: { font: FONT, size: 36, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 240 } } },
      heading1: heading(28, 360),
      heading2: heading(24, 240),
      heading3: heading(22, 200),
      heading4: heading(22, 160),
      heading5: heading(22, 120),
      heading6: heading(22, 120),
    },
    paragraphStyles: [
      { id: 'Header', name: 'header', basedOn: 'Normal', run: { size: 18 } },
      { id: 'Footer', name: 'footer', basedOn: 'Normal', run: { size: 18 } },
    ],
  };
}

function footerRuns(docx: typeof Docx, footer: string): Docx.TextRun[] {
  const parts = footer.split(/(\{page\}|\{pages\})/);
  return parts
    .filter((p) => p !== '')
    .map((p) =>
      p === '{page}'
        ? new docx.TextRun({ children: [docx.PageNumber.CURRENT], size: 18 })
        : p === '{pages}'
          ? new docx.TextRun({ children: [docx.PageNumber.TOTAL_PAGES], size: 18 })
          : new docx.TextRun({ text: p, size: 18 }),
    );
}

class Converter {
  private listInstance = 0;

  constructor(
    private readonly docx: typeof Docx,
    private readonly images: Record<string, DocxImage>,
  ) {}

  blocks(tokens: Token[]): Block[] {
    const out: Block[] = [];
    let signatures: Token[] | undefined;
    for (const token of tokens) {
      if (token.type === 'html' && SIGNATURES_START.test(token.raw.trim())) {
        signatures = [];
        continue;
      }
      if (signatures) {
        if (token.type === 'html' && SIGNATURES_END.test(token.raw.trim())) {
          out.push(...this.signatures(signatures));
          signatures = undefined;
        } else signatures.push(token);
        continue;
      }
      out.push(...this.block(token));
    }
    if (signatures) out.push(...this.signatures(signatures));
    return out;
  }

  private block(token: Token, indent = 0): Block[] {
    const d = this.docx;
    switch (token.type) {
      case 'heading': {
        const t = token as Tokens.Heading;
        const levels = [d.HeadingLevel.TITLE, d.HeadingLevel.HEADING_1, d.HeadingLevel.HEADING_2, d.HeadingLevel.HEADING_3, d.HeadingLevel.HEADING_4, d.HeadingLevel.HEADING_5];
        return [new d.Paragraph({ heading: levels[Math.min(t.depth, 6) - 1], children: this.inline(t.tokens) })];
      }
      case 'paragraph':
      case 'text': {
        const t = token as Tokens.Paragraph | Tokens.Text;
        const children = 'tokens' in t && t.tokens ? this.inline(t.tokens) : [this.run(t.text, {})];
        // A picture's line grows with it: LibreOffice cuts a picture to the line height otherwise.
        const picture = 'tokens' in t && t.tokens?.some((x) => x.type === 'image');
        const spacing = picture ? { line: 240, lineRule: d.LineRuleType.AUTO } : undefined;
        return [new d.Paragraph({ children, spacing, indent: indent ? { left: indent } : undefined })];
      }
      case 'list':
        return this.list(token as Tokens.List, 0, indent);
      case 'table':
        return [this.table(token as Tokens.Table)];
      case 'code': {
        const t = token as Tokens.Code;
        return t.text.split('\n').map((line) => new d.Paragraph({ spacing: { after: 0 }, indent: { left: indent + 360 }, children: [this.run(line, { code: true })] }));
      }
      case 'blockquote':
        return (token as Tokens.Blockquote).tokens.flatMap((t) => this.block(t, indent + 720));
      case 'hr':
        return [new d.Paragraph({ border: { bottom: { style: d.BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } }, children: [] })];
      default:
        return []; // space, html comments, definitions
    }
  }

  private list(list: Tokens.List, level: number, indent: number): Block[] {
    const d = this.docx;
    const instance = ++this.listInstance;
    const out: Block[] = [];
    for (const item of list.items) {
      let first = true;
      for (const child of item.tokens) {
        if (child.type === 'list') {
          out.push(...this.list(child as Tokens.List, level + 1, indent));
          continue;
        }
        if (child.type !== 'text' && child.type !== 'paragraph') {
          out.push(...this.block(child, indent + 720 * (level + 1)));
          continue;
        }
        const t = child as Tokens.Text;
        const children = t.tokens ? this.inline(t.tokens) : [this.run(t.text, {})];
        if (first) {
          out.push(
            list.ordered
              ? new d.Paragraph({ children, numbering: { reference: ORDERED, level, instance } })
              : new d.Paragraph({ children, bullet: { level } }),
          );
          first = false;
        } else {
          out.push(new d.Paragraph({ children, indent: { left: 720 * (level + 1) } }));
        }
      }
    }
    return out;
  }

  private table(t: Tokens.Table): Docx.Table {
    const d = this.docx;
    const cell = (c: Tokens.TableCell, header: boolean) =>
      new d.TableCell({
        children: [new d.Paragraph({ children: this.inline(c.tokens, header ? { bold: true } : {}) })],
        shading: header ? { type: d.ShadingType.CLEAR, fill: 'D9E2F3', color: 'auto' } : undefined,
      });
    return new d.Table({
      width: { size: 100, type: d.WidthType.PERCENTAGE },
      rows: [
        new d.TableRow({ tableHeader: true, children: t.header.map((c) => cell(c, true)) }),
        ...t.rows.map((row) => new d.TableRow({ children: row.map((c) => cell(c, false)) })),
      ],
    });
  }

  /** "Ordförande:" then the names: a label, space and a line to sign on, and the name under it. */
  private signatures(tokens: Token[]): Block[] {
    const d = this.docx;
    const signers: { label: Inline[]; lines: Inline[][] }[] = [];
    for (const token of tokens) {
      if (token.type !== 'paragraph') continue;
      const t = token as Tokens.Paragraph;
      if (t.text.trim().endsWith(':')) signers.push({ label: this.inline(t.tokens, { bold: true }), lines: [] });
      else if (signers.length) signers[signers.length - 1]!.lines.push(this.inline(t.tokens));
    }
    return signers.flatMap(({ label, lines }) => [
      new d.Paragraph({ keepNext: true, keepLines: true, spacing: { before: 240, after: 0 }, children: label }),
      new d.Paragraph({
        keepNext: true,
        spacing: { before: 720, after: 40 },
        indent: { right: 4820 },
        border: { bottom: { style: d.BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        children: [],
      }),
      ...lines.map((children, i) => new d.Paragraph({ keepNext: i < lines.length - 1, spacing: { after: 0 }, children })),
    ]);
  }

  private inline(tokens: Token[] | undefined, format: Format = {}): Inline[] {
    const d = this.docx;
    const out: Inline[] = [];
    for (const token of tokens ?? []) {
      switch (token.type) {
        case 'strong':
          out.push(...this.inline((token as Tokens.Strong).tokens, { ...format, bold: true }));
          break;
        case 'em':
          out.push(...this.inline((token as Tokens.Em).tokens, { ...format, italics: true }));
          break;
        case 'del':
          out.push(...this.inline((token as Tokens.Del).tokens, { ...format, strike: true }));
          break;
        case 'codespan':
          out.push(this.run(decode((token as Tokens.Codespan).text), { ...format, code: true }));
          break;
        case 'br':
          out.push(new d.TextRun({ break: 1 }));
          break;
        case 'link': {
          const t = token as Tokens.Link;
          // The seeds' links are placeholders ("#"); only a real address becomes a hyperlink.
          if (/^(https?:|mailto:)/i.test(t.href)) out.push(new d.ExternalHyperlink({ link: t.href, children: this.linkRuns(t.tokens, format) }));
          else out.push(...this.inline(t.tokens, format));
          break;
        }
        case 'image': {
          const image = this.images[(token as Tokens.Image).href];
          if (image) {
            out.push(
              new this.docx.ImageRun({
                type: 'svg',
                data: Buffer.from(image.svg),
                fallback: { type: 'png', data: image.png },
                transformation: { width: image.width, height: image.height },
                altText: { name: (token as Tokens.Image).text, title: (token as Tokens.Image).text, description: (token as Tokens.Image).text },
              }),
            );
          } else out.push(this.run(`[${(token as Tokens.Image).text}]`, format));
          break;
        }
        case 'text':
        case 'escape': {
          const t = token as Tokens.Text;
          if (t.tokens?.length) out.push(...this.inline(t.tokens, format));
          else out.push(this.run(decode(t.text), format));
          break;
        }
        case 'html':
          break; // inline HTML is not part of a Word document
        default:
          if ('text' in token && typeof token.text === 'string') out.push(this.run(decode(token.text), format));
      }
    }
    return out;
  }

  private linkRuns(tokens: Token[] | undefined, format: Format): Docx.TextRun[] {
    const text = (tokens ?? []).map((t) => ('text' in t ? decode(String(t.text)) : '')).join('');
    return [new this.docx.TextRun({ text, style: 'Hyperlink', bold: format.bold, italics: format.italics })];
  }

  private run(text: string, format: Format): Docx.TextRun {
    return new this.docx.TextRun({
      text,
      bold: format.bold,
      italics: format.italics,
      strike: format.strike,
      font: format.code ? MONO : undefined,
    });
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: '\u00a0' };

/** marked leaves a few characters as HTML entities in its tokens. */
function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? _);
}

type Compiler = { compile(doc: Docx.Document): Map<string, string | Uint8Array> };

/**
 * The document's parts zipped with fast deflate: at docx's default level the
 * zipping is about a third of a document's time in a batch. docx's compiler is
 * not public API, so when it is not there the documented Packer does it all.
 */
async function pack(docx: typeof Docx, doc: Docx.Document): Promise<Buffer> {
  const compiler = (docx.Packer as unknown as { compiler?: Compiler }).compiler;
  if (typeof compiler?.compile !== 'function') return docx.Packer.toBuffer(doc);
  const { zipSync, strToU8 } = await import('fflate');
  const parts: Record<string, Uint8Array> = {};
  for (const [path, data] of compiler.compile(doc)) parts[path] = typeof data === 'string' ? strToU8(data) : new Uint8Array(data);
  return Buffer.from(zipSync(parts, { level: 1 }));
}

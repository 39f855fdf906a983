/**
 * The Markdown as the Word document is built from it: markdown-it's tokens,
 * made into a tree (`heading_open` … `heading_close` is one `heading` node).
 * markdown-it is loaded here only, when a DOCX is asked for.
 */
import type { MarkdownIt, Token } from 'markdown-it';
import { mark } from '../base/timing.js';

export interface Node {
  type: string;
  token: Token;
  children: Node[];
}

let parser: MarkdownIt | undefined;

/**
 * markdown-it, made once: CommonMark with GitHub's tables and strikethrough, a
 * line break where the text breaks a line (as the templates write addresses and
 * lists of names), HTML kept as tokens (the signatures comments), and web and
 * mail addresses written out in the text made links (https://…, www.… and
 * e-mail). It replaced marked, whose first lexing in a process compiled dozens
 * of regular expressions: a third of a cold `sekr render`.
 * @public bench/docx.mjs times the parser on its own (through docx.ts).
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
    // expression of all Unicode's punctuation, a noticeable part of a cold render. An address it could
    // find has // (https://, ftp://), www. or @ (e-mail) in it: text without those is not asked.
    const { linkify } = parser;
    const test = linkify.test.bind(linkify);
    linkify.test = (text: string) => /\/\/|www\.|@/i.test(text) && test(text);
    mark('markdown-it loaded');
  }
  return parser;
}

export async function markdownTree(markdown: string): Promise<Node[]> {
  return tree((await markdownParser()).parse(markdown, {}));
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
export const inlineOf = (node: Node): Node[] => node.children.find((c) => c.type === 'inline')?.children ?? [];

/** What a reader sees of inline content: its text without the markup. */
export function plainText(nodes: Node[]): string {
  return nodes.map((n) => (n.type === 'text' || n.type === 'code_inline' ? n.token.content : plainText(n.children))).join('');
}

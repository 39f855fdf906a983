/**
 * Editing a YAML file the secretary also edits by hand, keeping what the edit
 * does not change: the yaml library's document API makes the change, but only
 * what changed is written anew. Every top-level field, and every entry of a
 * top-level list (a meeting's items, the registry's people), that the edit
 * left as it was is written back byte for byte from the file, with its
 * comments, quoting, folded or literal blocks and spacing; the line endings
 * (CRLF or LF) and a byte order mark are kept too. Whatever cannot be put
 * together so (a file that is one flow mapping, say) is written whole by the
 * library, and the result is always read back and compared with the edited
 * document before it is used.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, visit, YAMLMap, YAMLSeq, type Node, type Pair } from 'yaml';

/** How new text is written: never fold a line (lineWidth 0), and never fold a double-quoted string (it reads a line of spaces back as a backslash). */
const STRINGIFY = { lineWidth: 0, doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY } as const;

interface Piece {
  /** The comment and blank lines before it, as written. */
  before: string;
  /** Its own lines, as written. */
  body: string;
  /** Its value as data when the file was read, to see whether the edit changed it. */
  json: string;
}

interface ListShape {
  /** The "key:" line(s) above the first entry. */
  head: string;
  /** What follows the last entry within the field. */
  tail: string;
  entries: Map<Node, Piece>;
  /** The column of the entries' dashes. */
  dashColumn: number;
}

/** A YAML file opened for an edit: the document to change, and what is needed to write back the rest as it was. */
export interface YamlEdit {
  doc: Document.Parsed;
  /** The edited document's text: unchanged parts as they were, in the file's line endings, with its byte order mark. */
  text(): string;
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
/** The end of the line `at` is on, after its line break (the text's end on the last line). */
function lineEnd(text: string, at: number): number {
  if (at > 0 && text[at - 1] === '\n') return at;
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
}

const dataOf = (node: unknown, doc: Document) => JSON.stringify(node && typeof (node as Node).toJS === 'function' ? (node as Node).toJS(doc) : (node ?? null));

export function openYamlEdit(source: string): YamlEdit {
  const bom = source.charCodeAt(0) === 0xfeff;
  const text = bom ? source.slice(1) : source;
  const crlf = text.includes('\r\n');
  const doc = parseDocument(text, { keepSourceTokens: false });
  const shape = doc.errors.length ? undefined : snapshot(doc, text);
  return {
    doc,
    text() {
      const whole = () => newText(doc, '');
      let out = shape ? assemble(doc, shape) : whole();
      if (out !== undefined && !sameData(out, doc)) out = undefined;
      out ??= whole();
      if (crlf) out = out.replace(/\r?\n/g, '\r\n');
      return (bom ? '\uFEFF' : '') + out;
    },
  };
}

interface Shape {
  head: string;
  tail: string;
  pairs: Map<Pair, Piece & { list?: ListShape }>;
}

/** The file cut into its top-level fields, and the entries of its top-level lists, each with the lines before it. */
function snapshot(doc: Document.Parsed, text: string): Shape | undefined {
  const map = doc.contents;
  if (!isMap(map) || map.flow || !map.items.length) return undefined;
  const pairs = new Map<Pair, Piece & { list?: ListShape }>();
  let cursor = -1;
  let head = '';
  for (const pair of map.items) {
    const key = pair.key as Node | null;
    const value = pair.value as Node | null;
    if (!key?.range) return undefined;
    const start = lineStart(text, key.range[0]);
    const end = lineEnd(text, value?.range?.[1] ?? key.range[1]);
    if (cursor < 0) head = text.slice(0, start);
    const before = cursor < 0 ? '' : text.slice(cursor, start);
    if (cursor >= 0 && start < cursor) return undefined;
    const piece: Piece & { list?: ListShape } = { before, body: text.slice(start, end), json: dataOf(value, doc) };
    if (isSeq(value) && !value.flow && value.items.length) piece.list = listShape(doc, text, value, start, end);
    pairs.set(pair, piece);
    cursor = end;
  }
  return { head, tail: text.slice(cursor), pairs };
}

function listShape(doc: Document, text: string, seq: YAMLSeq, start: number, end: number): ListShape | undefined {
  const entries = new Map<Node, Piece>();
  let cursor = -1;
  let head = '';
  let dashColumn = -1;
  for (const item of seq.items) {
    const node = item as Node;
    if (!node?.range) return undefined;
    const first = lineStart(text, node.range[0]);
    const dash = text.lastIndexOf('-', node.range[0]);
    if (dash < first) return undefined; // "-" alone on its line: written whole
    const column = dash - first;
    if (!/^ *$/.test(text.slice(first, dash))) return undefined;
    if (dashColumn >= 0 && column !== dashColumn) return undefined;
    dashColumn = column;
    const stop = lineEnd(text, node.range[1]);
    if (cursor < 0) head = text.slice(start, first);
    else if (first < cursor) return undefined;
    entries.set(node, { before: cursor < 0 ? '' : text.slice(cursor, first), body: text.slice(first, stop), json: dataOf(node, doc) });
    cursor = stop;
  }
  if (cursor > end) return undefined;
  return { head, tail: text.slice(cursor, end), entries, dashColumn };
}

/** The document's text with what is unchanged taken from the file; undefined when it cannot be put together so. */
function assemble(doc: Document.Parsed, shape: Shape): string | undefined {
  const map = doc.contents;
  if (!isMap(map) || map.flow) return undefined;
  let out = shape.head;
  for (const pair of map.items) {
    const old = shape.pairs.get(pair);
    if (!old) {
      out += pairText(doc, pair, false);
      continue;
    }
    out += old.before;
    if (dataOf(pair.value, doc) === old.json) out += old.body;
    else if (old.list && isSeq(pair.value) && !pair.value.flow && pair.value.items.length) out += listText(doc, pair.value, old.list);
    else out += pairText(doc, pair, true);
  }
  return out + shape.tail;
}

function listText(doc: Document, seq: YAMLSeq, list: ListShape): string {
  let out = list.head;
  for (const item of seq.items) {
    const old = list.entries.get(item as Node);
    if (old) out += old.before;
    out += old && dataOf(item, doc) === old.json ? old.body : entryText(doc, item as Node, list.dashColumn, Boolean(old));
  }
  return out + list.tail;
}

/** A field written anew; the comment lines before it stay as they were written (`kept`), so the node's own copy of them is left out. */
function pairText(doc: Document, pair: Pair, kept: boolean): string {
  const copy = pair.clone();
  if (kept && isScalar(copy.key)) {
    copy.key.commentBefore = undefined;
    copy.key.spaceBefore = undefined;
  }
  const map = new YAMLMap();
  map.items.push(copy);
  return newText(doc, '', map);
}

function entryText(doc: Document, node: Node, dashColumn: number, kept: boolean): string {
  const copy = node.clone() as Node;
  if (kept) {
    copy.commentBefore = undefined;
    copy.spaceBefore = undefined;
  }
  const seq = new YAMLSeq();
  seq.items.push(copy);
  const pad = ' '.repeat(dashColumn);
  return newText(doc, pad, seq);
}

/** Text the yaml library writes: new multi-line strings as literal blocks, and existing scalars in the style they were written in. */
function newText(doc: Document, pad: string, contents?: Node): string {
  const out = new Document();
  out.contents = (contents ?? doc.contents) as never;
  if (!contents) {
    out.commentBefore = doc.commentBefore;
    out.comment = doc.comment;
  }
  visit(out, {
    Scalar(_, node) {
      if (!node.type && typeof node.value === 'string' && node.value.includes('\n')) node.type = 'BLOCK_LITERAL';
    },
  });
  const text = out.toString(STRINGIFY);
  if (!pad) return text;
  return text.replace(/^(?=.)/gm, pad);
}

function sameData(text: string, doc: Document): boolean {
  const back = parseDocument(text);
  return !back.errors.length && JSON.stringify(back.toJS()) === JSON.stringify(doc.toJS());
}

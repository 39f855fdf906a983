/**
 * Changing registry.yaml from a command. The change is made twice: on a yaml
 * Document (what the file must mean afterwards) and as splices of the file's
 * own text, so that only the lines of the entries changed differ. Comments,
 * blank lines, flow mappings and folded text elsewhere stay byte for byte, and
 * two secretaries who add different people on two clones merge without a
 * conflict. When the splices do not give what the Document means (a shape
 * they do not cover), the Document is written whole instead: comments are
 * kept then too, only the spacing is the yaml library's.
 */
import { isDeepStrictEqual } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isCollection, isMap, isScalar, isSeq, parseDocument, visit, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { SekrError } from '../base/errors.js';
import { t } from '../base/i18n.js';
import type { RegistryChange, Step } from '../model/registry-edits.js';
import { writeFileAtomic } from './atomic.js';
import { lockMeeting } from './lock.js';
import { displayPath, parseYamlText, type YamlFile } from './yaml-file.js';

const STRINGIFY = { lineWidth: 0, blockQuote: 'literal', doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY } as const;

interface Splice {
  start: number;
  end: number;
  text: string;
  order: number;
}

function find(doc: Document, path: Step[]): Node | undefined {
  let node: unknown = doc.contents;
  for (const step of path) {
    if (typeof step === 'string') node = isMap(node) ? node.get(step, true) : undefined;
    else if (typeof step === 'number') node = isSeq(node) ? node.items[step] : undefined;
    else node = isSeq(node) ? node.items.find((item) => isMap(item) && String(item.get(step.key)) === step.value) : undefined;
    if (node === undefined) return undefined;
  }
  return node as Node;
}

/** The text of a value as a line's tail: scalars and lists of scalars inline, mappings in braces. */
function inline(value: unknown): string {
  const doc = new Document(value);
  if (isCollection(doc.contents)) doc.contents.flow = true;
  // As the registry writes them: [a, b] and { id: x, name: y }.
  return doc.toString({ ...STRINGIFY, flowCollectionPadding: !Array.isArray(value) }).replace(/\n$/, '');
}

/** A value as block lines at `indent`: a list of mappings as "- { ... }" items, anything else as the library writes it. */
function block(value: unknown, indent: number, flowItems: boolean): string {
  const doc = new Document(value);
  if (isSeq(doc.contents) && flowItems) for (const item of doc.contents.items) if (isCollection(item)) item.flow = true;
  // Lists within an entry (a new group's members) are written as the registry writes them: one { ... } a line.
  visit(doc, {
    Seq(_, seq, path) {
      if (path.length > 2) for (const item of seq.items) if (isMap(item)) item.flow = true;
    },
  });
  return doc
    .toString(STRINGIFY)
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => ' '.repeat(indent) + l)
    .join('\n');
}

const lineStart = (text: string, pos: number) => text.lastIndexOf('\n', pos - 1) + 1;
const lineEnd = (text: string, pos: number) => {
  const i = text.indexOf('\n', pos);
  return i === -1 ? text.length : i;
};
/** Where a node's text ends, before the white space and line breaks after it. */
function endOf(text: string, node: Node): number {
  let end = node.range![1];
  while (end > node.range![0] && /\s/.test(text[end - 1]!)) end--;
  return end;
}
/** The end of the line a node ends on, with any comment on it. */
const endOfLine = (text: string, node: Node) => lineEnd(text, endOf(text, node));

/** The column of a block list's dash, from its first item. */
function dashColumn(text: string, seq: YAMLSeq): number {
  const first = seq.items[0] as Node;
  const start = lineStart(text, first.range![0]);
  return text.slice(start, first.range![0]).indexOf('-');
}

function keyColumn(text: string, map: YAMLMap): number {
  const key = map.items[0]!.key as Node;
  return key.range![0] - lineStart(text, key.range![0]);
}

/** Records the splices of each change on the file's text, and makes the same change on a Document. */
function recorder(text: string, original: Document.Parsed, working: Document) {
  const splices: Splice[] = [];
  let whole = false;
  const splice = (start: number, end: number, replacement: string) => splices.push({ start, end, text: replacement, order: splices.length });
  const flowLike = (seq: YAMLSeq) => seq.items.length > 0 && seq.items.every((i) => isCollection(i) && i.flow);

  /** A flow collection is written again whole, on its own place in the line (once, however many of its keys change). */
  const rewriteFlow = (node: Node, value: unknown) => {
    const same = splices.find((s) => s.start === node.range![0] && s.end === node.range![1]);
    if (same) same.text = inline(value);
    else splice(node.range![0], node.range![1], inline(value));
  };

  const change: RegistryChange = {
    append(path, value) {
      const list = find(working, path);
      if (isSeq(list)) list.items.push(working.createNode(value));
      else {
        change.set(path.slice(0, -1), String(path.at(-1)), [value]);
        return;
      }
      const seq = find(original, path);
      if (!isSeq(seq)) return void (whole = true);
      if (seq.flow && seq.items.length === 0 && isCollection(working.createNode(value))) {
        // `people: []` becomes a block list under its key.
        const column = lineStart(text, seq.range![0]);
        const keyIndent = /^ */.exec(text.slice(column))![0].length;
        let start = seq.range![0];
        while (start > 0 && text[start - 1] === ' ') start--;
        splice(start, seq.range![1], `\n${block([value], keyIndent + 2, true)}`);
      } else if (seq.flow) rewriteFlow(seq, (list as YAMLSeq).toJSON());
      else {
        const last = seq.items.at(-1) as Node;
        // Entries that span lines (the groups) are kept apart by a blank line.
        const gap = isMap(last) && !last.flow ? '\n' : '';
        splice(endOfLine(text, last), endOfLine(text, last), `\n${gap}${block([value], dashColumn(text, seq), flowLike(seq))}`);
      }
    },

    set(path, key, value, after = []) {
      const target = find(working, path);
      if (!isMap(target)) throw new Error(t('registry-file.noMap', JSON.stringify(path)));
      if (value === undefined) target.delete(key);
      else if (target.has(key)) target.set(key, working.createNode(value));
      else {
        // A new key goes after the last of `after` that is there, else at the end.
        const pair = working.createPair(key, value);
        if (after === 'first') target.items.unshift(pair);
        else {
          const index = Math.max(-1, ...after.map((k) => target.items.findIndex((p) => isScalar(p.key) && p.key.value === k)));
          if (index === -1) target.items.push(pair);
          else target.items.splice(index + 1, 0, pair);
        }
      }
      const map = find(original, path);
      if (!isMap(map) || map.items.length === 0) return void (whole = true);
      if (map.flow) return rewriteFlow(map, target.toJSON());
      const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
      const complex = Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null);
      if (pair) {
        const old = pair.value as Node | null;
        if (value === undefined) {
          const from = lineStart(text, (pair.key as Node).range![0]);
          splice(from, Math.min(text.length, endOfLine(text, old ?? (pair.key as Node)) + 1), '');
        } else if (old && !complex && (isScalar(old) || (isCollection(old) && old.flow))) splice(old.range![0], old.range![1], inline(value));
        else whole = true;
        return;
      }
      if (value === undefined) return;
      if (after === 'first') {
        if (complex) return void (whole = true);
        const at = lineStart(text, (map.items[0]!.key as Node).range![0]);
        splice(at, at, `${' '.repeat(keyColumn(text, map))}${key}: ${inline(value)}\n`);
        return;
      }
      const previous = [...map.items].reverse().find((p) => after.includes(String((p.key as { value?: unknown }).value))) ?? map.items.at(-1)!;
      const at = endOfLine(text, (previous.value as Node | null) ?? (previous.key as Node));
      const indent = ' '.repeat(keyColumn(text, map));
      const line = complex ? `${indent}${key}:\n${block(value, indent.length + 2, true)}` : `${indent}${key}: ${inline(value)}`;
      splice(at, at, `\n${line}`);
    },

    replace(path, value) {
      const parentPath = path.slice(0, -1);
      const list = find(working, parentPath);
      const item = find(working, path);
      if (!isSeq(list) || !item) throw new Error(t('registry-file.noEntry', JSON.stringify(path)));
      list.items[list.items.indexOf(item as never)] = working.createNode(value);
      const node = find(original, path);
      if (node && isCollection(node) && node.flow) rewriteFlow(node, value);
      else whole = true;
    },

    remove(path) {
      const list = find(working, path.slice(0, -1));
      const item = find(working, path);
      if (!isSeq(list) || !item) throw new Error(t('registry-file.noEntry', JSON.stringify(path)));
      list.items.splice(list.items.indexOf(item as never), 1);
      const seq = find(original, path.slice(0, -1));
      const node = find(original, path);
      if (!isSeq(seq) || !node) return void (whole = true);
      if (seq.flow) return rewriteFlow(seq, list.toJSON());
      // The last entry gone, the key stays with an empty list: `members: []`.
      if (seq.items.length === 1) return splice(lineStart(text, node.range![0]) - 1, endOfLine(text, node), ' []');
      splice(lineStart(text, node.range![0]), Math.min(text.length, endOfLine(text, node) + 1), '');
    },
  };
  return { change, splices, whole: () => whole };
}

function applySplices(text: string, splices: Splice[]): string {
  // From the end, so earlier offsets stay true; at one place, in the order they were made.
  const sorted = [...splices].sort((a, b) => b.start - a.start || b.order - a.order);
  let out = text;
  for (const s of sorted) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

/**
 * The new text of a YAML file (the registry, a plan): `edit` makes its
 * changes, and the text is made by splicing (or written whole from the
 * Document when splicing cannot say the same). Nothing is written here.
 */
export function changedYamlText(text: string, file: string, edit: (change: RegistryChange) => void): { text: string; spliced: boolean } {
  const original = parseDocument(text, { keepSourceTokens: false });
  if (original.errors.length || !isMap(original.contents)) {
    throw new SekrError(t('yaml-file.notYaml', file), { file, hint: t('registry-file.fixFirst') });
  }
  const working = original.clone();
  const { change, splices, whole } = recorder(text, original, working);
  edit(change);
  const meant = working.toJS() as unknown;
  if (!whole()) {
    const spliced = applySplices(text, splices);
    const reread = parseDocument(spliced);
    if (!reread.errors.length && isDeepStrictEqual(reread.toJS(), meant)) return { text: spliced, spliced: true };
  }
  return { text: working.toString(STRINGIFY), spliced: false };
}

const registryFile = (dataDir: string) => join(dataDir, 'registry.yaml');

/**
 * Changes registry.yaml under its lock: `edit` makes the changes, `check`
 * looks at the file as it would be (its problems stop the write), and only
 * then is it written, whole, in place of the old.
 */
export function editRegistryFile(
  dataDir: string,
  command: string,
  edit: (change: RegistryChange) => void,
  check: (yf: YamlFile) => void,
  options: { write?: boolean } = {},
): { text: string; spliced: boolean } {
  const path = registryFile(dataDir);
  const lock = lockMeeting(path, command);
  try {
    const before = readFileSync(path, 'utf8');
    const bom = before.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    const result = changedYamlText(bom ? before.slice(1) : before, displayPath(path), edit);
    check(parseYamlText(result.text, displayPath(path)));
    if (options.write !== false) writeFileAtomic(path, bom + result.text);
    return result;
  } finally {
    lock.release();
  }
}

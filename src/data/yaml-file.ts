/**
 * Reading a YAML file of the data folder with its source positions, so every
 * problem found later can be reported as file:line:col.
 */
import { readFileSync } from 'node:fs';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { SekrError, type Problem } from '../base/errors.js';
import { t } from '../base/i18n.js';
import { displayPath } from './display-path.js';
import { fileAt, shapeError } from './shapes.js';

/** A data file larger than this is refused before it is read: no registry or meeting is near it. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Aliases expand; a file with more than this many is refused (the "billion laughs" bomb). */
const MAX_ALIASES = 100;

export interface YamlFile {
  /** The path as shown to the user (relative to the working directory when shorter). */
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  data: unknown;
}

export { displayPath } from './display-path.js';

/** Reads and parses one YAML file; any problem is a SekrError at its place. */
export function readYamlFile(path: string): YamlFile {
  const file = displayPath(path);
  const stats = fileAt(path);
  if (!stats) throw new SekrError(t('atomic.noSuchFile', file), { file, hint: t('yaml-file.noSuchFileHint') });
  const size = stats.size;
  if (size > MAX_FILE_BYTES) {
    throw new SekrError(t('yaml-file.tooLarge', (size / 1024 / 1024).toFixed(1), MAX_FILE_BYTES / 1024 / 1024), {
      file,
      hint: t('yaml-file.tooLargeHint'),
    });
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw shapeError(path, e);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SekrError(t('yaml-file.notUtf8'), { file, line: 1, col: 1, hint: t('yaml-file.notUtf8Hint') });
  }
  return parseYamlText(text, file);
}

export function parseYamlText(text: string, file: string): YamlFile {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    throw new SekrError(t('yaml-file.empty'), { file, line: 1, col: 1, hint: t('yaml-file.emptyHint') });
  }
  const conflicts = conflictMarkers(text, file);
  if (conflicts.length) throw new SekrError(t('yaml-file.mergeConflict', file), { problems: conflicts });
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const problems: Problem[] = doc.errors.map((e) => {
    const pos = lines.linePos(e.pos[0]);
    return { file, line: pos.line, col: pos.col, message: yamlMessage(e.code, e.message), hint: yamlHint(e.code, text, e.pos[0]) };
  });
  if (problems.length) throw new SekrError(t('yaml-file.notYaml', file), { problems });
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    // The place: the first alias (*name) in the text.
    const at = /(^|[\s,[{:-])\*[^\s,\]}]+/m.exec(text);
    const pos = lines.linePos(at ? at.index + at[1]!.length : 0);
    throw new SekrError(t('yaml-file.tooManyAliases', (e as Error).message, MAX_ALIASES), {
      file,
      line: pos.line,
      col: pos.col,
      hint: t('yaml-file.tooManyAliasesHint'),
    });
  }
  return { file, doc, lines, data };
}

/**
 * The lines git writes where a merge could not join two changes: <<<<<<<,
 * ||||||| (diff3), ======= and >>>>>>>, each of seven characters at the start
 * of a line. One problem per conflict, at its first line, naming all its lines.
 */
function conflictMarkers(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  let open: { line: number; marks: number[] } | undefined;
  text.split(/\r?\n/).forEach((l, i) => {
    const mark = /^(<{7}|\|{7}|={7}|>{7})(?: |$)/.exec(l)?.[1]?.[0];
    if (!mark) return;
    if (mark === '<' || !open) open = { line: i + 1, marks: [] };
    open.marks.push(i + 1);
    if (mark === '>') {
      problems.push({
        file,
        line: open.line,
        col: 1,
        message: t('yaml-file.conflictMarkers', open.marks),
        hint: t('yaml-file.conflictMarkersHint'),
      });
      open = undefined;
    }
  });
  if (open) {
    const message = t('yaml-file.conflictMarkers', open.marks);
    problems.push({ file, line: open.line, col: 1, message, hint: t('yaml-file.removeMarkers') });
  }
  return problems;
}

function yamlMessage(code: string, message: string): string {
  // The yaml library's messages end with a copy of the line; the place is given already.
  const first = message.split('\n')[0] ?? message;
  return t('yaml-file.yamlError', code, first.replace(/ at line \d+, column \d+:?$/, ''));
}

function yamlHint(code: string, text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (/^[ ]*\t/.test(text.slice(lineStart, offset + 1)) || code === 'TAB_AS_INDENT') {
    return t('yaml-file.tabsHint');
  }
  switch (code) {
    case 'DUPLICATE_KEY':
      return t('yaml-file.duplicateKeyHint');
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return t('yaml-file.indentationHint');
    case 'BLOCK_AS_IMPLICIT_KEY':
      return t('yaml-file.blockAsKeyHint');
    default:
      return t('yaml-file.quoteHint');
  }
}

/**
 * The line and column of the value at `path`, or of the nearest enclosing
 * node that exists (a missing field is reported at its parent).
 * With `key`, the place of the last path segment's key instead of its value.
 */
export function locate(yf: YamlFile, path: readonly PropertyKey[], key = false): { line: number; col: number } {
  let node: Node | null = yf.doc.contents;
  let best = node;
  for (let i = 0; i < path.length && node; i++) {
    const seg = path[i];
    let next: Node | null = null;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (pair) {
        if (key && i === path.length - 1 && pair.key && (pair.key as Node).range) {
          best = pair.key as Node;
          break;
        }
        next = (pair.value as Node | null) ?? (pair.key as Node);
      }
    } else if (isSeq(node) && typeof seg === 'number') {
      next = (node.items[seg] as Node | undefined) ?? null;
    }
    node = next;
    if (node?.range) best = node;
  }
  const offset = best?.range?.[0] ?? 0;
  return yf.lines.linePos(offset);
}

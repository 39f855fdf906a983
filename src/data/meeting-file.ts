/**
 * Writing meeting files. Edits go through the yaml library's document API, and
 * what an edit does not change is written back as the secretary wrote it
 * (yaml-edit.ts); the file keeps its permissions, and a read-only file is
 * refused (writeFileKeeping).
 */
import { existsSync } from 'node:fs';
import { Document, isMap, isSeq } from 'yaml';
import { problemsError, SekrError, type Problem } from '../base/errors.js';
import { t } from '../base/i18n.js';
import { Meeting, type MeetingData } from '../schema/meeting.js';
import { checkSchema } from './schema-problems.js';
import { readTextForEdit, writeFileAtomic, writeFileKeeping } from './atomic.js';
import { openYamlEdit } from './yaml-edit.js';
import { displayPath, parseYamlText, type YamlFile } from './yaml-file.js';

// Never fold a double-quoted string over lines: the yaml library then reads a line of spaces back as a backslash.
const STRINGIFY = { lineWidth: 0, blockQuote: 'literal', doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY } as const;

/** A new meeting file; never replaces one. */
export function createMeetingFile(path: string, data: Record<string, unknown>, comment?: string): void {
  if (existsSync(path)) {
    throw new SekrError(t('meeting-file.existsAlready', displayPath(path)), { file: displayPath(path), hint: t('meeting-file.existsAlreadyHint') });
  }
  const doc = new Document(data);
  if (comment) doc.commentBefore = ` ${comment}`;
  writeFileAtomic(path, doc.toString(STRINGIFY));
}

/**
 * Reads a meeting file as a document, lets `edit` change it, and writes it
 * back atomically. The new text is read back through the meeting schema, and
 * `check` may look at it too: a change that leaves the file invalid, or with
 * problems `check` finds, is never written.
 */
export function editMeetingFile(path: string, edit: (doc: Document.Parsed) => void, check?: (meeting: MeetingData, yf: YamlFile) => Problem[]): MeetingData {
  const file = openYamlEdit(readTextForEdit(path));
  const { doc } = file;
  if (doc.errors.length || !isMap(doc.contents)) {
    throw new SekrError(t('meeting-file.notValid', displayPath(path)), { file: displayPath(path), hint: t('meeting-file.runValidate') });
  }
  edit(doc);
  const text = file.text();
  const yf = parseYamlText(text, displayPath(path));
  const shape = checkSchema(Meeting, yf);
  if (!shape.ok) {
    throw new SekrError(t('meeting-file.changeInvalid', displayPath(path), shape.problems[0]!.message), {
      file: displayPath(path),
      hint: t('meeting-file.nothingWritten'),
    });
  }
  const problems = check?.(shape.value, yf) ?? [];
  if (problems.length) throw problemsError(problems, t('meeting-file.changeLeavesProblems', displayPath(path)));
  writeFileKeeping(path, text);
  return shape.value;
}

type YamlPath = (string | number)[];

/** Sets one value in a meeting file (undefined removes it), keeping everything else as written. */
export function setInMeeting(path: string, at: YamlPath, value: unknown): void {
  editMeetingFile(path, (doc) => {
    if (value === undefined) doc.deleteIn(at);
    else doc.setIn(at, doc.createNode(value));
  });
}

/** Appends to a list in a meeting file, creating the list when there is none. */
export function appendInMeeting(path: string, at: YamlPath, value: unknown): void {
  editMeetingFile(path, (doc) => {
    const list = doc.getIn(at, true);
    if (isSeq(list)) list.items.push(doc.createNode(value));
    else doc.setIn(at, doc.createNode([value]));
  });
}

/** Inserts an item into a list of items (the meeting's, or an item's sub-items) at a position. */
export function insertInDocument(doc: Document, at: YamlPath, index: number, value: unknown): void {
  const list = doc.getIn(at, true);
  if (isSeq(list)) list.items.splice(index, 0, doc.createNode(value));
  else doc.setIn(at, doc.createNode([value]));
}

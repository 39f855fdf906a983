/**
 * Writing meeting files. Edits go through the yaml library's document API, so
 * the comments and key order the secretary wrote by hand are kept.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Document, isMap, parseDocument } from 'yaml';
import { SekrError } from '../errors.js';
import { writeFileAtomic } from './atomic.js';
import { displayPath } from './yaml-file.js';

const STRINGIFY = { lineWidth: 0, blockQuote: 'literal' } as const;

/** A new meeting file; never replaces one. */
export function createMeetingFile(path: string, data: Record<string, unknown>, comment?: string): void {
  if (existsSync(path)) throw new SekrError(`${displayPath(path)} exists already`, { file: displayPath(path), hint: 'sekr never writes over a meeting file it did not read' });
  const doc = new Document(data);
  if (comment) doc.commentBefore = ` ${comment}`;
  writeFileAtomic(path, doc.toString(STRINGIFY));
}

/** Reads a meeting file as a document, lets `edit` change it, and writes it back atomically. */
export function editMeetingFile(path: string, edit: (doc: Document.Parsed) => void): void {
  const doc = parseDocument(readFileSync(path, 'utf8'), { keepSourceTokens: false });
  if (doc.errors.length || !isMap(doc.contents)) {
    throw new SekrError(`${displayPath(path)} is not a valid meeting file`, { file: displayPath(path), hint: 'run sekr validate' });
  }
  edit(doc);
  writeFileAtomic(path, doc.toString(STRINGIFY));
}

/**
 * Changing one item of a meeting file, one field at a time, through the yaml
 * document API: every call is its own atomic write.
 */
import { itemYamlPath, type ItemStore } from '../model/recording.js';
import type { Document } from 'yaml';
import { appendInMeeting, editMeetingFile, insertInDocument, setInMeeting } from './meeting-file.js';

export function fileItemStore(file: string, path: readonly number[]): ItemStore {
  const at = (...field: string[]) => itemYamlPath(path, ...field);
  return {
    setBody: (body) => setInMeeting(file, at('body'), body),
    addDecision: (text) => appendInMeeting(file, at('decisions'), text),
    addAction: (action) => appendInMeeting(file, at('actions'), action),
    addAttachment: (title) => appendInMeeting(file, at('attachments'), title),
    setActivityStatus: (status, comment) => setInMeeting(file, at('activityStatus'), comment ? { status, comment } : { status }),
    setCarry: (carry) => setInMeeting(file, at('carry'), carry ? true : undefined),
    markRecorded: () => setInMeeting(file, at('recorded'), true),
    setField: (field, value) => setInMeeting(file, at(field), value),
    appendField: (field, value) => appendInMeeting(file, at(field), value),
  };
}

export type ItemPosition = { after: readonly number[] } | { index: number };

/** Puts a new item into the meeting's document after the item at `after` (at the same level), or at `index` of the top level; gives its path. */
export function insertItemInDocument(doc: Document, position: ItemPosition, item: Record<string, unknown>): number[] {
  if ('index' in position) {
    insertInDocument(doc, ['items'], position.index, item);
    return [position.index];
  }
  const parent = position.after.slice(0, -1);
  const index = position.after[position.after.length - 1]! + 1;
  insertInDocument(doc, itemYamlPath(parent, 'items'), index, item);
  return [...parent, index];
}

/** Puts a new item into the meeting file (see insertItemInDocument). */
export function insertItem(file: string, position: ItemPosition, item: Record<string, unknown>): number[] {
  let path: number[] = [];
  editMeetingFile(file, (doc) => {
    path = insertItemInDocument(doc, position, item);
  });
  return path;
}

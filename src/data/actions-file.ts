/**
 * data/actions/<group>.yaml, where a group's action points are followed up (sekr actions done,
 * reopen): the meetings that decided them may be sealed, and their files are never changed.
 * Written through the yaml library's document API, so comments written by hand stay.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isMap, isSeq, parseDocument, type YAMLSeq } from 'yaml';
import { problemsError, SekrError, type Problem } from '../base/errors.js';
import { t } from '../base/i18n.js';
import { ActionsFollowUp, type DoneData } from '../schema/actions.js';
import { writeFileAtomic } from './atomic.js';
import { checkSchema } from './schema-problems.js';
import { displayPath, readYamlFile, type YamlFile } from './yaml-file.js';

const followUpDir = (dataDir: string) => join(dataDir, 'actions');
export const followUpPath = (dataDir: string, group: string) => join(followUpDir(dataDir), `${group}.yaml`);

export interface FollowUpFile {
  group: string;
  path: string;
  yf?: YamlFile;
  done: DoneData[];
  problems: Problem[];
}

/** Every follow-up file, by group: its entries, or its problems. */
export function readFollowUps(dataDir: string): FollowUpFile[] {
  const dir = followUpDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const path = join(dir, file);
      const group = file.replace(/\.yaml$/, '');
      try {
        const yf = readYamlFile(path);
        const result = checkSchema(ActionsFollowUp, yf);
        return result.ok ? { group, path, yf, done: result.value.done, problems: [] } : { group, path, yf, done: [], problems: result.problems };
      } catch (e) {
        if (!(e instanceof SekrError)) throw e;
        const problems = e.problems.length ? e.problems : [{ file: displayPath(path), message: e.message, hint: e.hint }];
        return { group, path, done: [], problems };
      }
    });
}

/** Every action point done as the follow-up files record it; a file with problems stops the command (exit 2). */
export function loadFollowUps(dataDir: string): DoneData[] {
  const files = readFollowUps(dataDir);
  const problems = files.flatMap((f) => f.problems);
  if (problems.length) throw problemsError(problems, t('actions-file.followUpProblems'));
  return files.flatMap((f) => f.done);
}

// A new follow-up file's comment at the top, in the language of whoever made it.
const header = () => t('actions-file.header'); 

/** Records an action point as done (or changes its record), keeping the rest of the file as written. */
export function recordDone(dataDir: string, group: string, entry: DoneData): void {
  edit(dataDir, group, (list, doc) => {
    const at = list.items.findIndex((node) => isMap(node) && node.get('id') === entry.id);
    const node = doc.createNode(Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)));
    node.flow = true;
    if (at === -1) list.items.push(node);
    else list.items[at] = node;
  });
}

/** The action point is open again: its record of being done is taken away. */
export function removeDone(dataDir: string, group: string, id: string): boolean {
  let found = false;
  edit(dataDir, group, (list) => {
    const at = list.items.findIndex((node) => isMap(node) && node.get('id') === id);
    if (at !== -1) {
      list.items.splice(at, 1);
      found = true;
    }
  });
  return found;
}

function edit(dataDir: string, group: string, change: (list: YAMLSeq, doc: Document) => void): void {
  const path = followUpPath(dataDir, group);
  const doc = existsSync(path) ? parseDocument(readFileSync(path, 'utf8')) : new Document({ done: [] });
  if (!existsSync(path)) doc.commentBefore = header();
  if (doc.errors.length || !isMap(doc.contents)) {
    throw new SekrError(t('actions-file.notValid', displayPath(path)), { file: displayPath(path), hint: t('meeting-file.runValidate') });
  }
  let list = doc.get('done', true);
  if (!isSeq(list)) {
    doc.set('done', doc.createNode([]));
    list = doc.get('done', true);
  }
  change(list as YAMLSeq, doc);
  const checked = ActionsFollowUp.safeParse(doc.toJS());
  if (!checked.success) {
    throw new SekrError(t('actions-file.changeInvalid', displayPath(path)), { file: displayPath(path), hint: t('meeting-file.nothingWritten') });
  }
  writeFileAtomic(path, doc.toString({ lineWidth: 0 }));
}

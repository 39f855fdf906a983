/**
 * What stands at a path of the data folder, checked before it is read: a file
 * where a folder should be, a folder where a file should be, a link to nothing
 * or round in a loop, a named pipe (which would block a read for ever), or no
 * permission. Each is a clear error naming the path and what to do: exit 2
 * for the shape of the user's files, exit 1 for a permission.
 */
import { lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import { EXIT, SekrError } from '../base/errors.js';
import { t } from '../base/i18n.js';
import { displayPath } from './display-path.js';

/** What stands at a path, as a secretary would say it: a folder, a named pipe, a link (of lstat), a file. */
export function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return t('atomic.kindFolder');
  if (stats.isFIFO()) return t('atomic.kindFifo');
  if (stats.isSocket()) return t('atomic.kindSocket');
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return t('atomic.kindDevice');
  if (stats.isSymbolicLink()) return t('atomic.kindLink');
  return t('atomic.kindFile');
}

/** What is at `path`, following links; undefined when nothing is there (not even a link). */
export function statAt(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    let link = false;
    try {
      link = lstatSync(path).isSymbolicLink();
    } catch {
      // nothing there at all
    }
    if (!link && (code === 'ENOENT' || code === 'ENOTDIR')) return undefined;
    throw shapeError(path, e);
  }
}

export function shapeError(path: string, e: unknown): SekrError {
  const code = (e as NodeJS.ErrnoException).code;
  const file = displayPath(path);
  if (code === 'EACCES' || code === 'EPERM') {
    return new SekrError(t('shapes.permissionDenied', file), { file, exitCode: EXIT.failure, hint: t('shapes.permissionDeniedHint', file) });
  }
  const hint = t('shapes.linkHint');
  if (code === 'ELOOP') return new SekrError(t('shapes.linkLoop', file), { file, hint });
  if (code === 'ENOENT') return new SekrError(t('shapes.linkToNothing', file), { file, hint });
  return new SekrError(t('atomic.cannotRead', file, (e as Error).message), { file, hint: t('atomic.checkTheFile') });
}

/** A file to be read: a regular file (through links), or a clear error; undefined when there is nothing. */
export function fileAt(path: string, what?: string): Stats | undefined {
  const stats = statAt(path);
  if (stats && !stats.isFile()) {
    const file = displayPath(path);
    throw new SekrError(t('shapes.wrongKind', file, kindOf(stats), what ?? t('atomic.kindFile')), {
      file,
      hint: stats.isDirectory() ? t('shapes.moveFolderAway') : t('shapes.replaceWithFile'),
    });
  }
  return stats;
}

/** A folder to be listed: a folder (through links), or a clear error; undefined when there is nothing. */
export function folderAt(path: string, what?: string): Stats | undefined {
  const stats = statAt(path);
  if (stats && !stats.isDirectory()) {
    const file = displayPath(path);
    throw new SekrError(t('shapes.wrongKind', file, kindOf(stats), what ?? t('atomic.kindFolder')), { file, hint: t('shapes.moveItAway') });
  }
  return stats;
}

/** The names in a folder, sorted; a folder that cannot be read is a clear error. */
export function namesIn(path: string): string[] {
  try {
    return readdirSync(path).sort();
  } catch (e) {
    throw shapeError(path, e);
  }
}

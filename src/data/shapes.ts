/**
 * What stands at a path of the data folder, checked before it is read: a file
 * where a folder should be, a folder where a file should be, a link to nothing
 * or round in a loop, a named pipe (which would block a read for ever), or no
 * permission. Each is a clear error naming the path and what to do: exit 2
 * for the shape of the user's files, exit 1 for a permission.
 */
import { lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import { EXIT, SekrError } from '../base/errors.js';
import { displayPath } from './display-path.js';

function kind(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'a file';
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
    return new SekrError(`cannot read ${file}: permission denied`, { file, exitCode: EXIT.failure, hint: `check the permissions of ${file} and its folders` });
  }
  const hint = 'remove the link, or point it at the file or folder meant';
  if (code === 'ELOOP') return new SekrError(`${file} is a link that leads round in a loop`, { file, hint });
  if (code === 'ENOENT') return new SekrError(`${file} is a link to nothing (its target is gone)`, { file, hint });
  return new SekrError(`cannot read ${file}: ${(e as Error).message}`, { file, hint: 'check the file' });
}

/** A file to be read: a regular file (through links), or a clear error; undefined when there is nothing. */
export function fileAt(path: string, what = 'a file'): Stats | undefined {
  const stats = statAt(path);
  if (stats && !stats.isFile()) {
    const file = displayPath(path);
    throw new SekrError(`${file} is ${kind(stats)}, where ${what} should be`, {
      file,
      hint: stats.isDirectory() ? 'move the folder away, or give it another name' : 'replace it with a file, or move it away',
    });
  }
  return stats;
}

/** A folder to be listed: a folder (through links), or a clear error; undefined when there is nothing. */
export function folderAt(path: string, what = 'a folder'): Stats | undefined {
  const stats = statAt(path);
  if (stats && !stats.isDirectory()) {
    const file = displayPath(path);
    throw new SekrError(`${file} is ${kind(stats)}, where ${what} should be`, { file, hint: 'move it away, or give it another name' });
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

/**
 * Writing files so that nothing is ever half-written: write a temporary file
 * beside the target, then rename it over (rename is atomic on one file system).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { EXIT, SekrError } from '../errors.js';
import { displayPath } from './yaml-file.js';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.sekr-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, data);
    // Flush before the rename, so a crash right after cannot leave an empty file under the real name.
    const fd = openSync(tmp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the temporary file was never made (its folder could not be)
    }
    throw writeError(path, e);
  }
}

export function writeError(path: string, e: unknown): SekrError {
  const code = (e as NodeJS.ErrnoException).code;
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'ENOSPC'
        ? 'the disk is full'
        : code === 'EROFS'
          ? 'the file system is read-only'
          : code === 'ENOTDIR'
            ? 'a file stands where a folder is needed'
            : (e as Error).message;
  return new SekrError(`cannot write ${displayPath(path)}: ${reason}`, {
    file: displayPath(path),
    exitCode: EXIT.failure,
    hint: code === 'ENOSPC' ? 'free some space and run the command again' : 'choose another folder with --out, or check its permissions',
  });
}

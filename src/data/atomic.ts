/**
 * Writing files so that nothing is ever half-written: write a temporary file
 * beside the target, then rename it over (rename is atomic on one file system).
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { EXIT, SekrError } from '../base/errors.js';
import { displayPath } from './yaml-file.js';
import { processAlive } from './processes.js';

const swept = new Set<string>();

/** Temporary files of a process that was killed (its pid is gone) are removed; whole files never have such names. */
export function removeLeftovers(dir: string, recursive = false): void {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive }).map(String);
  } catch {
    return; // no folder yet
  }
  for (const name of names) {
    const m = /\.sekr-tmp-(\d+)-[0-9a-f]+$/.exec(name);
    if (!m || Number(m[1]) === process.pid) continue;
    if (!processAlive(Number(m[1]))) rmSync(join(dir, name), { force: true });
  }
}

// The process id makes the name unique among processes, the count within this one. (Not node:crypto's
// random bytes: loading node:crypto would slow the start of every command that writes a file.)
let written = 0;
const temporaryName = (path: string) => join(dirname(path), `.${basename(path)}.sekr-tmp-${process.pid}-${(++written).toString(16)}`);

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  if (!swept.has(dir)) {
    swept.add(dir);
    removeLeftovers(dir);
  }
  const tmp = temporaryName(path);
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

const madeFolders = new Set<string>();

/**
 * The first half of an atomic write, for a batch of files that can be made
 * again: the data goes whole to a temporary file beside `path`, whose name is
 * returned for commitStaged to rename once the whole batch is made. Not
 * flushed to disk one by one (a flush per file was a tenth of a report's
 * time): the report's manifest keeps each file's size instead, and a file
 * that a power cut left short is made again by the next run.
 */
export function stageFile(path: string, data: string | Uint8Array): string {
  const dir = dirname(path);
  const tmp = temporaryName(path);
  try {
    if (!madeFolders.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeFolders.add(dir);
    }
    writeFileSync(tmp, data, { flag: 'wx' });
    return tmp;
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the temporary file was never made (its folder could not be)
    }
    throw writeError(path, e);
  }
}

/** The second half: the staged file takes its real name (rename is atomic on one file system). */
export function commitStaged(tmp: string, path: string): void {
  try {
    renameSync(tmp, path);
  } catch (e) {
    throw writeError(path, e);
  }
}

/** A staged file that is not to be: removed, quietly if it is gone already. */
export function discardStaged(tmp: string): void {
  rmSync(tmp, { force: true });
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

/**
 * Writing files so that nothing is ever half-written: write a temporary file
 * beside the target, then rename it over (rename is atomic on one file system).
 */
import {
  accessSync,
  chmodSync,
  chownSync,
  closeSync,
  constants,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, parse } from 'node:path';
import { EXIT, SekrError } from '../base/errors.js';
import { t } from '../base/i18n.js';
import { displayPath } from './yaml-file.js';
import { processAlive } from './processes.js';
import { kindOf } from './shapes.js';

const swept = new Set<string>();

/** Temporary files of a process that was killed (its pid is gone) are removed; whole files never have such names. */
function removeLeftovers(dir: string, recursive = false): void {
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

/**
 * Makes a folder and the folders above it that are missing, one at a time:
 * node's own recursive mkdir goes round for ever where a parent exists but
 * refuses children without saying why (/proc answers ENOENT), so each step
 * here is taken once, and a failure names the folder it stopped at.
 */
export function makeFolders(dir: string): string[] {
  const missing: string[] = [];
  const made: string[] = [];
  const root = parse(dir).root;
  for (let d = dir; ; d = dirname(d)) {
    let stats: Stats | undefined;
    try {
      stats = statSync(d, { throwIfNoEntry: false });
    } catch (e) {
      // Something that is not a folder stands above: it is named when the walk up reaches it.
      if ((e as NodeJS.ErrnoException).code !== 'ENOTDIR') throw e;
    }
    if (stats) {
      if (!stats.isDirectory()) {
        throw Object.assign(new Error(t('atomic.standsWhereFolderNeeded', kindOf(stats), displayPath(d))), { code: 'ESHAPE', path: d });
      }
      break;
    }
    missing.unshift(d);
    if (d === root || dirname(d) === d) break;
  }
  for (const d of missing) {
    try {
      mkdirSync(d);
      made.push(d);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && statSync(d, { throwIfNoEntry: false })?.isDirectory()) continue;
      // The parent is there, yet the folder cannot be made in it: a file system of the kernel's (/proc, /sys).
      if (code === 'ENOENT') throw Object.assign(new Error(t('atomic.foldersCannotBeMade', dirname(d))), { code: 'ENOTSUP', path: d });
      throw e;
    }
  }
  return made;
}

/**
 * The folder a command writes its documents to, made before they are: a folder
 * that cannot be (--out /proc, a file in the way) stops the command at once,
 * before any work. `undo` removes what was made, when the command then fails.
 */
export function outputFolder(dir: string): { undo(): void } {
  let made: string[];
  try {
    made = makeFolders(dir);
  } catch (e) {
    throw writeError(dir, e);
  }
  return {
    undo() {
      for (const d of made.reverse()) {
        try {
          rmdirSync(d);
        } catch {
          // not empty after all, or gone
        }
      }
    },
  };
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  if (!swept.has(dir)) {
    swept.add(dir);
    removeLeftovers(dir);
  }
  const tmp = temporaryName(path);
  try {
    makeFolders(dir);
    refuseSpecial(path);
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

/** What is at `path` must be a file (or nothing): a folder, a FIFO or a device is not written over. */
function refuseSpecial(path: string): void {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats && !stats.isFile()) throw Object.assign(new Error(t('atomic.standsThere', kindOf(stats))), { code: 'ESPECIAL' });
}

/**
 * A file's text, read to be edited and written back: its folder must be one, the
 * file a regular file (not a FIFO, which would block the read for ever), and readable.
 */
export function readTextForEdit(path: string): string {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) throw new SekrError(t('atomic.noSuchFile', displayPath(path)), { file: displayPath(path), hint: t('atomic.noSuchFileHint') });
  if (!stats.isFile()) throw new SekrError(t('atomic.notAFile', displayPath(path), kindOf(stats)), { file: displayPath(path) });
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw readError(path, e);
  }
}

function readError(path: string, e: unknown): SekrError {
  const code = (e as NodeJS.ErrnoException).code;
  const denied = code === 'EACCES' || code === 'EPERM';
  return new SekrError(t('atomic.cannotRead', displayPath(path), denied ? t('atomic.permissionDenied') : (e as Error).message), {
    file: displayPath(path),
    exitCode: denied ? EXIT.failure : EXIT.badInput,
    hint: denied ? t('atomic.checkPermissions', displayPath(path)) : t('atomic.checkTheFile'),
  });
}

/**
 * Writes a file that is there already, atomically, as it was in all but its
 * text: the same permissions (a meeting file of mode 600 stays private) and,
 * where the user may, the same owner; through a link, the file it points to.
 * A read-only file is refused (exit 1), never replaced.
 */
export function writeFileKeeping(path: string, data: string | Uint8Array): void {
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    return writeFileAtomic(path, data); // not there (any more): a new file
  }
  const stats = statSync(target);
  const readOnly = (stats.mode & 0o222) === 0 || !writable(target);
  if (readOnly) {
    throw new SekrError(t('atomic.readOnly', displayPath(path)), {
      file: displayPath(path),
      exitCode: EXIT.failure,
      hint: t('atomic.readOnlyHint', displayPath(path)),
    });
  }
  const tmp = temporaryName(target);
  try {
    writeFileSync(tmp, data, { mode: stats.mode & 0o7777, flag: 'wx' });
    chmodSync(tmp, stats.mode & 0o7777); // the umask took bits off
    if (process.getuid && (stats.uid !== process.getuid() || stats.gid !== process.getgid?.())) {
      try {
        chownSync(tmp, stats.uid, stats.gid);
      } catch {
        // only the owner's own groups, or root, may give a file away: it stays the writer's, with the same mode
      }
    }
    const fd = openSync(tmp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw writeError(path, e);
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function writeError(path: string, e: unknown): SekrError {
  const code = (e as NodeJS.ErrnoException).code;
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? t('atomic.permissionDenied')
      : code === 'ENOSPC'
        ? t('atomic.diskFull')
        : code === 'EROFS'
          ? t('atomic.readOnlyFileSystem')
          : code === 'ENOTDIR'
            ? t('atomic.fileWhereFolderNeeded')
            : code === 'ENOTSUP'
              ? t('atomic.specialFileSystem', (e as Error).message)
              : code === 'ESPECIAL'
                ? t('atomic.notAFileReason', (e as Error).message)
                : code === 'ESHAPE'
                  ? (e as Error).message
                : code === 'EDQUOT'
                  ? t('atomic.quotaUsedUp')
                  : code === 'EISDIR'
                    ? t('atomic.folderWhereFileShouldBe')
                    : (e as Error).message;
  return new SekrError(t('atomic.cannotWrite', displayPath(path), reason), {
    file: displayPath(path),
    exitCode: EXIT.failure,
    hint: code === 'ENOSPC' ? t('atomic.freeSpace') : t('atomic.chooseAnotherFolder'),
  });
}

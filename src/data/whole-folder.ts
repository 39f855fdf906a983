/**
 * A folder of documents that changes whole: `sekr report` writes the year's
 * folder (out/2026) so that a kill at any moment leaves all of the old
 * documents or all of the new, never a mix.
 *
 * out/2026 is a link to a version folder, out/.sekr/2026/<version>/. A run
 * writes a new version beside the current one: its new files written there,
 * every other file of the current version carried over as a hard link (no
 * copy, and the old version's files are never written into); then the link is
 * switched to it in one rename, which a kill cannot split, and the old
 * version goes. A version that a killed run left behind is removed by the next
 * run, which also puts back a link that a kill took away while a folder of an
 * earlier release was being turned into a version (the one step that cannot
 * be made in one rename: a folder cannot be renamed over).
 */
import {
  copyFileSync,
  linkSync,
  lstatSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pausePoint } from '../base/pause.js';
import { makeFolders, writeError } from './atomic.js';
import { processAlive } from './processes.js';

/** Beside a version written whole, <version>.complete: only such a version is linked to in a recovery. */
const complete = (version: string) => `${version}.complete`;

export interface FolderChange {
  /** Writes a file of the new version (`file` relative to the folder). */
  put(file: string, data: string | Uint8Array): void;
  /** A file of the current version that the new one does not keep. */
  drop(file: string): void;
  /** Whether anything was put or dropped. */
  readonly changed: boolean;
  /** Carries every other file of the current version over, and switches the folder to the new version in one step. */
  commit(): void;
  /** Removes what was written: the folder stays as it was. */
  discard(): void;
}

const versionsOf = (folder: string) => join(dirname(folder), '.sekr', basename(folder));

/** "<time>-<pid>": sorts by age, and names the process that writes it. */
const versionName = () => `${Date.now().toString(36).padStart(9, '0')}-${process.pid}`;
const writerOf = (name: string) => Number(/-(\d+)(?:-old)?$/.exec(name)?.[1] ?? NaN);

/** The version folder the link points to, or undefined when the folder is not a link (a plain folder, or none). */
function linkTarget(folder: string): string | undefined {
  try {
    if (!lstatSync(folder).isSymbolicLink()) return undefined;
    return resolve(dirname(folder), readlinkSync(folder));
  } catch {
    return undefined;
  }
}

/**
 * Puts right what a killed run left: the link, if a kill took it away, points
 * to the newest whole version again; versions of processes that are gone, other
 * than the one linked to, are removed; so are links half-made.
 */
export function recoverFolder(folder: string): void {
  const versions = versionsOf(folder);
  if (!existsSync(versions)) return;
  let target = linkTarget(folder);
  const there = existsSync(folder);
  const names = readdirSync(versions)
    .filter((n) => !n.endsWith('.complete'))
    .sort();
  if (!there) {
    // The link is gone (a kill while an earlier release's folder became a version): the newest whole version takes its place.
    const whole = names.filter((n) => existsSync(complete(join(versions, n)))).pop();
    if (whole) {
      target = join(versions, whole);
      switchLink(folder, target);
    }
  }
  for (const name of names) {
    const path = join(versions, name);
    if (path === target || processAlive(writerOf(name))) continue;
    rmSync(path, { recursive: true, force: true });
    rmSync(complete(path), { force: true });
  }
  for (const name of readdirSync(dirname(folder))) {
    const m = /\.sekr-link-(\d+)$/.exec(name);
    if (m && name.startsWith(`.${basename(folder)}.`) && !processAlive(Number(m[1]))) rmSync(join(dirname(folder), name), { force: true });
  }
}

/** Points the folder's link at `target`, in one rename over the old link. */
function switchLink(folder: string, target: string): void {
  const tmp = join(dirname(folder), `.${basename(folder)}.sekr-link-${process.pid}`);
  rmSync(tmp, { force: true });
  symlinkSync(relative(dirname(folder), target), tmp, process.platform === 'win32' ? 'junction' : 'dir');
  renameSync(tmp, folder);
}

/** Every file below a folder, relative to it (links are not followed). */
function filesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(d, entry.name), rel);
      else out.push(rel);
    }
  };
  walk(dir, '');
  return out;
}

export function changeFolder(folder: string): FolderChange {
  const versions = versionsOf(folder);
  const next = join(versions, versionName());
  const made = new Set<string>();
  const written = new Set<string>();
  const dropped = new Set<string>();
  const madeFolder = (dir: string) => {
    if (made.has(dir)) return;
    makeFolders(dir);
    made.add(dir);
  };
  return {
    put(file, data) {
      const path = join(next, file);
      try {
        madeFolder(dirname(path));
        writeFileSync(path, data, { flag: written.has(file) ? 'w' : 'wx' });
      } catch (e) {
        throw writeError(join(folder, file), e);
      }
      written.add(file);
    },
    drop(file) {
      dropped.add(file);
    },
    get changed() {
      return written.size > 0 || dropped.size > 0;
    },
    commit() {
      const stats = statSync(folder, { throwIfNoEntry: false });
      try {
        madeFolder(next);
        if (stats && !stats.isDirectory()) throw Object.assign(new Error(`${folder} is not a folder`), { code: 'ENOTDIR' });
        // The current version's files that stay, carried over: linked, never copied into (a file written anew is a new file).
        if (stats) {
          for (const file of filesIn(folder)) {
            if (written.has(file) || dropped.has(file) || file.includes('.sekr-tmp-')) continue;
            const to = join(next, file);
            madeFolder(dirname(to));
            try {
              linkSync(join(folder, file), to);
            } catch {
              copyFileSync(join(folder, file), to); // a file system without hard links
            }
          }
        }
        writeFileSync(complete(next), '');
      } catch (e) {
        this.discard();
        throw writeError(folder, e);
      }
      pausePoint('report-staged');
      const old = linkTarget(folder);
      let before: string | undefined;
      try {
        if (stats && !old) {
          // A plain folder, of an earlier release or the user's: it becomes a version of its own, then the link takes its name.
          before = join(versions, `${versionName()}-old`);
          renameSync(folder, before);
          pausePoint('report-moved');
          try {
            switchLink(folder, next);
          } catch (e) {
            renameSync(before, folder);
            throw e;
          }
        } else {
          switchLink(folder, next);
          before = old;
        }
      } catch (e) {
        this.discard();
        throw writeError(folder, e);
      }
      pausePoint('report-switched');
      // The old version is no longer linked to; if it cannot go now, the next run removes it.
      try {
        if (before && before !== next) {
          rmSync(before, { recursive: true, force: true });
          rmSync(complete(before), { force: true });
        }
      } catch {
        // recoverFolder removes it next time
      }
    },
    discard() {
      try {
        rmSync(next, { recursive: true, force: true });
        rmSync(complete(next), { force: true });
      } catch {
        // never made (a file stands where its folder would be), or the next run removes it
      }
    },
  };
}

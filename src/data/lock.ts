/**
 * A lock beside a meeting file, so two sessions never record the same meeting.
 * The lock names its process; a lock whose process is gone (a crash, a closed
 * laptop) is stale and is taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { hostname } from 'node:os';
import { EXIT, SekrError } from '../base/errors.js';
import { t } from '../base/i18n.js';
import { displayPath } from './yaml-file.js';
import { processAlive } from './processes.js';

export interface LockInfo {
  pid: number;
  host: string;
  command: string;
  since: string;
}

export interface Lock {
  path: string;
  /** Set when a stale lock was taken over: what it said. */
  tookOver?: LockInfo;
  release(): void;
}

const lockPath = (file: string) => `${file}.lock`;

function mtimeOf(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function readLock(path: string): LockInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' ? info : undefined;
  } catch {
    return undefined; // unreadable or half-written by a process that died: stale
  }
}

/** Takes the lock of a meeting file for `command`, or says who holds it. */
export function lockMeeting(file: string, command: string): Lock {
  const path = lockPath(file);
  const info: LockInfo = { pid: process.pid, host: hostname(), command, since: new Date().toISOString() };
  let tookOver: LockInfo | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (readLock(path)?.pid === process.pid) rmSync(path, { force: true });
      };
      process.once('exit', release);
      return { path, tookOver, release };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        const denied = code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
        throw new SekrError(t('lock.cannotMake', displayPath(path), denied ? t('lock.folderReadOnly') : (e as Error).message), {
          file: displayPath(path),
          exitCode: EXIT.failure,
          hint: t('lock.cannotMakeHint', displayPath(dirname(path))),
        });
      }
      const holder = readLock(path);
      // A lock without a readable holder is being written this instant, unless it is old: then its writer died.
      const young = !holder && Date.now() - mtimeOf(path) < 2000;
      const stale = !young && (!holder || (holder.host === info.host && !processAlive(holder.pid)));
      if (!stale || attempt > 0) {
        const who = holder
          ? t('lock.holder', holder.command, holder.pid, holder.host !== info.host ? holder.host : undefined, holder.since)
          : t('lock.holderTakingIt');
        throw new SekrError(t('lock.beingChanged', displayPath(file), who), {
          exitCode: EXIT.failure,
          hint: t('lock.beingChangedHint', displayPath(path)),
        });
      }
      tookOver = holder;
      rmSync(path, { force: true });
    }
  }
  throw new Error('unreachable');
}

/** Runs `work` holding the meeting's lock. */
export async function withMeetingLock<T>(file: string, command: string, work: (lock: Lock) => Promise<T> | T): Promise<T> {
  const lock = lockMeeting(file, command);
  try {
    return await work(lock);
  } finally {
    lock.release();
  }
}

/** Does `work` holding the lock of a file (a follow-up file, say) as a meeting's is held. */
export function withLock<T>(file: string, command: string, work: () => T): T {
  mkdirSync(dirname(file), { recursive: true });
  const lock = lockMeeting(file, command);
  try {
    return work();
  } finally {
    lock.release();
  }
}

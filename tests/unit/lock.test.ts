import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, utimesSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { lockMeeting, withMeetingLock, type Lock } from '../../src/data/lock.js';
import { SekrError } from '../../src/base/errors.js';
import { setLanguage } from '../../src/base/i18n.js';

// The messages asserted here are the English ones; the language is otherwise Swedish.
beforeAll(() => setLanguage('en'));

let dir: string;
let file: string;
let lockFile: string;
const held: Lock[] = [];
const take = (command = 'sekr record') => {
  const lock = lockMeeting(file, command);
  held.push(lock);
  return lock;
};

/** The pid of a process that has certainly exited: one we ran and waited for. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '0']);
  return r.pid!;
}

/** What lockMeeting throws, or fails the test. */
function refusal(command = 'sekr item add'): SekrError {
  try {
    held.push(lockMeeting(file, command));
  } catch (e) {
    expect(e).toBeInstanceOf(SekrError);
    return e as SekrError;
  }
  throw new Error('the lock was taken, not refused');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sekr-lock-'));
  file = join(dir, '2026-09-11.yaml');
  lockFile = `${file}.lock`;
  writeFileSync(file, 'date: 2026-09-11\nstatus: planned\n');
});
afterEach(() => {
  for (const l of held.splice(0)) l.release();
  rmSync(dir, { recursive: true, force: true });
});

describe('lockMeeting', () => {
  it('writes <meeting>.yaml.lock naming this process, its host, the command and since when', () => {
    const lock = take('sekr record');
    expect(lock.path).toBe(lockFile);
    expect(lock.tookOver).toBeUndefined();
    const info = JSON.parse(readFileSync(lockFile, 'utf8'));
    expect(info).toMatchObject({ pid: process.pid, host: hostname(), command: 'sekr record' });
    expect(new Date(info.since).toString()).not.toBe('Invalid Date');
  });

  it('refuses a second lock while the first is held, naming the holder and how to get out of it', () => {
    take('sekr record');
    const before = readFileSync(lockFile, 'utf8');
    const e = refusal('sekr item add');
    const since = JSON.parse(before).since;
    expect(e.message).toBe(`${file} is being changed by \`sekr record\` (process ${process.pid}, since ${since})`);
    expect(e.exitCode).toBe(1);
    expect(e.hint).toBe(`finish or quit that session first; if it is gone for good, delete ${lockFile}`);
    // The holder's lock is untouched.
    expect(readFileSync(lockFile, 'utf8')).toBe(before);
  });

  it('refuses a lock held by a live process, whoever wrote it', () => {
    // The parent of this test process is alive for as long as the test runs.
    writeFileSync(lockFile, JSON.stringify({ pid: process.ppid, host: hostname(), command: 'sekr attendance', since: '2026-09-11T08:00:00.000Z' }));
    expect(refusal().message).toContain(`is being changed by \`sekr attendance\` (process ${process.ppid}, since 2026-09-11T08:00:00.000Z)`);
    expect(existsSync(lockFile)).toBe(true);
  });

  it('takes over the lock of a process that is gone, saying whose it was', () => {
    const pid = deadPid();
    const stale = { pid, host: hostname(), command: 'sekr record', since: '2026-09-11T08:00:00.000Z' };
    writeFileSync(lockFile, JSON.stringify(stale));
    const lock = take('sekr record');
    expect(lock.tookOver).toEqual(stale);
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: process.pid, command: 'sekr record' });
  });

  it('takes over the lock of pid 999999 when no such process runs', () => {
    let gone = false;
    try {
      process.kill(999999, 0);
    } catch (e) {
      gone = (e as NodeJS.ErrnoException).code === 'ESRCH';
    }
    expect(gone, 'a process 999999 runs on this machine').toBe(true);
    writeFileSync(lockFile, JSON.stringify({ pid: 999999, host: hostname(), command: 'sekr record', since: '2026-09-11T08:00:00.000Z' }));
    expect(take().tookOver).toMatchObject({ pid: 999999 });
  });

  it('never takes over a lock from another machine, even one whose pid is free here', () => {
    writeFileSync(lockFile, JSON.stringify({ pid: deadPid(), host: 'laptop-2', command: 'sekr record', since: '2026-09-11T08:00:00.000Z' }));
    const e = refusal();
    expect(e.message).toMatch(/is being changed by `sekr record` \(process \d+ on laptop-2, since 2026-09-11T08:00:00\.000Z\)/);
  });

  it('takes over a lock file left half written long ago, but not one being written now', () => {
    writeFileSync(lockFile, '{"pid":');
    expect(() => take()).toThrow(/taking its lock this instant/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockFile, old, old);
    const lock = take();
    expect(lock.tookOver).toBeUndefined();
    expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(process.pid);
  });

  it('is given up by release, which removes the lock file, and may be taken again', () => {
    const lock = take();
    expect(existsSync(lockFile)).toBe(true);
    lock.release();
    expect(existsSync(lockFile)).toBe(false);
    lock.release(); // twice is harmless
    const again = take('sekr item set');
    expect(JSON.parse(readFileSync(lockFile, 'utf8')).command).toBe('sekr item set');
    again.release();
    expect(existsSync(lockFile)).toBe(false);
  });

  it('does not remove on release a lock that another process has taken since', () => {
    const lock = take();
    const other = JSON.stringify({ pid: process.ppid, host: hostname(), command: 'sekr record', since: '2026-09-11T09:00:00.000Z' });
    writeFileSync(lockFile, other);
    lock.release();
    expect(readFileSync(lockFile, 'utf8')).toBe(other);
  });
});

describe('withMeetingLock', () => {
  it('holds the lock while the work runs and releases it after, also when the work fails', async () => {
    await expect(
      withMeetingLock(file, 'sekr item add', () => {
        expect(existsSync(lockFile)).toBe(true);
        expect(() => lockMeeting(file, 'sekr record')).toThrow(/is being changed by `sekr item add`/);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(existsSync(lockFile)).toBe(false);
    await expect(withMeetingLock(file, 'sekr item add', async () => 42)).resolves.toBe(42);
    expect(existsSync(lockFile)).toBe(false);
  });
});

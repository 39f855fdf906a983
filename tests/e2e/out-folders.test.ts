/**
 * Every loop ends: making output folders takes bounded steps. --out /proc
 * (where node's own recursive mkdir goes round for ever), /sys, a named pipe
 * or a full disk give exit 1 at once, with the reason, and leave nothing behind.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sekr, workspace } from '../helpers.js';

const PROTOCOL = 'styrgrupp-narvard/2026-02-27';

function failsAtOnce(args: string[], cwd: string, reason: RegExp): void {
  const started = Date.now();
  const r = sekr(args, { cwd });
  expect(Date.now() - started, 'it should stop at once').toBeLessThan(20_000);
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr).toMatch(/^sekr: .*cannot write /m);
  expect(r.stderr).toMatch(reason);
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr).not.toMatch(/^\s+at /m);
}

describe('output folders that cannot be', () => {
  const ws = workspace();

  it('render --out /proc stops before any work: no document is rendered first', () => {
    const started = Date.now();
    const r = sekr(['render', PROTOCOL, '--format', 'md,docx,pdf', '--out', '/proc'], { cwd: ws });
    expect(r.code).toBe(1);
    // A PDF takes LibreOffice seconds; refused at once, none is made.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it.each([
    ['/proc', /folders cannot be made in \/proc \(a special file system/],
    ['/proc/self', /folders cannot be made in \/proc\/self/],
    ['/sys', /permission denied|read-only|folders cannot be made/],
  ])('render --out %s: exit 1 at once, with the reason', (out, reason) => {
    failsAtOnce(['render', PROTOCOL, '--out', out], ws, reason);
  });

  it('report --out /proc and schema --out /proc: exit 1 at once', () => {
    failsAtOnce(['report', '--year', '2026', '--format', 'md', '--out', '/proc'], ws, /folders cannot be made in \/proc/);
    failsAtOnce(['schema', '--out', '/proc/sekr-schema'], ws, /folders cannot be made in \/proc/);
  });

  it('--out a named pipe, or a named pipe where the document goes: exit 1, the pipe untouched', () => {
    execFileSync('mkfifo', [join(ws, 'pipe')]);
    failsAtOnce(['render', PROTOCOL, '--out', 'pipe'], ws, /a named pipe \(FIFO\) stands where a folder is needed/);
    mkdirSync(join(ws, 'out/styrgrupp-narvard'), { recursive: true });
    execFileSync('mkfifo', [join(ws, 'out/styrgrupp-narvard/2026-02-27-protokoll.md')]);
    failsAtOnce(['render', PROTOCOL, '--format', 'md'], ws, /a named pipe \(FIFO\) stands there, not a file/);
    expect(readdirSync(join(ws, 'out/styrgrupp-narvard'))).toEqual(['2026-02-27-protokoll.md']);
  });

  // A small file system of its own, where the tests may mount one (as root, with mount allowed).
  const small = join(ws, 'small');
  mkdirSync(small);
  const mounted = process.getuid?.() === 0 && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8k', 'tmpfs', small]).status === 0;
  afterAll(() => {
    if (mounted) spawnSync('umount', [small]);
    rmSync(ws, { recursive: true, force: true });
  });

  it.skipIf(!mounted)('a full disk: exit 1, "the disk is full", no half-written file', () => {
    failsAtOnce(['render', PROTOCOL, '--format', 'md,docx', '--out', small], ws, /the disk is full/);
    // Nothing half-written is left, and the folder made for the documents is taken away again.
    const folder = join(small, 'styrgrupp-narvard');
    const left = existsSync(folder) ? readdirSync(folder) : [];
    expect(left.filter((f) => f.includes('.sekr-tmp-'))).toEqual([]);
    failsAtOnce(['report', '--year', '2026', '--format', 'md,docx', '--out', small], ws, /the disk is full/);
    expect(readdirSync(small).filter((f) => f !== 'styrgrupp-narvard')).toEqual([]);
  });
});

/** Running the built `sekr` as a user would, on a temporary copy of the bundled data. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Item, type ItemData } from '../src/schema/meeting.js';

export const ROOT = resolve(import.meta.dirname, '..');
export const BIN = join(ROOT, 'bin', 'sekr.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A config folder of the tests' own when sekr runs in the repository: the user's keys are never read or written. */
const CONFIG = mkdtempSync(join(tmpdir(), 'sekr-config-'));

/**
 * The config folder (where private keys live) of a run: the workspace's own,
 * `<cwd>/.config`, so that keys made in one workspace sign only there.
 */
export const configOf = (cwd?: string) => (cwd ? join(cwd, '.config') : CONFIG);

export function sekr(args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; nodeArgs?: string[] } = {}): Run {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: '1',
    SEKR_DATA: undefined,
    XDG_CONFIG_HOME: configOf(options.cwd),
    ...options.env,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder holding a copy of the bundled data/ as data/; sekr runs there as in a user's folder. */
export function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sekr-test-'));
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  return dir;
}

/** The bundled notes that are final and sealed (approved:). */
export const SEALED_NOTES = 'data/meetings/strategi-for-halsa/2026-05-22.yaml';

/**
 * The bundled final notes as they were before they were sealed: sent on 2026-05-25, in their
 * correction week, with no seal. Tests that change them by hand start here, as sekr refuses to
 * read a sealed meeting edited since.
 */
export function unsealNotes(ws: string): void {
  const path = join(ws, SEALED_NOTES);
  const text = readFileSync(path, 'utf8');
  const seal = text.indexOf('# The notes are final');
  if (seal < 0 || !text.includes('\nstatus: final\n')) throw new Error(`${SEALED_NOTES} is not final and sealed as the tests expect`);
  writeFileSync(path, text.slice(0, seal).replace('\nstatus: final\n', '\nstatus: sent\nsent: 2026-05-25\n'));
}

/** An item as the schema fills it in (its own defaults), with `over` set on it. */
export const itemOf = (over: Partial<ItemData> = {}): ItemData => ({ ...Item.parse({ title: 'Punkt' }), ...over });

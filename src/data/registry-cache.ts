/**
 * The checked registry, kept between runs. Parsing registry.yaml is the
 * largest part of a cold command's time (the README's performance section has
 * the figures; V8 interprets the YAML parser on a cold start), and the registry seldom
 * changes while the meetings do. Kept per data folder, keyed by the build of
 * sekr and the file's bytes: a changed registry, or another sekr, is read and
 * checked again, and only a registry without problems is kept.
 *
 * In $XDG_CACHE_HOME/sekr (else ~/.cache/sekr; %LOCALAPPDATA%\sekr on
 * Windows), private to the user; SEKR_CACHE=0 turns it off. Anything amiss
 * with the cache (unreadable, from another Node, a full disk) only means the
 * file is parsed as it would be without one.
 */
import { chmodSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Registry } from '../model/registry.js';
import { makeFolders } from './atomic.js';

/** Set by the build (scripts/build.mjs): a fingerprint of the sources. Unbundled (in the tests of src/) there is none, and no cache. */
declare const __SEKR_BUILD__: string | undefined;
const build = typeof __SEKR_BUILD__ === 'string' ? __SEKR_BUILD__ : undefined;

/** Data folders whose registry is kept; past this the oldest goes. */
const KEPT = 16;

function folder(): string | undefined {
  if (build === undefined || process.env.SEKR_CACHE === '0') return undefined;
  if (process.env.XDG_CACHE_HOME) return join(process.env.XDG_CACHE_HOME, 'sekr');
  if (process.platform === 'win32' && process.env.LOCALAPPDATA) return join(process.env.LOCALAPPDATA, 'sekr');
  return join(homedir(), '.cache', 'sekr');
}

/**
 * The file a data folder's registry is kept in: named by a 64-bit FNV-1a hash of its path. Not
 * node:crypto, which is slow to load, for a name that only has to differ between folders.
 */
function slot(dir: string, registryFile: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(registryFile)) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  return join(dir, `registry-${hash.toString(16).padStart(16, '0')}.v8`);
}

/** The registry as checked, and what it was checked from: the build of sekr and the file's bytes, compared whole. */
interface Entry {
  build: string;
  bytes: Uint8Array;
  registry: Registry;
}

/** The registry checked earlier from these very bytes, if it was kept. */
export function cachedRegistry(registryFile: string, bytes: Uint8Array): Registry | undefined {
  const dir = folder();
  if (!dir) return undefined;
  try {
    const entry = deserialize(readFileSync(slot(dir, registryFile))) as Partial<Entry>;
    return entry.build === build && entry.bytes instanceof Uint8Array && Buffer.compare(entry.bytes, bytes) === 0 ? entry.registry : undefined;
  } catch {
    return undefined; // none kept yet, or not readable as one
  }
}

export function keepRegistry(registryFile: string, bytes: Uint8Array, registry: Registry): void {
  const dir = folder();
  if (!dir) return;
  try {
    // Not node's recursive mkdir, which goes round for ever under /proc.
    makeFolders(dir);
    chmodSync(dir, 0o700);
    const path = slot(dir, registryFile);
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize({ build: build!, bytes, registry } satisfies Entry), { mode: 0o600 });
    renameSync(tmp, path);
    const kept = readdirSync(dir).filter((f) => /^registry-[0-9a-f]{16}\.v8$/.test(f));
    if (kept.length > KEPT) {
      const byAge = kept.map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs })).sort((a, b) => a.t - b.t);
      for (const { f } of byAge.slice(0, kept.length - KEPT)) rmSync(join(dir, f), { force: true });
    }
  } catch {
    // a cache that cannot be written is only a slower next start
  }
}

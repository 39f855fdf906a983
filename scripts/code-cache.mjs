/**
 * Saves V8's code cache of dist/cli.cjs after rendering the protocol seed
 * (to a temporary folder), so the cache holds the code a render runs and not
 * only the bundle's top level. Run by scripts/build.mjs.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const { main, codeCache } = createRequire(import.meta.url)('../dist/boot.cjs');
const data = join(ROOT, 'data');
if (existsSync(join(data, 'registry.yaml'))) {
  const out = mkdtempSync(join(tmpdir(), 'sekr-build-'));
  // A cache folder of its own, new: the first render parses and checks the registry and keeps it,
  // the second takes it from there, so the code cache holds both ways whatever the user's cache holds.
  // (This process does nothing else, so its environment is simply set.)
  process.env.XDG_CACHE_HOME = join(out, 'cache');
  delete process.env.SEKR_CACHE;
  try {
    for (const run of [1, 2])
      await main([
        'node',
        'sekr',
        '--quiet',
        '--data',
        data,
        'render',
        'styrgrupp-narvard/2026-02-27',
        '--format',
        'md,docx',
        '--out',
        join(out, `run-${run}`),
      ]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  if (process.exitCode) {
    process.stderr.write('code cache: the seed did not render; the cache holds only the start-up\n');
    process.exitCode = 0;
  }
}
writeFileSync(join(ROOT, 'dist/cli.cjs.cache'), codeCache());

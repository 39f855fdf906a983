/**
 * dist/boot.cjs: loads the program, bundled into dist/cli.cjs, with the V8 code
 * cache that the build saved next to it (dist/cli.cjs.cache). Node 20 has no
 * compile cache of its own (module.enableCompileCache came in Node 22), and
 * compiling the program's code was a large part of a cold `sekr render`.
 * When V8 refuses the cache (another Node version, other V8 flags) the code
 * is compiled from source as usual: slower, never wrong.
 *
 * Built by scripts/build.mjs; not part of the bundle itself.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const timing = Boolean(process.env.SEKR_TIMING);
if (timing) performance.mark('boot', { detail: process.cpuUsage() });
const bundle = fileURLToPath(new URL('./cli.cjs', import.meta.url));
const cacheFile = `${bundle}.cache`;

/** The saved cache; none with SEKR_CODE_CACHE=0, which bench/report.mjs --pieces uses to measure what it saves. */
function cached(): Buffer | undefined {
  if (process.env.SEKR_CODE_CACHE === '0') return undefined;
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

// The same wrapper as Node's own for a CommonJS file, so the bundle runs as if required.
const source = `(function (exports, require, module, __filename, __dirname) { ${readFileSync(bundle, 'utf8')}\n})`;
const script = new Script(source, { filename: bundle, cachedData: cached() });
if (timing) performance.mark(`compiled (code cache ${script.cachedDataRejected === false ? 'taken' : 'refused'})`, { detail: process.cpuUsage() });
const module = { exports: {} as { main(argv: string[]): Promise<void> } };
(script.runInThisContext() as (...a: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, dirname(bundle));

if (timing) performance.mark('bundle evaluated', { detail: process.cpuUsage() });

export const main = module.exports.main;

/** The code cache as it stands now, with every function run so far: for the build, after one run of the program. */
export const codeCache = (): Buffer => script.createCachedData();

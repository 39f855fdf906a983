/**
 * The build after the type check (see "build" in package.json): bundles the
 * program with esbuild so that a cold start reads and compiles one file instead
 * of resolving and loading some hundred modules, then saves V8's code cache of it.
 *
 *   dist/cli.cjs        the program and its libraries, one CommonJS file. Libraries
 *                       imported with import() (handlebars, markdown-it, ...) stay lazy:
 *                       esbuild wraps each in a function run on first use.
 *   dist/cli.cjs.cache  V8's code cache of it, made by rendering the protocol seed once
 *                       (scripts/code-cache.mjs), so it holds the functions a render runs.
 *   dist/boot.cjs       the loader (src/boot.ts): compiles cli.cjs with that cache; exports main.
 *   dist/worker.cjs     the worker thread of `sekr report`, its own bundle.
 *   dist/help.sv.txt    `sekr --help` in Swedish and in English, printed by bin/sekr.js without
 *   dist/help.en.txt    loading the program, in the language of the locale.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import Handlebars from 'handlebars';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');

/**
 * The packages that `sekr --help`, `validate` and `groups` must not load. Each of
 * their modules in the bundle announces itself when it is evaluated, to a hook that
 * only tests/e2e/fixtures/trace-imports.mjs installs: the bundle bypasses Node's
 * module loader, so the loader's trace alone could no longer see them.
 */
const WATCHED = /[\\/]node_modules[\\/](docx|handlebars|markdown-it|@inquirer|inquirer)[\\/].*\.(c?js|mjs)$/;
const announceEvaluation = {
  name: 'announce-evaluation',
  setup(build) {
    build.onLoad({ filter: WATCHED }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const path = args.path.slice(args.path.lastIndexOf('node_modules')).split('\\').join('/');
      const text = await readFile(args.path, 'utf8');
      return { contents: `globalThis.__sekrEvaluated?.(${JSON.stringify(path)});\n${text}`, loader: 'js' };
    });
  },
};

/**
 * Not bundled: date-holidays (2 MB with moment-timezone) for schedule, pureimage and pngjs for the report's chart,
 * inquirer for the prompts, and exceljs for member lists and attendance as spreadsheets.
 */
const OUTSIDE = ['date-holidays', 'pureimage', 'pngjs', '@inquirer/*', 'exceljs'];

/**
 * src/render/precompiled.ts in the bundle: every bundled template compiled now,
 * so that a render only runs it. Compiled as src/render/markdown.ts compiles a
 * template: a partial whole, a document after its front matter, with the same options.
 */
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/; // as in src/render/markdown.ts
const precompiledTemplates = {
  name: 'precompiled-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]render[\\/]precompiled\.ts$/ }, () => {
      const dir = join(ROOT, 'templates');
      const files = readdirSync(dir, { recursive: true })
        .map((f) => f.split('\\').join('/'))
        .filter((f) => f.endsWith('.md.hbs'))
        .sort();
      const entries = files.map((file) => {
        const text = readFileSync(join(dir, file), 'utf8');
        const source = file.startsWith('partials/') ? text : text.replace(FRONT_MATTER, '');
        const spec = Handlebars.precompile(source, { strict: false, preventIndent: true });
        return `  ${JSON.stringify(file)}: { source: ${JSON.stringify(source)}, spec: ${spec} },`;
      });
      return { contents: `export const PRECOMPILED = {\n${entries.join('\n')}\n};\n`, loader: 'js', watchFiles: files.map((f) => join(dir, f)) };
    });
  },
};

/**
 * A fingerprint of what sekr is made of (its sources and the libraries' locked versions), for what
 * sekr keeps between runs: the checked registry (src/data/registry-cache.ts) is kept per build.
 */
const buildId = (() => {
  const hash = createHash('sha256').update(readFileSync(join(ROOT, 'package-lock.json')));
  for (const f of readdirSync(join(ROOT, 'src'), { recursive: true }).map(String).sort()) {
    if (f.endsWith('.ts')) hash.update(`${f}\0`).update(readFileSync(join(ROOT, 'src', f)));
  }
  return hash.digest('hex').slice(0, 16);
})();

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Nothing is minified: --debug stacks name the functions as written, but for a function whose name
  // another module of the bundle has too, which esbuild numbers (block2). keepNames would give those
  // their names back by wrapping every function made, also each closure the docx library makes for
  // every element it writes: that made a Word document half as slow again.
  keepNames: false,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [announceEvaluation, precompiledTemplates],
};

/** The program and the report's worker: CommonJS bundles. */
const commonJs = {
  format: 'cjs',
  // Large libraries of commands other than render stay outside, loaded by Node when their command
  // runs: the bundle (and its code cache) holds what a cold render needs (they were half of it).
  external: OUTSIDE,
  // ...and those are required, not import()ed (each has a CommonJS build): vm.Script, which
  // takes the code cache, has no import() without an experimental flag of Node 20.
  supported: { 'dynamic-import': false },
  // import.meta.url becomes the bundle's own URL (dist/cli.cjs, dist/worker.cjs, dist/boot.cjs).
  define: { 'import.meta.url': '__sekrModuleUrl', __SEKR_BUILD__: JSON.stringify(buildId) },
  banner: { js: "var __sekrModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

rmSync(DIST, { recursive: true, force: true });
await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: [join(ROOT, 'src/cli/main.ts')],
    outfile: join(DIST, 'cli.cjs'),
    ...commonJs,
  }),
  esbuild.build({
    ...common,
    entryPoints: [join(ROOT, 'src/report/worker.ts')],
    outfile: join(DIST, 'worker.cjs'),
    // CommonJS like the program: as an ES module bundle the same code ran a third slower (measured with
    // one worker thread: 4.8 s against 3.5 s for 600 documents), every top-level binding of the bundle
    // being a module variable that V8 checks on each use.
    ...commonJs,
  }),
  // CommonJS too, like bin/sekr.js that requires it: no ES module loader on the way to a render.
  esbuild.build({ ...common, ...commonJs, plugins: [], entryPoints: [join(ROOT, 'src/boot.ts')], outfile: join(DIST, 'boot.cjs') }),
]);

for (const [language, locale] of [
  ['sv', 'sv_SE.UTF-8'],
  ['en', 'en_US.UTF-8'],
]) {
  const env = { ...process.env, SEKR_NO_HELP_CACHE: '1', LANG: locale, LC_ALL: '', LC_MESSAGES: '' };
  const help = execFileSync(process.execPath, [join(ROOT, 'bin/sekr.js'), '--help'], { env, encoding: 'utf8' });
  writeFileSync(join(DIST, `help.${language}.txt`), help);
}
// In a process of its own, with no flags of ours: V8 takes a cache only under the flags it was made with.
execFileSync(process.execPath, [join(ROOT, 'scripts/code-cache.mjs')], { stdio: 'inherit' });

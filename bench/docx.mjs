#!/usr/bin/env node
/**
 * Benchmark of the DOCX writer alone: markdownToDocx on the Markdown of the
 * protocol seed, in rounds of 30 documents after a warm-up, and markdown-it's parser
 * on the same text (part of that time). Prints milliseconds per document: the
 * median round and the best, since other processes share the machine.
 *
 *   node bench/docx.mjs                      # src/render/docx.ts, bundled for the run; 300 documents
 *   node bench/docx.mjs --module /other/docx.js --runs 600
 *
 * Run `npm run build` first (the Markdown comes from `sekr render`).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    module: { type: 'string' },
    runs: { type: 'string', default: '300' },
  },
});

// The protocol seed's Markdown, as `sekr render --format md` writes it.
const dir = mkdtempSync(join(tmpdir(), 'sekr-bench-docx-'));
cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
execFileSync(process.execPath, [join(ROOT, 'bin/sekr.js'), 'render', 'styrgrupp-narvard/2026-02-27', '--format', 'md', '--out', 'o'], {
  cwd: dir,
  stdio: 'ignore',
});
const markdown = readFileSync(join(dir, 'o/styrgrupp-narvard/2026-02-27-protokoll.md'), 'utf8');
rmSync(dir, { recursive: true, force: true });

// The writer as the program has it: bundled from src/ (the build bundles it into dist/cli.cjs with everything else).
async function writerModule() {
  if (args.module) return resolve(args.module);
  const { build } = await import('esbuild');
  const out = join(mkdtempSync(join(tmpdir(), 'sekr-bench-docx-')), 'docx.mjs');
  await build({ entryPoints: [join(ROOT, 'src/render/docx.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
  return out;
}
const writer = await writerModule();
const { markdownToDocx, markdownParser } = await import(pathToFileURL(writer).href);
if (!args.module) rmSync(dirname(writer), { recursive: true, force: true });
const meta = {
  title: 'Protokoll Styrgrupp närvård 2026-02-27',
  creator: 'Anna-Lena Hardtmann',
  subject: 'Styrgrupp närvård',
  description: 'Protokoll Styrgrupp närvård 2026-02-27',
  header: 'Närvårdssamverkan Södra Älvsborg – Styrgrupp närvård',
  footer: 'Sida {page} av {pages}',
  language: 'sv-SE',
  properties: { Organisation: 'Närvårdssamverkan Södra Älvsborg', Grupp: 'Styrgrupp närvård', Mötesdatum: '2026-02-27' },
};
const runs = Number(args.runs);
const ROUND = 30;

/** Milliseconds per call of `fn`: the median and the best of rounds of ROUND calls. */
async function time(fn) {
  for (let i = 0; i < ROUND; i++) await fn(); // warm-up: JIT, caches
  const rounds = [];
  for (let done = 0; done < runs; done += ROUND) {
    const start = performance.now();
    for (let i = 0; i < ROUND; i++) await fn();
    rounds.push((performance.now() - start) / ROUND);
  }
  rounds.sort((a, b) => a - b);
  return { median: rounds[rounds.length >> 1], best: rounds[0] };
}

// The parser as the writer sets it up (another --module may not export it: then that row is left out).
const parser = markdownParser && (await markdownParser());
const bytes = (await markdownToDocx(markdown, meta)).length;
const docx = await time(() => markdownToDocx(markdown, meta));
const parsing = parser && (await time(() => parser.parse(markdown, {})));
const f = (ms) => ms.toFixed(3);
console.log(args.module ?? 'src/render/docx.ts');
console.log(
  `  markdownToDocx   ${f(docx.median)} ms per document (best round ${f(docx.best)})  ` +
    `${runs} documents, ${markdown.length} characters of Markdown, ${bytes} bytes of DOCX`,
);
if (parsing) console.log(`  of it markdown-it ${f(parsing.median)} ms (best round ${f(parsing.best)})`);

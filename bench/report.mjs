#!/usr/bin/env node
/**
 * Benchmark of `sekr report`: builds a synthetic organisation (groups x
 * meetings of the size of the protocol seed), times the batch, and compares it
 * with pandoc converting the same Markdown one process per document (when
 * pandoc is installed). Also: linear growth (10x the meetings), peak memory,
 * `sekr --help` against a bare `node -e 0`, and one cold render against pandoc.
 *
 *   node bench/report.mjs                 # 40 groups x 12 meetings
 *   node bench/report.mjs --groups 10 --meetings 12 --jobs 2
 *   node bench/report.mjs --big           # also 5,000 meetings, for peak memory
 *   node bench/report.mjs --start-up      # only --help and one cold render against pandoc
 *
 * Run `npm run build` first. Prints a table; writes nothing outside a temp folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'sekr.js');
const { values: args } = parseArgs({
  options: {
    groups: { type: 'string', default: '40' },
    meetings: { type: 'string', default: '12' },
    jobs: { type: 'string', default: String(Math.min(availableParallelism(), 8)) },
    big: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'pandoc-sample': { type: 'string', default: '60' },
    // Only the start-up figures (--help, one cold render): a few seconds instead of a minute.
    'start-up': { type: 'boolean', default: false },
  },
});

const seedMeeting = parse(readFileSync(join(ROOT, 'data/meetings/styrgrupp-narvard/2026-02-27.yaml'), 'utf8'));
const registry = parse(readFileSync(join(ROOT, 'data/registry.yaml'), 'utf8'));
const styrgrupp = registry.groups.find((g) => g.id === 'styrgrupp-narvard');

/** Every temporary folder the benchmark makes: removed when it ends (a big organisation is 350 MB), unless --keep. */
const temporary = [];
function temporaryFolder(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}
process.on('exit', () => {
  if (args.keep) process.stderr.write(`kept: ${temporary.join(' ')}\n`);
  else for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A data folder with `groups` copies of Styrgrupp närvård, each with `meetings` protocols the size of the seed. */
function organisation(groups, meetings) {
  const dir = temporaryFolder('sekr-bench-');
  const data = join(dir, 'data');
  mkdirSync(join(data, 'meetings'), { recursive: true });
  const copies = Array.from({ length: groups }, (_, g) => ({ ...styrgrupp, id: `grupp-${g + 1}`, name: `Grupp ${g + 1}`, parent: undefined }));
  writeFileSync(
    join(data, 'registry.yaml'),
    stringify({ ...registry, groups: [...registry.groups.filter((g) => !g.id.startsWith('grupp-')), ...copies] }, { aliasDuplicateObjects: false }),
  );
  for (const group of copies) {
    const folder = join(data, 'meetings', group.id);
    mkdirSync(folder);
    let first = 1;
    for (let m = 0; m < meetings; m++) {
      // Spread over the year: several a month when there are many.
      const day = Math.floor((m * 360) / meetings);
      const date = new Date(Date.UTC(2026, 0, 2 + day)).toISOString().slice(0, 10);
      const meeting = { ...seedMeeting, date, status: 'final', firstParagraph: first, next: undefined };
      first += meeting.items.length;
      writeFileSync(join(folder, `${date}.yaml`), stringify(meeting));
    }
  }
  return dir;
}

function seconds(f) {
  const t = process.hrtime.bigint();
  const r = f();
  return { r, s: Number(process.hrtime.bigint() - t) / 1e9 };
}

/** Runs sekr report in a child process that prints its peak memory (maxRSS, which covers the worker threads). */
function report(dir, jobs, formats = 'md,docx') {
  // A script file rather than -e: worker threads inherit the flags of the process.
  const wrapper = join(dir, 'run-sekr.mjs');
  writeFileSync(
    wrapper,
    `import { createRequire } from 'node:module';\nconst { main } = createRequire(import.meta.url)(${JSON.stringify(join(ROOT, 'dist/boot.cjs'))});\nprocess.on('exit', () => process.stderr.write('\\nmaxrss=' + process.resourceUsage().maxRSS + '\\n'));\nawait main(process.argv);\n`,
  );
  const { r, s } = seconds(() =>
    spawnSync(process.execPath, [wrapper, 'report', '--year', '2026', '--jobs', String(jobs), '--format', formats, '-q'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    }),
  );
  if (r.status !== 0) throw new Error(`sekr report failed:\n${r.stderr}`);
  const rss = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  const documents = readdirSync(join(dir, 'out', '2026'), { recursive: true }).filter((f) => String(f).endsWith('.docx')).length;
  return { s, rss, documents };
}

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
const rows = [];
const row = (what, value, note = '') => rows.push([what, value, note]);

if (!args['start-up']) {
  console.error(`building ${args.groups} groups x ${args.meetings} meetings ...`);
  const groups = Number(args.groups);
  const meetings = Number(args.meetings);
  const main = organisation(groups, meetings);
  spawnSync(process.execPath, [BIN, 'validate'], { cwd: main, stdio: 'ignore' });

  console.error('sekr report ...');
  const run = report(main, Number(args.jobs));
  const perDoc = run.s / run.documents;
  row(
    `sekr report: ${run.documents} documents (${groups * meetings} meetings), --jobs ${args.jobs}`,
    `${run.s.toFixed(2)} s`,
    `${(perDoc * 1000).toFixed(1)} ms a document, peak ${run.rss.toFixed(0)} MB`,
  );
  const single = report(organisation(groups, meetings), 1);
  row('  the same, --jobs 1', `${single.s.toFixed(2)} s`, `${((single.s / single.documents) * 1000).toFixed(1)} ms a document`);
  const again = seconds(() => spawnSync(process.execPath, [BIN, 'report', '--year', '2026', '-q'], { cwd: main })).s;
  row('  again, nothing changed', `${again.toFixed(2)} s`, 'skipped by the manifest');

  let pandocPerDoc;
  if (hasPandoc) {
    console.error('pandoc, one process a document ...');
    // The meetings' Markdown, the bulk of a year: the same files sekr made DOCX of.
    const mds = readdirSync(join(main, 'out', '2026'), { recursive: true })
      .filter((f) => String(f).endsWith('-protokoll.md'))
      .map((f) => join(main, 'out', '2026', String(f)));
    const sample = mds.slice(0, Number(args['pandoc-sample']));
    const out = temporaryFolder('sekr-bench-pandoc-');
    const { s } = seconds(() => sample.forEach((md, i) => execFileSync('pandoc', [md, '-o', join(out, `${i}.docx`)], { cwd: dirname(md) })));
    pandocPerDoc = s / sample.length;
    row(`pandoc md→docx, one process a document (${sample.length} of them)`, `${(pandocPerDoc * 1000).toFixed(1)} ms a document`, '');
    row('  ratio: pandoc / sekr, per document in a batch', `${(pandocPerDoc / perDoc).toFixed(1)} x`, 'target: at least 15 x');
  } else row('pandoc', 'not installed', 'apt-get install pandoc to compare');

  console.error('linear growth ...');
  const small = report(organisation(Math.max(1, groups / 10), meetings), Number(args.jobs));
  row(
    `growth: ${small.documents} → ${run.documents} documents`,
    `${(run.s / small.s).toFixed(2)} x the time`,
    `for ${(run.documents / small.documents).toFixed(1)} x the documents; target at most 10.5 x for 10 x`,
  );

  if (args.big) {
    console.error('5,000 meetings ...');
    const big = report(organisation(100, 50), Number(args.jobs));
    row(`5,000 meetings: ${big.documents} documents`, `${big.s.toFixed(1)} s`, `peak ${big.rss.toFixed(0)} MB (target under 300 MB)`);
  }
}

console.error('start-up ...');
/**
 * Commands run in turn, round after round, so that what else the machine does falls on all of them
 * alike; the median of each, which a few slow runs (another process waking up) do not move.
 */
const medians = (commands, rounds = 21) => {
  const times = commands.map(() => []);
  for (const [cmd, argv, env] of commands) spawnSync(cmd, argv, { stdio: 'ignore', env }); // warm the file cache
  for (let r = 0; r < rounds; r++) {
    commands.forEach(([cmd, argv, env], i) => times[i].push(seconds(() => spawnSync(cmd, argv, { stdio: 'ignore', env })).s));
  }
  return times.map((t) => t.sort((a, b) => a - b)[t.length >> 1]);
};
const [bare, help] = medians([
  [process.execPath, ['-e', '0'], process.env],
  [process.execPath, [BIN, '--help'], process.env],
]);
row('sekr --help, median', `${(help * 1000).toFixed(0)} ms`, `${(help / bare).toFixed(2)} x node -e 0 (${(bare * 1000).toFixed(0)} ms); target at most 1.3 x`);
const seed = join(ROOT, 'data');
const renderDir = temporaryFolder('sekr-bench-render-');
cpSync(seed, join(renderDir, 'data'), { recursive: true });
const renderArgs = [
  join(ROOT, 'bin', 'sekr.js'),
  '--data',
  join(renderDir, 'data'),
  'render',
  'styrgrupp-narvard/2026-02-27',
  '--format',
  'docx',
  '--out',
  join(renderDir, 'out'),
];
// The checked registry is kept between runs (as after any command that read it), in a cache folder of the benchmark's own.
const cacheEnv = { ...process.env, XDG_CACHE_HOME: join(renderDir, 'cache') };
const renders = [
  [process.execPath, renderArgs, cacheEnv],
  [process.execPath, renderArgs, { ...cacheEnv, SEKR_CACHE: '0' }],
];
let coldNote = '';
let uncachedNote = '';
let cold, uncached, pandoc;
if (hasPandoc) {
  spawnSync(process.execPath, [BIN, '--data', join(renderDir, 'data'), 'render', 'styrgrupp-narvard/2026-02-27', '--format', 'md', '--out', renderDir]);
  [cold, uncached, pandoc] = medians([
    ...renders,
    ['pandoc', [join(renderDir, 'styrgrupp-narvard', '2026-02-27-protokoll.md'), '-o', join(renderDir, 'p.docx')], process.env],
  ]);
  coldNote = `${(cold / pandoc).toFixed(2)} x pandoc (${(pandoc * 1000).toFixed(0)} ms); target at most 1.5 x`;
  uncachedNote = `${(uncached / pandoc).toFixed(2)} x pandoc`;
} else [cold, uncached] = medians(renders);
row('one cold sekr render of the protocol seed (docx), median', `${(cold * 1000).toFixed(0)} ms`, coldNote);
row('  the same, the registry parsed (SEKR_CACHE=0)', `${(uncached * 1000).toFixed(0)} ms`, uncachedNote);

const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
console.log(`\nsekr report benchmark on ${availableParallelism()} cores, Node ${process.version}\n`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w[0])}  ${b.padStart(w[1])}  ${c}`);

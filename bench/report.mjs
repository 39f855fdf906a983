#!/usr/bin/env node
/**
 * Benchmark of sekr against the issue's targets: a batch of documents (the
 * whole `sekr report` process on copies of the protocol seed in one group)
 * against pandoc converting the same Markdown one process per document;
 * linear growth (10x the meetings); peak memory at 5,000 meetings; `sekr
 * --help` against a bare `node -e 0`; one cold render against pandoc.
 *
 *   node bench/report.mjs                 # the batch, growth and start-up
 *   node bench/report.mjs --batch 65 --rounds 3 --jobs 2
 *   node bench/report.mjs --big           # also 5,000 meetings, for peak memory
 *   node bench/report.mjs --start-up      # only --help and one cold render against pandoc
 *   node bench/report.mjs --pieces        # also what the start-up pieces save (the help text, the code cache, the kept registry)
 *
 * Run `npm run build` first. Prints a table; writes nothing outside temp folders.
 * Other processes on the machine move every figure: the batch runs in rounds
 * with pandoc in between, the start-up commands in turn, and each figure is a
 * median, so that what else the machine does falls on sekr and pandoc alike.
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
    batch: { type: 'string', default: '65' },
    rounds: { type: 'string', default: '3' },
    groups: { type: 'string', default: '40' },
    meetings: { type: 'string', default: '12' },
    jobs: { type: 'string', default: String(Math.min(availableParallelism(), 8)) },
    big: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'pandoc-sample': { type: 'string', default: '20' },
    // Only the start-up figures (--help, one cold render): a minute instead of several.
    'start-up': { type: 'boolean', default: false },
    pieces: { type: 'boolean', default: false },
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
      // Sent to the members, not yet adjusted: a status that needs no seal (final, adjusted and published do).
      const meeting = { ...seedMeeting, date, status: 'sent', sent: date, firstParagraph: first, next: undefined };
      first += meeting.items.length;
      writeFileSync(join(folder, `${date}.yaml`), stringify(meeting));
    }
  }
  spawnSync(process.execPath, [BIN, 'validate'], { cwd: dir, stdio: 'ignore' });
  return dir;
}

function seconds(f) {
  const t = process.hrtime.bigint();
  const r = f();
  return { r, s: Number(process.hrtime.bigint() - t) / 1e9 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Runs sekr report, from scratch, in a child process that prints its peak memory (maxRSS, which covers the worker threads). */
function report(dir, jobs) {
  rmSync(join(dir, 'out'), { recursive: true, force: true });
  // A script file rather than -e: worker threads inherit the flags of the process.
  const wrapper = join(dir, 'run-sekr.mjs');
  writeFileSync(
    wrapper,
    `import { createRequire } from 'node:module';\nconst { main } = createRequire(import.meta.url)(${JSON.stringify(join(ROOT, 'dist/boot.cjs'))});\n` +
      `process.on('exit', () => process.stderr.write('\\nmaxrss=' + process.resourceUsage().maxRSS + '\\n'));\nawait main(process.argv);\n`,
  );
  const { r, s } = seconds(() =>
    spawnSync(process.execPath, [wrapper, 'report', '--year', '2026', '--jobs', String(jobs), '--format', 'md,docx', '-q'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    }),
  );
  if (r.status !== 0) throw new Error(`sekr report failed:\n${r.stderr}`);
  const rss = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  const documents = readdirSync(join(dir, 'out', '2026'), { recursive: true }).filter((f) => String(f).endsWith('.docx')).length;
  return { s, rss, documents, perDoc: s / documents };
}

/** pandoc on each Markdown file, one process a document, as a secretary's script would: seconds a document. */
function pandocPerDocument(mds) {
  const out = temporaryFolder('sekr-bench-pandoc-');
  const { s } = seconds(() => mds.forEach((md, i) => execFileSync('pandoc', [md, '-o', join(out, `${i}.docx`)], { cwd: dirname(md) })));
  rmSync(out, { recursive: true, force: true });
  return s / mds.length;
}

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
const rows = [];
const row = (what, value, note = '') => rows.push([what, value, note]);
const ms = (s) => `${(s * 1000).toFixed(1)} ms`;

if (!args['start-up']) {
  const copies = Number(args.batch);
  const rounds = Number(args.rounds);
  console.error(`the batch: ${copies} copies of the protocol seed in one group, ${rounds} rounds ...`);
  const batch = organisation(1, copies);
  const runs = { default: [], single: [], pandoc: [] };
  for (let r = 0; r < rounds; r++) {
    runs.default.push(report(batch, Number(args.jobs)));
    runs.single.push(report(batch, 1));
    if (hasPandoc) {
      // The protocols' Markdown, as sekr wrote it from the same files it made DOCX of.
      const out = join(batch, 'out', '2026');
      const mds = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('-protokoll.md'));
      runs.pandoc.push(pandocPerDocument(mds.slice(0, Number(args['pandoc-sample'])).map((f) => join(out, String(f)))));
    }
  }
  const perDoc = median(runs.default.map((r) => r.perDoc));
  const { documents } = runs.default[0];
  row(
    `sekr report: ${copies} protocols in one group (${documents} documents), --jobs ${args.jobs}`,
    `${median(runs.default.map((r) => r.s)).toFixed(2)} s`,
    `${ms(perDoc)} a document, peak ${median(runs.default.map((r) => r.rss)).toFixed(0)} MB`,
  );
  const singlePerDoc = median(runs.single.map((r) => r.perDoc));
  row('  the same, --jobs 1', `${median(runs.single.map((r) => r.s)).toFixed(2)} s`, `${ms(singlePerDoc)} a document`);
  const again = seconds(() => spawnSync(process.execPath, [BIN, 'report', '--year', '2026', '-q'], { cwd: batch })).s;
  row('  again, nothing changed', `${again.toFixed(2)} s`, 'skipped by the manifest');
  if (hasPandoc) {
    const pandoc = median(runs.pandoc);
    row(`pandoc md→docx, one process a document (${args['pandoc-sample']} a round)`, `${ms(pandoc)} a document`, '');
    row(
      '  ratio: pandoc / sekr, per document in the batch',
      `${(pandoc / perDoc).toFixed(1)} x`,
      `--jobs 1: ${(pandoc / singlePerDoc).toFixed(1)} x; target at least 2.5 x`,
    );
  } else row('pandoc', 'not installed', 'apt-get install pandoc to compare');

  const groups = Number(args.groups);
  const meetings = Number(args.meetings);
  console.error(`linear growth: ${groups / 10} and ${groups} groups x ${meetings} meetings ...`);
  const small = report(organisation(Math.max(1, groups / 10), meetings), Number(args.jobs));
  const large = report(organisation(groups, meetings), Number(args.jobs));
  row(
    `sekr report: ${large.documents} documents (${groups * meetings} meetings), --jobs ${args.jobs}`,
    `${large.s.toFixed(2)} s`,
    `${ms(large.perDoc)} a document, peak ${large.rss.toFixed(0)} MB`,
  );
  row(
    `growth: ${small.documents} → ${large.documents} documents`,
    `${(large.s / small.s).toFixed(2)} x the time`,
    `for ${(large.documents / small.documents).toFixed(1)} x the documents; target at most 10.5 x for 10 x`,
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
  return times.map(median);
};
const helps = [
  [process.execPath, ['-e', '0'], process.env],
  [process.execPath, [BIN, '--help'], process.env],
  // The program loaded to print it: what the saved text (dist/help.txt) saves.
  ...(args.pieces ? [[process.execPath, [BIN, '--help'], { ...process.env, SEKR_NO_HELP_CACHE: '1' }]] : []),
];
const [bare, help, helpLoaded] = medians(helps);
const timesNode = (t) => `${(t / bare).toFixed(2)} x node -e 0`;
row('sekr --help, median', `${(help * 1000).toFixed(0)} ms`, `${timesNode(help)} (${(bare * 1000).toFixed(0)} ms); target at most 1.3 x`);
if (helpLoaded) row('  printed by the program (SEKR_NO_HELP_CACHE=1)', `${(helpLoaded * 1000).toFixed(0)} ms`, timesNode(helpLoaded));

const renderDir = temporaryFolder('sekr-bench-render-');
cpSync(join(ROOT, 'data'), join(renderDir, 'data'), { recursive: true });
const renderArgs = [BIN, '--data', join(renderDir, 'data'), 'render', 'styrgrupp-narvard/2026-02-27', '--format', 'docx', '--out', join(renderDir, 'out')];
// The checked registry is kept between runs (as after any command that read it), in a cache folder of the benchmark's own.
const cacheEnv = { ...process.env, XDG_CACHE_HOME: join(renderDir, 'cache') };
const renders = [
  ['one cold sekr render of the protocol seed (docx), median', cacheEnv],
  ['  the same, the registry parsed (SEKR_CACHE=0)', { ...cacheEnv, SEKR_CACHE: '0' }],
  ...(args.pieces ? [['  the same, without the code cache (SEKR_CODE_CACHE=0)', { ...cacheEnv, SEKR_CODE_CACHE: '0' }]] : []),
];
const commands = renders.map(([, env]) => [process.execPath, renderArgs, env]);
if (hasPandoc) {
  spawnSync(process.execPath, [BIN, '--data', join(renderDir, 'data'), 'render', 'styrgrupp-narvard/2026-02-27', '--format', 'md', '--out', renderDir]);
  commands.push(['pandoc', [join(renderDir, 'styrgrupp-narvard', '2026-02-27-protokoll.md'), '-o', join(renderDir, 'p.docx')], process.env]);
}
const times = medians(commands);
const pandoc = hasPandoc ? times.pop() : undefined;
renders.forEach(([what], i) => {
  const note =
    pandoc === undefined ? '' : `${(times[i] / pandoc).toFixed(2)} x pandoc${i === 0 ? ` (${(pandoc * 1000).toFixed(0)} ms); target at most 2.5 x` : ''}`;
  row(what, `${(times[i] * 1000).toFixed(0)} ms`, note);
});

const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
console.log(`\nsekr benchmark on ${availableParallelism()} cores, Node ${process.version}\n`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w[0])}  ${b.padStart(w[1])}  ${c}`);

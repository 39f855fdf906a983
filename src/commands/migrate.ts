import { t } from '../base/i18n.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { problemsError, SekrError, type Problem } from '../base/errors.js';
import { writeFileAtomic } from '../data/atomic.js';
import { listMeetingFiles, listPlanFiles, readMeeting, readRegistry, requireDataDir, resolveDataDir } from '../data/folder.js';
import { changedYamlText } from '../data/registry-file.js';
import { checkSchema } from '../data/schema-problems.js';
import { displayPath, parseYamlText } from '../data/yaml-file.js';
import { migrationsBetween, type Migration } from '../model/migrations.js';
import { saysSealed, sealOf } from '../model/seal.js';
import { sealRequired } from '../check/seal.js';
import { Plan } from '../schema/plan.js';
import { DATA_FORMAT, Registry } from '../schema/registry.js';
import { commandOptions, Flag, type Parsed } from './options.js';
import { bad, bold, dim, lines, ok, type Result, type Span } from './result.js';

export const options = commandOptions({ yes: Flag, json: Flag });

interface Changed {
  path: string;
  said: string[];
  before: string;
  after: string;
}

/** `sekr migrate`: brings an older data folder to this release's format, showing every change; writes with --yes. */
export async function run(opts: Parsed<typeof options>): Promise<Result> {
  const dataDir = resolveDataDir(opts.data);
  requireDataDir(dataDir);
  const registry = readRegistry(dataDir);
  if (!registry.value) throw problemsError(registry.problems, t('migrate.registryProblems'));
  const from = registry.value.registry.format ?? 1;
  if (from > DATA_FORMAT) throw new SekrError(t('migrate.newer', from, DATA_FORMAT), { hint: t('migrate.newerHint') });
  const steps = migrationsBetween(from, DATA_FORMAT);
  const text = lines();
  if (!steps.length) {
    text.out(ok('✓'), t('migrate.nothing', displayPath(dataDir), DATA_FORMAT));
    return { data: { from, to: DATA_FORMAT, files: [], written: false }, lines: text.list };
  }

  // The registry last: its format: says the folder is migrated, so it is written when the rest is.
  const files: { path: string; kind: Migration['files'] }[] = [
    ...listPlanFiles(dataDir).plans.map((p) => ({ path: p.path, kind: 'plan' as const })),
    { path: join(dataDir, 'registry.yaml'), kind: 'registry' },
  ];
  const changed: Changed[] = [];
  const problems: Problem[] = [];
  for (const { path, kind } of files) {
    const before = readFileSync(path, 'utf8');
    const data = parse(before) as Record<string, unknown>;
    const said: string[] = [];
    const { text: after } = changedYamlText(before, displayPath(path), (change) => {
      for (const m of steps.filter((s) => s.files === kind)) said.push(...m.migrate({ data, change }));
    });
    if (after === before) continue;
    // What is written must read as this release reads it.
    const result = checkSchema(kind === 'plan' ? Plan : Registry, parseYamlText(after, displayPath(path)));
    if (!result.ok) problems.push(...result.problems);
    changed.push({ path, said, before, after });
  }
  if (problems.length) throw problemsError(problems, t('migrate.wouldLeaveProblems'));
  const unsealed = sealRequired(registry.value.registry) ? [] : unsealedRecords(dataDir);
  if (unsealed.length && opts.yes) {
    throw problemsError(unsealed, t('migrate.sealFirst'));
  }

  const { structuredPatch } = await import('diff');
  for (const c of changed) {
    text.out(bold(displayPath(c.path)));
    for (const s of c.said) text.out(`  ${s}`);
    for (const hunk of structuredPatch(c.path, c.path, c.before, c.after, '', '', { context: 0 }).hunks) {
      text.out(dim(t('migrate.hunk', hunk.oldStart)));
      for (const l of hunk.lines) text.out('    ', l.startsWith('-') ? bad(l) : l.startsWith('+') ? ok(l) : l);
    }
  }
  const spans: Span[] = [t('migrate.summary', from, DATA_FORMAT, changed.length)];
  for (const u of unsealed) text.info(bad(t('migrate.toDoFirst')), ` ${u.file}  ${u.message}  (${u.hint})`);
  if (opts.yes) {
    for (const c of changed) writeFileAtomic(c.path, c.after);
    text.info(ok(t('migrate.migrated')), ` ${displayPath(dataDir)}: `, ...spans);
  } else {
    text.info(...spans);
    text.info(dim(t('migrate.dryRun')));
  }
  const data = { from, to: DATA_FORMAT, written: Boolean(opts.yes), files: changed.map((c) => ({ path: displayPath(c.path), changes: c.said })) };
  return { data, lines: text.list };
}

/** Meetings whose status says sealed (final notes, an adjusted protocol) that have no seal: format 1 allowed it. */
function unsealedRecords(dataDir: string): Problem[] {
  return listMeetingFiles(dataDir).meetings.flatMap((ref) => {
    const { value } = readMeeting(ref.path);
    if (!value || !saysSealed(value) || sealOf(value)) return [];
    const name = `${ref.group}/${ref.date}`;
    return [
      {
        file: displayPath(ref.path),
        message: t('migrate.unsealed', value.status),
        hint: value.status === 'final' ? t('migrate.unsealedNotesHint', name) : t('migrate.unsealedProtocolHint', name),
      },
    ];
  });
}

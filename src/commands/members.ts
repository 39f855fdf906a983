import { t } from '../base/i18n.js';
import { loadRegistry, outDir, requireGroup, resolveDataDir } from '../data/folder.js';
import { functionsIn, organisationIn } from '../model/registry.js';
import { commandOptions, Flag, Text, type Parsed } from './options.js';
import { bold, dim, lines, type Result } from './result.js';

export const options = commandOptions({ json: Flag, format: Text, out: Text });

/** `sekr members GROUP`: the group's members with their roles and functions. */
export async function run(groupId: string, opts: Parsed<typeof options>): Promise<Result> {
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const group = requireGroup(org, groupId);
  if (opts.format !== undefined) {
    const out = opts.out === '-' ? '-' : outDir(opts.out, dataDir);
    return (await import('./members-file.js')).membersFile(org, group, opts.format, out);
  }
  const rows = group.members.map((m) => {
    const fn = functionsIn(group, m.person);
    const functions = [fn.chair && 'ordförande', fn.viceChair && 'vice ordförande', fn.convener && 'sammankallande', fn.secretary && 'sekreterare'].filter(
      (f): f is string => typeof f === 'string',
    );
    return {
      id: m.person,
      name: org.people.get(m.person)?.name ?? m.person,
      organisation: organisationIn(org, group, m.person) ?? null,
      role: m.role,
      substituteFor: m.for ?? null,
      category: m.category ?? null,
      functions,
    };
  });
  const text = lines();
  text.out(bold(group.name), ' ', dim(`(${group.id})`), `: ${t('members.count', rows.length)}`);
  const width = Math.max(4, ...rows.map((r) => r.name.length));
  const idWidth = Math.max(2, ...rows.map((r) => r.id.length));
  for (const r of rows) {
    const extra = [r.functions.join(', '), r.substituteFor && `ersättare för ${org.people.get(r.substituteFor)?.name ?? r.substituteFor}`, r.category]
      .filter(Boolean)
      .join('; ');
    text.out(
      `  ${r.name.padEnd(width)}  `,
      dim(r.id.padEnd(idWidth)),
      `  ${r.role.padEnd(18)}  ${r.organisation ?? ''}`,
      ...(extra ? [dim(`  [${extra}]`)] : []),
    );
  }
  text.out(dim(t('members.idsHint', rows[0]?.id ?? 'id')));
  return { data: { group: group.id, name: group.name, members: rows }, lines: text.list };
}

import type { GlobalOptions } from '../cli.js';
import { loadRegistry, requireGroup, resolveDataDir } from '../data/folder.js';
import { functionsIn, organisationIn } from '../model/registry.js';
import { out, printJson, style } from '../output.js';

export function run(groupId: string, opts: GlobalOptions & { json?: boolean }): void {
  const org = loadRegistry(resolveDataDir(opts.data));
  const group = requireGroup(org, groupId);
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
  if (opts.json) {
    printJson({ group: group.id, name: group.name, members: rows });
    return;
  }
  out(`${style.bold(group.name)} ${style.dim(`(${group.id})`)}: ${rows.length} members`);
  const width = Math.max(4, ...rows.map((r) => r.name.length));
  for (const r of rows) {
    const extra = [r.functions.join(', '), r.substituteFor && `ersättare för ${org.people.get(r.substituteFor)?.name ?? r.substituteFor}`, r.category]
      .filter(Boolean)
      .join('; ');
    out(`  ${r.name.padEnd(width)}  ${r.role.padEnd(18)}  ${r.organisation ?? ''}${extra ? style.dim(`  [${extra}]`) : ''}`);
  }
}

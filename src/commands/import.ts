/** `sekr import members FILE --group G`: a member list from Excel or CSV into the registry; a dry run first. */
import { SekrError } from '../base/errors.js';
import { changeRegistry } from '../check/registry-change.js';
import { loadRegistry, requireGroup, resolveDataDir } from '../data/folder.js';
import { readSheet } from '../data/spreadsheet.js';
import { displayPath } from '../data/yaml-file.js';
import { applyImport, mapColumns, planImport } from '../model/member-list.js';
import { FUNCTION_NAME } from '../model/people.js';
import { commandOptions, Flag, Repeated, Text, type Parsed } from './options.js';
import { bold, dim, lines, ok, warn, type Result } from './result.js';
import { table } from './table.js';

export const membersOptions = commandOptions({ group: Text, map: Repeated, yes: Flag, json: Flag });

/** "name=Namn,party=Parti" (the flag may be repeated) as field → heading. */
function columnMap(given: string[] | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const part of (given ?? []).flatMap((g) => g.split(','))) {
    const [field, ...heading] = part.split('=');
    if (!field?.trim() || !heading.join('=').trim())
      throw new SekrError(`--map: '${part}' is not field=Column`, { hint: 'e.g. --map name=Namn,organisation=Kommun,party=Parti' });
    map[field.trim()] = heading.join('=').trim();
  }
  return map;
}

export async function runMembers(file: string, opts: Parsed<typeof membersOptions>): Promise<Result> {
  if (!opts.group) throw new SekrError('which group are the members of?', { hint: 'add --group GROUP, e.g. --group politiskt-samrad' });
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const group = requireGroup(org, opts.group);
  const sheet = await readSheet(file);
  const shown = displayPath(file);
  if (!sheet.rows.length) throw new SekrError(`${shown} has no rows under its headings`, { hint: 'the first row holds the headings, each person a row below' });
  const map = mapColumns(sheet.headers, columnMap(opts.map), shown);
  const plan = planImport(org, group, sheet.rows, map, shown);
  const told: string[] = [];
  // The check runs in a dry run too: what it shows is what --yes would write.
  changeRegistry(dataDir, 'sekr import members', (change) => told.push(...applyImport(org, group, plan, change)), { write: Boolean(opts.yes) });

  const text = lines();
  const used = Object.entries(map)
    .map(([field, i]) => `${field}=${sheet.headers[i]}`)
    .join(', ');
  text.out(bold(`${shown} → ${group.name} (${group.id})`), dim(`  columns: ${used}`));
  const rows = [
    ['row', 'name', 'id', 'organisation', 'party', 'role', 'substitute for', 'what happens'],
    ...plan.rows.map((r) => [
      String(r.line),
      r.name,
      r.id,
      r.organisation ?? '',
      r.party ?? '',
      [r.role, ...r.functions.map((f) => FUNCTION_NAME[f])].join(', '),
      r.for ?? '',
      r.outcome.join('; '),
    ]),
  ];
  table(rows).forEach((line, i) => text.out(i === 0 ? bold(line) : line));
  for (const c of plan.clashes) text.notice(warn('note'), ` row ${c.line}: the id ${c.wanted} is taken, so ${c.name} is ${c.given}`);
  for (const t of told) text.info(dim(t));
  if (plan.notInList.length) text.info(dim(`not in the list, kept as members of ${group.id}: ${plan.notInList.join(', ')}`));
  const summary = `${plan.rows.length} rows: ${plan.people.length} new ${plan.people.length === 1 ? 'person' : 'people'}, ${plan.updates.length} updated`;
  if (opts.yes) text.info(ok('imported'), ` ${summary}; registry.yaml written`);
  else text.info(dim(`dry run, nothing written (${summary}); run it again with --yes to write registry.yaml`));
  const data = {
    group: group.id,
    file: shown,
    written: Boolean(opts.yes),
    columns: map,
    rows: plan.rows,
    clashes: plan.clashes,
    notInList: plan.notInList,
    notes: told,
  };
  return { data, lines: text.list };
}

/** `sekr import members FILE --group G`: a member list from Excel or CSV into the registry; a dry run first. */
import { t } from '../base/i18n.js';
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
    if (!field?.trim() || !heading.join('=').trim()) throw new SekrError(t('import.badMap', part), { hint: t('import.mapHint') });
    map[field.trim()] = heading.join('=').trim();
  }
  return map;
}

export async function runMembers(file: string, opts: Parsed<typeof membersOptions>): Promise<Result> {
  if (!opts.group) throw new SekrError(t('import.whichGroup'), { hint: t('import.whichGroupHint') });
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const group = requireGroup(org, opts.group);
  const sheet = await readSheet(file);
  const shown = displayPath(file);
  if (!sheet.rows.length) throw new SekrError(t('import.noRows', shown), { hint: t('import.noRowsHint') });
  const map = mapColumns(sheet.headers, columnMap(opts.map), shown);
  const plan = planImport(org, group, sheet.rows, map, shown);
  const told: string[] = [];
  // The check runs in a dry run too: what it shows is what --yes would write.
  changeRegistry(dataDir, 'sekr import members', (change) => told.push(...applyImport(org, group, plan, change)), { write: Boolean(opts.yes) });

  const text = lines();
  const used = Object.entries(map)
    .map(([field, i]) => `${field}=${sheet.headers[i]}`)
    .join(', ');
  text.out(bold(`${shown} → ${group.name} (${group.id})`), dim(t('import.columns', used)));
  const rows = [
    [
      t('import.headRow'),
      t('import.headName'),
      t('import.headId'),
      t('import.headOrganisation'),
      t('import.headParty'),
      t('import.headRole'),
      t('import.headFor'),
      t('import.headOutcome'),
    ],
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
  for (const c of plan.clashes) text.notice(warn(t('import.note')), ` ${t('import.clash', c.line, c.wanted, c.name, c.given)}`);
  for (const note of told) text.info(dim(note));
  if (plan.notInList.length) text.info(dim(t('import.notInList', group.id, plan.notInList.join(', '))));
  const summary = t('import.summary', plan.rows.length, plan.people.length, plan.updates.length);
  if (opts.yes) text.info(ok(t('import.imported')), ` ${t('import.written', summary)}`);
  else text.info(dim(t('import.dryRun', summary)));
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

/** `sekr members GROUP --format xlsx|csv`: the member list as a spreadsheet, in the columns `sekr import members` reads. */
import { t } from '../base/i18n.js';
import { join } from 'node:path';
import { SekrError } from '../base/errors.js';
import { writeFileAtomic } from '../data/atomic.js';
import { sheetBytes, type SheetFormat } from '../data/spreadsheet.js';
import { displayPath } from '../data/yaml-file.js';
import { functionsOf, FUNCTION_NAME } from '../model/people.js';
import { organisationIn, type Group, type Organisation } from '../model/registry.js';
import { lines, ok, type Result } from './result.js';

/** Swedish headings: the file is a document for the secretary and goes back in through the import. */
const COLUMNS = [
  { header: 'Namn', width: 28 },
  { header: 'Organisation', width: 32 },
  { header: 'Roll', width: 26 },
  { header: 'Ersättare för', width: 24 },
  { header: 'Parti', width: 8 },
  { header: 'E-post', width: 32 },
  { header: 'Telefon', width: 16 },
  { header: 'Kategori', width: 20 },
  { header: 'Id', width: 24 },
];

export async function membersFile(org: Organisation, group: Group, format: string, out: string): Promise<Result> {
  if (format !== 'xlsx' && format !== 'csv') throw new SekrError(t('members-file.notFormat', format), { hint: t('members-file.formatHint') });
  const rows = group.members.map((m) => {
    const p = org.people.get(m.person);
    const role = [m.role, ...functionsOf(group, m.person).map((f) => FUNCTION_NAME[f])].join(', ');
    return [
      p?.name ?? m.person,
      organisationIn(org, group, m.person) ?? '',
      role,
      m.for ? (org.people.get(m.for)?.name ?? m.for) : '',
      p?.party ?? '',
      p?.email ?? '',
      p?.phone ?? '',
      m.category ?? '',
      m.person,
    ];
  });
  const bytes = await sheetBytes([{ name: group.name, columns: COLUMNS, rows }], format as SheetFormat, {
    creator: org.registry.organisation.name,
    title: `Ledamöter ${group.name}`,
  });
  const text = lines();
  if (out === '-') {
    process.stdout.write(bytes);
    return { lines: [] };
  }
  const path = join(out, group.id, `ledamoter.${format}`);
  writeFileAtomic(path, bytes);
  text.info(ok(t('members-file.wrote')), ` ${t('members-file.wroteLine', displayPath(path), rows.length, group.name)}`);
  return { data: { group: group.id, file: displayPath(path), members: rows.length }, lines: text.list };
}

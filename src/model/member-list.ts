/**
 * A member list (from Excel or CSV) made into people and memberships of a
 * group: which column holds what, who is already in the registry, the ids of
 * those who are not (made from their names, a taken id told), and the roles.
 * Pure: the rows come read, the changes go to a RegistryChange.
 */
import { t } from '../base/i18n.js';
import { SekrError, type Problem } from '../base/errors.js';
import { fold } from '../base/text.js';
import type { PersonData } from '../schema/registry.js';
import { freeId, idFromName, readRoleWords, ROLE_HELP, type GroupFunction, type MemberRole } from './people.js';
import { addMembership, keysBefore, PERSON_KEYS, type RegistryChange } from './registry-edits.js';
import { indexRegistry, membershipOf, type Group, type Organisation } from './registry.js';

const LIST_FIELDS = ['name', 'firstName', 'lastName', 'organisation', 'role', 'email', 'phone', 'party', 'for', 'category'] as const;
type ListField = (typeof LIST_FIELDS)[number];

/** Column headings as member lists write them, folded. */
const HEADINGS: Record<ListField, string[]> = {
  name: ['namn', 'name', 'ledamot', 'fullstandigt namn', 'for- och efternamn', 'full name'],
  firstName: ['fornamn', 'first name', 'firstname'],
  lastName: ['efternamn', 'last name', 'lastname', 'surname'],
  organisation: ['organisation', 'organization', 'kommun', 'forvaltning', 'myndighet', 'representerar', 'arbetsplats', 'huvudman'],
  role: ['roll', 'role', 'uppdrag', 'funktion'],
  email: ['e-post', 'epost', 'e-postadress', 'epostadress', 'mejl', 'mail', 'email', 'e-mail'],
  phone: ['telefon', 'tel', 'telefonnummer', 'mobil', 'mobilnummer', 'phone'],
  party: ['parti', 'party', 'partibeteckning'],
  for: ['ersattare for', 'personlig ersattare for', 'ersatter', 'substitute for'],
  category: ['kategori', 'category'],
};

export type ColumnMap = Partial<Record<ListField, number>>;

/** Which column holds each field: the headings recognised, and `--map field=Heading` over them. */
export function mapColumns(headers: string[], given: Record<string, string>, file: string): ColumnMap {
  const map: ColumnMap = {};
  const folded = headers.map((h) => fold(h).replace(/\s+/g, ' ').trim());
  for (const field of LIST_FIELDS) {
    const i = folded.findIndex((h) => HEADINGS[field].includes(h));
    if (i !== -1) map[field] = i;
  }
  for (const [field, heading] of Object.entries(given)) {
    if (!(LIST_FIELDS as readonly string[]).includes(field))
      throw new SekrError(t('member-list.notField', field), { hint: t('member-list.fieldsAre', LIST_FIELDS.join(', ')) });
    const i = folded.indexOf(fold(heading).replace(/\s+/g, ' ').trim());
    if (i === -1) throw new SekrError(t('member-list.noColumn', file, heading), { hint: t('member-list.columnsAre', headers.filter(Boolean).join(', ')) });
    map[field as ListField] = i;
  }
  if (map.name === undefined && (map.firstName === undefined || map.lastName === undefined)) {
    throw new SekrError(t('member-list.whichNames', file), { hint: t('member-list.whichNamesHint', headers.filter(Boolean).join(', ')) });
  }
  return map;
}

interface ListRow {
  line: number;
  name: string;
  /** The person's id: in the registry already, or new. */
  id: string;
  isNew: boolean;
  organisation?: string;
  email?: string;
  phone?: string;
  party?: string;
  role: MemberRole;
  functions: GroupFunction[];
  /** The ledamot an ersättare stands in for (an id). */
  for?: string;
  category?: string;
  /** What the import does with the row, in words. */
  outcome: string[];
}

export interface ListPlan {
  rows: ListRow[];
  /** Ids made from names that were taken: told. */
  clashes: { line: number; name: string; wanted: string; given: string }[];
  /** Members of the group who are not in the list: kept, and told. */
  notInList: string[];
  people: PersonData[];
  updates: { id: string; fields: Record<string, string> }[];
}

/**
 * What importing the rows into the group would do. Problems (a row without a
 * name, a role not understood, a substitute for someone unknown) name the row.
 */
export function planImport(org: Organisation, group: Group, rows: { line: number; cells: string[] }[], map: ColumnMap, file: string): ListPlan {
  const problems: Problem[] = [];
  const cell = (cells: string[], field: ListField) => (map[field] === undefined ? undefined : cells[map[field]!]?.trim() || undefined);
  const taken = new Set(org.people.keys());
  const plan: ListPlan = { rows: [], clashes: [], notInList: [], people: [], updates: [] };
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const at = (message: string, hint?: string) => problems.push({ file, line, message: t('member-list.row', line, message), hint });
    const name = cell(cells, 'name') ?? [cell(cells, 'firstName'), cell(cells, 'lastName')].filter(Boolean).join(' ');
    if (!name) {
      at(t('member-list.noName'), t('member-list.noNameHint'));
      continue;
    }
    const organisation = cell(cells, 'organisation');
    const words = readRoleWords(cell(cells, 'role') ?? 'ledamot');
    if ('unknown' in words) {
      at(t('member-list.roleNotUnderstood', cell(cells, 'role') ?? ''), t('member-list.roleIs', ROLE_HELP));
      continue;
    }
    const key = `${fold(name)}\0${fold(organisation ?? '')}`;
    if (seen.has(key)) {
      at(t('member-list.twice', name, seen.get(key)!), t('member-list.twiceHint'));
      continue;
    }
    seen.set(key, line);
    const existing = [...org.people.values()].find(
      (p) => fold(p.name) === fold(name) && (!p.organisation || !organisation || fold(p.organisation) === fold(organisation)),
    );
    const fields = { organisation, email: cell(cells, 'email'), phone: cell(cells, 'phone'), party: cell(cells, 'party') };
    const row: ListRow = {
      line,
      name,
      id: '',
      isNew: !existing,
      ...fields,
      role: words.role ?? (cell(cells, 'for') ? 'ersättare' : 'ledamot'),
      functions: words.functions,
      category: cell(cells, 'category'),
      outcome: [],
    };
    if (existing) {
      row.id = existing.id;
      const changed = Object.fromEntries(
        Object.entries(fields).filter(([k, v]) => v !== undefined && (existing as Record<string, unknown>)[k] !== v) as [string, string][],
      );
      if (Object.keys(changed).length) {
        plan.updates.push({ id: existing.id, fields: changed });
        row.outcome.push(t('member-list.updated', Object.keys(changed).join(', ')));
      } else row.outcome.push(t('member-list.inRegistry'));
    } else {
      const wanted = idFromName(name);
      if (!wanted) {
        at(t('member-list.cannotMakeId', name), t('member-list.cannotMakeIdHint'));
        continue;
      }
      row.id = freeId(wanted, taken);
      if (row.id !== wanted) plan.clashes.push({ line, name, wanted, given: row.id });
      plan.people.push(
        Object.fromEntries(
          PERSON_KEYS.map((k) => [k, k === 'id' ? row.id : k === 'name' ? name : (fields as Record<string, string | undefined>)[k]]).filter(([, v]) => v),
        ) as PersonData,
      );
      row.outcome.push(t('member-list.newPerson'));
    }
    taken.add(row.id);
    plan.rows.push(row);
  }
  // Who an ersättare stands in for: a name (or id) of the list, or of the group's members.
  // Of two people of one name, the ledamot is meant: an ersättare stands in for a ledamot.
  for (const row of plan.rows) {
    const cellRow = rows.find((r) => r.line === row.line)!;
    const named = cell(cellRow.cells, 'for');
    if (!named) continue;
    const inList = plan.rows.filter((r) => r.id === named || fold(r.name) === fold(named));
    const ledamot = inList.filter((r) => r.role === 'ledamot');
    const memberByName = group.members.find((m) => m.role === 'ledamot' && fold(org.people.get(m.person)?.name ?? '') === fold(named))?.person;
    const candidates = ledamot.length ? ledamot.map((r) => r.id) : inList.length ? inList.map((r) => r.id) : memberByName ? [memberByName] : [];
    if (candidates.length > 1)
      problems.push({
        file,
        line: row.line,
        message: t('member-list.ambiguous', row.line, named, candidates),
        hint: t('member-list.ambiguousHint'),
      });
    else if (!candidates.length)
      problems.push({
        file,
        line: row.line,
        message: t('member-list.unknownFor', row.line, row.name, named, group.id),
      });
    else row.for = candidates[0];
  }
  if (problems.length) throw new SekrError(t('member-list.cannotImport', file, problems.length), { problems });
  const listed = new Set(plan.rows.map((r) => r.id));
  plan.notInList = group.members.filter((m) => !listed.has(m.person)).map((m) => m.person);
  return plan;
}

/**
 * The import as changes of the registry: new people, updated fields, and each
 * row's membership (ledamöter before ersättare, who stand in for them).
 * Returns what was told besides the rows.
 */
export function applyImport(org: Organisation, group: Group, plan: ListPlan, change: RegistryChange): string[] {
  for (const person of plan.people) change.append(['people'], person);
  for (const u of plan.updates)
    for (const [key, value] of Object.entries(u.fields)) change.set(['people', { key: 'id', value: u.id }], key, value, keysBefore(PERSON_KEYS, key));
  // The registry as it becomes, row by row, so that an ersättare finds the ledamot added before.
  const now = indexRegistry({ ...org.registry, people: [...org.registry.people, ...plan.people] });
  let current: Group = group;
  const told: string[] = [];
  const order = [...plan.rows.filter((r) => r.role !== 'ersättare'), ...plan.rows.filter((r) => r.role === 'ersättare')];
  for (const row of order) {
    const before = membershipOf(current, row.id);
    const said = addMembership(now, current, { person: row.id, role: row.role, functions: row.functions, for: row.for, category: row.category }, change, {
      update: true,
    });
    told.push(...said);
    if (!before) row.outcome.push(t('member-list.memberOf', group.id));
    else if (before.role !== row.role) row.outcome.push(t('member-list.nowRole', row.role, before.role));
    current = withMembership(current, row);
  }
  return told;
}

function withMembership(group: Group, row: ListRow): Group {
  const member = { person: row.id, role: row.role, for: row.for, category: row.category };
  const members = membershipOf(group, row.id) ? group.members.map((m) => (m.person === row.id ? { ...m, ...member } : m)) : [...group.members, member];
  const next: Group = { ...group, members, substitutes: group.substitutes || row.role === 'ersättare' };
  for (const fn of row.functions) {
    if (fn === 'convener') next.conveners = [...new Set([...next.conveners, row.id])];
    else next[fn] = row.id;
  }
  return next;
}

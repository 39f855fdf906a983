/** `sekr member add|remove GROUP PERSON`: who sits in a group, in which role. */
import { t } from '../base/i18n.js';
import { SekrError } from '../base/errors.js';
import { changeRegistry } from '../check/registry-change.js';
import { loadRegistry, requireGroup, resolveDataDir } from '../data/folder.js';
import { FUNCTION_NAME, readRoleWords, ROLE_HELP } from '../model/people.js';
import { addMembership, findPerson, removeMembership } from '../model/registry-edits.js';
import { membershipOf } from '../model/registry.js';
import { commandOptions, Flag, Text, type Parsed } from './options.js';
import { dim, lines, ok, type Result } from './result.js';

export const addOptions = commandOptions({ role: Text, for: Text, category: Text, organisation: Text, json: Flag });
export const removeOptions = commandOptions({ json: Flag });

/** `sekr member add GROUP PERSON --role ...`: a member, or a member's new role; ordförande and the like set the group's function too. */
export function runAdd(groupId: string, named: string, opts: Parsed<typeof addOptions>): Result {
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const group = requireGroup(org, groupId);
  const person = findPerson(org, named);
  const words = readRoleWords(opts.role ?? 'ledamot');
  if ('unknown' in words) throw new SekrError(t('member.notRole', words.unknown), { hint: t('member.roleIs', ROLE_HELP) });
  const forId = opts.for === undefined ? undefined : findPerson(org, opts.for).id;
  const existing = membershipOf(group, person.id);
  const role = words.role ?? (forId ? 'ersättare' : (existing?.role ?? 'ledamot'));
  if (opts.category !== undefined && org.registry.categories.length && !org.registry.categories.includes(opts.category)) {
    throw new SekrError(t('member.notCategory', opts.category), { hint: t('member.categoriesAre', org.registry.categories.join(', ')) });
  }
  const told: string[] = [];
  changeRegistry(dataDir, 'sekr member add', (change) => {
    told.push(
      ...addMembership(
        org,
        group,
        { person: person.id, role, functions: words.functions, for: forId, category: opts.category, organisation: opts.organisation },
        change,
      ),
    );
  });
  const text = lines();
  const what = [role, ...words.functions.map((f) => FUNCTION_NAME[f])].join(', ');
  const standsIn = forId ? (org.people.get(forId)?.name ?? forId) : undefined;
  text.info(ok(existing ? t('member.changed') : t('member.added')), ` ${t('member.addedLine', person.name, person.id, group.name, what, standsIn)}`);
  for (const note of told) text.info(dim(note));
  return { data: { group: group.id, person: person.id, role, functions: words.functions, for: forId ?? null, notes: told }, lines: text.list };
}

/** `sekr member remove GROUP PERSON`: out of the group, with the functions held in it. */
export function runRemove(groupId: string, named: string, opts: Parsed<typeof removeOptions>): Result {
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const group = requireGroup(org, groupId);
  const person = findPerson(org, named);
  const told: string[] = [];
  changeRegistry(dataDir, 'sekr member remove', (change) => told.push(...removeMembership(org, group, person.id, change)));
  const text = lines();
  text.info(ok(t('member.removed')), ` ${t('member.removedLine', person.name, person.id, group.name)}`);
  for (const note of told) text.info(dim(note));
  return { data: { group: group.id, removed: person.id, notes: told }, lines: text.list };
}

/** `sekr person add|set|remove`: the people of the registry, kept by commands. */
import * as z from 'zod/mini';
import { SekrError } from '../base/errors.js';
import { didYouMean } from '../base/suggest.js';
import { fold } from '../base/text.js';
import { changeRegistry } from '../check/registry-change.js';
import { listMeetingFiles, loadRegistry, readMeeting, resolveDataDir } from '../data/folder.js';
import { freeId, idFromName, namesPerson } from '../model/people.js';
import { findPerson, keysBefore, PERSON_KEYS, removeMembership } from '../model/registry-edits.js';
import type { Organisation } from '../model/registry.js';
import { Id } from '../schema/common.js';
import { commandOptions, Flag, Text, type Parsed } from './options.js';
import { dim, lines, ok, warn, type Result } from './result.js';

const FIELDS = { organisation: Text, function: Text, email: Text, phone: Text, party: Text };
export const addOptions = commandOptions({ ...FIELDS, id: Text, json: Flag });
export const setOptions = commandOptions({ ...FIELDS, name: Text, json: Flag });
export const removeOptions = commandOptions({ json: Flag });

type Fields = Partial<Record<keyof typeof FIELDS, string>>;

const EMAIL = z.email();

/** The fields given, trimmed and checked; an empty value ("") means: remove the field. */
function fieldsOf(opts: Fields): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const key of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) {
    const value = opts[key];
    if (value === undefined) continue;
    const trimmed = value.trim();
    if (key === 'email' && trimmed && !EMAIL.safeParse(trimmed).success)
      throw new SekrError(`--email '${value}' is not an e-mail address`, { hint: 'e.g. --email eva.bergkvist@hassleholm.se' });
    out[key] = trimmed || undefined;
  }
  return out;
}

const ordered = (person: Record<string, unknown>) =>
  Object.fromEntries(PERSON_KEYS.filter((k) => person[k] !== undefined && person[k] !== '').map((k) => [k, person[k]]));

const describe = (p: { name: string; organisation?: string; party?: string }) =>
  [p.name, p.organisation, p.party && `(${p.party})`].filter(Boolean).join(', ').replace(', (', ' (');

/** `sekr person add NAME`: a new person, with an id made from the name (or --id). */
export function runAdd(name: string, opts: Parsed<typeof addOptions>): Result {
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  if (!name.trim()) throw new SekrError('the name is empty', { hint: 'e.g. sekr person add "Eva Bergkvist" --organisation "Hässleholms kommun"' });
  const fields = fieldsOf(opts);
  const same = [...org.people.values()].find(
    (p) => fold(p.name) === fold(name.trim()) && (!p.organisation || !fields.organisation || fold(p.organisation) === fold(fields.organisation)),
  );
  if (same && opts.id === undefined) {
    throw new SekrError(`${describe(same)} is in the registry already, as ${same.id}`, {
      hint: `change the entry with sekr person set ${same.id} ...; for another person of the same name, give --id`,
    });
  }
  const text = lines();
  let id: string;
  if (opts.id !== undefined) {
    if (!Id.safeParse(opts.id).success)
      throw new SekrError(`--id '${opts.id}' is not an id`, { hint: 'lower-case a–z, digits and hyphens, e.g. eva-bergkvist' });
    if (org.people.has(opts.id)) throw new SekrError(`the id ${opts.id} is taken by ${describe(org.people.get(opts.id)!)}`, { hint: 'choose another --id' });
    id = opts.id;
  } else {
    const base = idFromName(name);
    if (!base) throw new SekrError(`cannot make an id of the name '${name}'`, { hint: 'give one with --id' });
    id = freeId(base, new Set(org.people.keys()));
    if (id !== base) text.notice(warn('note'), ` ${base} is taken by ${describe(org.people.get(base)!)}: the new person is ${id}`);
  }
  const person = ordered({ id, name: name.trim(), ...fields });
  changeRegistry(dataDir, 'sekr person add', (change) => change.append(['people'], person));
  text.info(ok('added'), ` ${describe(person as { name: string })} as ${id}`);
  return { data: { added: person }, lines: text.list };
}

/** `sekr person set ID`: the fields given replace what is there; "" removes a field. */
export function runSet(named: string, opts: Parsed<typeof setOptions>): Result {
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const person = findPerson(org, named);
  const fields: Record<string, string | undefined> = fieldsOf(opts);
  if (opts.name !== undefined) {
    if (!opts.name.trim()) throw new SekrError('--name is empty', { hint: 'a person keeps a name; give the new one' });
    fields.name = opts.name.trim();
  }
  const changed = Object.entries(fields).filter(([k, v]) => (person as Record<string, unknown>)[k] !== v);
  if (!changed.length) throw new SekrError(`nothing to change for ${person.id}`, { hint: 'give the fields to change, e.g. --email or --party (see --help)' });
  changeRegistry(dataDir, 'sekr person set', (change) => {
    for (const [key, value] of changed) change.set(['people', { key: 'id', value: person.id }], key, value, keysBefore(PERSON_KEYS, key));
  });
  const text = lines();
  for (const [key, value] of changed) {
    const was = (person as Record<string, unknown>)[key];
    text.info(ok('changed'), ` ${person.id} ${key}: ${value === undefined ? 'removed' : value}`, dim(was === undefined ? '' : ` (was ${String(was)})`));
  }
  if (fields.name) text.info(dim(`the id stays ${person.id}: meetings name the person by it`));
  return { data: { changed: Object.fromEntries(changed), id: person.id }, lines: text.list };
}

/** The meetings that name a person, as group/date. */
function meetingsNaming(dataDir: string, id: string): string[] {
  return listMeetingFiles(dataDir)
    .meetings.filter((f) => namesPerson(readMeeting(f.path).yf?.data, id))
    .map((f) => `${f.group}/${f.date}`);
}

/** What in the registry's groups would stop a person being removed, or be removed with them. */
function groupsOf(org: Organisation, id: string) {
  return [...org.groups.values()].filter(
    (g) =>
      g.members.some((m) => m.person === id || m.for === id) ||
      [g.chair, g.viceChair, g.secretary, ...g.conveners].includes(id) ||
      (typeof g.adjuster === 'object' && g.adjuster.standing === id),
  );
}

/** `sekr person remove ID`: refused while a meeting names the person (the record keeps its people); memberships go with them. */
export function runRemove(named: string, opts: Parsed<typeof removeOptions>): Result {
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const person = org.people.get(named);
  if (!person) throw new SekrError(`no person '${named}' in the registry`, { hint: didYouMean(named, org.people.keys()) ?? 'see sekr members GROUP for ids' });
  const meetings = meetingsNaming(dataDir, person.id);
  if (meetings.length) {
    throw new SekrError(`${person.name} (${person.id}) is named by ${meetings.length} meeting${meetings.length === 1 ? '' : 's'}: ${meetings.join(', ')}`, {
      hint: `the meetings are the record and keep their people; take ${person.id} out of the groups instead: sekr member remove GROUP ${person.id}`,
    });
  }
  const told: string[] = [];
  changeRegistry(dataDir, 'sekr person remove', (change) => {
    for (const group of groupsOf(org, person.id)) told.push(...removeMembership(org, group, person.id, change), `${person.name} left ${group.id}`);
    change.remove(['people', { key: 'id', value: person.id }]);
  });
  const text = lines();
  for (const t of told) text.info(dim(t));
  text.info(ok('removed'), ` ${describe(person)} (${person.id})`);
  return { data: { removed: person.id, notes: told }, lines: text.list };
}

/** `sekr person add|set|remove`: the people of the registry, kept by commands. */
import { t } from '../base/i18n.js';
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
    if (key === 'email' && trimmed && !EMAIL.safeParse(trimmed).success) throw new SekrError(t('person.notEmail', value), { hint: t('person.notEmailHint') });
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
  if (!name.trim()) throw new SekrError(t('person.nameEmpty'), { hint: t('person.nameEmptyHint') });
  const fields = fieldsOf(opts);
  const same = [...org.people.values()].find(
    (p) => fold(p.name) === fold(name.trim()) && (!p.organisation || !fields.organisation || fold(p.organisation) === fold(fields.organisation)),
  );
  if (same && opts.id === undefined) {
    throw new SekrError(t('person.already', describe(same), same.id), { hint: t('person.alreadyHint', same.id) });
  }
  const text = lines();
  let id: string;
  if (opts.id !== undefined) {
    if (!Id.safeParse(opts.id).success) throw new SekrError(t('person.notId', opts.id), { hint: t('person.idHint') });
    if (org.people.has(opts.id)) throw new SekrError(t('person.idTaken', opts.id, describe(org.people.get(opts.id)!)), { hint: t('person.chooseAnotherId') });
    id = opts.id;
  } else {
    const base = idFromName(name);
    if (!base) throw new SekrError(t('person.cannotMakeId', name), { hint: t('person.giveId') });
    id = freeId(base, new Set(org.people.keys()));
    if (id !== base) text.notice(warn(t('person.note')), ` ${t('person.newId', base, describe(org.people.get(base)!), id)}`);
  }
  const person = ordered({ id, name: name.trim(), ...fields });
  changeRegistry(dataDir, 'sekr person add', (change) => change.append(['people'], person));
  text.info(ok(t('person.added')), ` ${t('person.addedLine', describe(person as { name: string }), id)}`);
  return { data: { added: person }, lines: text.list };
}

/** `sekr person set ID`: the fields given replace what is there; "" removes a field. */
export function runSet(named: string, opts: Parsed<typeof setOptions>): Result {
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const person = findPerson(org, named);
  const fields: Record<string, string | undefined> = fieldsOf(opts);
  if (opts.name !== undefined) {
    if (!opts.name.trim()) throw new SekrError(t('person.nameFlagEmpty'), { hint: t('person.keepsName') });
    fields.name = opts.name.trim();
  }
  const changed = Object.entries(fields).filter(([k, v]) => (person as Record<string, unknown>)[k] !== v);
  if (!changed.length) throw new SekrError(t('person.nothingToChange', person.id), { hint: t('person.nothingToChangeHint') });
  changeRegistry(dataDir, 'sekr person set', (change) => {
    for (const [key, value] of changed) change.set(['people', { key: 'id', value: person.id }], key, value, keysBefore(PERSON_KEYS, key));
  });
  const text = lines();
  for (const [key, value] of changed) {
    const was = (person as Record<string, unknown>)[key];
    text.info(ok(t('person.changed')), ` ${t('person.changedLine', person.id, key, value)}`, dim(was === undefined ? '' : t('person.was', String(was))));
  }
  if (fields.name) text.info(dim(t('person.idStays', person.id)));
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
  if (!person) throw new SekrError(t('person.noPerson', named), { hint: didYouMean(named, org.people.keys()) ?? t('person.seeMembers') });
  const meetings = meetingsNaming(dataDir, person.id);
  if (meetings.length) {
    throw new SekrError(t('person.namedBy', person.name, person.id, meetings), { hint: t('person.namedByHint', person.id) });
  }
  const told: string[] = [];
  changeRegistry(dataDir, 'sekr person remove', (change) => {
    for (const group of groupsOf(org, person.id)) told.push(...removeMembership(org, group, person.id, change), t('person.left', person.name, group.id));
    change.remove(['people', { key: 'id', value: person.id }]);
  });
  const text = lines();
  for (const note of told) text.info(dim(note));
  text.info(ok(t('person.removed')), ` ${describe(person)} (${person.id})`);
  return { data: { removed: person.id, notes: told }, lines: text.list };
}

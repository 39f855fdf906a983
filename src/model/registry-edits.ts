/**
 * The registry's rules for adding and removing people and memberships, as
 * changes of registry.yaml (data/registry-file.ts makes them on the file).
 * Each returns what it did, in words, for the command to tell; what cannot be
 * done is a SekrError saying why and what to do instead. Pure.
 */
import { t } from '../base/i18n.js';
import { SekrError } from '../base/errors.js';
import { didYouMean } from '../base/suggest.js';
import { fold } from '../base/text.js';
import type { PersonData } from '../schema/registry.js';
import { FUNCTION_NAME, functionsOf, type GroupFunction, type MemberRole } from './people.js';
import { membershipOf, type Group, type Organisation } from './registry.js';

/** A step of a path into the registry: a key, an index, or the list item whose `key` is `value`. */
export type Step = string | number | { key: string; value: string };

/** The changes a command makes to registry.yaml; paths name places as the file is now. */
export interface RegistryChange {
  append(list: Step[], value: unknown): void;
  /** undefined removes the key; `after`: the keys a new key goes after ('first': before every other key). */
  set(map: Step[], key: string, value: unknown, after?: readonly string[] | 'first'): void;
  replace(item: Step[], value: unknown): void;
  remove(item: Step[]): void;
}

/** The order of a group's keys as the registry writes them, so a key set anew lands where a reader looks for it. */
export const GROUP_KEYS = ['id', 'name', 'kind', 'parent', 'document', 'chair', 'viceChair', 'secretary', 'conveners', 'adjuster', 'substitutes', 'sinceLast'];
export const keysBefore = (order: readonly string[], key: string) => order.slice(0, Math.max(0, order.indexOf(key)));
export const PERSON_KEYS = ['id', 'name', 'organisation', 'function', 'email', 'phone', 'party'];

const groupAt = (group: Group): Step[] => ['groups', { key: 'id', value: group.id }];
const memberAt = (group: Group, person: string): Step[] => [...groupAt(group), 'members', { key: 'person', value: person }];

const nameOf = (org: Organisation, id: string) => org.people.get(id)?.name ?? id;

/** A person named on the command line: an id, or a name that only one person has. */
export function findPerson(org: Organisation, named: string): PersonData {
  const byId = org.people.get(named);
  if (byId) return byId;
  const same = [...org.people.values()].filter((p) => fold(p.name) === fold(named));
  if (same.length === 1) return same[0]!;
  if (same.length > 1)
    throw new SekrError(t('registry-edits.manyNamed', same.length, named), { hint: t('registry-edits.nameOneById', same.map((p) => p.id).join(', ')) });
  throw new SekrError(t('registry-edits.noPerson', named), { hint: didYouMean(named, org.people.keys()) ?? t('registry-edits.addFirst', named) });
}

export interface Membership {
  person: string;
  role: MemberRole;
  functions: GroupFunction[];
  for?: string;
  category?: string;
  organisation?: string;
}

/**
 * Makes a person a member of a group with a role and functions, or changes
 * the role and functions of one who is. A chair, vice chair or secretary
 * takes the place of the one before (told). An ersättare in a group without
 * substitutes gives the group substitutes (told).
 */
export function addMembership(org: Organisation, group: Group, wish: Membership, change: RegistryChange, options: { update?: boolean } = {}): string[] {
  const told: string[] = [];
  const who = nameOf(org, wish.person);
  const existing = membershipOf(group, wish.person);
  if (wish.for !== undefined) {
    if (wish.role !== 'ersättare') throw new SekrError(t('registry-edits.onlySubstitute', who, wish.role), { hint: t('registry-edits.addRoleErsattare') });
    const target = membershipOf(group, wish.for);
    if (!target || target.role !== 'ledamot') {
      throw new SekrError(t('registry-edits.notLedamot', wish.for, group.id), {
        hint:
          didYouMean(
            wish.for,
            group.members.filter((m) => m.role === 'ledamot').map((m) => m.person),
          ) ?? t('registry-edits.seeMembers', group.id),
      });
    }
  }
  const entry = Object.fromEntries(
    Object.entries({
      person: wish.person,
      role: wish.role === 'ledamot' ? undefined : wish.role,
      for: wish.for,
      category: wish.category,
      organisation: wish.organisation,
    }).filter(([, v]) => v !== undefined),
  );
  const held = functionsOf(group, wish.person);
  if (existing) {
    const same =
      existing.role === wish.role &&
      existing.for === wish.for &&
      (wish.category === undefined || existing.category === wish.category) &&
      (wish.organisation === undefined || existing.organisation === wish.organisation);
    if (same && wish.functions.every((f) => held.includes(f))) {
      if (options.update) return told;
      throw new SekrError(t('registry-edits.already', who, existing.role, group.id, held.map((f) => FUNCTION_NAME[f]).join(', ')), {
        hint: t('registry-edits.alreadyHint'),
      });
    }
    if (!same) {
      const kept = { ...entry, category: wish.category ?? existing.category, organisation: wish.organisation ?? existing.organisation };
      change.replace(memberAt(group, wish.person), Object.fromEntries(Object.entries(kept).filter(([, v]) => v !== undefined)));
      if (existing.role !== wish.role) told.push(t('registry-edits.nowRole', who, wish.role, group.id, existing.role));
    }
  } else change.append([...groupAt(group), 'members'], entry);

  if (wish.role === 'ersättare' && !group.substitutes) {
    change.set(groupAt(group), 'substitutes', true, keysBefore(GROUP_KEYS, 'substitutes'));
    told.push(t('registry-edits.nowSubstitutes', group.id, who));
  }
  for (const fn of wish.functions) {
    if (held.includes(fn)) continue;
    if (fn === 'convener') {
      change.set(groupAt(group), 'conveners', [...group.conveners, wish.person], keysBefore(GROUP_KEYS, 'conveners'));
      continue;
    }
    const before = group[fn];
    if ((fn === 'chair' && group.viceChair === wish.person) || (fn === 'viceChair' && group.chair === wish.person)) {
      const other = FUNCTION_NAME[fn === 'chair' ? 'viceChair' : 'chair'];
      throw new SekrError(t('registry-edits.bothFunctions', who, other, group.id, FUNCTION_NAME[fn]), { hint: t('registry-edits.makeOtherFirst', other) });
    }
    change.set(groupAt(group), fn, wish.person, keysBefore(GROUP_KEYS, fn));
    if (before && before !== wish.person) told.push(t('registry-edits.inPlaceOf', who, FUNCTION_NAME[fn], group.id, nameOf(org, before)));
  }
  return told;
}

/**
 * Takes a person out of a group: the membership and the functions held in it.
 * Refused while an ersättare stands in for them or they are the standing adjuster.
 */
export function removeMembership(org: Organisation, group: Group, person: string, change: RegistryChange): string[] {
  const who = nameOf(org, person);
  const m = membershipOf(group, person);
  const held = functionsOf(group, person);
  if (!m && !held.length) {
    throw new SekrError(t('registry-edits.notMember', who, group.id), {
      hint:
        didYouMean(
          person,
          group.members.map((x) => x.person),
        ) ?? t('registry-edits.seeMembers', group.id),
    });
  }
  const standIns = group.members.filter((x) => x.for === person).map((x) => x.person);
  if (standIns.length) {
    throw new SekrError(
      t(
        'registry-edits.standIns',
        standIns.map((id) => nameOf(org, id)),
        who,
        group.id,
      ),
      { hint: t('registry-edits.standInsHint', group.id, standIns[0]!) },
    );
  }
  if (typeof group.adjuster === 'object' && group.adjuster.standing === person) {
    throw new SekrError(t('registry-edits.standingAdjuster', who, group.id), { hint: t('registry-edits.standingAdjusterHint') });
  }
  const told: string[] = [];
  for (const fn of held) {
    if (fn === 'convener')
      change.set(
        groupAt(group),
        'conveners',
        group.conveners.filter((c) => c !== person),
      );
    else change.set(groupAt(group), fn, undefined);
    told.push(t('registry-edits.noLonger', who, FUNCTION_NAME[fn], group.id));
  }
  if (m) change.remove(memberAt(group, person));
  return told;
}

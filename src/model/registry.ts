/**
 * The organisation as the registry describes it, with the lookups every
 * command needs. Pure: built from already-validated data.
 */
import type { GroupData, MemberData, PersonData, RegistryData } from '../schema/registry.js';

export type Registry = RegistryData;
export type Group = GroupData;
export type Member = MemberData;

export interface Organisation {
  registry: Registry;
  people: Map<string, PersonData>;
  groups: Map<string, Group>;
}

export function indexRegistry(registry: Registry): Organisation {
  return {
    registry,
    people: new Map(registry.people.map((p) => [p.id, p])),
    groups: new Map(registry.groups.map((g) => [g.id, g])),
  };
}

/** The functions a person holds in a group, beyond the membership role. */
export interface Functions {
  chair: boolean;
  viceChair: boolean;
  convener: boolean;
  secretary: boolean;
}

export function functionsIn(group: Group, personId: string): Functions {
  return {
    chair: group.chair === personId,
    viceChair: group.viceChair === personId,
    convener: group.conveners.includes(personId),
    secretary: group.secretary === personId,
  };
}

export function membershipOf(group: Group, personId: string): Member | undefined {
  return group.members.find((m) => m.person === personId);
}

/** How a person's organisation is written in this group's documents. */
export function organisationIn(org: Organisation, group: Group, personId: string): string | undefined {
  return membershipOf(group, personId)?.organisation ?? org.people.get(personId)?.organisation;
}

export interface GroupNode {
  group: Group;
  children: GroupNode[];
}

/** Groups as a tree by parent, in registry order; a group whose parent is unknown is a root. */
export function groupTree(registry: Registry): GroupNode[] {
  const nodes = new Map(registry.groups.map((g) => [g.id, { group: g, children: [] as GroupNode[] }]));
  const roots: GroupNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.group.parent ? nodes.get(node.group.parent) : undefined;
    (parent && parent !== node ? parent.children : roots).push(node);
  }
  return roots;
}

/**
 * The adjuster(s) who sign a meeting's protocol: those the meeting names, else
 * the group's standing adjuster (the vice chair, or a named person).
 */
export function adjustersFor(group: Group, named: readonly string[]): string[] {
  if (named.length) return [...named];
  if (group.adjuster === 'viceChair') return group.viceChair ? [group.viceChair] : [];
  if (typeof group.adjuster === 'object') return [group.adjuster.standing];
  return [];
}

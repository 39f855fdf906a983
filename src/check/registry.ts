/** The registry checked as a whole: unique ids, people and groups that exist, no circles of parents. */
import type { Problem } from '../base/errors.js';
import { didYouMean } from '../base/suggest.js';
import { locate, type YamlFile } from '../data/yaml-file.js';
import { membershipOf, type Group, type Organisation } from '../model/registry.js';
import { reporter, unknownPerson, type Path, type Report } from './located.js';

export function checkRegistry(org: Organisation, yf: YamlFile): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(yf, problems);
  const reg = org.registry;

  const lists = ['municipalities', 'regionServices', 'groupKinds', 'people', 'groups'] as const;
  for (const list of lists) {
    const seen = new Map<string, number>();
    reg[list].forEach((entry, i) => {
      const first = seen.get(entry.id);
      if (first === undefined) seen.set(entry.id, i);
      else {
        const at = locate(yf, [list, first, 'id']);
        report([list, i, 'id'], `duplicate id '${entry.id}' in ${list}`, `it is already used at line ${at.line}: give each an id of its own`);
      }
    });
  }

  const person = (path: Path, id: string | undefined, what: string) => {
    if (id !== undefined && !org.people.has(id)) report(path, `unknown person '${id}' as ${what}`, unknownPerson(org, id));
  };
  const kinds = reg.groupKinds.map((k) => k.id);

  reg.groups.forEach((group, gi) => {
    const at = (...rest: Path): Path => ['groups', gi, ...rest];
    if (!kinds.includes(group.kind)) {
      report(at('kind'), `unknown kind of group '${group.kind}'`, didYouMean(group.kind, kinds) ?? `the kinds under groupKinds: are ${kinds.join(', ')}`);
    }
    if (group.parent !== undefined) {
      if (!org.groups.has(group.parent))
        report(at('parent'), `unknown parent group '${group.parent}'`, didYouMean(group.parent, org.groups.keys()) ?? 'name a group id from groups:');
      else if (parentCycle(org, group))
        report(at('parent'), `group '${group.id}' is its own ancestor through parent:`, 'a group reports to a group above it; break the circle');
    }
    person(at('chair'), group.chair, 'chair');
    person(at('viceChair'), group.viceChair, 'vice chair');
    person(at('secretary'), group.secretary, 'secretary');
    group.conveners.forEach((c, i) => person(at('conveners', i), c, 'convener'));
    if (group.chair !== undefined && group.chair === group.viceChair) {
      report(at('viceChair'), `${group.chair} is both chair and vice chair of ${group.id}`, 'name another vice chair, or remove viceChair');
    }
    if (typeof group.adjuster === 'object') person(at('adjuster', 'standing'), group.adjuster.standing, 'standing adjuster');
    checkMembers(org, group, report, at);
  });
  return problems;
}

function checkMembers(org: Organisation, group: Group, report: Report, at: (...rest: Path) => Path): void {
  const categories = org.registry.categories;
  const seen = new Map<string, number>();
  group.members.forEach((m, i) => {
    if (!org.people.has(m.person)) report(at('members', i, 'person'), `unknown person '${m.person}' in members of ${group.id}`, unknownPerson(org, m.person));
    const first = seen.get(m.person);
    if (first !== undefined) {
      report(
        at('members', i, 'person'),
        `${m.person} is listed twice in ${group.id} (as ${group.members[first]!.role} and as ${m.role})`,
        'a person has one role in a group: keep one entry',
      );
    } else seen.set(m.person, i);
    if (m.role === 'ersättare' && !group.substitutes) {
      report(
        at('members', i, 'role'),
        `${group.id} has no substitutes, but ${m.person} is an ersättare`,
        'set substitutes: true on the group, or give the member another role',
      );
    }
    if (m.for !== undefined) {
      if (m.role !== 'ersättare')
        report(at('members', i, 'for'), `only an ersättare stands in for someone; ${m.person} is ${m.role}`, 'set role: ersättare, or remove for:');
      const target = membershipOf(group, m.for);
      if (!target)
        report(
          at('members', i, 'for'),
          `${m.person} stands in for '${m.for}', who is not a member of ${group.id}`,
          didYouMean(
            m.for,
            group.members.map((x) => x.person),
          ) ?? 'name a ledamot of the group',
        );
      else if (target.role !== 'ledamot')
        report(at('members', i, 'for'), `${m.person} stands in for ${m.for}, who is ${target.role}, not ledamot`, 'an ersättare stands in for a ledamot');
    }
    if (m.category !== undefined && categories.length && !categories.includes(m.category)) {
      report(
        at('members', i, 'category'),
        `unknown category '${m.category}'`,
        didYouMean(m.category, categories) ?? `the categories are ${categories.join(', ')}`,
      );
    }
  });
}

function parentCycle(org: Organisation, group: Group): boolean {
  const seen = new Set<string>();
  let current: Group | undefined = group;
  while (current?.parent !== undefined) {
    if (seen.has(current.id)) return true;
    seen.add(current.id);
    current = org.groups.get(current.parent);
    if (current?.id === group.id) return true;
  }
  return false;
}

/** The registry checked as a whole: unique ids, people and groups that exist, no circles of parents. */
import { t } from '../base/i18n.js';
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
        report([list, i, 'id'], t('registry.duplicateId', entry.id, list), t('registry.duplicateIdHint', at.line));
      }
    });
  }

  const person = (path: Path, id: string | undefined, what: string) => {
    if (id !== undefined && !org.people.has(id)) report(path, t('registry.unknownPerson', id, what), unknownPerson(org, id));
  };
  const kinds = reg.groupKinds.map((k) => k.id);

  reg.groups.forEach((group, gi) => {
    const at = (...rest: Path): Path => ['groups', gi, ...rest];
    if (!kinds.includes(group.kind)) {
      report(at('kind'), t('registry.unknownKind', group.kind), didYouMean(group.kind, kinds) ?? t('registry.kindsAre', kinds.join(', ')));
    }
    if (group.parent !== undefined) {
      if (!org.groups.has(group.parent))
        report(at('parent'), t('registry.unknownParent', group.parent), didYouMean(group.parent, org.groups.keys()) ?? t('registry.nameGroupId'));
      else if (parentCycle(org, group)) report(at('parent'), t('registry.ownAncestor', group.id), t('registry.ownAncestorHint'));
    }
    person(at('chair'), group.chair, t('registry.asChair'));
    person(at('viceChair'), group.viceChair, t('registry.asViceChair'));
    person(at('secretary'), group.secretary, t('registry.asSecretary'));
    group.conveners.forEach((c, i) => person(at('conveners', i), c, t('registry.asConvener')));
    if (group.chair !== undefined && group.chair === group.viceChair) {
      report(at('viceChair'), t('registry.chairIsVice', group.chair, group.id), t('registry.chairIsViceHint'));
    }
    if (typeof group.adjuster === 'object') person(at('adjuster', 'standing'), group.adjuster.standing, t('registry.asStandingAdjuster'));
    checkMembers(org, group, report, at);
  });
  return problems;
}

function checkMembers(org: Organisation, group: Group, report: Report, at: (...rest: Path) => Path): void {
  const categories = org.registry.categories;
  const seen = new Map<string, number>();
  group.members.forEach((m, i) => {
    if (!org.people.has(m.person)) report(at('members', i, 'person'), t('registry.unknownMember', m.person, group.id), unknownPerson(org, m.person));
    const first = seen.get(m.person);
    if (first !== undefined) {
      report(at('members', i, 'person'), t('registry.memberTwice', m.person, group.id, group.members[first]!.role, m.role), t('registry.memberTwiceHint'));
    } else seen.set(m.person, i);
    if (m.role === 'ersättare' && !group.substitutes) {
      report(at('members', i, 'role'), t('registry.noSubstitutes', group.id, m.person), t('registry.noSubstitutesHint'));
    }
    if (m.for !== undefined) {
      if (m.role !== 'ersättare') report(at('members', i, 'for'), t('registry.forNotErsattare', m.person, m.role), t('registry.forNotErsattareHint'));
      const target = membershipOf(group, m.for);
      if (!target)
        report(
          at('members', i, 'for'),
          t('registry.standsInNotMember', m.person, m.for, group.id),
          didYouMean(
            m.for,
            group.members.map((x) => x.person),
          ) ?? t('registry.nameLedamot'),
        );
      else if (target.role !== 'ledamot')
        report(at('members', i, 'for'), t('registry.standsInNotLedamot', m.person, m.for, target.role), t('registry.standsInNotLedamotHint'));
    }
    if (m.category !== undefined && categories.length && !categories.includes(m.category)) {
      report(
        at('members', i, 'category'),
        t('registry.unknownCategory', m.category),
        didYouMean(m.category, categories) ?? t('registry.categoriesAre', categories.join(', ')),
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

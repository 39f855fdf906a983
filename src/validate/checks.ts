/**
 * The rules that span files: every id that one file names must exist in the
 * registry, attendance must make sense for the group, and protocol
 * paragraphs must run on from the group's previous meeting.
 */
import type { Problem } from '../errors.js';
import { locate, type YamlFile } from '../data/yaml-file.js';
import type { MeetingFile, PlanFile } from '../data/folder.js';
import { adjustersFor, membershipOf, type Group, type Organisation } from '../model/registry.js';
import { numberParagraphs } from '../model/numbering.js';
import { mayVote, presentPersonId, personIdOf } from '../model/attendance.js';
import type { MeetingData, PlanData } from './schema.js';
import { didYouMean } from './suggest.js';

type Path = readonly (string | number)[];

/** Collects problems located in one file. */
function reporter(yf: YamlFile, problems: Problem[]) {
  return (path: Path, message: string, hint?: string, key = false) => {
    problems.push({ file: yf.file, ...locate(yf, path, key), message, hint });
  };
}

function unknownPerson(org: Organisation, id: string): string {
  return didYouMean(id, org.people.keys()) ?? 'add the person under people: in registry.yaml';
}

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
      if (!org.groups.has(group.parent)) report(at('parent'), `unknown parent group '${group.parent}'`, didYouMean(group.parent, org.groups.keys()) ?? 'name a group id from groups:');
      else if (parentCycle(org, group)) report(at('parent'), `group '${group.id}' is its own ancestor through parent:`, 'a group reports to a group above it; break the circle');
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

function checkMembers(org: Organisation, group: Group, report: ReturnType<typeof reporter>, at: (...rest: Path) => Path): void {
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
      report(at('members', i, 'role'), `${group.id} has no substitutes, but ${m.person} is an ersättare`, 'set substitutes: true on the group, or give the member another role');
    }
    if (m.for !== undefined) {
      if (m.role !== 'ersättare') report(at('members', i, 'for'), `only an ersättare stands in for someone; ${m.person} is ${m.role}`, 'set role: ersättare, or remove for:');
      const target = membershipOf(group, m.for);
      if (!target) report(at('members', i, 'for'), `${m.person} stands in for '${m.for}', who is not a member of ${group.id}`, didYouMean(m.for, group.members.map((x) => x.person)) ?? 'name a ledamot of the group');
      else if (target.role !== 'ledamot') report(at('members', i, 'for'), `${m.person} stands in for ${m.for}, who is ${target.role}, not ledamot`, 'an ersättare stands in for a ledamot');
    }
    if (m.category !== undefined && categories.length && !categories.includes(m.category)) {
      report(at('members', i, 'category'), `unknown category '${m.category}'`, didYouMean(m.category, categories) ?? `the categories are ${categories.join(', ')}`);
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

/** An annual plan checked against the registry: its group, and the parent group's goals it links to. */
export function checkPlan(org: Organisation, plan: PlanData, yf: YamlFile, ref: PlanFile): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(yf, problems);
  const group = org.groups.get(ref.group);
  if (!group) {
    report([], `no group '${ref.group}' in the registry (the folder plans/${ref.group}/ names it)`, didYouMean(ref.group, org.groups.keys()) ?? 'add the group to registry.yaml or move the file');
    return problems;
  }
  if (plan.group !== undefined && plan.group !== ref.group) report(['group'], `the file is in plans/${ref.group}/ but says group: ${plan.group}`, 'move the file or correct group:');
  if (plan.year !== ref.year) report(['year'], `the file is named ${ref.year}.yaml but says year: ${plan.year}`, 'rename the file or correct year:');
  const parent = group.parent ? org.groups.get(group.parent) : undefined;
  const parentGoals = parent?.goals.map((g) => g.id) ?? [];
  const ids = new Map<string, string>();
  plan.goals.forEach((goal, gi) => {
    if (!parentGoals.includes(goal.parentGoal)) {
      const whose = parent ? `${parent.name}'s goals` : `${group.id} has no parent group with goals`;
      report(['goals', gi, 'parentGoal'], `unknown goal '${goal.parentGoal}' (${whose})`, didYouMean(goal.parentGoal, parentGoals) ?? (parentGoals.length ? `the goals are: ${parentGoals.join(', ')}` : 'add goals: to the parent group in registry.yaml'));
    }
    const seen = (id: string, path: Path) => {
      const before = ids.get(id);
      if (before) report(path, `duplicate id '${id}' in the plan (also ${before})`, 'give each goal and activity an id of its own');
      else ids.set(id, pathText(path));
    };
    seen(goal.id, ['goals', gi, 'id']);
    goal.activities.forEach((a, ai) => seen(a.id, ['goals', gi, 'activities', ai, 'id']));
  });
  return problems;
}

function pathText(path: Path): string {
  return path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('').replace(/^\./, '');
}

/** The activity ids of a plan. */
export function activityIds(plan: PlanData): string[] {
  return plan.goals.flatMap((g) => g.activities.map((a) => a.id));
}

/** A meeting checked against the registry and its own file name (and the year's plan, when there is one). */
export function checkMeeting(org: Organisation, meeting: MeetingData, yf: YamlFile, ref: MeetingFile, plan?: PlanData): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(yf, problems);
  const group = org.groups.get(ref.group);
  if (!group) {
    report([], `no group '${ref.group}' in the registry (the folder meetings/${ref.group}/ names it)`, didYouMean(ref.group, org.groups.keys()) ?? 'add the group to registry.yaml or move the file');
    return problems;
  }
  if (meeting.group !== undefined && meeting.group !== ref.group) {
    report(['group'], `the file is in meetings/${ref.group}/ but says group: ${meeting.group}`, 'move the file or correct group:');
  }
  if (meeting.date !== ref.date) report(['date'], `the file is named ${ref.date}.yaml but says date: ${meeting.date}`, 'rename the file or correct date:');

  const person = (path: Path, id: string | undefined, what: string) => {
    if (id !== undefined && !org.people.has(id)) report(path, `unknown person '${id}' as ${what}`, unknownPerson(org, id));
  };
  person(['chair'], meeting.chair, 'chair of the meeting');
  person(['secretary'], meeting.secretary, 'secretary');
  meeting.adjusters.forEach((a, i) => person(['adjusters', i], a, 'adjuster'));
  if (meeting.firstParagraph !== undefined && group.document !== 'protokoll') {
    report(['firstParagraph'], `${group.id} keeps meeting notes, which number items from 1; firstParagraph is for protocols`, 'remove firstParagraph', true);
  }

  const { present, absent } = meeting.attendance;
  const where = new Map<string, string>();
  const note = (id: string, path: Path, list: string) => {
    const before = where.get(id);
    if (before) report(path, `${id} is listed twice in attendance (${before} and ${list})`, 'keep one entry');
    else where.set(id, list);
  };
  present.forEach((entry, i) => {
    const id = presentPersonId(entry);
    if (id === undefined) return;
    const path = typeof entry === 'string' ? ['attendance', 'present', i] : ['attendance', 'present', i, 'person'];
    person(path, id, 'present');
    note(id, path, 'present');
  });
  absent.forEach((entry, i) => {
    const id = personIdOf(entry);
    const path = typeof entry === 'string' ? ['attendance', 'absent', i] : ['attendance', 'absent', i, 'person'];
    person(path, id, 'absent');
    if (org.people.has(id) && !membershipOf(group, id)) report(path, `${id} is absent but is not a member of ${group.id}`, 'only members are listed as absent; remove the entry or add the membership');
    note(id, path, 'absent');
  });
  present.forEach((entry, i) => {
    if (typeof entry !== 'object' || !('for' in entry) || entry.for === undefined) return;
    const path = ['attendance', 'present', i, 'for'];
    if (!group.substitutes) report(path, `${group.id} has no substitutes (ersättare utses inte)`, 'remove for:, or set substitutes: true on the group');
    else if (!membershipOf(group, entry.for)) report(path, `${entry.person} stands in for '${entry.for}', who is not a member of ${group.id}`, didYouMean(entry.for, group.members.map((m) => m.person)) ?? 'name an absent ledamot');
    else if (where.get(entry.for) === 'present') report(path, `${entry.person} stands in for ${entry.for}, who is present`, 'a substitute stands in only for an absent member');
  });
  if (present.length) {
    const isPresent = (id: string) => where.get(id) === 'present';
    if (meeting.chair !== undefined && org.people.has(meeting.chair) && !isPresent(meeting.chair)) {
      report(['chair'], `the chair of the meeting, ${meeting.chair}, is not listed as present`, 'add them under attendance.present, or name another chair');
    }
    meeting.adjusters.forEach((a, i) => {
      if (org.people.has(a) && !isPresent(a)) report(['adjusters', i], `the adjuster ${a} is not listed as present`, 'an adjuster is elected among those present');
    });
  }
  // The adjuster is elected during the meeting: a protocol needs one from its draft on, not while it is being recorded.
  const written = !['planned', 'agenda', 'held'].includes(meeting.status);
  if (group.document === 'protokoll' && written && adjustersFor(group, meeting.adjusters).length === 0) {
    const how = group.adjuster === 'viceChair' ? `${group.id}'s adjuster is its vice chair, but it has none` : 'no adjuster is named';
    report(['adjusters'], `a protocol is signed by an adjuster: ${how}`, group.adjuster === 'viceChair' ? 'add viceChair: to the group in registry.yaml' : 'add adjusters: [person-id]', true);
  }
  // Who may vote: members present and substitutes serving today; guests and the secretary may not.
  const voters = new Set(present.filter((entry) => mayVote(group, entry)).map((entry) => presentPersonId(entry)!));
  const context: ItemContext = { org, report, plan, ref, present: new Set(where.keys()), voters, recorded: present.length > 0 };
  checkItems(context, meeting.items, ['items']);
  return problems;
}

interface ItemContext {
  org: Organisation;
  report: ReturnType<typeof reporter>;
  plan: PlanData | undefined;
  ref: MeetingFile;
  /** Everyone listed as present (an empty attendance checks nothing). */
  present: Set<string>;
  voters: Set<string>;
  recorded: boolean;
}

function checkItems(context: ItemContext, items: MeetingData['items'], at: Path): void {
  const { org, report, plan, ref } = context;
  items.forEach((item, i) => {
    const here = [...at, i];
    const person = (path: Path, id: string, what: string) => {
      if (!org.people.has(id)) report(path, `unknown person '${id}' as ${what}`, unknownPerson(org, id));
      else if (context.recorded && !context.present.has(id)) report(path, `${id} ${what === 'voter' ? 'votes' : `is named as ${what}`} but is not listed as present`, 'add them under attendance.present, or correct the id');
    };
    item.proposals.forEach((p, j) => person([...here, 'proposals', j, 'by'], p.by, 'proposer'));
    item.disqualified.forEach((id, j) => person([...here, 'disqualified', j], id, 'disqualified (jäv)'));
    item.reservations.forEach((r, j) => person([...here, 'reservations', j, 'by'], r.by, 'reserving'));
    item.protocolNotes.forEach((n, j) => {
      if (!org.people.has(n.by)) report([...here, 'protocolNotes', j, 'by'], `unknown person '${n.by}' in a protocol note`, unknownPerson(org, n.by));
    });
    for (const [id, choice] of Object.entries(item.vote?.votes ?? {})) {
      const path = [...here, 'vote', 'votes', id];
      if (!org.people.has(id)) report(path, `unknown person '${id}' votes ${choice}`, unknownPerson(org, id));
      else if (item.disqualified.includes(id)) report(path, `${id} votes but is disqualified (jäv) in this paragraph`, 'a member with a conflict of interest takes no part: remove the vote');
      else if (context.recorded && !context.voters.has(id)) report(path, `${id} votes but is not a member present or a substitute serving today`, 'only members present, and substitutes standing in, can vote');
    }
    if (item.activityStatus && !item.activity) report([...here, 'activityStatus'], 'activityStatus without an activity', 'add activity: <id of the plan activity>, or remove activityStatus');
    if (item.presenter !== undefined && !org.people.has(item.presenter)) {
      report([...at, i, 'presenter'], `unknown person '${item.presenter}' as presenter`, unknownPerson(org, item.presenter));
    }
    if (item.activity !== undefined) {
      const year = ref.date.slice(0, 4);
      if (!plan) report([...at, i, 'activity'], `the item follows up activity '${item.activity}', but ${ref.group} has no plan for ${year}`, `add plans/${ref.group}/${year}.yaml, or remove activity:`);
      else if (!activityIds(plan).includes(item.activity)) {
        report([...at, i, 'activity'], `unknown activity '${item.activity}' in the plan for ${year}`, didYouMean(item.activity, activityIds(plan)) ?? `the activities are: ${activityIds(plan).join(', ')}`);
      }
    }
    checkItems(context, item.items, [...here, 'items']);
  });
}

export interface LoadedMeeting {
  ref: MeetingFile;
  yf: YamlFile;
  meeting: MeetingData;
}

/** Gaps and overlaps of § numbers between a protocol group's meetings of one year. */
export function checkNumbering(org: Organisation, meetings: readonly LoadedMeeting[]): Problem[] {
  const problems: Problem[] = [];
  const byGroup = new Map<string, LoadedMeeting[]>();
  for (const m of meetings) byGroup.set(m.ref.group, [...(byGroup.get(m.ref.group) ?? []), m]);
  for (const [groupId, list] of byGroup) {
    if (org.groups.get(groupId)?.document !== 'protokoll') continue;
    const { problems: found } = numberParagraphs(list.map((m) => ({ date: m.meeting.date, firstParagraph: m.meeting.firstParagraph, itemCount: m.meeting.items.length })));
    for (const p of found) {
      const m = list.find((x) => x.meeting.date === p.date)!;
      const what = p.kind === 'gap' ? `a gap: §§ ${p.expected}–${p.stated - 1} are in no meeting` : `an overlap: § ${p.stated} is already in the meeting of ${p.previousDate}`;
      problems.push({
        file: m.yf.file,
        ...locate(m.yf, ['firstParagraph']),
        message: `firstParagraph is ${p.stated}, but the previous meeting (${p.previousDate}) ends at § ${p.expected - 1}: ${what}`,
        hint: `set firstParagraph: ${p.expected}, or remove it to count on from the previous meeting`,
      });
    }
  }
  return problems;
}

/**
 * A meeting checked against the registry: every id it names exists, the
 * attendance makes sense for the group, and only those who may vote do.
 */
import type { Problem } from '../base/errors.js';
import { didYouMean } from '../base/suggest.js';
import type { MeetingFile } from '../data/folder.js';
import type { YamlFile } from '../data/yaml-file.js';
import { mayVote, personIdOf, presentPersonId } from '../model/attendance.js';
import { adjustersFor, membershipOf, type Organisation } from '../model/registry.js';
import type { MeetingData } from '../schema/meeting.js';
import { isLocked } from '../model/life-cycle.js';
import type { PlanData } from '../schema/plan.js';
import { reporter, unknownPerson, type Path, type Report } from './located.js';
import { activityIds } from './plan.js';

/** A meeting checked against the registry and its own file name (and the year's plan, when there is one). */
export function checkMeeting(org: Organisation, meeting: MeetingData, yf: YamlFile, ref: MeetingFile, plan?: PlanData): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(yf, problems);
  const group = org.groups.get(ref.group);
  if (!group) {
    report(
      [],
      `no group '${ref.group}' in the registry (the folder meetings/${ref.group}/ names it)`,
      didYouMean(ref.group, org.groups.keys()) ?? 'add the group to registry.yaml or move the file',
    );
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
    // A locked meeting is the record of who was absent then; the group's members may have changed since.
    if (org.people.has(id) && !membershipOf(group, id) && !isLocked(meeting))
      report(path, `${id} is absent but is not a member of ${group.id}`, 'only members are listed as absent; remove the entry or add the membership');
    note(id, path, 'absent');
  });
  present.forEach((entry, i) => {
    if (typeof entry !== 'object' || !('for' in entry) || entry.for === undefined || isLocked(meeting)) return;
    const path = ['attendance', 'present', i, 'for'];
    if (!group.substitutes) report(path, `${group.id} has no substitutes (ersättare utses inte)`, 'remove for:, or set substitutes: true on the group');
    else if (!membershipOf(group, entry.for))
      report(
        path,
        `${entry.person} stands in for '${entry.for}', who is not a member of ${group.id}`,
        didYouMean(
          entry.for,
          group.members.map((m) => m.person),
        ) ?? 'name an absent ledamot',
      );
    else if (where.get(entry.for) === 'present')
      report(path, `${entry.person} stands in for ${entry.for}, who is present`, 'a substitute stands in only for an absent member');
  });
  if (present.length) {
    const isPresent = (id: string) => where.get(id) === 'present';
    if (meeting.chair !== undefined && org.people.has(meeting.chair) && !isPresent(meeting.chair)) {
      report(['chair'], `the chair of the meeting, ${meeting.chair}, is not listed as present`, 'add them under attendance.present, or name another chair');
    }
    meeting.adjusters.forEach((a, i) => {
      if (org.people.has(a) && !isPresent(a))
        report(['adjusters', i], `the adjuster ${a} is not listed as present`, 'an adjuster is elected among those present');
    });
  }
  // The adjuster is elected during the meeting: a protocol needs one from its draft on, not while it is being recorded.
  const written = !['planned', 'agenda', 'held'].includes(meeting.status);
  if (group.document === 'protokoll' && written && adjustersFor(group, meeting.adjusters).length === 0) {
    const how = group.adjuster === 'viceChair' ? `${group.id}'s adjuster is its vice chair, but it has none` : 'no adjuster is named';
    report(
      ['adjusters'],
      `a protocol is signed by an adjuster: ${how}`,
      group.adjuster === 'viceChair' ? 'add viceChair: to the group in registry.yaml' : 'add adjusters: [person-id]',
      true,
    );
  }
  // Who may vote: members present and substitutes serving today; guests and the secretary may not.
  const voters = new Set(present.filter((entry) => mayVote(group, entry)).map((entry) => presentPersonId(entry)!));
  const context: ItemContext = { org, report, plan, ref, present: new Set(where.keys()), voters, recorded: present.length > 0 };
  checkItems(context, meeting.items, ['items']);
  return problems;
}

interface ItemContext {
  org: Organisation;
  report: Report;
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
      else if (context.recorded && !context.present.has(id))
        report(
          path,
          `${id} ${what === 'voter' ? 'votes' : `is named as ${what}`} but is not listed as present`,
          'add them under attendance.present, or correct the id',
        );
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
      else if (item.disqualified.includes(id))
        report(path, `${id} votes but is disqualified (jäv) in this paragraph`, 'a member with a conflict of interest takes no part: remove the vote');
      else if (context.recorded && !context.voters.has(id))
        report(path, `${id} votes but is not a member present or a substitute serving today`, 'only members present, and substitutes standing in, can vote');
    }
    if (item.activityStatus && !item.activity)
      report([...here, 'activityStatus'], 'activityStatus without an activity', 'add activity: <id of the plan activity>, or remove activityStatus');
    if (item.presenter !== undefined && !org.people.has(item.presenter)) {
      report([...at, i, 'presenter'], `unknown person '${item.presenter}' as presenter`, unknownPerson(org, item.presenter));
    }
    if (item.activity !== undefined) {
      const year = ref.date.slice(0, 4);
      if (!plan)
        report(
          [...at, i, 'activity'],
          `the item follows up activity '${item.activity}', but ${ref.group} has no plan for ${year}`,
          `add plans/${ref.group}/${year}.yaml, or remove activity:`,
        );
      else if (!activityIds(plan).includes(item.activity)) {
        report(
          [...at, i, 'activity'],
          `unknown activity '${item.activity}' in the plan for ${year}`,
          didYouMean(item.activity, activityIds(plan)) ?? `the activities are: ${activityIds(plan).join(', ')}`,
        );
      }
    }
    checkItems(context, item.items, [...here, 'items']);
  });
}

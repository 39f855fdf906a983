/**
 * A meeting checked against the registry: every id it names exists, the
 * attendance makes sense for the group, and only those who may vote do.
 */
import { t } from '../base/i18n.js';
import type { Problem } from '../base/errors.js';
import { didYouMean } from '../base/suggest.js';
import type { MeetingFile } from '../data/folder.js';
import type { YamlFile } from '../data/yaml-file.js';
import { personIdOf, presentPersonId } from '../model/attendance.js';
import { adjustersFor, groupForMeeting, membershipOf, type Organisation } from '../model/registry.js';
import type { MeetingData } from '../schema/meeting.js';
import { isLocked } from '../model/life-cycle.js';
import { votesOf } from '../model/votes.js';
import type { PlanData } from '../schema/plan.js';
import { reporter, unknownPerson, type Path, type Report } from './located.js';
import { checkParagraphs } from './paragraphs.js';
import { activityIds } from './plan.js';

/**
 * A meeting checked against the registry and its own file name (and the year's plan, when there is one).
 * `firstNumber`: the number of its first item (its first § for a protocol), when the caller has numbered it.
 */
export function checkMeeting(org: Organisation, meeting: MeetingData, yf: YamlFile, ref: MeetingFile, plan?: PlanData, firstNumber?: number): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(yf, problems);
  const registered = org.groups.get(ref.group);
  if (!registered) {
    report([], t('meeting.noGroup', ref.group), didYouMean(ref.group, org.groups.keys()) ?? t('meeting.noGroupHint'));
    return problems;
  }
  // A meeting may keep another document than its group's (meeting notes of a protocol group, or the reverse).
  const group = groupForMeeting(registered, meeting);
  if (meeting.group !== undefined && meeting.group !== ref.group) {
    report(['group'], t('meeting.wrongFolder', ref.group, meeting.group), t('meeting.wrongFolderHint'));
  }
  if (meeting.date !== ref.date) report(['date'], t('meeting.wrongDate', ref.date, meeting.date), t('meeting.wrongDateHint'));

  const person = (path: Path, id: string | undefined, what: string) => {
    if (id !== undefined && !org.people.has(id)) report(path, t('meeting.unknownPerson', id, what), unknownPerson(org, id));
  };
  person(['chair'], meeting.chair, t('meeting.asChair'));
  person(['secretary'], meeting.secretary, t('meeting.asSecretary'));
  meeting.adjusters.forEach((a, i) => person(['adjusters', i], a, t('meeting.asAdjuster')));
  if (meeting.firstParagraph !== undefined && group.document !== 'protokoll') {
    report(['firstParagraph'], t('meeting.notesFirstParagraph', group.id), t('meeting.removeFirstParagraph'), true);
  }

  const { present, absent } = meeting.attendance;
  const where = new Map<string, string>();
  const note = (id: string, path: Path, list: string) => {
    const before = where.get(id);
    if (before) report(path, t('meeting.listedTwice', id, before, list), t('meeting.keepOne'));
    else where.set(id, list);
  };
  present.forEach((entry, i) => {
    const id = presentPersonId(entry);
    if (id === undefined) return;
    const path = typeof entry === 'string' ? ['attendance', 'present', i] : ['attendance', 'present', i, 'person'];
    person(path, id, t('meeting.asPresent'));
    note(id, path, 'present');
  });
  absent.forEach((entry, i) => {
    const id = personIdOf(entry);
    const path = typeof entry === 'string' ? ['attendance', 'absent', i] : ['attendance', 'absent', i, 'person'];
    person(path, id, t('meeting.asAbsent'));
    // A locked meeting is the record of who was absent then; the group's members may have changed since.
    if (org.people.has(id) && !membershipOf(group, id) && !isLocked(meeting))
      report(path, t('meeting.absentNotMember', id, group.id), t('meeting.absentNotMemberHint'));
    note(id, path, 'absent');
  });
  present.forEach((entry, i) => {
    if (typeof entry !== 'object' || !('for' in entry) || entry.for === undefined || isLocked(meeting)) return;
    const path = ['attendance', 'present', i, 'for'];
    if (!group.substitutes) report(path, t('meeting.noSubstitutes', group.id), t('meeting.noSubstitutesHint'));
    else if (!membershipOf(group, entry.for))
      report(
        path,
        t('meeting.standsInNotMember', entry.person, entry.for, group.id),
        didYouMean(
          entry.for,
          group.members.map((m) => m.person),
        ) ?? t('meeting.nameAbsentLedamot'),
      );
    else if (where.get(entry.for) === 'present' && entry.from === undefined && entry.to === undefined && !servesPart(present, entry.for, meeting))
      report(path, t('meeting.standsInPresent', entry.person, entry.for), t('meeting.standsInPresentHint'));
  });
  if (present.length) {
    const isPresent = (id: string) => where.get(id) === 'present';
    if (meeting.chair !== undefined && org.people.has(meeting.chair) && !isPresent(meeting.chair)) {
      report(['chair'], t('meeting.chairNotPresent', meeting.chair), t('meeting.chairNotPresentHint'));
    }
    meeting.adjusters.forEach((a, i) => {
      if (org.people.has(a) && !isPresent(a)) report(['adjusters', i], t('meeting.adjusterNotPresent', a), t('meeting.adjusterNotPresentHint'));
    });
  }
  // The adjuster is elected during the meeting: a protocol needs one from its draft on, not while it is being recorded.
  const written = !['planned', 'agenda', 'held'].includes(meeting.status);
  if (group.document === 'protokoll' && written && adjustersFor(group, meeting.adjusters).length === 0) {
    report(['adjusters'], t('meeting.noAdjuster', group.id, group.adjuster === 'viceChair'), t('meeting.noAdjusterHint', group.adjuster === 'viceChair'), true);
  }
  const context: ItemContext = { org, report, plan, ref, present: new Set(where.keys()), recorded: present.length > 0 };
  checkItems(context, meeting.items, ['items']);
  // Who serves at each §, votes, reservations, protocol notes and the quorum.
  checkParagraphs({ org, group, meeting, report, first: firstNumber });
  return problems;
}

/**
 * Whether a member listed as present is there only for part of the meeting, or has jäv somewhere:
 * then an ersättare may serve for them at the §§ they do not, which checkParagraphs checks § by §.
 */
function servesPart(present: MeetingData['attendance']['present'], member: string, meeting: MeetingData): boolean {
  const entry = present.find((e) => presentPersonId(e) === member);
  const partly = typeof entry === 'object' && 'person' in entry && (entry.from !== undefined || entry.to !== undefined);
  const jav = (items: MeetingData['items']): boolean => items.some((i) => i.disqualified.includes(member) || jav(i.items));
  return partly || jav(meeting.items);
}

interface ItemContext {
  org: Organisation;
  report: Report;
  plan: PlanData | undefined;
  ref: MeetingFile;
  /** Everyone listed as present (an empty attendance checks nothing). */
  present: Set<string>;
  recorded: boolean;
}

function checkItems(context: ItemContext, items: MeetingData['items'], at: Path): void {
  const { org, report, plan, ref } = context;
  items.forEach((item, i) => {
    const here = [...at, i];
    const person = (path: Path, id: string, what: string) => {
      if (!org.people.has(id)) report(path, t('meeting.unknownPerson', id, what), unknownPerson(org, id));
      else if (context.recorded && !context.present.has(id)) report(path, t('meeting.namedNotPresent', id, what), t('meeting.namedNotPresentHint'));
    };
    item.proposals.forEach((p, j) => person([...here, 'proposals', j, 'by'], p.by, t('meeting.asProposer')));
    item.disqualified.forEach((id, j) => person([...here, 'disqualified', j], id, t('meeting.asDisqualified')));
    item.reservations.forEach((r, j) => person([...here, 'reservations', j, 'by'], r.by, t('meeting.asReserving')));
    item.protocolNotes.forEach((n, j) => {
      if (!org.people.has(n.by)) report([...here, 'protocolNotes', j, 'by'], t('meeting.unknownInNote', n.by), unknownPerson(org, n.by));
    });
    votesOf(item).forEach((vote, v) => {
      const at = item.vote && v === 0 ? [...here, 'vote'] : [...here, 'votes', item.vote ? v - 1 : v];
      for (const [id, choice] of Object.entries(vote.votes ?? {})) {
        // Who may vote where is checkParagraphs'; an unknown id is said here, with the others.
        if (!org.people.has(id)) report([...at, 'votes', id], t('meeting.unknownVoter', id, choice), unknownPerson(org, id));
      }
    });
    if (item.activityStatus && !item.activity) report([...here, 'activityStatus'], t('meeting.statusNoActivity'), t('meeting.statusNoActivityHint'));
    if (item.presenter !== undefined && !org.people.has(item.presenter)) {
      report([...at, i, 'presenter'], t('meeting.unknownPerson', item.presenter, t('meeting.asPresenter')), unknownPerson(org, item.presenter));
    }
    if (item.activity !== undefined) {
      const year = ref.date.slice(0, 4);
      if (!plan) report([...at, i, 'activity'], t('meeting.noPlan', item.activity, ref.group, year), t('meeting.noPlanHint', ref.group, year));
      else if (!activityIds(plan).includes(item.activity)) {
        report(
          [...at, i, 'activity'],
          t('meeting.unknownActivity', item.activity, year),
          didYouMean(item.activity, activityIds(plan)) ?? t('meeting.activitiesAre', activityIds(plan).join(', ')),
        );
      }
    }
    checkItems(context, item.items, [...here, 'items']);
  });
}

/**
 * The rules of a protocol's paragraphs, from municipal practice and Kommunallagen (2017:725):
 * who serves at each §, who may vote and how a vote adds up, who may reserve against a decision
 * (4 kap. 27 §) or have a protocol note entered, and the quorum of a political body (6 kap. 27 §
 * for a nämnd, 5 kap. 42 § for fullmäktige). Called by checkMeeting, so `sekr validate` and every
 * command that reads or changes a meeting apply them alike.
 */
import type { Group, Organisation } from '../model/registry.js';
import { hasJav, paragraphList, quorum, servedParagraphs, servesAt, servingAt, sittingOf, type Sitting } from '../model/serving.js';
import { isElection, namedTally, outcomeOf, tallyOf, votesCast, votesOf } from '../model/votes.js';
import { isLocked } from '../model/life-cycle.js';
import type { ItemData, MeetingData, VoteData } from '../schema/meeting.js';
import type { Path, Report } from './located.js';

export interface ParagraphContext {
  org: Organisation;
  group: Group;
  meeting: MeetingData;
  report: Report;
  /** The number of the first item (its first § for a protocol), when the caller knows it; else the file's firstParagraph, or 1. */
  first?: number;
}

/** What the rules say of the meeting's attendance by § and of each paragraph. */
export function checkParagraphs({ org, group, meeting, report, first }: ParagraphContext): void {
  const start = first ?? meeting.firstParagraph ?? 1;
  const sitting = sittingOf(group, meeting, start);
  const recorded = meeting.attendance.present.length > 0;
  // A sealed meeting is the record as it was sealed: rules sekr has learned since are not held against it.
  const judged = !isLocked(meeting);
  const name = (id: string) => org.people.get(id)?.name ?? id;
  const label = (n: number) => (group.document === 'protokoll' ? `§ ${n}` : `item ${n}`);

  checkSpans(sitting, meeting, group, report, first !== undefined, label);

  meeting.items.forEach((item, i) => {
    const n = start + i;
    const walk = (it: ItemData, at: Path) => {
      checkVotes(sitting, it, at, n, report, label, meeting.chair ?? group.chair, (id) => org.people.has(id), group.political !== undefined, judged);
      if (judged) {
        checkReservations(sitting, meeting, it, at, n, report, label, name);
        checkNotes(sitting, it, at, n, report, label);
      }
      it.proposals.forEach((p, j) => {
        if (hasJav(sitting, n, p.by))
          report(
            [...at, 'proposals', j, 'by'],
            `${p.by} makes a proposal in ${label(n)} but is disqualified (jäv) there`,
            'a member with a conflict of interest takes no part in the matter: remove the proposal',
          );
      });
      it.items.forEach((sub, j) => walk(sub, [...at, 'items', j]));
    };
    walk(item, ['items', i]);
    if (group.political && recorded && judged) checkQuorum(sitting, group, item, ['items', i], n, report, label);
  });
}

/** from/to of an attendance entry: within the meeting's §§, in order; an ersättare serves only where the member does not. */
function checkSpans(sitting: Sitting, meeting: MeetingData, group: Group, report: Report, bounded: boolean, label: (n: number) => string): void {
  const [one, many] = group.document === 'protokoll' ? ['§', '§§'] : ['item', 'items'];
  const range =
    sitting.last < sitting.first ? 'none yet' : sitting.last === sitting.first ? `${one} ${sitting.first}` : `${many} ${sitting.first}–${sitting.last}`;
  meeting.attendance.present.forEach((entry, i) => {
    if (typeof entry !== 'object' || !('person' in entry)) return;
    for (const key of ['from', 'to'] as const) {
      const n = entry[key];
      if (n !== undefined && bounded && (n < sitting.first || n > sitting.last))
        report(
          ['attendance', 'present', i, key],
          `${key}: ${n} is not a paragraph of this meeting (its paragraphs: ${range})`,
          'give the number as the protocol prints it',
        );
    }
    if (entry.from !== undefined && entry.to !== undefined && entry.from > entry.to)
      report(
        ['attendance', 'present', i, 'from'],
        `${entry.person} takes part from ${label(entry.from)} to ${label(entry.to)}: from comes after to`,
        'from is the first paragraph they took part in, to the last',
      );
  });
  // An ersättare serves in a member's stead only at a § where the member does not serve (absent, or with jäv).
  meeting.attendance.present.forEach((entry, i) => {
    if (typeof entry !== 'object' || !('person' in entry) || !entry.for || (entry.from === undefined && entry.to === undefined)) return;
    const sub = sitting.attendees.find((a) => a.person === entry.person && a.for === entry.for);
    const member = sitting.attendees.find((a) => a.person === entry.for && !a.for);
    if (!sub || !member) return;
    for (let n = Math.max(sub.span.from, member.span.from); n <= Math.min(sub.span.to, member.span.to); n++) {
      if (hasJav(sitting, n, entry.for)) continue;
      report(
        ['attendance', 'present', i, 'for'],
        `${entry.person} serves for ${entry.for} at ${label(n)}, where ${entry.for} takes part`,
        `an ersättare serves only where the member does not: give the member's to: or the ersättare's from:`,
      );
      return;
    }
  });
}

function checkVotes(
  sitting: Sitting,
  item: ItemData,
  at: Path,
  n: number,
  report: Report,
  label: (n: number) => string,
  chair: string | undefined,
  known: (id: string) => boolean,
  political: boolean,
  judged: boolean,
): void {
  const votes = votesOf(item);
  if (item.vote && item.votes?.length)
    report([...at, 'vote'], `${label(n)} has both vote: and votes:`, 'write every vote of the paragraph under votes:, in the order they were taken', true);
  votes.forEach((vote, j) => {
    const path: Path = item.vote && j === 0 ? [...at, 'vote'] : [...at, 'votes', item.vote ? j - 1 : j];
    checkVote(sitting, vote, path, n, report, label, chair, known, political, judged);
  });
}

function checkVote(
  sitting: Sitting,
  vote: VoteData,
  at: Path,
  n: number,
  report: Report,
  label: (n: number) => string,
  chair: string | undefined,
  known: (id: string) => boolean,
  political: boolean,
  judged: boolean,
): void {
  const serving = servingAt(sitting, n);
  let voters = 0;
  // The shape of the vote first: what it came to is judged once it has the votes it needs.
  let shapeless = false;
  if (vote.closed) {
    if (vote.votes !== undefined) {
      shapeless = true;
      report(
        [...at, 'votes'],
        'a closed ballot (closed: true) records no names',
        'remove votes: and give only the counts: { ja: 4, nej: 3 } or by candidate',
        true,
      );
    }
    if (vote.counts === undefined) {
      shapeless = true;
      report(at, 'a closed ballot needs its counts', 'add counts: { ja: 4, nej: 3 }, or the votes each candidate got', true);
    }
  } else if (vote.votes === undefined) {
    report(
      at,
      'a vote needs the votes by name, or closed: true and the counts',
      'add votes: { person-id: ja|nej|avstår, ... }, or closed: true and counts:',
      true,
    );
    return;
  }
  for (const [id, choice] of Object.entries(vote.votes ?? {})) {
    const path = [...at, 'votes', id];
    // An unknown id is checkMeeting's to report.
    if (!known(id)) continue;
    if (hasJav(sitting, n, id)) {
      voters++;
      report(path, `${id} votes but is disqualified (jäv) in this paragraph`, 'a member with a conflict of interest takes no part: remove the vote');
    } else if (!servesAt(sitting, n, id)) {
      const served = servedParagraphs(sitting, id);
      if (served.length) {
        voters++;
        report(
          path,
          `${id} votes ${choice} at ${label(n)} but serves only at ${paragraphList(served)}`,
          'only those serving at the paragraph vote: check from: and to: in the attendance',
        );
      } else if (sitting.attendees.length) {
        voters++;
        report(path, `${id} votes but is not a member present or a substitute serving today`, 'only members present, and substitutes standing in, can vote');
      }
    }
  }
  // How the vote came out is judged once the voters are right.
  if (voters || shapeless || !judged) return;
  if (!vote.closed && vote.votes !== undefined && vote.counts !== undefined) {
    const named = namedTally(vote);
    const stated = tallyOf({ counts: vote.counts });
    if (named.ja !== stated.ja || named.nej !== stated.nej || named.avstår !== stated.avstår)
      report(
        [...at, 'counts'],
        `the counts (${said(stated)}) do not match the names (${said(named)})`,
        'correct the names or the counts; sekr counts the names itself, so counts: may be left out',
      );
  }
  if (vote.votes === undefined && vote.counts !== undefined && sitting.attendees.length && votesCast(vote) > serving.length)
    report(
      [...at, 'counts'],
      `the ballot counts ${votesCast(vote)} votes, but ${serving.length} serve at ${label(n)}`,
      'each member serving casts one vote at most: correct the counts, or who served',
    );
  const outcome = outcomeOf(vote);
  const tally = tallyOf(vote);
  if (isElection(vote)) {
    if (vote.castingVote)
      report([...at, 'castingVote'], 'an election is not settled by a casting vote', 'a tied election is settled by lot: lot: <the one the lot fell on>', true);
    if (outcome.tie && !vote.lot) report(at, 'a tied election: it is settled by lot (lottning)', 'add lot: <the one the lot fell on>', true);
    return;
  }
  if (vote.lot) report([...at, 'lot'], 'lot is for a tied election', 'a tie on a question is settled by the chair: castingVote: ja or nej', true);
  if (tally.ja === tally.nej && !vote.castingVote && political)
    report(
      at,
      `a tie (${tally.ja} ja, ${tally.nej} nej): the chair's casting vote (utslagsröst) settles it`,
      'add castingVote: ja or nej, as the chair voted',
      true,
    );
  if (vote.castingVote && tally.ja !== tally.nej)
    report([...at, 'castingVote'], `castingVote is for a tie, and this vote has ${tally.ja} ja, ${tally.nej} nej`, 'remove castingVote', true);
  const chairVoted = chair !== undefined ? vote.votes?.[chair] : undefined;
  if (vote.castingVote && tally.ja === tally.nej && (chairVoted === 'ja' || chairVoted === 'nej') && chairVoted !== vote.castingVote)
    report(
      [...at, 'castingVote'],
      `the chair, ${chair}, voted ${chairVoted}, but the casting vote is ${vote.castingVote}`,
      `the casting vote is the chair's own: castingVote: ${chairVoted}`,
    );
}

/**
 * Kommunallagen 4 kap. 27 §: a member who took part in deciding a matter may reserve against the
 * decision; a written reservation is handed in by the time set for adjusting the protocol. So no
 * one with jäv, no one who does not serve, no one who voted for the decision or abstained from it.
 */
function checkReservations(
  sitting: Sitting,
  meeting: MeetingData,
  item: ItemData,
  at: Path,
  n: number,
  report: Report,
  label: (n: number) => string,
  name: (id: string) => string,
): void {
  const votes = votesOf(item).filter((v) => v.votes !== undefined);
  const main = votes.at(-1);
  const winner = main && outcomeOf(main).winner;
  const deadline = meeting.adjustment?.date ?? meeting.adjusted?.date;
  const seen = new Set<string>();
  item.reservations.forEach((r, j) => {
    const path = [...at, 'reservations', j, 'by'];
    if (seen.has(r.by)) report(path, `${r.by} reserves twice in ${label(n)}`, 'keep one reservation by each member');
    seen.add(r.by);
    // Someone not listed as present at all is reported as such by checkMeeting.
    if (!sitting.attendees.some((a) => a.person === r.by)) return;
    if (hasJav(sitting, n, r.by))
      report(
        path,
        `${r.by} reserves against the decision in ${label(n)} but is disqualified (jäv) there and took no part in it`,
        'only a member who took part in the decision may reserve (Kommunallagen 4 kap. 27 §): remove the reservation',
      );
    else if (!servesAt(sitting, n, r.by))
      report(
        path,
        `${r.by} reserves against the decision in ${label(n)} but is not a member serving there`,
        `only a member who took part in the decision may reserve (Kommunallagen 4 kap. 27 §); ${name(r.by)} may have a protocol note entered instead`,
      );
    else if (main && winner) {
      const choice = main.votes?.[r.by];
      if (choice === winner)
        report(
          path,
          `${r.by} reserves against the decision in ${label(n)} but voted ${choice}, for it`,
          'a reservation is against a decision one did not support: remove it, or correct the vote',
        );
      else if (choice === 'avstår')
        report(
          path,
          `${r.by} reserves against the decision in ${label(n)} but abstained (avstår) in the vote`,
          'who takes no part in a decision cannot reserve against it: remove the reservation, or correct the vote',
        );
    }
    if (r.submitted !== undefined) {
      const spath = [...at, 'reservations', j, 'submitted'];
      if (r.submitted < meeting.date)
        report(spath, `the written reservation of ${r.by} is dated ${r.submitted}, before the meeting (${meeting.date})`, 'give the day it was handed in');
      else if (deadline !== undefined && r.submitted > deadline)
        report(
          spath,
          `the written reservation of ${r.by} was handed in on ${r.submitted}, after the time set for adjusting the protocol (${deadline})`,
          'a written reservation is due by the adjustment (Kommunallagen 4 kap. 27 §): correct submitted:, ' +
            'or record the reservation without its written reasons',
        );
    }
  });
}

const said = (t: { ja: number; nej: number; avstår: number }) => `${t.ja} ja, ${t.nej} nej, ${t.avstår} avstår`;

/** A protocol note (protokollsanteckning) is a serving member's; anyone else's needs the chair's leave, recorded as allowed: true. */
function checkNotes(sitting: Sitting, item: ItemData, at: Path, n: number, report: Report, label: (n: number) => string): void {
  item.protocolNotes.forEach((note, j) => {
    if (note.allowed || servesAt(sitting, n, note.by) || !sitting.attendees.length) return;
    report(
      [...at, 'protocolNotes', j, 'by'],
      `${note.by} has a protocol note entered in ${label(n)} but does not serve there`,
      "a note by anyone but a member serving needs the chair's leave: add allowed: true when the chair gave it",
    );
  });
}

/** Kommunallagen 6 kap. 27 § (a nämnd) and 5 kap. 42 § (fullmäktige): a matter is decided only when more than half of the members take part. */
function checkQuorum(sitting: Sitting, group: Group, item: ItemData, at: Path, n: number, report: Report, label: (n: number) => string): void {
  const decided = item.decisions.length > 0 || votesOf(item).length > 0;
  if (!decided || !sitting.seats.length) return;
  const seats = new Set(servingAt(sitting, n).map((s) => s.seat));
  const needed = quorum(sitting);
  if (seats.size >= needed) return;
  const body = group.political === 'fullmäktige' ? 'fullmäktige decides' : 'a nämnd decides';
  const law = group.political === 'fullmäktige' ? 'Kommunallagen 5 kap. 42 §' : 'Kommunallagen 6 kap. 27 §';
  report(
    item.decisions.length ? [...at, 'decisions'] : [...at, item.vote ? 'vote' : 'votes'],
    `${label(n)} was decided with ${seats.size} of ${sitting.seats.length} members serving: ${body} only when more than half take part (${needed}; ${law})`,
    'check the attendance (from:, to:, jäv and the ersättare serving); ' +
      'a matter the meeting could not decide is put off (deferred: bordläggning) without a decision',
  );
}

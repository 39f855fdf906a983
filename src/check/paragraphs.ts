/**
 * The rules of a protocol's paragraphs, from municipal practice and Kommunallagen (2017:725):
 * who serves at each §, who may vote and how a vote adds up, who may reserve against a decision
 * (4 kap. 27 §) or have a protocol note entered, and the quorum of a political body (6 kap. 27 §
 * for a nämnd, 5 kap. 42 § for fullmäktige). Called by checkMeeting, so `sekr validate` and every
 * command that reads or changes a meeting apply them alike.
 */
import { t } from '../base/i18n.js';
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

/** What the checks of one paragraph work from: who sits, the paragraph's number and how it is named, and where to report. */
interface Paragraph {
  sitting: Sitting;
  n: number;
  label: (n: number) => string;
  report: Report;
}

/** What the checks of a vote know of the meeting besides. */
interface VoteRules {
  chair: string | undefined;
  /** An id in the registry (an unknown one is checkMeeting's to report). */
  known: (id: string) => boolean;
  political: boolean;
  /** False for a sealed meeting: the record as it was sealed is not judged by rules learned since. */
  judged: boolean;
}

/** What the rules say of the meeting's attendance by § and of each paragraph. */
export function checkParagraphs({ org, group, meeting, report, first }: ParagraphContext): void {
  const start = first ?? meeting.firstParagraph ?? 1;
  const sitting = sittingOf(group, meeting, start);
  const recorded = meeting.attendance.present.length > 0;
  // A sealed meeting is the record as it was sealed: rules sekr has learned since are not held against it.
  const judged = !isLocked(meeting);
  const name = (id: string) => org.people.get(id)?.name ?? id;
  const label = (n: number) => (group.document === 'protokoll' ? `§ ${n}` : `${t('paragraphs.itemOne')} ${n}`);

  checkSpans(sitting, meeting, group, report, first !== undefined, label);

  const rules: VoteRules = { chair: meeting.chair ?? group.chair, known: (id) => org.people.has(id), political: group.political !== undefined, judged };

  meeting.items.forEach((item, i) => {
    const n = start + i;
    const paragraph: Paragraph = { sitting, n, label, report };
    const walk = (it: ItemData, at: Path) => {
      checkVotes(paragraph, rules, it, at);
      if (judged) {
        checkReservations(paragraph, meeting, it, at, name);
        checkNotes(paragraph, it, at);
      }
      it.proposals.forEach((p, j) => {
        if (hasJav(sitting, n, p.by)) report([...at, 'proposals', j, 'by'], t('paragraphs.javProposal', p.by, label(n)), t('paragraphs.javProposalHint'));
      });
      it.items.forEach((sub, j) => walk(sub, [...at, 'items', j]));
    };
    walk(item, ['items', i]);
    if (group.political && recorded && judged) checkQuorum(paragraph, group, item, ['items', i]);
  });
}

/** from/to of an attendance entry: within the meeting's §§, in order; an ersättare serves only where the member does not. */
function checkSpans(sitting: Sitting, meeting: MeetingData, group: Group, report: Report, bounded: boolean, label: (n: number) => string): void {
  const [one, many] = group.document === 'protokoll' ? ['§', '§§'] : [t('paragraphs.itemOne'), t('paragraphs.itemMany')];
  const range =
    sitting.last < sitting.first
      ? t('paragraphs.noneYet')
      : sitting.last === sitting.first
        ? `${one} ${sitting.first}`
        : `${many} ${sitting.first}–${sitting.last}`;
  meeting.attendance.present.forEach((entry, i) => {
    if (typeof entry !== 'object' || !('person' in entry)) return;
    for (const key of ['from', 'to'] as const) {
      const n = entry[key];
      if (n !== undefined && bounded && (n < sitting.first || n > sitting.last))
        report(['attendance', 'present', i, key], t('paragraphs.spanOutside', key, n, range), t('paragraphs.spanOutsideHint'));
    }
    if (entry.from !== undefined && entry.to !== undefined && entry.from > entry.to)
      report(
        ['attendance', 'present', i, 'from'],
        t('paragraphs.spanReversed', entry.person, label(entry.from), label(entry.to)),
        t('paragraphs.spanReversedHint'),
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
      report(['attendance', 'present', i, 'for'], t('paragraphs.substituteOverlap', entry.person, entry.for, label(n)), t('paragraphs.substituteOverlapHint'));
      return;
    }
  });
}

function checkVotes(paragraph: Paragraph, rules: VoteRules, item: ItemData, at: Path): void {
  const { n, label, report } = paragraph;
  const votes = votesOf(item);
  if (item.vote && item.votes?.length) report([...at, 'vote'], t('paragraphs.voteAndVotes', label(n)), t('paragraphs.voteAndVotesHint'), true);
  votes.forEach((vote, j) => {
    const path: Path = item.vote && j === 0 ? [...at, 'vote'] : [...at, 'votes', item.vote ? j - 1 : j];
    checkVote(paragraph, rules, vote, path);
  });
}

function checkVote({ sitting, n, label, report }: Paragraph, { chair, known, political, judged }: VoteRules, vote: VoteData, at: Path): void {
  const serving = servingAt(sitting, n);
  let voters = 0;
  // The shape of the vote first: what it came to is judged once it has the votes it needs.
  let shapeless = false;
  if (vote.closed) {
    if (vote.votes !== undefined) {
      shapeless = true;
      report([...at, 'votes'], t('paragraphs.closedNames'), t('paragraphs.closedNamesHint'), true);
    }
    if (vote.counts === undefined) {
      shapeless = true;
      report(at, t('paragraphs.closedCounts'), t('paragraphs.closedCountsHint'), true);
    }
  } else if (vote.votes === undefined) {
    report(at, t('paragraphs.voteNeedsVotes'), t('paragraphs.voteNeedsVotesHint'), true);
    return;
  }
  for (const [id, choice] of Object.entries(vote.votes ?? {})) {
    const path = [...at, 'votes', id];
    // An unknown id is checkMeeting's to report.
    if (!known(id)) continue;
    if (hasJav(sitting, n, id)) {
      voters++;
      report(path, t('paragraphs.javVote', id), t('paragraphs.javVoteHint'));
    } else if (!servesAt(sitting, n, id)) {
      const served = servedParagraphs(sitting, id);
      if (served.length) {
        voters++;
        report(path, t('paragraphs.voteNotServing', id, choice, label(n), paragraphList(served)), t('paragraphs.voteNotServingHint'));
      } else if (sitting.attendees.length) {
        voters++;
        report(path, t('paragraphs.voteNotPresent', id), t('paragraphs.voteNotPresentHint'));
      }
    }
  }
  // How the vote came out is judged once the voters are right.
  if (voters || shapeless || !judged) return;
  if (!vote.closed && vote.votes !== undefined && vote.counts !== undefined) {
    const named = namedTally(vote);
    const stated = tallyOf({ counts: vote.counts });
    if (named.ja !== stated.ja || named.nej !== stated.nej || named.avstår !== stated.avstår)
      report([...at, 'counts'], t('paragraphs.countsMismatch', said(stated), said(named)), t('paragraphs.countsMismatchHint'));
  }
  if (vote.votes === undefined && vote.counts !== undefined && sitting.attendees.length && votesCast(vote) > serving.length)
    report([...at, 'counts'], t('paragraphs.ballotTooMany', votesCast(vote), serving.length, label(n)), t('paragraphs.ballotTooManyHint'));
  const outcome = outcomeOf(vote);
  const tally = tallyOf(vote);
  if (isElection(vote)) {
    if (vote.castingVote) report([...at, 'castingVote'], t('paragraphs.electionCasting'), t('paragraphs.electionCastingHint'), true);
    if (outcome.tie && !vote.lot) report(at, t('paragraphs.electionTie'), t('paragraphs.electionTieHint'), true);
    return;
  }
  if (vote.lot) report([...at, 'lot'], t('paragraphs.lotNotElection'), t('paragraphs.lotNotElectionHint'), true);
  if (tally.ja === tally.nej && !vote.castingVote && political) report(at, t('paragraphs.tie', tally.ja, tally.nej), t('paragraphs.tieHint'), true);
  if (vote.castingVote && tally.ja !== tally.nej)
    report([...at, 'castingVote'], t('paragraphs.castingNoTie', tally.ja, tally.nej), t('paragraphs.castingNoTieHint'), true);
  const chairVoted = chair !== undefined ? vote.votes?.[chair] : undefined;
  if (vote.castingVote && tally.ja === tally.nej && (chairVoted === 'ja' || chairVoted === 'nej') && chairVoted !== vote.castingVote)
    report([...at, 'castingVote'], t('paragraphs.castingNotChair', chair ?? '', chairVoted, vote.castingVote), t('paragraphs.castingNotChairHint', chairVoted));
}

/**
 * Kommunallagen 4 kap. 27 §: a member who took part in deciding a matter may reserve against the
 * decision; a written reservation is handed in by the time set for adjusting the protocol. So no
 * one with jäv, no one who does not serve, no one who voted for the decision or abstained from it.
 */
function checkReservations({ sitting, n, label, report }: Paragraph, meeting: MeetingData, item: ItemData, at: Path, name: (id: string) => string): void {
  const votes = votesOf(item).filter((v) => v.votes !== undefined);
  const main = votes.at(-1);
  const winner = main && outcomeOf(main).winner;
  const deadline = meeting.adjustment?.date ?? meeting.adjusted?.date;
  const seen = new Set<string>();
  item.reservations.forEach((r, j) => {
    const path = [...at, 'reservations', j, 'by'];
    if (seen.has(r.by)) report(path, t('paragraphs.reservesTwice', r.by, label(n)), t('paragraphs.reservesTwiceHint'));
    seen.add(r.by);
    // Someone not listed as present at all is reported as such by checkMeeting.
    if (!sitting.attendees.some((a) => a.person === r.by)) return;
    if (hasJav(sitting, n, r.by)) report(path, t('paragraphs.reserveJav', r.by, label(n)), t('paragraphs.reserveJavHint'));
    else if (!servesAt(sitting, n, r.by)) report(path, t('paragraphs.reserveNotServing', r.by, label(n)), t('paragraphs.reserveNotServingHint', name(r.by)));
    else if (main && winner) {
      const choice = main.votes?.[r.by];
      if (choice === winner) report(path, t('paragraphs.reserveVotedFor', r.by, label(n), choice), t('paragraphs.reserveVotedForHint'));
      else if (choice === 'avstår') report(path, t('paragraphs.reserveAbstained', r.by, label(n)), t('paragraphs.reserveAbstainedHint'));
    }
    if (r.submitted !== undefined) {
      const spath = [...at, 'reservations', j, 'submitted'];
      if (r.submitted < meeting.date) report(spath, t('paragraphs.reservationBefore', r.by, r.submitted, meeting.date), t('paragraphs.reservationBeforeHint'));
      else if (deadline !== undefined && r.submitted > deadline)
        report(spath, t('paragraphs.reservationLate', r.by, r.submitted, deadline), t('paragraphs.reservationLateHint'));
    }
  });
}

// ja, nej and avstår are the words of the vote, in the documents and the files alike.
const said = (tally: { ja: number; nej: number; avstår: number }) => `${tally.ja} ja, ${tally.nej} nej, ${tally.avstår} avstår`;

/** A protocol note (protokollsanteckning) is a serving member's; anyone else's needs the chair's leave, recorded as allowed: true. */
function checkNotes({ sitting, n, label, report }: Paragraph, item: ItemData, at: Path): void {
  item.protocolNotes.forEach((note, j) => {
    if (note.allowed || servesAt(sitting, n, note.by) || !sitting.attendees.length) return;
    report([...at, 'protocolNotes', j, 'by'], t('paragraphs.noteNotServing', note.by, label(n)), t('paragraphs.noteNotServingHint'));
  });
}

/** Kommunallagen 6 kap. 27 § (a nämnd) and 5 kap. 42 § (fullmäktige): a matter is decided only when more than half of the members take part. */
function checkQuorum({ sitting, n, label, report }: Paragraph, group: Group, item: ItemData, at: Path): void {
  const decided = item.decisions.length > 0 || votesOf(item).length > 0;
  if (!decided || !sitting.seats.length) return;
  const seats = new Set(servingAt(sitting, n).map((s) => s.seat));
  const needed = quorum(sitting);
  if (seats.size >= needed) return;
  report(
    item.decisions.length ? [...at, 'decisions'] : [...at, item.vote ? 'vote' : 'votes'],
    t('paragraphs.quorum', label(n), seats.size, sitting.seats.length, group.political === 'fullmäktige', needed),
    t('paragraphs.quorumHint'),
  );
}

/**
 * The votes (omröstningar) of a protocol paragraph and what each came to. A
 * paragraph may hold several: e.g. whether to decide the matter today or send
 * it back (återremiss) first, then the main question; the last vote is on the
 * question its decision answers. Pure.
 *
 * Municipal practice (Kommunallagen): an open vote is by name, ja, nej or
 * avstår; an election may be by closed ballot, whose protocol gives only the
 * counts. A tie on a question is settled by the chair's casting vote
 * (utslagsröst: the side the chair voted for wins); a tied election is settled
 * by lot (lottning).
 */
import type { ItemData, VoteData } from '../schema/meeting.js';

/** The votes of a paragraph in the order they were taken: `vote` (one vote, as files have written it) and then `votes`. */
export const votesOf = (item: Pick<ItemData, 'vote' | 'votes'>): VoteData[] => [...(item.vote ? [item.vote] : []), ...(item.votes ?? [])];

const CHOICES = ['ja', 'nej', 'avstår'] as const;

export interface Tally {
  ja: number;
  nej: number;
  avstår: number;
}

/** The count of an open vote's names. */
export function namedTally(vote: VoteData): Tally {
  const tally: Tally = { ja: 0, nej: 0, avstår: 0 };
  for (const choice of Object.values(vote.votes ?? {})) tally[choice]++;
  return tally;
}

/** Whether the vote chose between candidates (an election: counts by name) rather than answered ja or nej. */
export const isElection = (vote: VoteData): boolean =>
  vote.votes === undefined && Object.keys(vote.counts ?? {}).some((k) => !(CHOICES as readonly string[]).includes(k));

/** The counts of a ja/nej vote: from the names of an open vote, else from its stated counts. */
export function tallyOf(vote: VoteData): Tally {
  if (vote.votes !== undefined) return namedTally(vote);
  const counts = vote.counts ?? {};
  return { ja: counts.ja ?? 0, nej: counts.nej ?? 0, avstår: counts.avstår ?? 0 };
}

/** How many voted in all (those who abstained, or cast a blank ballot, included). */
export function votesCast(vote: VoteData): number {
  if (vote.votes !== undefined) return Object.keys(vote.votes).length;
  return Object.values(vote.counts ?? {}).reduce((a, b) => a + b, 0);
}

export interface Outcome {
  /** ja or nej for a question, the name of the one elected for an election; undefined when a tie is left unsettled. */
  winner?: string;
  /** The most votes were shared. */
  tie: boolean;
  /** How a tie was settled. */
  settledBy?: 'castingVote' | 'lot';
}

/** What a vote came to. */
export function outcomeOf(vote: VoteData): Outcome {
  if (isElection(vote)) {
    const counts = Object.entries(vote.counts ?? {}).filter(([k]) => !(CHOICES as readonly string[]).includes(k));
    const top = Math.max(...counts.map(([, n]) => n));
    const leaders = counts.filter(([, n]) => n === top).map(([k]) => k);
    if (leaders.length === 1) return { winner: leaders[0], tie: false };
    return vote.lot ? { winner: vote.lot, tie: true, settledBy: 'lot' } : { tie: true };
  }
  const { ja, nej } = tallyOf(vote);
  if (ja !== nej) return { winner: ja > nej ? 'ja' : 'nej', tie: false };
  return vote.castingVote ? { winner: vote.castingVote, tie: true, settledBy: 'castingVote' } : { tie: true };
}

/**
 * Properties over generated votes of a political board (fast-check): any
 * valid vote, open by name or a closed ballot, one or several in a §, a tie
 * settled by the chair's casting vote or a tied election by lot, with jäv and
 * members absent, validates (schema and the rules of checkMeeting find
 * nothing) and renders: the Markdown of the KL protocol has each vote's result
 * and the närvaro- och omröstningslista, and the DOCX is built from it.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { Document } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/base/i18n.js';
import { checkMeeting } from '../../src/check/meeting.js';
import { loadRegistry } from '../../src/data/folder.js';
import { checkSchema } from '../../src/data/schema-problems.js';
import { templateFor } from '../../src/data/templates.js';
import { parseYamlText } from '../../src/data/yaml-file.js';
import type { Group, Organisation } from '../../src/model/registry.js';
import { markdownToDocx } from '../../src/render/docx.js';
import { markdownRenderer, type MarkdownRenderer } from '../../src/render/markdown.js';
import { meetingView } from '../../src/render/view.js';
import { Meeting } from '../../src/schema/meeting.js';
import { ROOT } from '../helpers.js';

// These tests read sekr's English; a Swedish user's messages are tested in tests/e2e/svenska-checks.test.ts.
beforeAll(() => setLanguage('en'));

const FIXTURE = join(ROOT, 'tests/fixtures/vard-och-omsorgsnamnden');
const GROUP = 'vard-och-omsorgsnamnden';
const DATE = '2026-11-12';
const FIRST = 95;
const CHAIR = 'eva-bergkvist';
const SEATS = ['eva-bergkvist', 'anders-holm', 'birgitta-sjoberg', 'johan-lindqvist', 'karin-persson', 'lars-ohlsson', 'maria-ekstrom'];
const CHOICE = fc.constantFrom('ja', 'nej', 'avstår');

let org: Organisation;
let group: Group;
let render: MarkdownRenderer;

beforeAll(async () => {
  org = loadRegistry(FIXTURE);
  group = org.groups.get(GROUP)!;
  render = await markdownRenderer(FIXTURE);
});

interface Generated {
  data: Record<string, unknown>;
  votes: number;
}

/** One open vote of those serving, valid: a tie has the chair's casting vote, as the chair voted. */
function openVote(serving: string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .subarray(serving, { minLength: 1 })
    .chain((voters) =>
      fc.tuple(fc.constant(voters), fc.array(CHOICE, { minLength: voters.length, maxLength: voters.length }), fc.option(fc.string({ minLength: 1 }))),
    )
    .map(([voters, choices, question]) => {
      const votes = Object.fromEntries(voters.map((id, i) => [id, choices[i]!]));
      const vote: Record<string, unknown> = { votes };
      if (question?.trim()) vote.question = question.trim();
      const count = (c: string) => choices.filter((x) => x === c).length;
      if (count('ja') === count('nej')) {
        const chair = votes[CHAIR];
        vote.castingVote = chair === 'ja' || chair === 'nej' ? chair : 'ja';
      }
      return vote;
    });
}

/** A closed ballot: an election between candidates (a tie settled by lot), or ja/nej counts (a tie by the casting vote). */
function closedVote(serving: number): fc.Arbitrary<Record<string, unknown>> {
  const election = fc
    .array(fc.nat({ max: 3 }), { minLength: 2, maxLength: 3 })
    .filter((counts) => counts.reduce((a, b) => a + b, 0) <= serving)
    .map((counts) => {
      const names = ['Eva Bergkvist', 'Karin Persson', 'Lars Ohlsson'].slice(0, counts.length);
      const vote: Record<string, unknown> = { closed: true, counts: Object.fromEntries(names.map((n, i) => [n, counts[i]!])) };
      const top = Math.max(...counts);
      const leaders = names.filter((_, i) => counts[i] === top);
      if (leaders.length > 1) vote.lot = leaders[0];
      return vote;
    });
  const question = fc
    .tuple(fc.nat({ max: serving }), fc.nat({ max: serving }))
    .filter(([ja, nej]) => ja + nej <= serving)
    .map(([ja, nej]) => ({ closed: true, counts: { ja, nej }, ...(ja === nej ? { castingVote: 'ja' } : {}) }));
  return fc.oneof(election, question);
}

/** A valid meeting of the board: those present (a quorum), jäv in the voted §, and one to three votes there. */
const generated: fc.Arbitrary<Generated> = fc
  .record({
    // At most two away and one with jäv: four of seven serve, the quorum.
    absent: fc.subarray(
      SEATS.filter((s) => s !== CHAIR),
      { maxLength: 2 },
    ),
    jav: fc.subarray(
      SEATS.filter((s) => s !== CHAIR),
      { maxLength: 1 },
    ),
    items: fc.integer({ min: 1, max: 4 }),
    at: fc.nat({ max: 3 }),
  })
  .chain(({ absent, jav, items, at }) => {
    const present = SEATS.filter((s) => !absent.includes(s));
    const disqualified = jav.filter((j) => present.includes(j));
    const serving = present.filter((s) => !disqualified.includes(s));
    const index = at % items;
    const oneVote = fc.oneof({ weight: 3, arbitrary: openVote(serving) }, { weight: 1, arbitrary: closedVote(serving.length) });
    return fc.array(oneVote, { minLength: 1, maxLength: 3 }).map((votes): Generated => {
      const list = Array.from({ length: items }, (_, i): Record<string, unknown> => ({ title: `Ärende ${i + 1}`, decisions: ['Beslutat.'] }));
      const voted = list[index]!;
      if (votes.length === 1) voted.vote = votes[0];
      else voted.votes = votes;
      if (disqualified.length) voted.disqualified = disqualified;
      // Whoever voted against the outcome of the last vote by name may reserve against the decision.
      const last = [...votes].reverse().find((v) => v.votes) as { votes: Record<string, string>; castingVote?: string } | undefined;
      if (last) {
        const choices = Object.values(last.votes);
        const ja = choices.filter((c) => c === 'ja').length;
        const nej = choices.filter((c) => c === 'nej').length;
        const winner = ja === nej ? last.castingVote : ja > nej ? 'ja' : 'nej';
        const losers = Object.entries(last.votes).filter(([, c]) => c !== winner && c !== 'avstår');
        if (losers.length) voted.reservations = [{ by: losers[0]![0] }];
      }
      const data: Record<string, unknown> = {
        date: DATE,
        time: '13:00-16:30',
        place: 'Stadshuset',
        status: 'draft',
        chair: CHAIR,
        secretary: 'jonas-wikstrom',
        adjusters: [present.find((p) => p !== CHAIR) ?? CHAIR],
        firstParagraph: FIRST,
        attendance: { present: [...present, 'jonas-wikstrom'], absent },
        items: list,
      };
      return { data, votes: votes.length };
    });
  });

describe('any valid generated vote', () => {
  it('validates: the schema and the rules of the paragraphs find nothing', () => {
    fc.assert(
      fc.property(generated, ({ data }) => {
        const yf = parseYamlText(new Document(data).toString(), `meetings/${GROUP}/${DATE}.yaml`);
        const parsed = checkSchema(Meeting, yf);
        expect(parsed.ok ? [] : parsed.problems).toEqual([]);
        if (!parsed.ok) return;
        expect(checkMeeting(org, parsed.value, yf, { group: GROUP, date: DATE, path: yf.file }, undefined, FIRST)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('renders: each result in the KL protocol, the närvaro- och omröstningslista, and a DOCX', async () => {
    await fc.assert(
      fc.asyncProperty(generated, async ({ data, votes }) => {
        const meeting = Meeting.parse(data);
        const view = meetingView(org, group, meeting, { first: FIRST, last: FIRST + meeting.items.length - 1 });
        const rendered = render(templateFor(group), view);
        expect(rendered.markdown.match(/^Resultat: /gm)?.length).toBe(votes);
        expect(rendered.markdown).toContain('## Närvaro- och omröstningslista');
        const docx = await markdownToDocx(rendered.markdown, { title: rendered.title, header: group.name, footer: '{page} / {pages}', language: 'sv-SE' });
        expect(Buffer.from(docx).subarray(0, 2).toString()).toBe('PK');
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

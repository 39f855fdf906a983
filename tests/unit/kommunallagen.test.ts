/**
 * The rules of a political board's protocol, without the disk: who serves at
 * each §, what a vote came to, the quorum, the närvaro- och omröstningslista,
 * the seal of paragraphs adjusted at once, and each rule of checkParagraphs
 * with a case it accepts and one it refuses (tests/bad/kl-* run the same rules
 * through sekr validate).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/base/i18n.js';
import { loadRegistry, readMeeting } from '../../src/data/folder.js';
import { parseYamlText } from '../../src/data/yaml-file.js';
import { checkMeeting } from '../../src/check/meeting.js';
import { paragraphBreaches, sealParagraphs } from '../../src/model/paragraph-seal.js';
import type { Group, Organisation } from '../../src/model/registry.js';
import { paragraphList, quorum, servedParagraphs, servingAt, sittingOf, standInsForJav } from '../../src/model/serving.js';
import { outcomeOf, tallyOf, votesOf } from '../../src/model/votes.js';
import { voteList } from '../../src/render/kl.js';
import type { MeetingData, VoteData } from '../../src/schema/meeting.js';
import { ROOT } from '../helpers.js';

// These tests read sekr's English; a Swedish user's messages are tested in tests/e2e/svenska-checks.test.ts.
beforeAll(() => setLanguage('en'));

const FIXTURE = join(ROOT, 'tests/fixtures/vard-och-omsorgsnamnden');
const FILE = join(FIXTURE, 'meetings/vard-och-omsorgsnamnden/2026-11-12.yaml');

let org: Organisation;
let group: Group;
let meeting: MeetingData;

beforeAll(() => {
  org = loadRegistry(FIXTURE);
  group = org.groups.get('vard-och-omsorgsnamnden')!;
  meeting = readMeeting(FILE).value!;
});

const vote = (v: Partial<VoteData>): VoteData => v as VoteData;

describe('votes', () => {
  it('counts an open vote by its names, and a closed one by its counts', () => {
    expect(tallyOf(vote({ votes: { a: 'ja', b: 'nej', c: 'ja', d: 'avstår' } }))).toEqual({ ja: 2, nej: 1, avstår: 1 });
    expect(tallyOf(vote({ closed: true, counts: { ja: 4, nej: 3 } }))).toEqual({ ja: 4, nej: 3, avstår: 0 });
  });

  it('settles a tie by the casting vote, a tied election by lot, and leaves either unsettled without', () => {
    expect(outcomeOf(vote({ votes: { a: 'ja', b: 'nej' } }))).toEqual({ tie: true });
    expect(outcomeOf(vote({ votes: { a: 'ja', b: 'nej' }, castingVote: 'ja' }))).toEqual({ winner: 'ja', tie: true, settledBy: 'castingVote' });
    expect(outcomeOf(vote({ closed: true, counts: { Eva: 3, Bo: 3 } }))).toEqual({ tie: true });
    expect(outcomeOf(vote({ closed: true, counts: { Eva: 3, Bo: 3 }, lot: 'Bo' }))).toEqual({ winner: 'Bo', tie: true, settledBy: 'lot' });
    expect(outcomeOf(vote({ closed: true, counts: { Eva: 4, Bo: 3, blanka: 1 } }))).toEqual({ winner: 'Eva', tie: false });
  });

  it('reads a paragraph with one vote (vote:) and with several (votes:), in order', () => {
    const one = vote({ votes: { a: 'ja' } });
    const two = vote({ votes: { a: 'nej' } });
    expect(votesOf({ vote: one, votes: undefined })).toEqual([one]);
    expect(votesOf({ vote: undefined, votes: [one, two] })).toEqual([one, two]);
  });
});

describe('who serves at each §', () => {
  it('follows those who left, the ersättare serving from a §, and jäv', () => {
    const sitting = sittingOf(group, meeting, 95);
    const at = (n: number) => servingAt(sitting, n).map((s) => s.person);
    expect(at(100)).toEqual(['eva-bergkvist', 'anders-holm', 'birgitta-sjoberg', 'johan-lindqvist', 'karin-persson', 'lars-ohlsson', 'maria-ekstrom']);
    // § 101: Maria Ekström has jäv, Anna Karlsson serves in her stead.
    expect(at(101)).toContain('anna-karlsson');
    expect(at(101)).not.toContain('maria-ekstrom');
    expect(standInsForJav(sitting, 101)).toEqual([{ person: 'anna-karlsson', for: 'maria-ekstrom' }]);
    // Johan Lindqvist left after § 101; Peter Nyberg serves from § 102.
    expect(at(102)).toContain('peter-nyberg');
    expect(at(102)).not.toContain('johan-lindqvist');
    expect(servedParagraphs(sitting, 'johan-lindqvist')).toEqual([95, 96, 97, 98, 99, 100, 101]);
    // An ersättare present without serving, an official and a guest never serve.
    for (const id of ['sofia-bengtsson', 'helena-strand', 'linda-ahlgren']) expect(servedParagraphs(sitting, id)).toEqual([]);
    expect(quorum(sitting)).toBe(4);
  });

  it('writes § numbers in runs', () => {
    expect(paragraphList([95, 96, 97, 99, 101, 102])).toBe('§§ 95–97, 99, 101–102');
    expect(paragraphList([100])).toBe('§ 100');
    expect(paragraphList([])).toBe('');
  });

  it('makes the närvaro- och omröstningslista: members by §, a column for each vote by name, the sums', () => {
    const list = voteList(org, group, meeting, sittingOf(group, meeting, 95));
    expect(list.columns).toEqual(['§§ 95–97', '§ 98 (1)', '§ 98 (2)', '§§ 99–100', '§ 101', '§§ 102–105']);
    const row = (name: string) => list.rows.find((r) => r.name === name)!.cells;
    expect(row('Maria Ekström')).toEqual(['X', 'Nej', 'Ja', 'X', 'Jäv', 'X']);
    expect(row('Anna Karlsson')).toEqual(['–', '–', '–', '–', 'Avstår', '–']);
    expect(row('Johan Lindqvist')).toEqual(['X', 'Ja', 'Nej', 'X', 'Nej', '–']);
    expect(list.sums).toEqual(['7', '4/3/0', '4/1/2', '7', '3/3/1', '7']);
  });
});

describe('paragraphs adjusted at once have a seal of their own', () => {
  const sealed = () => ({ ...meeting, adjustedAtOnce: [sealParagraphs(meeting, [100], '2026-11-12', ['anders-holm'])] });

  it('holds while the rest of the protocol changes', () => {
    const m = sealed();
    expect(paragraphBreaches(m)).toEqual([]);
    const later: MeetingData = { ...m, items: m.items.map((item, i) => (i === 6 ? { ...item, decisions: ['Ändrat'] } : item)) };
    expect(paragraphBreaches(later)).toEqual([]);
    // Who left after § 101 may be recorded differently without touching § 100.
    const present = m.attendance.present.map((e) => (typeof e === 'object' && 'person' in e && e.person === 'johan-lindqvist' ? { ...e, note: 'gick' } : e));
    expect(paragraphBreaches({ ...m, attendance: { ...m.attendance, present } })).toEqual([]);
  });

  it('breaks at an edit of the paragraph, of who was there at it, or of the § numbers', () => {
    const m = sealed();
    const edited: MeetingData = { ...m, items: m.items.map((item, i) => (i === 5 ? { ...item, decisions: ['Ändrat'] } : item)) };
    expect(paragraphBreaches(edited)).toEqual([
      { paragraphs: [100], date: '2026-11-12', changed: ['§ 100 (Yttrande över regional överenskommelse om samverkan vid utskrivning)'] },
    ]);
    const present = m.attendance.present.filter((e) => e !== 'karin-persson');
    expect(paragraphBreaches({ ...m, attendance: { ...m.attendance, present } })[0]!.changed).toEqual(['who was there at § 100']);
    expect(paragraphBreaches({ ...m, firstParagraph: 96 })[0]!.changed).toContain('firstParagraph');
  });
});

describe('the rules, each accepted and refused', () => {
  /** The fixture's meeting with one change, checked as sekr validate checks it. */
  function problems(change: (m: MeetingData) => MeetingData): string[] {
    const m = change(structuredClone(meeting));
    const yf = parseYamlText(readMeetingText(), 'meetings/vard-och-omsorgsnamnden/2026-11-12.yaml');
    return checkMeeting(org, m, yf, { group: group.id, date: m.date, path: yf.file }, undefined, 95).map((p) => p.message);
  }
  const readMeetingText = () => readFileSync(FILE, 'utf8');
  const item = (m: MeetingData, n: number) => m.items[n - 95]!;

  it('accepts the fixture as it is', () => expect(problems((m) => m)).toEqual([]));

  it('a reservation: by who voted against the decision, not by who voted for it, abstained, had jäv or is not a member', () => {
    expect(problems((m) => (item(m, 101).reservations.push({ by: 'johan-lindqvist' }), m))).toEqual([]);
    expect(problems((m) => (item(m, 101).reservations.push({ by: 'lars-ohlsson' }), m))).toEqual([
      'lars-ohlsson reserves against the decision in § 101 but voted ja, for it',
    ]);
    expect(problems((m) => (item(m, 101).reservations.push({ by: 'anna-karlsson' }), m))).toEqual([
      'anna-karlsson reserves against the decision in § 101 but abstained (avstår) in the vote',
    ]);
    expect(problems((m) => (item(m, 101).reservations.push({ by: 'jonas-wikstrom' }), m))).toEqual([
      'jonas-wikstrom reserves against the decision in § 101 but is not a member serving there',
    ]);
  });

  it("a tie needs the chair's casting vote in a political body, as the chair voted", () => {
    expect(problems((m) => (delete item(m, 101).vote!.castingVote, m))).toEqual(["a tie (3 ja, 3 nej): the chair's casting vote (utslagsröst) settles it"]);
    expect(problems((m) => ((item(m, 101).vote!.castingVote = 'nej'), (item(m, 101).reservations = []), m))).toEqual([
      'the chair, eva-bergkvist, voted ja, but the casting vote is nej',
    ]);
  });

  it('the quorum: more than half the members serving at each decision', () => {
    const left = (m: MeetingData, ids: string[]) => {
      m.attendance.present = m.attendance.present.map((e) => (typeof e === 'string' && ids.includes(e) ? { person: e, to: 104 } : e));
      return m;
    };
    expect(problems((m) => left(m, ['birgitta-sjoberg', 'karin-persson']))).toEqual([]);
    expect(problems((m) => left(m, ['birgitta-sjoberg', 'karin-persson', 'lars-ohlsson', 'maria-ekstrom']))).toEqual([
      '§ 105 was decided with 3 of 7 members serving: a nämnd decides only when more than half take part (4; Kommunallagen 6 kap. 27 §)',
    ]);
  });

  it("a protocol note by someone not serving needs the chair's leave", () => {
    expect(problems((m) => (delete item(m, 103).protocolNotes[0]!.allowed, m))).toEqual([
      'helena-strand has a protocol note entered in § 103 but does not serve there',
    ]);
  });

  it('sealed meetings are the record: rules learned since are not held against them', () => {
    const sealedOne = (m: MeetingData): MeetingData => {
      delete item(m, 101).vote!.castingVote;
      return {
        ...m,
        status: 'adjusted',
        adjusted: { date: '2026-11-19', by: ['anders-holm'], fingerprint: `sha256:${'0'.repeat(64)}`, fields: {}, signatures: [] },
      };
    };
    expect(problems(sealedOne)).toEqual([]);
  });
});

/**
 * A political board's protocol by Kommunallagen through the commands, as a
 * secretary runs them on the fixture board (a copy of
 * tests/fixtures/vard-och-omsorgsnamnden): reservations added and taken away,
 * several votes in a §, attendance by §, återremiss and bordläggning on the
 * next agenda, urgent adjustment with its own seal and notice, extracts, a
 * meeting of its own kind, and the register of decisions with case numbers.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, sekr, unsealNotes, workspace, type Run } from '../helpers.js';

const MEETING = 'vard-och-omsorgsnamnden/2026-11-12';
const FILE = 'data/meetings/vard-och-omsorgsnamnden/2026-11-12.yaml';
const OUT = 'out/vard-och-omsorgsnamnden';
const env = { SEKR_TODAY: '2026-11-20' };

function board(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sekr-kl-'));
  cpSync(join(ROOT, 'tests/fixtures/vard-och-omsorgsnamnden'), join(dir, 'data'), { recursive: true });
  return dir;
}

const run = (dir: string, ...args: string[]): Run => sekr(args, { cwd: dir, env });

function ok(r: Run): Run {
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
  return r;
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
type Item = {
  title: string;
  reservations?: { by: string; text?: string }[];
  vote?: unknown;
  votes?: unknown[];
  deferred?: string;
};
const items = (dir: string) => (parse(read(dir, FILE)) as { items: Item[] }).items;
const item = (dir: string, n: number) => items(dir)[n - 95]!;

describe('reservations', () => {
  it('--reservation adds one and keeps those there; --remove-reservation takes one away', () => {
    const dir = board();
    ok(run(dir, 'item', 'set', MEETING, '101', '--reservation', 'johan-lindqvist|till förmån för Anders Holms förslag'));
    expect(item(dir, 101).reservations).toEqual([{ by: 'anders-holm' }, { by: 'johan-lindqvist', text: 'till förmån för Anders Holms förslag' }]);
    ok(run(dir, 'item', 'set', MEETING, '101', '--reservation', 'karin-persson', '--remove-reservation', 'anders-holm'));
    expect(item(dir, 101).reservations!.map((r) => r.by)).toEqual(['johan-lindqvist', 'karin-persson']);
    const r = run(dir, 'item', 'set', MEETING, '101', '--remove-reservation', 'lars-ohlsson');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--remove-reservation lars-ohlsson: there is no reservation by lars-ohlsson here');
  });

  it('refuses, writing nothing, a reservation by who voted for the decision, abstained, had jäv or is no member', () => {
    const dir = board();
    const before = read(dir, FILE);
    for (const [n, by, message] of [
      ['98', 'eva-bergkvist', 'eva-bergkvist reserves against the decision in § 98 but voted ja, for it'],
      ['98', 'anders-holm', 'anders-holm reserves against the decision in § 98 but abstained (avstår) in the vote'],
      ['101', 'maria-ekstrom', 'maria-ekstrom reserves against the decision in § 101 but is disqualified (jäv) there and took no part in it'],
      ['98', 'helena-strand', 'helena-strand reserves against the decision in § 98 but is not a member serving there'],
    ] as const) {
      const r = run(dir, 'item', 'set', MEETING, n, '--reservation', by);
      expect(r.code, by).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain('nothing was written');
      expect(r.stderr).not.toMatch(/^\s+at /m);
    }
    expect(read(dir, FILE)).toBe(before);
  });
});

describe('votes', () => {
  it('several votes in a §, each with its question, are written under votes:, in order; a closed ballot by its counts', () => {
    const dir = board();
    ok(
      run(
        dir,
        ...['item', 'set', MEETING, '99', '--vote', 'eva-bergkvist=ja,anders-holm=nej,lars-ohlsson=nej', '--vote-question', 'Ska ärendet avgöras i dag?'],
        ...['--vote-no', 'återremiss', '--vote', 'eva-bergkvist=ja,anders-holm=ja', '--vote-question', 'Bifall?', '--deferred', 'återremiss'],
      ),
    );
    expect(item(dir, 99).votes).toEqual([
      { question: 'Ska ärendet avgöras i dag?', no: 'återremiss', votes: { 'eva-bergkvist': 'ja', 'anders-holm': 'nej', 'lars-ohlsson': 'nej' } },
      { question: 'Bifall?', votes: { 'eva-bergkvist': 'ja', 'anders-holm': 'ja' } },
    ]);
    ok(run(dir, 'item', 'set', MEETING, '97', '--vote', 'closed: Birgitta Sjöberg=5, Karin Persson=2'));
    expect(item(dir, 97).vote).toEqual({ closed: true, counts: { 'Birgitta Sjöberg': 5, 'Karin Persson': 2 } });
    ok(run(dir, 'render', MEETING, '--format', 'md'));
    const md = read(dir, `${OUT}/2026-11-12-protokoll.md`);
    expect(md).toContain('Omröstning 1: Ska ärendet avgöras i dag?');
    expect(md).toContain('Omröstning 2: Bifall?');
    expect(md).toContain('Resultat: Birgitta Sjöberg 5 röster, Karin Persson 2 röster.');
  });

  it('refuses a tie without the casting vote, and a casting vote other than the chair voted', () => {
    const dir = board();
    let r = run(dir, 'item', 'set', MEETING, '96', '--vote', 'eva-bergkvist=ja,anders-holm=nej');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("a tie (1 ja, 1 nej): the chair's casting vote (utslagsröst) settles it");
    r = run(dir, 'item', 'set', MEETING, '96', '--vote', 'eva-bergkvist=ja,anders-holm=nej', '--casting-vote', 'nej');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the chair, eva-bergkvist, voted ja, but the casting vote is nej');
    ok(run(dir, 'item', 'set', MEETING, '96', '--vote', 'eva-bergkvist=ja,anders-holm=nej', '--casting-vote', 'ja'));
    expect(item(dir, 96).vote).toEqual({ votes: { 'eva-bergkvist': 'ja', 'anders-holm': 'nej' }, castingVote: 'ja' });
  });

  it('a vote by someone who left before the § is told at its line', () => {
    const dir = board();
    writeFileSync(join(dir, FILE), read(dir, FILE).replace('{ person: johan-lindqvist, to: 101 }', '{ person: johan-lindqvist, to: 100 }'));
    const r = run(dir, 'validate');
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/2026-11-12\.yaml:\d+:\d+ {2}johan-lindqvist votes nej at § 101 but serves only at §§ 95–100/);
  });
});

describe('attendance by §', () => {
  it('--left, --substitute for some §§ and an ersättare present without serving are written to the file', () => {
    const dir = board();
    ok(
      run(
        dir,
        ...['attendance', MEETING, '--all-present', '--left', 'karin-persson:104', '--substitute', 'sofia-bengtsson:karin-persson:105'],
        ...['--substitute', 'peter-nyberg:johan-lindqvist:102-', '--substitute', 'anna-karlsson:maria-ekstrom:101', '--left', 'johan-lindqvist:101'],
      ),
    );
    const present = (parse(read(dir, FILE)) as { attendance: { present: unknown[] } }).attendance.present;
    expect(present).toContainEqual({ person: 'karin-persson', to: 104 });
    expect(present).toContainEqual({ person: 'sofia-bengtsson', for: 'karin-persson', from: 105, to: 105 });
    expect(present).toContainEqual({ person: 'peter-nyberg', for: 'johan-lindqvist', from: 102 });
    ok(run(dir, 'render', MEETING, '--format', 'md'));
    const md = read(dir, `${OUT}/2026-11-12-protokoll.md`);
    expect(md).toContain('Karin Persson (M), §§ 95–104');
    expect(md).toContain('Sofia Bengtsson (M) för Karin Persson (M), § 105');
  });

  it('a guest named as the registry has them is linked by id', () => {
    const dir = board();
    ok(run(dir, 'attendance', MEETING, '--guest', 'Linda Ahlgren', '--guest', 'Ola Persson, Region Skåne'));
    const present = (parse(read(dir, FILE)) as { attendance: { present: unknown[] } }).attendance.present;
    expect(present).toContainEqual({ person: 'linda-ahlgren', from: 103, to: 103 });
    expect(present).toContainEqual({ name: 'Ola Persson', organisation: 'Region Skåne', from: 103, to: 103 });
  });
});

describe('återremiss and bordläggning come back by themselves', () => {
  it("on the next meeting's agenda, with where they came from", () => {
    const dir = board();
    const r = ok(run(dir, 'agenda', 'vard-och-omsorgsnamnden', '--date', '2026-12-10'));
    expect(r.stdout).toMatch(/Riktlinjer för trygg hemgång\s+\(återremitterat 2026-11-12, § 99\)/);
    expect(r.stdout).toMatch(/Taxor och avgifter 2027\s+\(bordlagt 2026-11-12, § 104\)/);
    const next = parse(read(dir, 'data/meetings/vard-och-omsorgsnamnden/2026-12-10.yaml')) as { items: { title: string; carriedFrom?: unknown }[] };
    expect(next.items.find((i) => i.title === 'Riktlinjer för trygg hemgång')!.carriedFrom).toEqual({ date: '2026-11-12', number: 99, deferred: 'återremiss' });
  });
});

describe('omedelbar justering', () => {
  let dir: string;
  beforeAll(() => {
    dir = board();
  });

  it('refuses a paragraph the meeting did not declare adjusted at once', () => {
    const r = run(dir, 'adjust', MEETING, '--paragraphs', '99', '--date', '2026-11-12', '--yes');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('§ 99 (Riktlinjer för trygg hemgång) was not declared adjusted at once at the meeting');
    expect(r.stderr).toContain(`sekr item set ${MEETING} 99 --urgent`);
  });

  it('a notice or extract of a § not yet adjusted is refused', () => {
    let r = run(dir, 'notice', MEETING, '--paragraphs', '100');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('§ 100 of vard-och-omsorgsnamnden/2026-11-12 is not adjusted at once');
    r = run(dir, 'extract', MEETING, '100');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('§ 100 of vard-och-omsorgsnamnden/2026-11-12 is not adjusted yet');
  });

  it('adjusts § 100 on its own: a seal of its own, the rest still a draft', () => {
    const r = ok(run(dir, 'adjust', MEETING, '--paragraphs', '100', '--date', '2026-11-12', '--yes', '--json'));
    expect(JSON.parse(r.stdout)).toMatchObject({ paragraphs: [100], date: '2026-11-12', by: ['anders-holm'] });
    const file = parse(read(dir, FILE)) as { status: string; adjustedAtOnce: { paragraphs: number[]; fingerprint: string }[] };
    expect(file.status).toBe('sent');
    expect(file.adjustedAtOnce[0]!.paragraphs).toEqual([100]);
    expect(file.adjustedAtOnce[0]!.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    const status = JSON.parse(ok(run(dir, 'status', '--json')).stdout);
    expect(status.meetings[0].next).toBe('§ 100 adjusted at once on 2026-11-12; the rest: adjust it by 2026-11-26 (sekr adjust)');
  });

  it('no command changes § 100 any more; the rest of the protocol still changes', () => {
    const before = read(dir, FILE);
    const r = run(dir, 'item', 'set', MEETING, '100', '--decision', 'Ändrat');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('§ 100 was adjusted at once on 2026-11-12: it is the record and sekr does not change it');
    expect(read(dir, FILE)).toBe(before);
    const moved = run(dir, 'item', 'add', MEETING, '--title', 'Ny punkt', '--after', '98');
    expect(moved.code).toBe(2);
    ok(run(dir, 'item', 'set', MEETING, '105', '--decision', 'Redovisningen läggs till handlingarna.', '--case-number', 'VON 2026/1'));
  });

  it('its notice of adjustment, recorded as posted', () => {
    const r = ok(run(dir, 'notice', MEETING, '--paragraphs', '100', '--format', 'md'));
    expect(r.stderr).toContain(`wrote ${OUT}/2026-11-12-anslag-100.md`);
    expect(read(dir, `${OUT}/2026-11-12-anslag-100.md`)).toContain(
      '§ 100 i protokollet från Vård- och omsorgsnämndens sammanträde den 12 november 2026 är justerad omedelbart.',
    );
    expect((parse(read(dir, FILE)) as { adjustedAtOnce: { posted?: string }[] }).adjustedAtOnce[0]!.posted).toBe('2026-11-12');
  });

  it('a hand edit of § 100 stops every reader, and verify names it', () => {
    const copy = mkdtempSync(join(tmpdir(), 'sekr-kl-'));
    cpSync(dir, copy, { recursive: true });
    writeFileSync(join(copy, FILE), read(copy, FILE).replace('antar förvaltningens yttrande som sitt eget', 'antar yttrandet'));
    const render = run(copy, 'render', MEETING, '--format', 'md');
    expect(render.code).toBe(1);
    expect(render.stderr).toContain(
      '§ 100 of vard-och-omsorgsnamnden/2026-11-12 was adjusted at once on 2026-11-12 and has been edited since: § 100 (Yttrande över regional överenskommelse om samverkan vid utskrivning)',
    );
    const verify = run(copy, 'verify');
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain('vard-och-omsorgsnamnden/2026-11-12 § 100 was locked on 2026-11-12 and has been edited since');
  });

  it('the rest is adjusted later; the protocol then names both', () => {
    ok(run(dir, 'adjust', MEETING, '--date', '2026-11-19', '--yes'));
    ok(run(dir, 'render', MEETING, '--format', 'md'));
    const md = read(dir, `${OUT}/2026-11-12-protokoll.md`);
    expect(md).toContain('Justerade omedelbart: § 100 den 2026-11-12');
    expect(md).toContain('Justerat 2026-11-19');
    expect(md).toContain('Paragrafen justerades omedelbart den 12 november 2026.');
    expect(ok(run(dir, 'verify')).stdout).toContain('1 locked meeting, none changed since');
  });
});

describe('extracts', () => {
  let dir: string;
  beforeAll(() => {
    dir = board();
    ok(run(dir, 'adjust', MEETING, '--date', '2026-11-19', '--yes'));
  });

  it('a confidential § keeps its heading and ground only, by default', () => {
    const r = ok(run(dir, 'extract', MEETING, '102', '--to', 'Förvaltningsrätten i Malmö', '--format', 'md'));
    expect(r.stderr).toContain('confidential, only the heading and the ground given: § 102');
    const md = read(dir, `${OUT}/2026-11-12-utdrag-102-forvaltningsratten-i-malmo.md`);
    expect(md).toContain('Paragrafen omfattas av sekretess: OSL 26 kap. 1 §.');
    expect(md).not.toContain('Tyringe');
    expect(md).not.toContain('ledsagarservice');
  });

  it('in full only for one named recipient, and the extract says so', () => {
    let r = run(dir, 'extract', MEETING, '102', '--include-confidential');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--include-confidential is for one named recipient entitled to the information: give --to, not --send-list');
    r = run(dir, 'extract', MEETING, '102', '--include-confidential', '--send-list');
    expect(r.code).toBe(2);
    ok(run(dir, 'extract', MEETING, '102', '--to', 'Förvaltningsrätten i Malmö', '--include-confidential', '--format', 'md'));
    const md = read(dir, `${OUT}/2026-11-12-utdrag-102-forvaltningsratten-i-malmo.md`);
    expect(md).toContain(
      'Utdraget innehåller uppgifter som omfattas av sekretess (OSL 26 kap. 1 §). Det lämnas i sin helhet till Förvaltningsrätten i Malmö, som har rätt att ta del av uppgifterna.',
    );
    expect(md).toContain('Tyringe');
  });

  it('--send-list writes one extract for each recipient, with the §§ sent to them', () => {
    const r = ok(run(dir, 'extract', MEETING, '97,98,100', '--send-list', '--format', 'md', '--json'));
    const extracts = JSON.parse(r.stdout).extracts;
    expect(extracts).toEqual([
      { to: 'Vårdsamverkan Skåne Nordost', paragraphs: [97] },
      { to: 'Kommunstyrelsen', paragraphs: [97] },
      { to: 'Vårdsamverkan Skåne', paragraphs: [98, 100] },
      { to: 'Region Skåne', paragraphs: [98, 100] },
    ]);
    const md = read(dir, `${OUT}/2026-11-12-utdrag-98-100-vardsamverkan-skane.md`);
    expect(md).toContain('Till: Vårdsamverkan Skåne');
    expect(md).toContain('## § 98. Handlingsplan för psykisk hälsa 2027–2030');
    expect(md).toContain('## § 100. Yttrande över regional överenskommelse');
    expect(md).not.toContain('§ 97.');
    expect(md).toContain('Utdragsbestyrkande:');
  });
});

describe('a meeting may say its own kind', () => {
  it('meeting notes of a group that keeps protocols take no § numbers, and the next protocol runs on past them', () => {
    const dir = board();
    writeFileSync(
      join(dir, 'data/meetings/vard-och-omsorgsnamnden/2026-11-26.yaml'),
      'date: 2026-11-26\ndocument: mötesanteckning\nstatus: held\nplace: Stadshuset\ntime: "09:00-10:00"\nitems:\n  - title: Studiebesök\n    body: Nämnden besöker ett äldreboende.\n',
    );
    writeFileSync(
      join(dir, 'data/meetings/vard-och-omsorgsnamnden/2026-12-10.yaml'),
      'date: 2026-12-10\nstatus: agenda\nitems:\n  - title: Val av justerare\n',
    );
    ok(run(dir, 'validate'));
    ok(run(dir, 'render', 'vard-och-omsorgsnamnden/2026-11-26', '--format', 'md'));
    expect(read(dir, `${OUT}/2026-11-26-motesanteckning.md`)).toMatch(/^## 1\. Studiebesök$/m);
    ok(run(dir, 'render', 'vard-och-omsorgsnamnden/2026-12-10', '--format', 'md'));
    expect(read(dir, `${OUT}/2026-12-10-protokoll.md`)).toMatch(/^## § 106\. Val av justerare$/m);
  });

  it('a protocol of a group that keeps notes has §§', () => {
    const dir = workspace();
    unsealNotes(dir);
    const file = 'data/meetings/strategi-for-halsa/2026-05-22.yaml';
    writeFileSync(join(dir, file), read(dir, file).replace('date: 2026-05-22\n', 'date: 2026-05-22\ndocument: protokoll\nadjusters: [carolina-svensson]\n'));
    ok(sekr(['render', 'strategi-for-halsa/2026-05-22', '--format', 'md'], { cwd: dir }));
    expect(existsSync(join(dir, 'out/strategi-for-halsa/2026-05-22-protokoll.md'))).toBe(true);
    expect(read(dir, 'out/strategi-for-halsa/2026-05-22-protokoll.md')).toMatch(/^## § 1\. /m);
  });
});

describe('the register of decisions', () => {
  it('has the case number of each decision', () => {
    const dir = board();
    ok(run(dir, 'report', '--year', '2026', '--format', 'md', '--jobs', '1'));
    const md = read(dir, 'out/2026/vard-och-omsorgsnamnden/beslut-2026.md');
    expect(md).toContain('| Datum | § | Diarienummer | Ärende | Beslut |');
    expect(md).toContain(
      '| 2026-11-12 | § 98 | VON 2026/112 | Handlingsplan för psykisk hälsa 2027–2030 | Nämnden antar Handlingsplan för psykisk hälsa 2027–2030. |',
    );
  });
});

/**
 * Safe in a secretary's hands: the life cycle refuses what would do harm (each refusal names every
 * gap, changes nothing), a sealed meeting is checked wherever it is read, nothing of a confidential
 * paragraph leaves the internal protocol, action points are followed up outside the sealed record,
 * and sekr finds its data from any folder. The real binary on copies of the bundled data.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, sekr, unsealNotes, workspace, type Run } from '../helpers.js';

const PROTOCOL = 'styrgrupp-narvard/2026-02-27';
const FILE = 'data/meetings/styrgrupp-narvard/2026-02-27.yaml';
const NEXT = 'styrgrupp-narvard/2026-03-27';
const NEXT_FILE = 'data/meetings/styrgrupp-narvard/2026-03-27.yaml';
const NOTES = 'strategi-for-halsa/2026-05-22';
const NOTES_FILE = 'data/meetings/strategi-for-halsa/2026-05-22.yaml';
const UPCOMING = 'strategi-for-halsa/2026-09-11';
const UPCOMING_FILE = 'data/meetings/strategi-for-halsa/2026-09-11.yaml';

const read = (ws: string, file: string) => readFileSync(join(ws, file), 'utf8');
const noStack = (r: Run) => expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);

function ok(r: Run): Run {
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
  return r;
}

function edit(ws: string, file: string, from: string, to: string): void {
  const text = read(ws, file);
  expect(text.split(from).length - 1, `'${from}' once in ${file}`).toBe(1);
  writeFileSync(join(ws, file), text.replace(from, to));
}

/** Every file below a folder, as paths relative to it. */
function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile());
}

/** What a reader finds in a file: the text of Markdown, JSON and ICS; the XML of every part of a DOCX; the text of a PDF. */
async function readable(path: string): Promise<string> {
  if (path.endsWith('.docx')) {
    const zip = await JSZip.loadAsync(readFileSync(path));
    const parts = await Promise.all(Object.values(zip.files).map((f) => (f.dir ? '' : f.async('string'))));
    return parts.join('\n');
  }
  if (path.endsWith('.pdf')) return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  if (/\.(png)$/.test(path)) return '';
  return readFileSync(path, 'utf8');
}

describe('adjust and approve check before they seal', () => {
  it('adjust lists every gap of a meeting not yet recorded, exit 2, and changes nothing', () => {
    const ws = workspace();
    const before = read(ws, NEXT_FILE);
    const r = sekr(['adjust', NEXT, '--date', '2026-04-01'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('styrgrupp-narvard/2026-03-27 cannot be adjusted yet');
    for (const gap of [
      'nothing is recorded yet: the meeting is planned',
      'it has no paragraphs',
      'the place of the meeting (or its link) is missing',
      'the chair, nina-landstrom, is not listed as present',
      'the protocol has no adjuster',
      'the secretary, anna-lena-hardtmann, is not listed as present',
    ]) {
      expect(r.stderr).toMatch(new RegExp(`${NEXT_FILE.replace(/[./]/g, '\\$&')}:\\d+:\\d+ {2}${gap.replace(/[()]/g, '\\$&')}`));
    }
    noStack(r);
    expect(read(ws, NEXT_FILE)).toBe(before);
  });

  it('adjust refuses a paragraph that says nothing, a signer not present, a date to come; each named', () => {
    const ws = workspace();
    ok(sekr(['item', 'add', PROTOCOL, '--title', 'Tom punkt'], { cwd: ws }));
    let before = read(ws, FILE);
    let r = sekr(['adjust', PROTOCOL, '--date', '2026-03-05', '--yes'], { cwd: ws, env: { SEKR_TODAY: '2026-03-04' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('styrgrupp-narvard/2026-02-27 cannot be adjusted yet: 2 things are missing');
    expect(r.stderr).toMatch(/2026-02-27\.yaml:\d+:\d+ {2}§ 21 \(Tom punkt\) has neither text nor a decision/);
    expect(r.stderr).toContain('the day it is adjusted, 2026-03-05, is still to come (today is 2026-03-04)');
    noStack(r);
    expect(read(ws, FILE)).toBe(before);
    // An adjuster who was not there: the meeting does not even pass its checks.
    edit(ws, FILE, '    - tina-isaksson\n', '');
    before = read(ws, FILE);
    r = sekr(['adjust', PROTOCOL, '--date', '2026-03-05', '--yes'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the adjuster tina-isaksson is not listed as present');
    expect(read(ws, FILE)).toBe(before);
  });

  it('without a terminal it asks for --yes before it seals; with --yes it seals', () => {
    const ws = workspace();
    const before = read(ws, FILE);
    const r = sekr(['adjust', PROTOCOL, '--date', '2026-03-05'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'Adjusting a protocol needs your confirmation, and there is no terminal here to ask it  (add --yes to go ahead without being asked)',
    );
    expect(read(ws, FILE)).toBe(before);
    const done = ok(sekr(['adjust', PROTOCOL, '--date', '2026-03-05', '--yes'], { cwd: ws }));
    expect(done.stderr).toContain('adjusted Styrgrupp närvård 2026-02-27 on 2026-03-05 by Tina Isaksson; §§ 12–21 are frozen');
    expect(parse(read(ws, FILE)).status).toBe('adjusted');
  });

  it('approve refuses inside the correction week unless --early, which the seal records and status shows', () => {
    const ws = workspace();
    unsealNotes(ws);
    const before = read(ws, NOTES_FILE);
    const r = sekr(['approve', NOTES, '--date', '2026-05-28', '--yes'], { cwd: ws, env: { SEKR_TODAY: '2026-05-28' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the members have until 2026-06-01 to send corrections (the notes were sent on 2026-05-25)');
    expect(r.stderr).toContain('add --early');
    expect(read(ws, NOTES_FILE)).toBe(before);
    const early = ok(sekr(['approve', NOTES, '--date', '2026-05-28', '--early', '--yes'], { cwd: ws, env: { SEKR_TODAY: '2026-05-28' } }));
    expect(early.stderr).toContain('(early: inside the correction week)');
    expect(parse(read(ws, NOTES_FILE)).approved.early).toBe(true);
    const status = ok(sekr(['status', '--group', 'strategi-for-halsa'], { cwd: ws, env: { SEKR_TODAY: '2026-05-28' } }));
    expect(status.stdout).toMatch(/^2026-05-22 .* final \(approved early\)/m);
    expect(JSON.parse(ok(sekr(['status', '--json'], { cwd: ws })).stdout).meetings.find((m: { meeting: string }) => m.meeting === NOTES)).toMatchObject({
      approvedEarly: true,
    });
  });

  it('send refuses items with nothing recorded unless --allow-empty', () => {
    const ws = workspace();
    edit(ws, FILE, '\nstatus: draft\n', '\nstatus: held\n');
    ok(sekr(['item', 'add', PROTOCOL, '--title', 'Tom punkt'], { cwd: ws }));
    const before = read(ws, FILE);
    const r = sekr(['send', PROTOCOL, '--date', '2026-03-02', '--yes'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/§ 21 \(Tom punkt\) has neither text nor a decision/);
    expect(r.stderr).toContain('send it as it is with --allow-empty');
    expect(read(ws, FILE)).toBe(before);
    expect(existsSync(join(ws, 'out'))).toBe(false);
    const unasked = sekr(['send', PROTOCOL, '--date', '2026-03-02', '--allow-empty'], { cwd: ws });
    expect(unasked.code).toBe(2);
    expect(unasked.stderr).toContain('add --yes');
    const sent = ok(sekr(['send', PROTOCOL, '--date', '2026-03-02', '--allow-empty', '--yes'], { cwd: ws }));
    expect(sent.stderr).toContain('sent Styrgrupp närvård 2026-02-27 on 2026-03-02');
  });

  it('kallelse --sent refuses a day after the meeting, and a digital meeting without a link', () => {
    const ws = workspace();
    const before = read(ws, UPCOMING_FILE);
    let r = sekr(['kallelse', UPCOMING, '--sent', '2026-09-04', '--yes', '--format', 'md'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a digital meeting without a link');
    r = sekr(['kallelse', UPCOMING, '--sent', '2026-12-02', '--yes', '--format', 'md'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a notice sent on 2026-12-02 comes after the meeting (2026-09-11)');
    expect(read(ws, UPCOMING_FILE)).toBe(before);
    // The group's usual link in the registry is the meeting's link too.
    edit(ws, 'data/registry.yaml', '      place: Digitalt, via Teams\n', '      place: Digitalt, via Teams\n      link: https://teams.example.se/strategi\n');
    r = ok(sekr(['kallelse', UPCOMING, '--sent', '2026-09-04', '--yes', '--format', 'md'], { cwd: ws }));
    expect(r.stderr).toContain('marked the notice as sent on 2026-09-04');
    expect(parse(read(ws, UPCOMING_FILE)).convened).toBe('2026-09-04');
    expect(read(ws, 'out/strategi-for-halsa/2026-09-11-kallelse.md')).toContain('https://teams.example.se/strategi');
  });
});

describe('a meeting has a place or a link', () => {
  it('schedule fills in the group’s place and link; validate warns of a planned meeting without them, --strict fails it', () => {
    const ws = workspace();
    let v = ok(sekr(['validate'], { cwd: ws }));
    expect(v.stdout).toContain(`${UPCOMING_FILE}:5:7  warning: a digital meeting without a link`);
    expect(v.stdout).toContain(`${NEXT_FILE}:4:7  warning: a physical meeting without a place`);
    expect(v.stderr).toContain('no problems; 2 warnings');
    const strict = sekr(['validate', '--strict'], { cwd: ws });
    expect(strict.code).toBe(2);
    expect(JSON.parse(sekr(['validate', '--json'], { cwd: ws }).stdout).warnings).toHaveLength(2);

    const planned = sekr(['schedule', 'strategi-for-halsa', '--year', '2027', '--alternate', 'fysiskt,digital'], { cwd: ws });
    ok(planned);
    expect(planned.stderr).toContain('note: the physical meetings get no place');
    edit(
      ws,
      'data/registry.yaml',
      '      place: Digitalt, via Teams\n',
      '      place: Digitalt, via Teams\n      link: https://teams.example.se/strategi\n      places: { fysiskt: "Sjuhärads kommunalförbund, Borås", digital: "Digitalt, via Teams" }\n',
    );
    ok(sekr(['schedule', 'strategi-for-halsa', '--year', '2028', '--alternate', 'fysiskt,digital'], { cwd: ws }));
    const year = readdirSync(join(ws, 'data/meetings/strategi-for-halsa')).filter((f) => f.startsWith('2028-'));
    const first = parse(read(ws, `data/meetings/strategi-for-halsa/${year[0]}`));
    const second = parse(read(ws, `data/meetings/strategi-for-halsa/${year[1]}`));
    expect(first).toMatchObject({ mode: 'fysiskt', place: 'Sjuhärads kommunalförbund, Borås' });
    expect(second).toMatchObject({ mode: 'digital', place: 'Digitalt, via Teams', link: 'https://teams.example.se/strategi' });
    v = ok(sekr(['validate'], { cwd: ws }));
    expect(v.stdout).not.toContain('2028');
  });
});

describe('a seal is checked wherever a sealed meeting is read', () => {
  const ws = workspace();
  ok(sekr(['adjust', PROTOCOL, '--date', '2026-03-05', '--yes'], { cwd: ws }));
  edit(ws, FILE, '    body: |\n      Tina Isaksson väljs som justerare.\n', '    body: |\n      Tina Isaksson väljs som justerare. Tillagt i efterhand.\n');

  it.each([
    ['render', ['render', PROTOCOL, '--format', 'md']],
    ['notice', ['notice', PROTOCOL, '--format', 'md']],
    ['publish', ['publish', PROTOCOL, '--format', 'md']],
    ['actions', ['actions']],
    ['status', ['status']],
    ['report', ['report', '--year', '2026', '--group', 'styrgrupp-narvard', '--format', 'md']],
  ])('%s stops, exit 1, naming the file and the changed paragraph', (_name, args) => {
    const r = sekr(args, { cwd: ws });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${FILE}  ${PROTOCOL} was sealed on 2026-03-05 and has been edited since: § 13 (Val av justerare)`);
    noStack(r);
    expect(existsSync(join(ws, 'out'))).toBe(false);
  });
});

describe('validate never advises a change to a sealed file', () => {
  it('a meeting put before an adjusted one is told to move, the adjusted one is left as it is', () => {
    const ws = workspace();
    ok(sekr(['adjust', PROTOCOL, '--date', '2026-03-05', '--yes'], { cwd: ws }));
    writeFileSync(
      join(ws, 'data/meetings/styrgrupp-narvard/2026-02-13.yaml'),
      'date: 2026-02-13\ntime: "10:00-12:00"\nplace: Digitalt via Teams\nmode: digital\nstatus: held\nfirstParagraph: 9\nitems:\n  - title: A\n  - title: B\n  - title: C\n  - title: D\n',
    );
    const r = sekr(['validate'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('data/meetings/styrgrupp-narvard/2026-02-13.yaml');
    expect(r.stdout).toContain('the meeting of 2026-02-27 is adjusted and keeps its numbers from § 12');
    expect(r.stdout).toContain('the sealed file stays as it is');
    expect(r.stdout).not.toMatch(/2026-02-27\.yaml:\d+:\d+ .*set firstParagraph/);
  });
});

describe('one rule of confidentiality for every output', () => {
  const MARK = 'HEMLIGMARKÖR';
  const ws = workspace();
  const item = ['item', 'set', PROTOCOL, '20'];
  ok(sekr(['item', 'set', PROTOCOL, '20', '--confidential', 'OSL 26 kap. 1 §'], { cwd: ws }));
  ok(
    sekr(
      [
        ...item,
        '--notes',
        `Anteckning ${MARK}-anteckning om en enskild.`,
        '--decision',
        `Beslut ${MARK}-beslut`,
        '--action',
        `tina-isaksson|Åtgärd ${MARK}-åtgärd|2026-04-30`,
        '--case-number',
        `NVK ${MARK}-dnr`,
        '--attachment',
        `Bilaga ${MARK}-bilaga`,
        '--proposal',
        `nina-landstrom|Yrkande ${MARK}-yrkande`,
        '--carry',
        `Punkt ${MARK}-lyfts`,
      ],
      { cwd: ws },
    ),
  );
  ok(sekr(['adjust', PROTOCOL, '--date', '2026-03-05', '--yes'], { cwd: ws }));
  const heading = parse(read(ws, FILE)).items[8].title as string;

  it('the internal protocol has every field; nothing else has any of them', async () => {
    ok(sekr(['render', PROTOCOL, '--format', 'md'], { cwd: ws }));
    const internal = read(ws, 'out/styrgrupp-narvard/2026-02-27-protokoll.md');
    for (const field of ['anteckning', 'beslut', 'åtgärd', 'dnr', 'bilaga', 'yrkande']) expect(internal).toContain(`${MARK}-${field}`);

    const outputs: { name: string; text: string }[] = [];
    const run = (args: string[]) => {
      const r = ok(sekr(args, { cwd: ws }));
      outputs.push({ name: args.join(' '), text: r.stdout + r.stderr });
    };
    run(['publish', PROTOCOL, '--format', 'md,docx,pdf', '--out', 'pub']);
    run(['publish', PROTOCOL, '--format', 'md', '--json', '--out', 'pub2']);
    run(['report', '--year', '2026', '--format', 'md,docx', '--out', 'rep']);
    run(['report', '--year', '2026', '--json', '--out', 'rep2']);
    run(['actions']);
    run(['actions', '--json']);
    run(['status']);
    run(['status', '--json']);
    run(['agenda', 'styrgrupp-narvard', '--date', '2026-03-27', '--json']);
    run(['kallelse', NEXT, '--format', 'md,docx', '--ics', '--out', 'kal']);
    run(['kallelse', NEXT, '--format', 'md', '--json', '--out', 'kal2']);
    run(['verify', '--json']);
    for (const folder of ['pub', 'rep', 'kal']) {
      for (const f of filesBelow(join(ws, folder))) outputs.push({ name: `${folder}/${f}`, text: await readable(join(ws, folder, f)) });
    }
    outputs.push({ name: NEXT_FILE, text: read(ws, NEXT_FILE) });
    expect(outputs.filter((o) => o.name.endsWith('.docx')).length).toBeGreaterThan(3);
    expect(outputs.some((o) => o.name.endsWith('.pdf'))).toBe(true);
    expect(outputs.some((o) => o.name.endsWith('.ics'))).toBe(true);
    for (const o of outputs) expect(o.text, o.name).not.toContain(MARK);

    // What does leave: the number, the heading and the ground.
    const published = read(ws, 'pub/public/styrgrupp-narvard/2026-02-27-protokoll.md');
    expect(published).toContain(heading);
    expect(published).toContain('OSL 26 kap. 1 §');
    const register = read(ws, 'rep/2026/styrgrupp-narvard/beslut-2026.md');
    expect(register).toContain('Omfattas av sekretess (OSL 26 kap. 1 §)');
    const carried = JSON.parse(
      outputs
        .find((o) => o.name.startsWith('agenda'))!
        .text.split('\n')
        .slice(0)
        .join('\n')
        .replace(/^[^{]*/, '')
        .replace(/}[^}]*$/, '}'),
    );
    expect(carried.items.map((i: { title: string }) => i.title)).toContain(heading);
    // Twelve commands, a PDF by LibreOffice among them: over a minute on a busy machine.
  }, 240_000);

  it('report --internal writes the whole year to <year>-internt/, every document marked', async () => {
    const r = ok(sekr(['report', '--year', '2026', '--internal', '--format', 'md,docx', '--out', 'int'], { cwd: ws }));
    expect(r.stderr).toContain('int/2026-internt holds confidential paragraphs in full');
    const dir = join(ws, 'int/2026-internt');
    expect(read(ws, 'int/2026-internt/styrgrupp-narvard/2026-02-27-protokoll.md')).toContain(`${MARK}-anteckning`);
    for (const f of filesBelow(dir).filter((f) => /\.(md|docx)$/.test(f))) {
      expect(await readable(join(dir, f)), f).toContain('Innehåller uppgifter som omfattas av sekretess');
    }
    expect(existsSync(join(ws, 'int/2026'))).toBe(false);
  });
});

describe('action points are followed up outside the sealed record', () => {
  it('done and reopen by id; the sealed meeting stays as it is; the follow-up shows when it was done', () => {
    const ws = workspace();
    ok(sekr(['item', 'set', PROTOCOL, '15', '--action', 'tina-isaksson|Sprida tillämpningen i verksamheterna|2026-04-30'], { cwd: ws }));
    ok(sekr(['adjust', PROTOCOL, '--date', '2026-03-05', '--yes'], { cwd: ws }));
    const sealed = read(ws, FILE);
    const list = JSON.parse(ok(sekr(['actions', '--open', '--json'], { cwd: ws })).stdout);
    expect(list).toHaveLength(1);
    const id = list[0].id as string;
    expect(id).toMatch(/^[0-9a-f]{6}$/);
    const shown = ok(sekr(['actions', '--open'], { cwd: ws })).stdout;
    expect(shown).toMatch(new RegExp(`^${id} +2026-04-30 +Tina Isaksson +Sprida tillämpningen`, 'm'));

    const wrong = sekr(['actions', 'done', `${id.slice(0, 5)}x`], { cwd: ws });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(`did you mean ${id}?`);
    const done = ok(sekr(['actions', 'done', id, '--date', '2026-04-20', '--comment', 'Klart'], { cwd: ws }));
    expect(done.stderr).toContain(`done ${id} Sprida tillämpningen i verksamheterna (Styrgrupp närvård 2026-02-27 § 15) on 2026-04-20: Klart`);
    expect(read(ws, FILE)).toBe(sealed);
    expect(parse(read(ws, 'data/actions/styrgrupp-narvard.yaml'))).toEqual({ done: [{ id, meeting: '2026-02-27', date: '2026-04-20', comment: 'Klart' }] });
    ok(sekr(['verify'], { cwd: ws }));
    ok(sekr(['validate'], { cwd: ws }));
    expect(JSON.parse(ok(sekr(['actions', '--open', '--json'], { cwd: ws })).stdout)).toEqual([]);
    expect(ok(sekr(['actions'], { cwd: ws })).stdout).toContain('done 2026-04-20: Klart');

    ok(sekr(['report', '--year', '2026', '--group', 'styrgrupp-narvard', '--format', 'md'], { cwd: ws }));
    expect(read(ws, 'out/2026/styrgrupp-narvard/uppfoljning-2026.md')).toContain(
      '| Tina Isaksson | Sprida tillämpningen i verksamheterna | 2026-04-30 | 27 februari 2026 § 15 | Klar 2026-04-20: Klart |',
    );
    expect(read(ws, 'out/2026/styrgrupp-narvard/beslut-2026.md')).toContain('Inga öppna åtgärder.');

    ok(sekr(['actions', 'reopen', id], { cwd: ws }));
    expect(JSON.parse(ok(sekr(['actions', '--open', '--json'], { cwd: ws })).stdout)).toHaveLength(1);
    expect(read(ws, FILE)).toBe(sealed);
  });

  it('validate names a follow-up of an action point that does not exist, at its line', () => {
    const ws = workspace();
    mkdirSync(join(ws, 'data/actions'));
    writeFileSync(join(ws, 'data/actions/styrgrupp-narvard.yaml'), 'done:\n  - { id: abcdef, meeting: 2026-02-27, date: 2026-03-10 }\n');
    const r = sekr(['validate'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("data/actions/styrgrupp-narvard.yaml:2:11  no action point 'abcdef' was decided at the meeting of 2026-02-27");
  });
});

describe('works from anywhere', () => {
  it('finds the data folder from a folder inside it, by a meeting file path, and writes out/ beside it', () => {
    const ws = workspace();
    const inside = join(ws, 'data/meetings/styrgrupp-narvard');
    expect(ok(sekr(['status'], { cwd: inside })).stdout).toContain('4 meetings');
    const other = workspace();
    const r = ok(sekr(['render', join(ws, FILE), '--format', 'md'], { cwd: join(other, 'data') }));
    expect(r.stderr).toContain(`wrote ${join(ws, 'out/styrgrupp-narvard/2026-02-27-protokoll.md')}`);
    expect(existsSync(join(other, 'out'))).toBe(false);
    const elsewhere = sekr(['status'], { cwd: '/' });
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain('no data folder in / or any folder above it');
    ok(sekr(['--data', join(ws, 'data'), 'status'], { cwd: '/' }));
  });
});

describe('ids are easy to find', () => {
  it('members shows ids; a mistyped group gets a suggestion; an impossible date is named', () => {
    expect(ok(sekr(['members', 'styrgrupp-narvard'])).stdout).toMatch(/^ {2}Nina Landström +nina-landstrom +ledamot/m);
    const group = sekr(['render', 'strategi-for-hals/2026-05-22']);
    expect(group.code).toBe(2);
    expect(group.stderr).toContain("did you mean 'strategi-for-halsa'?");
    const date = sekr(['render', 'styrgrupp-narvard/2026-02-30']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('2026-02-30 is not a date');
    const person = sekr(['attendance', NEXT, '--all-present', '--absent', 'nina-landstrm'], { cwd: workspace() });
    expect(person.code).toBe(2);
    expect(person.stderr).toContain("did you mean 'nina-landstrom'?");
    expect(ROOT).toBeTruthy();
  });
});

/**
 * Before a meeting: plan the year (schedule), fill the agenda (agenda), send
 * the notice (kallelse). The real binary in a copy of the bundled data.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ICAL from 'ical.js';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, sekr, unsealNotes, workspace } from '../helpers.js';

const STRATEGI = 'data/meetings/strategi-for-halsa';
const STYRGRUPP = 'data/meetings/styrgrupp-narvard';

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const yamlOf = (dir: string, file: string) => parse(read(dir, file));
const files = (dir: string, folder: string) => readdirSync(join(dir, folder)).sort();
const noStack = (r: { stdout: string; stderr: string }) => expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);

interface Attendee {
  email: string;
  name: string | undefined;
  role: string | undefined;
}
interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string | undefined;
  location: string | undefined;
  description: string | undefined;
  organizer: { email: string; name: string | undefined } | undefined;
  attendees: Attendee[];
}

/** A calendar file as a calendar program reads it (ical.js). */
function calendar(text: string): { method: string | null; events: ParsedEvent[] } {
  const root = new ICAL.Component(ICAL.parse(text));
  const mail = (v: unknown) => String(v).replace(/^mailto:/i, '');
  const events = root.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const organizer = vevent.getFirstProperty('organizer');
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate?.toJSDate().toISOString(),
      location: event.location ?? undefined,
      description: event.description ?? undefined,
      organizer: organizer ? { email: mail(organizer.getFirstValue()), name: organizer.getParameter('cn') as string | undefined } : undefined,
      attendees: event.attendees.map((a) => ({
        email: mail(a.getFirstValue()),
        name: a.getParameter('cn') as string | undefined,
        role: a.getParameter('role') as string | undefined,
      })),
    };
  });
  return { method: root.getFirstPropertyValue('method') as string | null, events };
}

async function docxHtml(file: string): Promise<string> {
  const result = await mammoth.convertToHtml({ path: file }, { styleMap: ["p[style-name='Title'] => h1.title:fresh"] });
  expect(result.messages.filter((m) => m.type === 'error')).toEqual([]);
  return result.value;
}

/** Adds `email:` to people of data/registry.yaml, by editing its text. */
function giveEmails(dir: string, ids: string[]): void {
  const path = join(dir, 'data/registry.yaml');
  let text = readFileSync(path, 'utf8');
  for (const id of ids) {
    const before = text;
    text = text.replace(`{ id: ${id}, `, `{ id: ${id}, email: ${id}@example.se, `);
    expect(text, id).not.toBe(before);
  }
  writeFileSync(path, text);
}

describe('sekr schedule', () => {
  it('prints the twelve dates of a year in a dry run, and writes nothing', () => {
    const dir = workspace();
    const r = sekr(['schedule', 'strategi-for-halsa', '--year', '2027', '--alternate', 'fysiskt,digital', '--dry-run'], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^date\s+day\s+time\s+mode\s+place\s+note$/);
    const rows = lines.slice(1);
    expect(rows).toHaveLength(12);
    // As the group's latest meeting (2026-09-11): the second Friday of the month.
    expect(rows.map((l) => l.slice(0, 10))).toEqual([
      '2027-01-08',
      '2027-02-12',
      '2027-03-12',
      '2027-04-09',
      '2027-05-14',
      '2027-06-11',
      '2027-07-09',
      '2027-08-13',
      '2027-09-10',
      '2027-10-08',
      '2027-11-12',
      '2027-12-10',
    ]);
    rows.forEach((row, i) => expect(row).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}\\s+fredag\\s+10:00-11:00\\s+${i % 2 ? 'digital' : 'fysiskt'}\\b`)));
    expect(rows[1]).toContain('Digitalt, via Teams');
    expect(r.stderr).toContain('12 meetings in 2027 (dry run: nothing written)');
    expect(files(dir, STRATEGI)).toEqual(['2026-05-22.yaml', '2026-09-11.yaml']);
  });

  it('writes the planned meetings, which validate, and leaves them alone the next time', () => {
    const dir = workspace();
    const args = ['schedule', 'strategi-for-halsa', '--year', '2027', '--alternate', 'fysiskt,digital'];
    const r = sekr(args, { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('wrote 12 planned meetings to data/meetings/strategi-for-halsa');
    const written = files(dir, STRATEGI).filter((f) => f.startsWith('2027-'));
    expect(written).toHaveLength(12);
    written.forEach((file, i) => {
      const m = yamlOf(join(dir, STRATEGI), file);
      expect(m.date).toBe(file.replace('.yaml', ''));
      expect(m.status).toBe('planned');
      expect(m.mode).toBe(i % 2 ? 'digital' : 'fysiskt');
      expect(m.time).toBe('10:00-11:00');
      expect(m.items).toBeUndefined();
    });
    // The group's usual place is for its usual (digital) meetings only.
    expect(yamlOf(join(dir, STRATEGI), '2027-02-12.yaml').place).toBe('Digitalt, via Teams');
    expect(yamlOf(join(dir, STRATEGI), '2027-01-08.yaml').place).toBeUndefined();

    const v = sekr(['validate'], { cwd: dir });
    expect(v.code).toBe(0);
    expect(v.stderr).toContain('9 groups, 45 people, 16 meetings, 1 plan; no problems');

    // The secretary changes one of them; planning again changes nothing.
    const mine = join(dir, STRATEGI, '2027-03-12.yaml');
    writeFileSync(mine, 'date: 2027-03-12\ntime: "13:00-14:00"\nmode: digital\nstatus: planned\n');
    const again = sekr(args, { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout.split('\n').filter((l) => l.includes('exists already'))).toHaveLength(12);
    expect(again.stderr).toContain('wrote 0 planned meetings');
    expect(again.stderr).toContain('12 existed already and were left as they are');
    expect(readFileSync(mine, 'utf8')).toBe('date: 2027-03-12\ntime: "13:00-14:00"\nmode: digital\nstatus: planned\n');
    expect(files(dir, STRATEGI)).toHaveLength(14);
  });

  it('gives the plan as JSON', () => {
    const dir = workspace();
    const r = sekr(['schedule', 'strategi-for-halsa', '--year', '2027', '--alternate', 'fysiskt,digital', '--dry-run', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan).toMatchObject({ group: 'strategi-for-halsa', year: 2027, dryRun: true });
    expect(plan.meetings).toHaveLength(12);
    expect(plan.meetings[0]).toMatchObject({ date: '2027-01-08', mode: 'fysiskt', time: '10:00-11:00', exists: false, file: `${STRATEGI}/2027-01-08.yaml` });
    expect(plan.meetings[1]).toMatchObject({ date: '2027-02-12', mode: 'digital', place: 'Digitalt, via Teams', exists: false });
    expect(files(dir, STRATEGI)).toHaveLength(2);
  });

  it('moves meetings off Långfredagen, Midsommarafton and Nyårsafton, and says so', () => {
    const dir = workspace();
    const r = sekr(['schedule', 'styrgrupp-narvard', '--year', '2027'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2027-03-19\s+fredag\s+10:00-12:00\s+digital\s+Digitalt via Teams\s+moved from 2027-03-26 \(långfredagen\)$/m);
    expect(r.stdout).toMatch(/^2027-06-18\s+fredag\s+.*moved from 2027-06-25 \(midsommarafton\)$/m);
    expect(r.stdout).toMatch(/^2027-12-30\s+torsdag\s+.*moved from 2027-12-31 \(nyårsafton\)$/m);
    expect(r.stdout).not.toMatch(/^2027-03-26/m);
    expect(read(join(dir, STYRGRUPP), '2027-03-19.yaml')).toContain('moved from 2027-03-26 (långfredagen)');
    expect(existsSync(join(dir, STYRGRUPP, '2027-03-26.yaml'))).toBe(false);
  });

  it('skips months and dates', () => {
    const r = sekr(['schedule', 'styrgrupp-narvard', '--year', '2027', '--skip', '2027-07,2027-12-30', '--dry-run', '--json'], { cwd: workspace() });
    expect(r.code).toBe(0);
    const dates = JSON.parse(r.stdout).meetings.map((m: { date: string }) => m.date);
    expect(dates).toHaveLength(11);
    expect(dates.some((d: string) => d.startsWith('2027-07'))).toBe(false);
    expect(dates).not.toContain('2027-12-30');
    expect(dates).not.toContain('2027-12-31');
  });

  it('plans every other week from a start date', () => {
    const r = sekr(['schedule', 'strategi-for-halsa', '--year', '2027', '--every', '2w', '--start', '2027-01-15', '--dry-run', '--json'], { cwd: workspace() });
    expect(r.code).toBe(0);
    const meetings: { date: string; moved?: { from: string } }[] = JSON.parse(r.stdout).meetings;
    expect(meetings).toHaveLength(26);
    expect(meetings.slice(0, 3).map((m) => m.date)).toEqual(['2027-01-15', '2027-01-29', '2027-02-12']);
    expect(meetings.find((m) => m.moved?.from === '2027-03-26')?.date).toBe('2027-03-25');
  });

  it('refuses an --every it does not understand, and writes nothing', () => {
    const dir = workspace();
    const r = sekr(['schedule', 'strategi-for-halsa', '--year', '2027', '--every', 'fortnight'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("every: 'fortnight' is not month, 2m, 1w, 2w");
    expect(r.stderr).toContain('--every month --weekday fredag');
    noStack(r);
    expect(files(dir, STRATEGI)).toHaveLength(2);
  });

  it('refuses a bad weekday, week or year, and asks for something to do', () => {
    const dir = workspace();
    const weekday = sekr(['schedule', 'strategi-for-halsa', '--year', '2027', '--weekday', 'fredg'], { cwd: dir });
    expect(weekday.code).toBe(2);
    expect(weekday.stderr).toContain("weekday: 'fredg' is not a weekday");
    const week = sekr(['schedule', 'strategi-for-halsa', '--year', '2027', '--week', '6'], { cwd: dir });
    expect(week.code).toBe(2);
    expect(week.stderr).toContain("--week '6' is not valid");
    const year = sekr(['schedule', 'strategi-for-halsa', '--year', '27'], { cwd: dir });
    expect(year.code).toBe(2);
    expect(year.stderr).toContain("--year '27' is not a year");
    const nothing = sekr(['schedule', 'strategi-for-halsa'], { cwd: dir });
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('nothing to do');
    for (const r of [weekday, week, year, nothing]) noStack(r);
    expect(files(dir, STRATEGI)).toHaveLength(2);
  });

  // BUG (reported): --start is not checked; an impossible date crashes with
  // "internal error: Invalid time value" (exit 1) instead of a usage error (exit 2).
  it('refuses an impossible --start date as bad input', () => {
    const r = sekr(['schedule', 'strategi-for-halsa', '--year', '2027', '--every', '2w', '--start', '2027-13-45', '--dry-run'], { cwd: workspace() });
    expect(r.stderr).not.toContain('internal error');
    expect(r.code).toBe(2);
  });

  describe('as a calendar file', () => {
    it("exports the group's meetings with their local times", () => {
      const dir = workspace();
      const r = sekr(['schedule', 'styrgrupp-narvard', '--ics', 'out/styrgrupp.ics'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('wrote out/styrgrupp.ics: 2 meetings of Styrgrupp närvård');
      const { method, events } = calendar(read(dir, 'out/styrgrupp.ics'));
      expect(method).toBeNull();
      expect(events.map((e) => e.summary)).toEqual(['Styrgrupp närvård', 'Styrgrupp närvård']);
      // 10:00-12:00 in Stockholm, winter time (UTC+1).
      expect(events.map((e) => [e.start, e.end])).toEqual([
        ['2026-02-27T09:00:00.000Z', '2026-02-27T11:00:00.000Z'],
        ['2026-03-27T09:00:00.000Z', '2026-03-27T11:00:00.000Z'],
      ]);
      expect(events[0]!.location).toBe('Digitalt via Teams');
      expect(events[0]!.description).toBe('Digitalt möte');
      expect(events[1]!.description).toBe('Fysiskt möte');
    });

    it('writes summer time as UTC+2, with unique ASCII UIDs that stay the same between runs', () => {
      const dir = workspace();
      const r = sekr(['schedule', 'styrgrupp-narvard', '--year', '2027', '--ics', 'out/2027.ics'], { cwd: dir });
      expect(r.code).toBe(0);
      const { events } = calendar(read(dir, 'out/2027.ics'));
      expect(events).toHaveLength(12);
      const start = (date: string) => events.find((e) => e.start.startsWith(date))?.start;
      expect(start('2027-03-19')).toBe('2027-03-19T09:00:00.000Z'); // before summer time (2027-03-28)
      expect(start('2027-04-30')).toBe('2027-04-30T08:00:00.000Z');
      expect(start('2027-06-18')).toBe('2027-06-18T08:00:00.000Z');
      expect(start('2027-10-29')).toBe('2027-10-29T08:00:00.000Z'); // summer time ends 2027-10-31
      expect(start('2027-11-26')).toBe('2027-11-26T09:00:00.000Z');
      const uids = events.map((e) => e.uid);
      expect(new Set(uids).size).toBe(12);
      for (const uid of uids) expect(uid).toMatch(/^[\x21-\x7e]+$/);
      expect(uids).toContain('sekr-styrgrupp-narvard-2027-03-19@narvardssamverkan-sodra-alvsborg');

      // Exported again: the same UIDs, so calendars update rather than duplicate.
      expect(sekr(['schedule', 'styrgrupp-narvard', '--year', '2027', '--ics', 'out/again.ics'], { cwd: dir }).code).toBe(0);
      expect(calendar(read(dir, 'out/again.ics')).events.map((e) => e.uid)).toEqual(uids);
    });
  });
});

describe('sekr agenda', () => {
  it("fills the agenda of notes with the plan's open activities and the point carried from last time", () => {
    const dir = workspace();
    const r = sekr(['agenda', 'strategi-for-halsa', '--date', '2026-09-11'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`wrote the agenda to ${STRATEGI}/2026-09-11.yaml`);
    expect(r.stdout).toMatch(/^ {4}3\. Aktiviteter 2026$/m);
    expect(r.stdout).toMatch(/^ {4}4\. Framtidens socialtjänst {2}\(från 2026-05-22, punkt 5\)$/m);

    const text = read(dir, `${STRATEGI}/2026-09-11.yaml`);
    expect(text).toMatch(/^# "Nästa möte är den 11 september/); // the file's comment is kept
    const m = parse(text);
    expect(m.status).toBe('agenda');
    expect(m).toMatchObject({ date: '2026-09-11', time: '10:00-11:00', mode: 'digital' });
    expect(m.items.map((i: { title: string }) => i.title)).toEqual([
      'Mötets öppnande',
      'Godkännande av dagordningen och föregående mötesanteckning',
      'Aktiviteter 2026',
      'Framtidens socialtjänst',
      'Övrigt',
      'Avslut',
    ]);
    expect(m.items[2].items.map((i: { activity: string }) => i.activity)).toEqual([
      'halsolots',
      'aktivitetslots',
      'workshop-goda-levnadsvillkor',
      'rutin-fallprevention',
      'omvarldsbevakning',
    ]);
    expect(m.items[2].items[1]).toEqual({ title: 'Fortsatt införande av aktivitetslots', activity: 'aktivitetslots' });
    expect(m.items[3]).toEqual({ title: 'Framtidens socialtjänst', carriedFrom: { date: '2026-05-22', number: 5 } });
    expect(sekr(['validate'], { cwd: dir }).code).toBe(0);

    // Filled again: the same agenda, nothing doubled.
    expect(sekr(['agenda', 'strategi-for-halsa', '--date', '2026-09-11'], { cwd: dir }).code).toBe(0);
    expect(read(dir, `${STRATEGI}/2026-09-11.yaml`)).toBe(text);
  });

  it('keeps the points the secretary added, before Övrigt', () => {
    const dir = workspace();
    const path = join(dir, STRATEGI, '2026-09-11.yaml');
    writeFileSync(path, `${readFileSync(path, 'utf8')}items:\n  - title: Avslut\n  - title: Budget 2027\n`);
    expect(sekr(['agenda', 'strategi-for-halsa', '--date', '2026-09-11'], { cwd: dir }).code).toBe(0);
    const titles = parse(readFileSync(path, 'utf8')).items.map((i: { title: string }) => i.title);
    expect(titles.slice(-4)).toEqual(['Framtidens socialtjänst', 'Budget 2027', 'Övrigt', 'Avslut']);
    expect(titles.filter((t: string) => t === 'Avslut')).toHaveLength(1);
  });

  it('numbers a protocol on from the previous one, with "Hänt sedan sist", in a dry run', () => {
    const dir = workspace();
    const before = read(dir, `${STYRGRUPP}/2026-03-27.yaml`);
    const r = sekr(['agenda', 'styrgrupp-narvard', '--date', '2026-03-27', '--dry-run'], { cwd: dir });
    expect(r.code).toBe(0);
    // The protocol of 2026-02-27 has §§ 12–21.
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      'Styrgrupp närvård 2026-03-27',
      ' § 22. Mötets öppnande och godkännande av dagordning',
      ' § 23. Val av justerare',
      ' § 24. Föregående protokoll',
      ' § 25. Hänt sedan sist, den 27 februari 2026',
      ' § 26. Ungdomsmottagningarna och deras finansiering  (från 2026-02-27, § 19)',
      ' § 27. Övrigt',
      ' § 28. Mötet avslutas',
    ]);
    expect(r.stderr).toContain('dry run: nothing written');
    expect(read(dir, `${STYRGRUPP}/2026-03-27.yaml`)).toBe(before);
  });

  it('gives the agenda as JSON', () => {
    const r = sekr(['agenda', 'styrgrupp-narvard', '--date', '2026-03-27', '--dry-run', '--json'], { cwd: workspace() });
    expect(r.code).toBe(0);
    const agenda = JSON.parse(r.stdout);
    expect(agenda).toMatchObject({ meeting: 'styrgrupp-narvard/2026-03-27', dryRun: true, firstNumber: 22 });
    expect(agenda.items[4]).toEqual({ title: 'Ungdomsmottagningarna och deras finansiering', carriedFrom: { date: '2026-02-27', number: 19 } });
  });

  it('takes the next planned meeting from today', () => {
    const dir = workspace();
    const r = sekr(['agenda', 'styrgrupp-narvard', '--dry-run'], { cwd: dir, env: { SEKR_TODAY: '2026-03-01' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Styrgrupp närvård 2026-03-27$/m);
    const none = sekr(['agenda', 'styrgrupp-narvard', '--dry-run'], { cwd: dir, env: { SEKR_TODAY: '2026-04-01' } });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no planned meeting on or after 2026-04-01');
  });

  it('creates the meeting file of a date not yet planned', () => {
    const dir = workspace();
    const r = sekr(['agenda', 'strategi-for-halsa', '--date', '2026-10-09'], { cwd: dir });
    expect(r.code).toBe(0);
    const m = yamlOf(dir, `${STRATEGI}/2026-10-09.yaml`);
    expect(m).toMatchObject({ date: '2026-10-09', status: 'agenda', time: '10:00-11:00', place: 'Digitalt, via Teams', mode: 'digital' });
    // The previous meeting is now 2026-09-11, which carried nothing.
    expect(m.items.some((i: { carriedFrom?: unknown }) => i.carriedFrom)).toBe(false);
    const bad = sekr(['agenda', 'strategi-for-halsa', '--date', '2026-02-30'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--date '2026-02-30' is not a date");
  });

  // The bundled notes of 2026-05-22 are final and sealed, hence locked; sent notes (in their correction week), not yet sealed, are not.

  it('never rewrites final notes, not even with --force', () => {
    const dir = workspace();
    const before = read(dir, `${STRATEGI}/2026-05-22.yaml`);
    const r = sekr(['agenda', 'strategi-for-halsa', '--date', '2026-05-22', '--force'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('strategi-for-halsa/2026-05-22 is final');
    expect(read(dir, `${STRATEGI}/2026-05-22.yaml`)).toBe(before);
  });

  it('refuses to rewrite a meeting with recorded content', () => {
    const dir = workspace();
    unsealNotes(dir);
    const before = read(dir, `${STRATEGI}/2026-05-22.yaml`);
    const r = sekr(['agenda', 'strategi-for-halsa', '--date', '2026-05-22'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('strategi-for-halsa/2026-05-22 has recorded content');
    expect(r.stderr).toContain('--force');
    noStack(r);
    expect(read(dir, `${STRATEGI}/2026-05-22.yaml`)).toBe(before);
    expect(files(dir, STRATEGI)).toEqual(['2026-05-22.yaml', '2026-09-11.yaml']);
  });

  it('rewrites it with --force, keeping a backup next to it', () => {
    const dir = workspace();
    unsealNotes(dir);
    const before = read(dir, `${STRATEGI}/2026-05-22.yaml`);
    const r = sekr(['agenda', 'strategi-for-halsa', '--date', '2026-05-22', '--force'], { cwd: dir });
    expect(r.code).toBe(0);
    const backups = files(dir, STRATEGI).filter((f) => f.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^2026-05-22\.yaml\..+\.bak$/);
    expect(r.stderr).toContain(`kept a backup of the meeting in ${STRATEGI}/${backups[0]}`);
    expect(read(dir, `${STRATEGI}/${backups[0]}`)).toBe(before);
    // The rules' items are laid over what was recorded: the notes stay, Övrigt and Avslut close.
    const after = parse(read(dir, `${STRATEGI}/2026-05-22.yaml`));
    expect(after.items.at(-1).title).toBe('Avslut');
    expect(JSON.stringify(after)).toContain(JSON.stringify(parse(before).items[0].body));
    // The backup is not taken for a meeting file.
    expect(sekr(['validate'], { cwd: dir }).code).toBe(0);
  });

  // BUG (reported): the backup is named by the minute, so a second --force in
  // the same minute overwrites the backup of the original with the already
  // rewritten file, and the recorded notes are lost. The clock is frozen here
  // so that both runs fall in the same minute.
  it('keeps the original content when --force is given twice', () => {
    const dir = workspace();
    unsealNotes(dir);
    const original = read(dir, `${STRATEGI}/2026-05-22.yaml`);
    const frozen = {
      nodeArgs: ['--import', pathToFileURL(join(ROOT, 'tests/fixtures/frozen-clock.mjs')).href],
      env: { SEKR_FROZEN_NOW: '2026-06-01T10:00:00Z' },
    };
    expect(sekr(['agenda', 'strategi-for-halsa', '--date', '2026-05-22', '--force'], { cwd: dir, ...frozen }).code).toBe(0);
    expect(sekr(['agenda', 'strategi-for-halsa', '--date', '2026-05-22', '--force'], { cwd: dir, ...frozen }).code).toBe(0);
    const kept = files(dir, STRATEGI)
      .filter((f) => f.endsWith('.bak'))
      .map((f) => read(dir, `${STRATEGI}/${f}`));
    expect(kept).toContain(original);
  });

  // BUG (reported): action points recorded on an item do not count as recorded
  // content, and the agenda keeps only the titles of the secretary's items: the
  // action points are dropped without --force and without a backup.
  it('does not silently drop recorded action points', () => {
    const dir = workspace();
    const path = join(dir, STRATEGI, '2026-09-11.yaml');
    writeFileSync(
      path,
      `${readFileSync(path, 'utf8')}items:\n  - title: Budget\n    actions:\n      - { who: nina-landstrom, what: Ta fram underlag, due: 2026-10-01 }\n`,
    );
    expect(sekr(['validate'], { cwd: dir }).code).toBe(0);
    sekr(['agenda', 'strategi-for-halsa', '--date', '2026-09-11'], { cwd: dir });
    expect(readFileSync(path, 'utf8')).toContain('Ta fram underlag');
  });

  // BUG (reported): filling the agenda again drops the presenter (föredragande)
  // of the secretary's own items, and the points put under Övrigt beforehand.
  it("keeps the presenter of the secretary's own item and the points under Övrigt", () => {
    const dir = workspace();
    const path = join(dir, STRATEGI, '2026-09-11.yaml');
    expect(sekr(['agenda', 'strategi-for-halsa', '--date', '2026-09-11'], { cwd: dir }).code).toBe(0);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(
        '  - title: Övrigt\n',
        '  - title: Hälsolots Södra Älvsborg\n    presenter: carolina-svensson\n  - title: Övrigt\n    items:\n      - title: Lokalfrågan\n',
      ),
    );
    expect(sekr(['validate'], { cwd: dir }).code).toBe(0);
    expect(sekr(['agenda', 'strategi-for-halsa', '--date', '2026-09-11'], { cwd: dir }).code).toBe(0);
    const items = parse(readFileSync(path, 'utf8')).items;
    expect(items.find((i: { title: string }) => i.title === 'Hälsolots Södra Älvsborg')).toMatchObject({ presenter: 'carolina-svensson' });
    expect(items.find((i: { title: string }) => i.title === 'Övrigt').items).toEqual([{ title: 'Lokalfrågan' }]);
  });
});

describe('sekr kallelse', () => {
  const dir = workspace();
  const base = join(dir, 'out/strategi-for-halsa/2026-09-11-kallelse');
  let run: ReturnType<typeof sekr>;

  beforeAll(() => {
    expect(sekr(['agenda', 'strategi-for-halsa', '--date', '2026-09-11'], { cwd: dir }).code).toBe(0);
    run = sekr(['kallelse', 'strategi-for-halsa/2026-09-11', '--format', 'md,docx', '--ics'], { cwd: dir });
  });

  it('writes the notice in Markdown, Word and a calendar file', () => {
    expect(run.code).toBe(0);
    for (const ext of ['md', 'docx', 'ics']) expect(run.stderr).toContain(`wrote out/strategi-for-halsa/2026-09-11-kallelse.${ext}`);
    expect(run.stderr).toContain('no e-mail address for the secretary or the organisation');
  });

  it('has the title, the day, the numbered agenda, who is convened and where apologies go', () => {
    const md = readFileSync(`${base}.md`, 'utf8');
    expect(md).toMatch(/^# Kallelse till Uppdragsgrupp Strategi för hälsa$/m);
    expect(md).toContain('Dag: fredag den 11 september 2026');
    expect(md).toContain('Tid: Kl. 10.00-11.00');
    expect(md).toContain('Plats: Digitalt, via Teams');
    expect(md).toContain('## Förslag till dagordning');
    const agenda = md.slice(md.indexOf('## Förslag till dagordning'), md.indexOf('## Kallade'));
    expect([...agenda.matchAll(/^(\d+)\\\. (.*)$/gm)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      '1 Mötets öppnande',
      '2 Godkännande av dagordningen och föregående mötesanteckning',
      '3 Aktiviteter 2026',
      '4 Framtidens socialtjänst (från mötet den 22 maj 2026, punkt 5)',
      '5 Övrigt',
      '6 Avslut',
    ]);
    expect(agenda).toContain('- Fortsatt införande av aktivitetslots');
    const convened = md.slice(md.indexOf('## Kallade'), md.indexOf('## Förhinder'));
    expect(convened).toContain('Carolina Svensson, Närhälsan, sammankallande');
    expect(convened).toContain('Lars Paulsson, Tjänsteperson Koncernkontoret, adjungerad');
    expect(convened.split('\n').filter((l) => l.trim() && !l.startsWith('#'))).toHaveLength(18);
    expect(convened).not.toContain('Anna-Lena Hardtmann'); // the secretary sends it
    expect(md).not.toContain('## För kännedom'); // the group has no substitutes
    expect(md).toContain('## Förhinder');
    expect(md).toContain('Meddela förhinder till Anna-Lena Hardtmann, så snart som möjligt.');
    expect(md).not.toContain('Kalla in din ersättare');
    expect(md.trimEnd()).toMatch(/Anna-Lena Hardtmann, sekreterare$/);
  });

  it('has the same headings and agenda in the Word document', async () => {
    const html = await docxHtml(`${base}.docx`);
    expect(html).toContain('<h1 class="title">Kallelse till Uppdragsgrupp Strategi för hälsa</h1>');
    expect([...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1])).toEqual(['Förslag till dagordning', 'Kallade', 'Förhinder']);
    expect(html).toContain('<p>Dag: fredag den 11 september 2026</p>');
    expect(html).toContain('<p>4. Framtidens socialtjänst (från mötet den 22 maj 2026, punkt 5)</p>');
    expect(html).toContain('<li>Omvärldsbevaka och lära av goda exempel</li>');
    expect(html).toContain('<p>Carolina Svensson, Närhälsan, sammankallande</p>');
  });

  it('has the meeting as a plain calendar event when no one has an e-mail address', () => {
    const { method, events } = calendar(readFileSync(`${base}.ics`, 'utf8'));
    expect(method).toBeNull();
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({
      uid: 'sekr-strategi-for-halsa-2026-09-11@narvardssamverkan-sodra-alvsborg',
      summary: 'Uppdragsgrupp Strategi för hälsa',
      start: '2026-09-11T08:00:00.000Z',
      end: '2026-09-11T09:00:00.000Z',
      location: 'Digitalt, via Teams',
      organizer: undefined,
      attendees: [],
    });
    expect(event!.description).toContain('Dagordning:\n1. Mötets öppnande');
    expect(event!.description).toContain('4. Framtidens socialtjänst');
  });

  it('makes an invitation to those with an e-mail address, from the secretary', () => {
    const ws = workspace();
    giveEmails(ws, ['anna-lena-hardtmann', 'carolina-svensson', 'mattias-fehling']);
    expect(sekr(['validate'], { cwd: ws }).code).toBe(0);
    expect(sekr(['agenda', 'strategi-for-halsa', '--date', '2026-09-11'], { cwd: ws }).code).toBe(0);
    const r = sekr(['kallelse', 'strategi-for-halsa/2026-09-11', '--format', 'md', '--ics'], { cwd: ws });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('note:');
    const text = read(ws, 'out/strategi-for-halsa/2026-09-11-kallelse.ics');
    expect(text).toMatch(/^METHOD:REQUEST\r?$/m);
    const { method, events } = calendar(text);
    expect(method).toBe('REQUEST');
    expect(events[0]!.organizer).toEqual({ email: 'anna-lena-hardtmann@example.se', name: 'Anna-Lena Hardtmann' });
    expect(events[0]!.attendees).toEqual([
      { email: 'carolina-svensson@example.se', name: 'Carolina Svensson', role: 'REQ-PARTICIPANT' },
      { email: 'mattias-fehling@example.se', name: 'Mattias Fehling', role: 'REQ-PARTICIPANT' },
    ]);
    expect(read(ws, 'out/strategi-for-halsa/2026-09-11-kallelse.md')).toContain(
      'Meddela förhinder till Anna-Lena Hardtmann, anna-lena-hardtmann@example.se, så snart som möjligt.',
    );
  });

  it('invites substitutes as optional participants, and names them for information', () => {
    const ws = workspace();
    giveEmails(ws, ['anna-lena-hardtmann', 'mattias-fehling', 'lena-axelsson']);
    expect(sekr(['agenda', 'styrgrupp-narvard', '--date', '2026-03-27'], { cwd: ws }).code).toBe(0);
    const r = sekr(['kallelse', 'styrgrupp-narvard/2026-03-27', '--format', 'md', '--ics'], { cwd: ws });
    expect(r.code).toBe(0);
    const { method, events } = calendar(read(ws, 'out/styrgrupp-narvard/2026-03-27-kallelse.ics'));
    expect(method).toBe('REQUEST');
    expect(events[0]!.start).toBe('2026-03-27T09:00:00.000Z');
    expect(events[0]!.attendees).toEqual([
      { email: 'mattias-fehling@example.se', name: 'Mattias Fehling', role: 'REQ-PARTICIPANT' },
      { email: 'lena-axelsson@example.se', name: 'Lena Axelsson', role: 'OPT-PARTICIPANT' },
    ]);
    expect(events[0]!.description).toContain('§ 22. Mötets öppnande och godkännande av dagordning');
    const md = read(ws, 'out/styrgrupp-narvard/2026-03-27-kallelse.md');
    expect(md).toContain('§ 26 Ungdomsmottagningarna och deras finansiering (från mötet den 27 februari 2026, § 19)');
    const info = md.slice(md.indexOf('## För kännedom'), md.indexOf('## Förhinder'));
    expect(info).toContain('Lena Axelsson, Vårdval vårdcentral och rehab, privata');
    expect(md.slice(md.indexOf('## Kallade'), md.indexOf('## För kännedom'))).not.toContain('Lena Axelsson');
    expect(md).toContain('Kalla in din ersättare och meddela vem som kommer i ditt ställe.');
  });

  it('says when the meeting has no agenda yet', () => {
    const ws = workspace();
    const r = sekr(['kallelse', 'styrgrupp-narvard/2026-03-27', '--format', 'md'], { cwd: ws });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('the meeting has no agenda yet: fill it with `sekr agenda styrgrupp-narvard --date 2026-03-27`');
  });
});

describe('help', () => {
  it.each(['schedule', 'agenda', 'kallelse'])('sekr %s --help shows examples', (command) => {
    const r = sekr([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toMatch(new RegExp(`^ {2}\\$ sekr ${command} \\S+`, 'm'));
  });
});

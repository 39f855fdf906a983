import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/base/i18n.js';
import { loadRegistry, meetingPath, readMeeting } from '../../src/data/folder.js';
import { actionPoints, isFor, type MeetingForActions } from '../../src/model/actions.js';
import { agendaEntries, findEntry, itemYamlPath, parseAction, resumeAt } from '../../src/model/recording.js';
import type { ActionData, ItemData, MeetingData } from '../../src/schema/meeting.js';
import { ROOT, itemOf } from '../helpers.js';

// These tests read sekr's English, as a user with --lang en would.
setLanguage('en');

const DATA = join(ROOT, 'data');
const org = loadRegistry(DATA);
const styrgrupp = org.groups.get('styrgrupp-narvard')!;
const strategi = org.groups.get('strategi-for-halsa')!;

function meeting(group: string, date: string): MeetingData {
  const { value, problems } = readMeeting(meetingPath(DATA, group, date));
  if (!value) throw new Error(`${group}/${date}: ${JSON.stringify(problems)}`);
  return value;
}
const item = (title: string, over: Partial<ItemData> = {}): ItemData => itemOf({ title, ...over });
const meetingWith = (date: string, items: ItemData[]): MeetingData =>
  ({ date, status: 'held', adjusters: [], attendance: { present: [], absent: [] }, items }) as unknown as MeetingData;

/** A protocol of three paragraphs, the second with two sub-items. */
const protocol = meetingWith('2026-03-27', [
  item('Mötets öppnande'),
  item('Ungdomsmottagningarna', { items: [item('Finansiering'), item('Lokaler')] }),
  item('Mötet avslutas'),
]);

describe('agendaEntries', () => {
  it('numbers a protocol by paragraph from the first number, sub-items by position', () => {
    const entries = agendaEntries(protocol, 22, true);
    expect(entries.map((e) => e.label)).toEqual(['§ 22', '§ 23', '23.1', '23.2', '§ 24']);
    expect(entries.map((e) => e.title)).toEqual(['Mötets öppnande', 'Ungdomsmottagningarna', 'Finansiering', 'Lokaler', 'Mötet avslutas']);
    expect(entries.map((e) => e.path)).toEqual([[0], [1], [1, 0], [1, 1], [2]]);
  });

  it('numbers meeting notes from 1, the activities of item 3 as 3.1–3.5', () => {
    const entries = agendaEntries(meeting('strategi-for-halsa', '2026-05-22'), 1, false);
    expect(entries.map((e) => e.label)).toEqual(['1', '2', '3', '3.1', '3.2', '3.3', '3.4', '3.5', '4', '5', '5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '6']);
    expect(entries[4]).toMatchObject({ label: '3.2', title: 'Fortsatt införande av aktivitetslots', path: [2, 1] });
    expect(entries[4]!.item.activity).toBe('aktivitetslots');
  });

  it('numbers the paragraphs of the 27 February protocol §§ 12–21', () => {
    const entries = agendaEntries(meeting('styrgrupp-narvard', '2026-02-27'), 12, true);
    expect(entries[0]!.label).toBe('§ 12');
    expect(entries.at(-1)!.label).toBe('§ 21');
    expect(entries.filter((e) => e.path.length === 1)).toHaveLength(10);
  });

  it('has no entries for a meeting without items', () => {
    expect(agendaEntries(meetingWith('2026-09-11', []), 1, false)).toEqual([]);
  });
});

describe('itemYamlPath', () => {
  it('is the path of a field of an item or a sub-item in the file', () => {
    expect(itemYamlPath([2], 'body')).toEqual(['items', 2, 'body']);
    expect(itemYamlPath([2, 0], 'decisions')).toEqual(['items', 2, 'items', 0, 'decisions']);
  });
});

describe('findEntry', () => {
  const entries = agendaEntries(protocol, 22, true);
  const notes = agendaEntries(meeting('strategi-for-halsa', '2026-05-22'), 1, false);

  it('finds a paragraph as "§ 22", "§22" or "22"', () => {
    for (const ref of ['§ 22', '§22', '22', ' 22 ']) expect(findEntry(entries, ref)?.title, ref).toBe('Mötets öppnande');
    expect(findEntry(entries, '24')?.title).toBe('Mötet avslutas');
  });

  it('finds a sub-item as "23.1", with or without the §', () => {
    expect(findEntry(entries, '23.1')?.path).toEqual([1, 0]);
    expect(findEntry(entries, '§ 23.2')?.path).toEqual([1, 1]);
  });

  it('finds an item of meeting notes as "3" and a sub-item as "3.2"', () => {
    expect(findEntry(notes, '3')?.title).toBe('Aktiviteter 2026');
    expect(findEntry(notes, '3.2')?.title).toBe('Fortsatt införande av aktivitetslots');
  });

  it('finds nothing for a number not on the agenda', () => {
    expect(findEntry(entries, '21')).toBeUndefined();
    expect(findEntry(entries, '25')).toBeUndefined();
    expect(findEntry(entries, '23.3')).toBeUndefined();
    expect(findEntry(notes, '7')).toBeUndefined();
    expect(findEntry(notes, 'Övrigt')).toBeUndefined();
  });
});

describe('resumeAt', () => {
  it('is the first item not recorded, sub-items included', () => {
    const m = meetingWith('2026-09-11', [
      item('Mötets öppnande', { recorded: true }),
      item('Aktiviteter', { recorded: true, items: [item('Hälsolots', { recorded: true }), item('Aktivitetslots')] }),
      item('Övrigt'),
    ]);
    const entries = agendaEntries(m, 1, false);
    expect(resumeAt(entries)).toBe(3);
    expect(entries[resumeAt(entries)!]!.label).toBe('2.2');
  });

  it('is the first item when nothing is recorded, and undefined when everything is', () => {
    expect(resumeAt(agendaEntries(protocol, 22, true))).toBe(0);
    const all = meetingWith('2026-09-11', [item('A', { recorded: true }), item('B', { recorded: true })]);
    expect(resumeAt(agendaEntries(all, 1, false))).toBeUndefined();
    expect(resumeAt([])).toBeUndefined();
  });

  it('goes past a gap: an item recorded after one that is not', () => {
    const m = meetingWith('2026-09-11', [item('A'), item('B', { recorded: true }), item('C')]);
    expect(resumeAt(agendaEntries(m, 1, false))).toBe(0);
  });
});

describe('parseAction', () => {
  it('reads "who|what|yyyy-mm-dd", trimming each part', () => {
    expect(parseAction('anna-lena-hardtmann|Skicka ut inbjudan|2026-10-01')).toEqual({
      who: 'anna-lena-hardtmann',
      what: 'Skicka ut inbjudan',
      due: '2026-10-01',
    });
    expect(parseAction(' nina-landstrom | Återkoppla till AU | 2026-04-30 ')).toEqual({ who: 'nina-landstrom', what: 'Återkoppla till AU', due: '2026-04-30' });
  });

  it('takes the date as optional', () => {
    expect(parseAction('Carolina Svensson|Boka lokal')).toEqual({ who: 'Carolina Svensson', what: 'Boka lokal' });
    expect(parseAction('Carolina Svensson|Boka lokal|')).toEqual({ who: 'Carolina Svensson', what: 'Boka lokal' });
  });

  it('says how to write it when a part is missing or there are too many', () => {
    for (const text of ['Skicka ut inbjudan', '|Skicka ut inbjudan', 'anna-lena-hardtmann|', 'a|b|2026-10-01|d', '']) {
      const r = parseAction(text);
      expect(r, text).toEqual({ error: `'${text}' is not an action point: write it as "who|what|yyyy-mm-dd" (the date may be left out)` });
    }
  });

  it('refuses a due date that is not a date in the calendar', () => {
    expect(parseAction('nina-landstrom|Återkoppla|2026-02-30')).toEqual({ error: "'2026-02-30' is not a date: write the due date as yyyy-mm-dd" });
    expect(parseAction('nina-landstrom|Återkoppla|30 april')).toEqual({ error: "'30 april' is not a date: write the due date as yyyy-mm-dd" });
    expect(parseAction('nina-landstrom|Återkoppla|2026-4-30')).toHaveProperty('error');
  });
});

describe('actionPoints', () => {
  const withActions = (date: string, actions: ActionData[][]): MeetingData =>
    meetingWith(
      date,
      actions.map((a, i) => item(`Punkt ${i + 1}`, { actions: a })),
    );
  const meetings: MeetingForActions[] = [
    {
      group: styrgrupp,
      firstNumber: 22,
      meeting: withActions('2026-03-27', [
        [],
        [
          { who: 'nina-landstrom', what: 'Återkoppla till AU', due: '2026-04-30' },
          { who: 'tina-isaksson', what: 'Justera protokollet', due: '2026-04-03', done: true },
        ],
        [{ who: 'Eva Ek', what: 'Skicka underlag' }],
      ]),
    },
    {
      group: strategi,
      firstNumber: 1,
      meeting: withActions('2026-09-11', [
        [{ who: 'anna-lena-hardtmann', what: 'Skicka ut anteckningarna', due: '2026-10-01' }],
        [{ who: 'carolina-svensson', what: 'Boka lokal' }],
      ]),
    },
  ];

  it('gives every action point with who by name, where it was decided, soonest due first and those without a date last', () => {
    const points = actionPoints(org, meetings, '2026-04-15');
    expect(points.map((p) => [p.due, p.whoName, p.what, `${p.group.id} ${p.date} ${p.label}`])).toEqual([
      ['2026-04-03', 'Tina Isaksson', 'Justera protokollet', 'styrgrupp-narvard 2026-03-27 § 23'],
      ['2026-04-30', 'Nina Landström', 'Återkoppla till AU', 'styrgrupp-narvard 2026-03-27 § 23'],
      ['2026-10-01', 'Anna-Lena Hardtmann', 'Skicka ut anteckningarna', 'strategi-for-halsa 2026-09-11 1'],
      [undefined, 'Eva Ek', 'Skicka underlag', 'styrgrupp-narvard 2026-03-27 § 24'],
      [undefined, 'Carolina Svensson', 'Boka lokal', 'strategi-for-halsa 2026-09-11 2'],
    ]);
    expect(points[0]!.itemTitle).toBe('Punkt 2');
    expect(points[1]!.person).toBe('nina-landstrom');
    expect(points[3]!.person).toBeUndefined();
  });

  it('is overdue only when open and due before today: not on the day itself, not when done, not without a date', () => {
    const overdue = (today: string) =>
      actionPoints(org, meetings, today)
        .filter((p) => p.overdue)
        .map((p) => p.what);
    expect(overdue('2026-04-30')).toEqual([]); // Tina's is done; Nina's is due today
    expect(overdue('2026-05-01')).toEqual(['Återkoppla till AU']);
    expect(overdue('2026-11-22')).toEqual(['Återkoppla till AU', 'Skicka ut anteckningarna']);
    expect(actionPoints(org, meetings, '2030-01-01').find((p) => p.what === 'Justera protokollet')).toMatchObject({ done: true, overdue: false });
  });

  it('sorts points due the same day by meeting date', () => {
    const same: MeetingForActions[] = [
      { group: strategi, firstNumber: 1, meeting: withActions('2026-09-11', [[{ who: 'a', what: 'senare möte', due: '2026-12-01' }]]) },
      { group: strategi, firstNumber: 1, meeting: withActions('2026-05-22', [[{ who: 'b', what: 'tidigare möte', due: '2026-12-01' }]]) },
    ];
    expect(actionPoints(org, same, '2026-01-01').map((p) => p.what)).toEqual(['tidigare möte', 'senare möte']);
  });

  it('finds the points of a person by id or by part of the name, ignoring case and diacritics', () => {
    const points = actionPoints(org, meetings, '2026-04-15');
    expect(points.filter((p) => isFor(p, 'nina-landstrom')).map((p) => p.what)).toEqual(['Återkoppla till AU']);
    expect(points.filter((p) => isFor(p, 'landstrom')).map((p) => p.what)).toEqual(['Återkoppla till AU']);
    expect(points.filter((p) => isFor(p, 'eva')).map((p) => p.what)).toEqual(['Skicka underlag']);
    expect(points.filter((p) => isFor(p, 'CAROLINA')).map((p) => p.what)).toEqual(['Boka lokal']);
    expect(points.filter((p) => isFor(p, 'ingen')).length).toBe(0);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgendaTitles } from '../../src/data/agenda-titles.js';
import { loadPlan, loadRegistry, meetingPath, readMeeting } from '../../src/data/folder.js';
import { buildAgenda, carriedPoints, hasRecordedContent, type AgendaItem, type AgendaTitles } from '../../src/model/agenda.js';
import type { Group } from '../../src/model/registry.js';
import type { ItemData, MeetingData } from '../../src/schema/meeting.js';
import type { PlanData } from '../../src/schema/plan.js';
import { ROOT, itemOf } from '../helpers.js';

const DATA = join(ROOT, 'data');
const org = loadRegistry(DATA);
const styrgrupp = org.groups.get('styrgrupp-narvard')!;
const strategi = org.groups.get('strategi-for-halsa')!;
const titles: AgendaTitles = loadAgendaTitles(DATA);
const plan = loadPlan(DATA, 'strategi-for-halsa', 2026)!;

function meeting(group: string, date: string): MeetingData {
  const { value, problems } = readMeeting(meetingPath(DATA, group, date));
  if (!value) throw new Error(`${group}/${date}: ${JSON.stringify(problems)}`);
  return value;
}
const protocol0227 = meeting('styrgrupp-narvard', '2026-02-27');
const notes0522 = meeting('strategi-for-halsa', '2026-05-22');
const planned0911 = meeting('strategi-for-halsa', '2026-09-11');

const item = itemOf;
const emptyMeeting = (date: string, items: ItemData[] = []): MeetingData =>
  ({ date, status: 'planned', adjusters: [], attendance: { present: [], absent: [] }, items }) as unknown as MeetingData;
const names = (items: AgendaItem[]) => items.map((i) => i.title);

describe('the standing agenda items', () => {
  it('uses the titles of templates/agenda.yaml', () => {
    expect(titles.protokoll.adjuster).toBe('Val av justerare');
    expect(titles.mötesanteckning.closing).toBe('Avslut');
  });

  it('opens a protocol with the opening, the election of an adjuster and the previous protocol', () => {
    const agenda = buildAgenda({ group: styrgrupp, date: '2026-01-30', titles });
    expect(names(agenda)).toEqual(['Mötets öppnande och godkännande av dagordning', 'Val av justerare', 'Föregående protokoll', 'Övrigt', 'Mötet avslutas']);
    expect(agenda.every((i) => i.carriedFrom === undefined && i.items === undefined)).toBe(true);
  });

  it('has no election of an adjuster where the group has a standing one', () => {
    const viceChair: Group = { ...styrgrupp, adjuster: 'viceChair' };
    expect(viceChair.viceChair).toBe('kerstin-amark');
    expect(names(buildAgenda({ group: viceChair, date: '2026-01-30', titles }))).toEqual([
      'Mötets öppnande och godkännande av dagordning',
      'Föregående protokoll',
      'Övrigt',
      'Mötet avslutas',
    ]);
    const standing: Group = { ...styrgrupp, adjuster: { standing: 'tina-isaksson' } };
    expect(names(buildAgenda({ group: standing, date: '2026-01-30', titles }))).not.toContain('Val av justerare');
  });

  it('opens meeting notes with their own items and no adjuster', () => {
    const agenda = buildAgenda({ group: strategi, date: '2026-09-11', titles });
    expect(names(agenda)).toEqual(['Mötets öppnande', 'Godkännande av dagordningen och föregående mötesanteckning', 'Övrigt', 'Avslut']);
  });

  it('takes changed titles', () => {
    const mine: AgendaTitles = { ...titles, other: 'Övriga frågor', mötesanteckning: { ...titles.mötesanteckning, closing: 'Mötet avslutas' } };
    expect(names(buildAgenda({ group: strategi, date: '2026-09-11', titles: mine })).slice(-2)).toEqual(['Övriga frågor', 'Mötet avslutas']);
  });
});

describe('"Hänt sedan sist"', () => {
  it('follows the previous protocol, with the previous meeting’s date, where the group uses it', () => {
    const agenda = buildAgenda({ group: styrgrupp, date: '2026-03-27', titles, previous: { meeting: protocol0227, firstNumber: 12 } });
    expect(names(agenda).slice(0, 4)).toEqual([
      'Mötets öppnande och godkännande av dagordning',
      'Val av justerare',
      'Föregående protokoll',
      'Hänt sedan sist, den 27 februari 2026',
    ]);
  });

  it('is left out for a group that does not use it, and when there is no previous meeting', () => {
    expect(strategi.sinceLast).toBe(false);
    const notes = buildAgenda({ group: strategi, date: '2026-09-11', titles, previous: { meeting: notes0522, firstNumber: 1 } });
    expect(names(notes).some((t) => t.startsWith('Hänt sedan sist'))).toBe(false);
    const first = buildAgenda({ group: styrgrupp, date: '2026-01-30', titles });
    expect(names(first).some((t) => t.startsWith('Hänt sedan sist'))).toBe(false);
  });
});

describe("the plan's activities", () => {
  it('lists every activity not done under "Aktiviteter <year>", with its id', () => {
    const agenda = buildAgenda({ group: strategi, date: '2026-09-11', titles, plan });
    const heading = agenda.find((i) => i.title === 'Aktiviteter 2026')!;
    expect(heading).toBeDefined();
    expect(heading.activity).toBeUndefined();
    expect(heading.items).toEqual([
      { title: 'Införa hälsolots med "en väg in" och i samverkan med civilsamhället', activity: 'halsolots' },
      { title: 'Fortsatt införande av aktivitetslots', activity: 'aktivitetslots' },
      {
        title: 'Genomföra en workshop kring goda levnadsvillkor tidigt i livet. Kartläggning och spridning av goda exempel',
        activity: 'workshop-goda-levnadsvillkor',
      },
      {
        title:
          'Tillsammans med Uppdragsgrupp Vuxna och äldre utarbeta en delregional rutin för tidiga förebyggande insatser som kan förhindra fall (primär och sekundär fallprevention)',
        activity: 'rutin-fallprevention',
      },
      { title: 'Omvärldsbevaka och lära av goda exempel', activity: 'omvarldsbevakning' },
    ]);
    // After the standing opening items, before Övrigt.
    expect(names(agenda).indexOf('Aktiviteter 2026')).toBe(2);
  });

  it('leaves out the activities that are done, and the heading when all are', () => {
    const withDone = (done: (id: string) => boolean): PlanData => ({
      ...plan,
      goals: plan.goals.map((g) => ({ ...g, activities: g.activities.map((a) => ({ ...a, status: done(a.id) ? 'done' : a.status })) })),
    });
    const some = buildAgenda({ group: strategi, date: '2026-09-11', titles, plan: withDone((id) => id === 'halsolots' || id === 'omvarldsbevakning') });
    expect(some.find((i) => i.title === 'Aktiviteter 2026')!.items!.map((i) => i.activity)).toEqual([
      'aktivitetslots',
      'workshop-goda-levnadsvillkor',
      'rutin-fallprevention',
    ]);
    const all = buildAgenda({ group: strategi, date: '2026-09-11', titles, plan: withDone(() => true) });
    expect(names(all)).not.toContain('Aktiviteter 2026');
    expect(names(all)).toEqual(['Mötets öppnande', 'Godkännande av dagordningen och föregående mötesanteckning', 'Övrigt', 'Avslut']);
  });

  it('counts an activity not started as open', () => {
    const notStarted: PlanData = { ...plan, goals: [{ ...plan.goals[0]!, activities: [{ id: 'ny', text: 'Ny aktivitet', status: 'not-started' }] }] };
    expect(buildAgenda({ group: strategi, date: '2026-09-11', titles, plan: notStarted })[2]).toEqual({
      title: 'Aktiviteter 2026',
      items: [{ title: 'Ny aktivitet', activity: 'ny' }],
    });
  });
});

describe('points carried from the previous meeting', () => {
  it('carries a point of meeting notes with its item number', () => {
    expect(carriedPoints({ meeting: notes0522, firstNumber: 1 })).toEqual([
      { title: 'Framtidens socialtjänst', carriedFrom: { date: '2026-05-22', number: 5 } },
    ]);
  });

  it('carries a point of a protocol under the title it is given, with its §', () => {
    // §§ 12–21; "Hänt sedan sist" is the eighth item: § 19.
    expect(carriedPoints({ meeting: protocol0227, firstNumber: 12 })).toEqual([
      { title: 'Ungdomsmottagningarna och deras finansiering', carriedFrom: { date: '2026-02-27', number: 19 } },
    ]);
  });

  it('carries top-level and nested points in order, by the number of their top-level item', () => {
    const prev = emptyMeeting('2026-04-24', [
      item({ title: 'Öppnande' }),
      item({ title: 'Budget', carry: true }),
      item({
        title: 'Övrigt',
        items: [item({ title: 'A' }), item({ title: 'Lokaler', carry: 'Lokaler hösten 2026', items: [item({ title: 'Djup', carry: true })] })],
      }),
      item({ title: 'Inte detta', carry: false }),
    ]);
    expect(carriedPoints({ meeting: prev, firstNumber: 30 })).toEqual([
      { title: 'Budget', carriedFrom: { date: '2026-04-24', number: 31 } },
      { title: 'Lokaler hösten 2026', carriedFrom: { date: '2026-04-24', number: 32 } },
      { title: 'Djup', carriedFrom: { date: '2026-04-24', number: 32 } },
    ]);
  });

  it('puts them after the activities and before Övrigt', () => {
    const agenda = buildAgenda({ group: strategi, date: '2026-09-11', titles, plan, previous: { meeting: notes0522, firstNumber: 1 } });
    expect(names(agenda)).toEqual([
      'Mötets öppnande',
      'Godkännande av dagordningen och föregående mötesanteckning',
      'Aktiviteter 2026',
      'Framtidens socialtjänst',
      'Övrigt',
      'Avslut',
    ]);
    expect(agenda[3]).toEqual({ title: 'Framtidens socialtjänst', carriedFrom: { date: '2026-05-22', number: 5 } });
  });

  it('builds the agenda of Styrgrupp närvård 2026-03-27', () => {
    const agenda = buildAgenda({ group: styrgrupp, date: '2026-03-27', titles, previous: { meeting: protocol0227, firstNumber: 12 } });
    expect(agenda).toEqual([
      { title: 'Mötets öppnande och godkännande av dagordning' },
      { title: 'Val av justerare' },
      { title: 'Föregående protokoll' },
      { title: 'Hänt sedan sist, den 27 februari 2026' },
      { title: 'Ungdomsmottagningarna och deras finansiering', carriedFrom: { date: '2026-02-27', number: 19 } },
      { title: 'Övrigt' },
      { title: 'Mötet avslutas' },
    ]);
  });
});

describe("the secretary's own items", () => {
  it('are kept, after the carried points and before Övrigt and the closing', () => {
    const own: AgendaItem[] = [{ title: 'Hälsolots Södra Älvsborg' }, { title: 'Information från AU', carriedFrom: { date: '2026-04-24' } }];
    const agenda = buildAgenda({ group: strategi, date: '2026-09-11', titles, plan, previous: { meeting: notes0522, firstNumber: 1 }, own });
    expect(names(agenda).slice(3)).toEqual(['Framtidens socialtjänst', 'Hälsolots Södra Älvsborg', 'Information från AU', 'Övrigt', 'Avslut']);
    expect(agenda[5]).toEqual({ title: 'Information från AU', carriedFrom: { date: '2026-04-24' } });
  });

  it('never come after Övrigt and the closing, which are always last', () => {
    for (const group of [styrgrupp, strategi]) {
      const agenda = buildAgenda({ group, date: '2026-09-11', titles, own: [{ title: 'Sist?' }] });
      expect(names(agenda).slice(-3)).toEqual(['Sist?', 'Övrigt', titles[group.document].closing]);
    }
  });
});

describe('hasRecordedContent', () => {
  it('is false for a planned meeting and for an agenda of titles', () => {
    expect(hasRecordedContent(planned0911)).toBe(false);
    const agenda = buildAgenda({ group: strategi, date: '2026-09-11', titles, plan, previous: { meeting: notes0522, firstNumber: 1 } });
    const toItem = (a: AgendaItem): ItemData => item({ title: a.title, activity: a.activity, carriedFrom: a.carriedFrom, items: (a.items ?? []).map(toItem) });
    expect(hasRecordedContent(emptyMeeting('2026-09-11', agenda.map(toItem)))).toBe(false);
  });

  it('is true for a meeting that took place', () => {
    expect(hasRecordedContent(notes0522)).toBe(true);
    expect(hasRecordedContent(protocol0227)).toBe(true);
  });

  it('sees notes, decisions, attachments and attendance, also in sub-items', () => {
    expect(hasRecordedContent(emptyMeeting('2026-09-11', [item({ body: 'Anteckning.' })]))).toBe(true);
    expect(hasRecordedContent(emptyMeeting('2026-09-11', [item({ decisions: ['Beslutas.'] })]))).toBe(true);
    expect(hasRecordedContent(emptyMeeting('2026-09-11', [item({ attachments: ['Bilaga'] })]))).toBe(true);
    expect(hasRecordedContent(emptyMeeting('2026-09-11', [item({ items: [item({ title: 'Under', body: 'Text' })] })]))).toBe(true);
    const present = { ...emptyMeeting('2026-09-11'), attendance: { present: ['carolina-svensson'], absent: [] } } as unknown as MeetingData;
    expect(hasRecordedContent(present)).toBe(true);
    const absent = { ...emptyMeeting('2026-09-11'), attendance: { present: [], absent: ['carolina-svensson'] } } as unknown as MeetingData;
    expect(hasRecordedContent(absent)).toBe(true);
  });

  it('does not count a body of only white space', () => {
    expect(hasRecordedContent(emptyMeeting('2026-09-11', [item({ body: '  \n' })]))).toBe(false);
  });

  // BUG (reported): action points recorded on an item are not counted as recorded
  // content, so `sekr agenda` rewrites the meeting without --force or backup and
  // the action points are lost.
  it('counts recorded action points as content', () => {
    expect(hasRecordedContent(emptyMeeting('2026-09-11', [item({ title: 'Budget', actions: [{ who: 'nina-landstrom', what: 'Ta fram underlag' }] })]))).toBe(
      true,
    );
  });
});

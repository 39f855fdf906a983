/**
 * The views of the yearly documents (src/report/*.ts): pure functions from a
 * group's year to the data a template shows, on the bundled registry and
 * meetings as sekr loads them, and on variants of them made here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listMeetingFiles, loadRegistry } from '../../src/data/folder.js';
import type { Group, Organisation } from '../../src/model/registry.js';
import { annualPlanView } from '../../src/report/annual-plan.js';
import { attendanceYearView, percent } from '../../src/report/attendance-year.js';
import { barChartSvg, chartSize } from '../../src/report/chart.js';
import { decisionsView } from '../../src/report/decisions.js';
import { followUpView } from '../../src/report/follow-up.js';
import { countGroupJobs, groupJobs, organisationJobs } from '../../src/report/jobs.js';
import { loadGroupYear } from '../../src/report/load-year.js';
import { financingView, groupSummary, summaryView } from '../../src/report/organisation.js';
import type { GroupYear, YearMeeting } from '../../src/report/year-data.js';
import type { ItemData, MeetingData } from '../../src/schema/meeting.js';
import { ROOT, itemOf } from '../helpers.js';

const DATA = join(ROOT, 'data');
const TODAY = '2026-11-22';
const org = loadRegistry(DATA);
const meetingFiles = listMeetingFiles(DATA).meetings;
const years = [...org.groups.values()].map((group) => {
  const { groupYear, problems } = loadGroupYear(DATA, org, group, 2026, meetingFiles);
  if (problems.length) throw new Error(`${group.id}: ${JSON.stringify(problems)}`);
  return groupYear;
});
const summaries = () => years.map((groupYear) => groupSummary(groupYear, followUpView(groupYear, '2026-12-01')));
const yearOf = (id: string) => years.find((y) => y.group.id === id)!;
const styrgrupp = yearOf('styrgrupp-narvard');
const strategi = yearOf('strategi-for-halsa');
const notes0522 = () => structuredClone(strategi.meetings.find((m) => m.meeting.date === '2026-05-22')!.meeting);

const item = itemOf;

/** A meeting of the year, numbered as notes (1, 2, …) or as a protocol from § first. */
function yearMeeting(meeting: MeetingData, protocol = false, first = 1): YearMeeting {
  return { meeting, firstNumber: first, lastNumber: first + meeting.items.length - 1, label: (i) => (protocol ? `§ ${first + i}` : `${first + i}`) };
}

/** A group's year with other meetings. */
const withMeetings = (gy: GroupYear, meetings: YearMeeting[]): GroupYear => ({ ...gy, meetings });

describe('the year as loaded', () => {
  it('has the bundled meetings of 2026, numbered as their documents number them', () => {
    expect(styrgrupp.meetings.map((m) => [m.meeting.date, m.meeting.status])).toEqual([
      ['2026-02-27', 'draft'],
      ['2026-03-27', 'planned'],
    ]);
    expect(styrgrupp.meetings[0]!.firstNumber).toBe(12);
    expect(styrgrupp.meetings[0]!.lastNumber).toBe(21);
    expect(styrgrupp.meetings[0]!.label(0)).toBe('§ 12');
    expect(strategi.meetings[0]!.label(2)).toBe('3');
    expect(strategi.plan?.goals).toHaveLength(5);
    expect(styrgrupp.plan).toBeUndefined();
    expect(years.filter((y) => y.meetings.length).map((y) => y.group.id)).toEqual(['styrgrupp-narvard', 'strategi-for-halsa']);
  });
});

describe('annualPlanView', () => {
  it('is nothing for a group without a plan', () => {
    expect(annualPlanView(styrgrupp)).toBeUndefined();
  });

  it('counts the participants by category in the plan’s order, as the seed does', () => {
    const view = annualPlanView(strategi)!;
    expect(view.group).toEqual({ id: 'strategi-for-halsa', name: 'Uppdragsgrupp Strategi för hälsa' });
    expect(view.organisation.name).toBe('Närvårdssamverkan Södra Älvsborg');
    expect(view.year).toBe(2026);
    expect(view.participants.total).toBe(19);
    expect(view.participants.categories).toEqual([
      { name: 'Sjukhus', count: 1 },
      { name: 'Kommun', count: 9 },
      { name: 'Regional primärvård', count: 3 },
      { name: 'Brukarföreträdare', count: 1 },
      { name: 'Tandvård', count: 2 },
      { name: 'Koncernkontoret', count: 1 },
      { name: 'Närvårdskontoret', count: 2 },
    ]);
  });

  it('links each goal to the parent group’s goal by its text', () => {
    const view = annualPlanView(strategi)!;
    expect(view.parent?.name).toBe('Styrgrupp närvård');
    expect(view.parent?.goals.map((g) => g.text)).toEqual([
      'Ge tillgänglig vård utifrån individens behov',
      'Främja hälsa och förebygga ohälsa tillsammans',
      'Skapa en sammanhållen och personcentrerad vård och omsorg',
    ]);
    expect(view.goals).toHaveLength(5);
    for (const g of view.goals) expect(g.parentGoal).toBe('Främja hälsa och förebygga ohälsa tillsammans');
    expect(view.goals[0]).toEqual({
      text: 'Hälsolots ska finnas i Södra Älvsborg',
      parentGoal: 'Främja hälsa och förebygga ohälsa tillsammans',
      activities: [{ text: 'Införa hälsolots med "en väg in" och i samverkan med civilsamhället', responsible: undefined, status: 'ongoing' }],
    });
  });

  it('orders categories the plan does not name as the registry does, and those of no category last as Övriga', () => {
    const plan = { ...strategi.plan!, participantOrder: [], goals: [{ ...strategi.plan!.goals[0]!, parentGoal: 'no-such-goal' }] };
    const group: Group = {
      ...strategi.group,
      members: [{ person: 'sabira-zejnilovic', role: 'adjungerad' } as Group['members'][number], ...strategi.group.members],
    };
    const view = annualPlanView({ ...strategi, group, plan })!;
    expect(view.participants.total).toBe(20);
    expect(view.participants.categories.map((c) => c.name)).toEqual([
      'Sjukhus',
      'Kommun',
      'Regional primärvård',
      'Tandvård',
      'Koncernkontoret',
      'Brukarföreträdare',
      'Närvårdskontoret',
      'Övriga',
    ]);
    expect(view.goals[0]!.parentGoal).toBe('no-such-goal');
  });
});

describe('followUpView', () => {
  it('gives every activity of the plan with what the meetings said of it', () => {
    const view = followUpView(strategi, '2026-12-01');
    expect(view.hasPlan).toBe(true);
    expect(view.counts).toEqual({ 'not-started': 0, ongoing: 5, done: 0 });
    const activities = view.goals.flatMap((g) => g.activities);
    expect(activities.map((a) => [a.id, a.planned, a.latest, a.history.map((h) => h.label)])).toEqual([
      ['halsolots', 'ongoing', 'ongoing', ['3.1']],
      ['aktivitetslots', 'ongoing', 'ongoing', ['3.2']],
      ['workshop-goda-levnadsvillkor', 'ongoing', 'ongoing', ['3.3']],
      ['rutin-fallprevention', 'ongoing', 'ongoing', ['3.4']],
      ['omvarldsbevakning', 'ongoing', 'ongoing', ['3.5']],
    ]);
    expect(activities[1]!.history[0]).toEqual({
      date: '2026-05-22',
      label: '3.2',
      title: 'Fortsatt införande av aktivitetslots',
      status: undefined,
      comment: undefined,
      note: 'Möte med arbetsgruppen har genomförts.',
    });
    expect(activities[2]!.history[0]!.note).toBe('Workshop kring goda levnadsvillkor tidigt i livet genomfördes 31 mars.');
    expect(view.goals[3]!.parentGoal).toBe('Främja hälsa och förebygga ohälsa tillsammans');
  });

  it('says a group without a plan has none', () => {
    const view = followUpView(styrgrupp, '2026-12-01');
    expect(view).toMatchObject({ hasPlan: false, goals: [], indicators: [], counts: { 'not-started': 0, ongoing: 0, done: 0 } });
  });

  it('takes the latest status a held meeting gave, and ignores planned meetings', () => {
    const may = notes0522();
    may.items[3] = { ...may.items[3]!, activity: 'halsolots', activityStatus: { status: 'done', comment: 'Medlen är beviljade' } };
    const june = { ...notes0522(), date: '2026-06-12', items: [item({ title: 'Hälsolots', activity: 'halsolots', body: 'Inget nytt' })] } as MeetingData;
    const september = {
      ...notes0522(),
      date: '2026-09-11',
      status: 'planned',
      items: [item({ title: 'Hälsolots', activity: 'halsolots', activityStatus: { status: 'not-started' } })],
    } as MeetingData;
    const view = followUpView(withMeetings(strategi, [yearMeeting(may), yearMeeting(june), yearMeeting(september)]), '2026-12-01');
    const halsolots = view.goals[0]!.activities[0]!;
    expect(halsolots.latest).toBe('done');
    expect(halsolots.latestComment).toBe('Medlen är beviljade');
    expect(halsolots.history.map((h) => [h.date, h.label, h.status])).toEqual([
      ['2026-05-22', '3.1', undefined],
      ['2026-05-22', '4', 'done'],
      ['2026-06-12', '1', undefined],
    ]);
    expect(halsolots.history[2]!.note).toBe('Inget nytt');
    expect(view.counts).toEqual({ 'not-started': 0, ongoing: 4, done: 1 });
  });

  it('shortens a long note to its first sentence, or to 240 characters and an ellipsis', () => {
    const long = 'ord '.repeat(100).trim();
    const meeting = {
      ...notes0522(),
      items: [
        item({ activity: 'halsolots', body: long }),
        item({ activity: 'aktivitetslots', body: 'Kort. Och en mening till som inte visas.' }),
        item({ activity: 'omvarldsbevakning', body: 'Utan punkt' }),
      ],
    } as MeetingData;
    const activities = followUpView(withMeetings(strategi, [yearMeeting(meeting)]), '2026-12-01').goals.flatMap((g) => g.activities);
    expect(activities[0]!.history[0]!.note).toBe(`${long.slice(0, 240)}…`);
    expect(activities[1]!.history[0]!.note).toBe('Kort.');
    expect(activities[4]!.history[0]!.note).toBe('Utan punkt');
    expect(activities[2]!.history).toEqual([]);
    expect(activities[2]!.latest).toBe('ongoing');
  });

  it('labels the items of a protocol by §', () => {
    const meeting = {
      ...notes0522(),
      items: [item({}), item({ items: [item({ activity: 'halsolots', activityStatus: { status: 'ongoing', comment: 'Pilot' } })] })],
    } as MeetingData;
    const view = followUpView(withMeetings(strategi, [yearMeeting(meeting, true, 30)]), '2026-12-01');
    expect(view.goals[0]!.activities[0]!.history[0]).toMatchObject({ label: '§ 31.1', status: 'ongoing', comment: 'Pilot' });
  });
});

describe('attendanceYearView', () => {
  const view = attendanceYearView(styrgrupp);
  const member = (name: string) => view.members.find((m) => m.name === name)!;
  const organisation = (name: string) => view.organisations.find((o) => o.name === name)!;

  it('has a column for each held meeting with attendance, and a row for each seat', () => {
    expect(view.dates).toEqual(['2026-02-27']);
    expect(view.members).toHaveLength(21);
    expect(view.members[0]).toEqual({ name: 'Nina Landström', organisation: 'Ulricehamn kommun', marks: ['present'], attended: 1, rate: 1, percent: '100 %' });
    expect(member('Per Svensson')).toMatchObject({ marks: ['substituted'], attended: 0, rate: 0, percent: '0 %' });
    expect(member('Monica Hjelmgren')).toMatchObject({ marks: ['absent'], attended: 0, rate: 0 });
    expect(view.members.some((m) => m.name === 'Lena Axelsson')).toBe(false);
    expect(view.guests).toEqual([]);
  });

  it('gives the rate of each organisation over its seats', () => {
    expect(organisation('Borås Stad')).toEqual({ name: 'Borås Stad', seats: 2, attended: 2, rate: 1, percent: '100 %' });
    expect(view.organisations.reduce((n, o) => n + o.seats, 0)).toBe(21);
  });

  // BUG (src/report/attendance-year.ts): "A substitute standing in counts for
  // the member's seat, not for the member", but an organisation's rate counts
  // only its members present: Per Svensson's seat, filled by Lena Axelsson,
  // counts as not attended.
  it('counts a seat a substitute filled as attended for the organisation', () => {
    expect(organisation('Vårdval vårdcentral och rehab, privata')).toMatchObject({ seats: 1, attended: 1, rate: 1, percent: '100 %' });
  });

  it('lists guests, but not the secretary', () => {
    const guests = attendanceYearView(strategi).guests;
    expect(guests).toEqual([{ name: 'Sabira Zejnilovic', count: 1 }]);
  });

  it('counts over several meetings, leaves out meetings without attendance and marks members not recorded', () => {
    const first = styrgrupp.meetings[0]!.meeting;
    const second = structuredClone(first);
    second.date = '2026-03-27';
    second.attendance.absent = second.attendance.absent.filter((e) => e !== 'monica-hjelmgren' && e !== 'ulrika-nafalt');
    second.attendance.present = [...second.attendance.present, 'monica-hjelmgren'];
    const unrecorded = { ...structuredClone(first), date: '2026-04-24', attendance: { present: [], absent: [] } } as MeetingData;
    const planned = { ...structuredClone(first), date: '2026-05-29', status: 'planned' } as MeetingData;
    const view = attendanceYearView(
      withMeetings(styrgrupp, [yearMeeting(first, true, 12), yearMeeting(second, true, 22), yearMeeting(unrecorded, true, 32), yearMeeting(planned, true, 42)]),
    );
    expect(view.dates).toEqual(['2026-02-27', '2026-03-27']);
    const m = (name: string) => view.members.find((x) => x.name === name)!;
    expect(m('Monica Hjelmgren')).toMatchObject({ marks: ['absent', 'present'], attended: 1, rate: 0.5, percent: '50 %' });
    expect(m('Ulrika Nåfält')).toMatchObject({ marks: ['absent', 'unknown'], attended: 0, rate: 0 });
    expect(m('Nina Landström')).toMatchObject({ marks: ['present', 'present'], rate: 1 });
    expect(view.organisations.find((o) => o.name === 'Södra Älvsborgs Sjukhus')).toMatchObject({ seats: 1, attended: 1, rate: 0.5, percent: '50 %' });
  });

  it('writes a rate as a whole percent', () => {
    expect(percent(2 / 3)).toBe('67 %');
    expect(percent(0)).toBe('0 %');
    expect(percent(1)).toBe('100 %');
  });
});

describe('decisionsView', () => {
  it('lists the decisions of the held meetings by date and § or item', () => {
    const view = decisionsView(styrgrupp, TODAY);
    expect(view.isProtocol).toBe(true);
    expect(view.decisions).toEqual([
      { date: '2026-02-27', label: '§ 12', title: 'Mötets öppnande och godkännande av dagordning', text: 'Dagordningen godkänns.', confidential: false },
      { date: '2026-02-27', label: '§ 13', title: 'Val av justerare', text: 'Tina Isaksson väljs som justerare.', confidential: false },
    ]);
    expect(view.openActions).toEqual([]);
    const notes = decisionsView(strategi, TODAY);
    expect(notes.isProtocol).toBe(false);
    expect(notes.decisions.map((d) => [d.label, d.text])).toEqual([['2', 'Dagordningen godkänns.']]);
  });

  it('numbers the decisions of sub-items, keeps a confidential item’s sub-items confidential and skips planned meetings', () => {
    const meeting = {
      ...notes0522(),
      items: [
        item({ decisions: ['A'] }),
        item({ confidential: 'OSL 21 kap. 1 §', decisions: ['B'], items: [item({ decisions: ['C'] })] } as Partial<ItemData>),
        item({ items: [item({}), item({ decisions: ['D', 'E'] })] }),
      ],
    } as MeetingData;
    const planned = { ...meeting, date: '2026-09-11', status: 'planned' } as MeetingData;
    const view = decisionsView(withMeetings(styrgrupp, [yearMeeting(meeting, true, 40), yearMeeting(planned, true, 43)]), TODAY);
    expect(view.decisions.map((d) => [d.label, d.text, d.confidential])).toEqual([
      ['§ 40', 'A', false],
      ['§ 41', 'B', true],
      ['§ 41.1', 'C', true],
      ['§ 42.2', 'D', false],
      ['§ 42.2', 'E', false],
    ]);
  });

  it('lists the open action points, soonest first, late ones marked, done ones left out', () => {
    const meeting = notes0522();
    meeting.items[1] = {
      ...meeting.items[1]!,
      actions: [
        { who: 'carolina-svensson', what: 'Bjuda in', due: '2026-12-15' },
        { who: 'anna-lena-hardtmann', what: 'Publicera', due: '2026-06-01', done: true },
        { who: 'Någon utanför', what: 'Utan datum' },
        { who: 'spiros-lappas', what: 'Sent', due: '2026-10-01' },
      ],
    };
    const view = decisionsView(withMeetings(strategi, [yearMeeting(meeting)]), TODAY);
    expect(view.openActions).toEqual([
      { who: 'Spiros Lappas', what: 'Sent', due: '2026-10-01', from: '22 maj 2026 2', overdue: true },
      { who: 'Carolina Svensson', what: 'Bjuda in', due: '2026-12-15', from: '22 maj 2026 2', overdue: false },
      { who: 'Någon utanför', what: 'Utan datum', due: undefined, from: '22 maj 2026 2', overdue: false },
    ]);
  });
});

describe('summaryView', () => {
  it('gives every group’s meetings and activities, and the totals', () => {
    const view = summaryView(org, 2026, summaries());
    expect(view.groups).toHaveLength(9);
    expect(view.totals).toEqual({ meetingsHeld: 2, activities: { 'not-started': 0, ongoing: 5, done: 0 } });
    expect(view.groups.find((g) => g.name === 'Styrgrupp närvård')).toEqual({
      name: 'Styrgrupp närvård',
      kindName: 'Styrgrupp',
      meetingsHeld: 1,
      meetingsPlanned: 1,
      activities: { 'not-started': 0, ongoing: 0, done: 0 },
      hasPlan: false,
    });
    expect(view.groups.find((g) => g.name === 'Uppdragsgrupp Strategi för hälsa')).toMatchObject({
      kindName: 'Uppdragsgrupp',
      meetingsHeld: 1,
      meetingsPlanned: 1,
      hasPlan: true,
      activities: { ongoing: 5 },
    });
    expect(view.groups[0]).toMatchObject({ name: 'Delregionalt politiskt samråd', kindName: 'Politiskt samråd', meetingsHeld: 0, meetingsPlanned: 0 });
  });
});

describe('financingView', () => {
  const withFinancing = (financing: Organisation['registry']['organisation']['financing'], municipalities = org.registry.municipalities): Organisation => ({
    ...org,
    registry: { ...org.registry, municipalities, organisation: { ...org.registry.organisation, financing } },
  });

  it('splits 6 kr per inhabitant by population, the region paying as much as the municipalities', () => {
    const view = financingView(org, 2026)!;
    expect(view).toMatchObject({
      year: 2026,
      feePerInhabitant: '6 kr',
      regionShare: '50 %',
      populationDate: '2024-07-01',
      population: '229 324',
      total: '2 751 888 kr',
      region: '1 375 944 kr',
      municipalitiesTotal: '1 375 944 kr',
    });
    expect(view.municipalities).toHaveLength(8);
    expect(view.municipalities.find((m) => m.name === 'Borås')).toEqual({ name: 'Borås', population: '114 895', share: '50,1 %', amount: '689 370 kr' });
    expect(view.municipalities.find((m) => m.name === 'Vårgårda')).toEqual({ name: 'Vårgårda', population: '12 485', share: '5,4 %', amount: '74 910 kr' });
    // Every amount is the population times the fee.
    for (const m of view.municipalities) expect(Number(m.amount.replace(/\D/g, ''))).toBe(Number(m.population.replace(/\D/g, '')) * 6);
    expect(view.municipalities.reduce((n, m) => n + Number(m.amount.replace(/\D/g, '')), 0)).toBe(1_375_944);
  });

  it('gives the region its share of the whole', () => {
    const view = financingView(withFinancing({ feePerInhabitant: 10, regionShare: 0.25 }), 2026)!;
    expect(view.municipalitiesTotal).toBe('2 293 240 kr');
    expect(view.total).toBe('3 057 653 kr');
    expect(view.region).toBe('764 413 kr');
    expect(view.regionShare).toBe('25 %');
  });

  it('has no date of the population when the municipalities’ differ, and no financing without a fee or municipalities', () => {
    const [first, ...rest] = org.registry.municipalities;
    expect(
      financingView(withFinancing(org.registry.organisation.financing, [{ ...first!, populationDate: '2025-07-01' }, ...rest]), 2026)!.populationDate,
    ).toBeUndefined();
    expect(financingView(withFinancing(undefined), 2026)).toBeUndefined();
    expect(financingView(withFinancing(org.registry.organisation.financing, []), 2026)).toBeUndefined();
  });
});

describe('barChartSvg', () => {
  const bars = [
    { label: 'Nina Landström', value: 1 },
    { label: 'Per Svensson', value: 0 },
    { label: 'Monica <Hjelmgren> & "co"', value: 0.5 },
    { label: 'För mycket', value: 1.5 },
    { label: 'För lite', value: -0.2 },
  ];
  const svg = barChartSvg('Närvaro 2026, Styrgrupp närvård', bars);

  it('is an SVG the size chartSize gives, with a bar for each value', () => {
    expect(chartSize(bars)).toEqual({ width: 592, height: 5 * 22 + 30 });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="592" height="140" viewBox="0 0 592 140"/);
    expect(svg.trimEnd()).toMatch(/<\/svg>$/);
    expect(svg).toContain('font-weight="bold">Närvaro 2026, Styrgrupp närvård</text>');
    const widths = [...svg.matchAll(/<rect x="220" y="\d+" width="(\d+)" height="16"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([300, 0, 150, 300, 0]);
    const percents = [...svg.matchAll(/>(-?\d+) %<\/text>/g)].map((m) => m[1]);
    expect(percents).toEqual(['100', '0', '50', '150', '-20']);
  });

  it('escapes the labels', () => {
    expect(svg).toContain('>Monica &lt;Hjelmgren&gt; &amp; &quot;co&quot;</text>');
    expect(svg).not.toContain('<Hjelmgren>');
    expect(barChartSvg('A & B', [])).toContain('>A &amp; B</text>');
  });
});

describe('the jobs of a year', () => {
  it('makes as many jobs as countGroupJobs says, for every group', () => {
    for (const gy of years) expect([...groupJobs(gy, TODAY, followUpView(gy, '2026-12-01'))], gy.group.id).toHaveLength(countGroupJobs(gy));
  });

  it('names the documents of a group, and renders no planned meeting', () => {
    const names = [...groupJobs(styrgrupp, TODAY, followUpView(styrgrupp, '2026-12-01'))].map((j) => j.name);
    expect(names).toEqual([
      'styrgrupp-narvard/uppfoljning-2026',
      'styrgrupp-narvard/narvaro-2026',
      'styrgrupp-narvard/beslut-2026',
      'styrgrupp-narvard/2026-02-27-protokoll',
    ]);
    const jobs = [...groupJobs(strategi, TODAY, followUpView(strategi, '2026-12-01'))];
    expect(jobs.map((j) => j.name)).toEqual([
      'strategi-for-halsa/arsplan-2026',
      'strategi-for-halsa/uppfoljning-2026',
      'strategi-for-halsa/narvaro-2026',
      'strategi-for-halsa/beslut-2026',
      'strategi-for-halsa/2026-05-22-motesanteckning',
    ]);
    const chart = jobs.find((j) => j.template === 'narvaro')!.chart!;
    expect(chart.file).toBe('narvaro-2026.svg');
    expect(chart.bars).toHaveLength(17);
    // Jobs go to worker threads: plain data.
    for (const j of jobs) expect(structuredClone(j)).toEqual(j);
  });

  it('has the organisation’s summary and financing', () => {
    const jobs = organisationJobs(org, 2026, summaries());
    expect(jobs.map((j) => [j.name, j.template, j.title])).toEqual([
      ['sammanfattning-2026', 'sammanfattning', 'Sammanfattning 2026'],
      ['finansiering-2026', 'finansiering', 'Finansiering 2026'],
    ]);
  });
});

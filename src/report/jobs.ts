/**
 * The yearly documents as jobs: each a template, its view (plain data, so it
 * can go to a worker thread) and where its files go. Made one group at a time,
 * so a large organisation is never held in memory as rendered documents.
 */
import { TEMPLATE_OF, templateFor } from '../data/templates.js';
import { meetingView } from '../render/view.js';
import { draftMark } from '../render/docx-draft.js';
import { annualPlanView } from './annual-plan.js';
import { attendanceYearView } from './attendance-year.js';
import { decisionsView } from './decisions.js';
import type { FollowUpView } from './follow-up.js';
import { financingView, summaryView, type GroupSummary } from './organisation.js';
import { held, type GroupYear } from './year-data.js';
import type { Bar } from './chart.js';
import { groupForMeeting, type Organisation } from '../model/registry.js';

/** How every document of an internal report says what it is (report --internal). */
export const INTERNAL_MARK = '**Innehåller uppgifter som omfattas av sekretess.**';

export interface Job {
  /** The output path without extension, relative to the report folder, e.g. "styrgrupp-narvard/2026-02-27-protokoll". */
  name: string;
  template: string;
  view: object;
  /** Whose the document is, for the Word file's properties and header. */
  info: { organisation: string; group?: string; date?: string; creator?: string; draft?: string };
  /** A bar chart to draw beside the document and put into it (its file name is the view's chart.file). */
  chart?: { title: string; file: string; bars: Bar[] };
  /** How the index lists it. */
  section: string;
  title: string;
}

/** How many jobs groupJobs makes, without making them. */
export function countGroupJobs({ plan, meetings }: GroupYear): number {
  return (plan ? 1 : 0) + (plan || meetings.length ? 1 : 0) + (meetings.length ? 2 : 0) + meetings.filter(held).length;
}

/** `internal`: the unmasked year for the office; otherwise the meetings' documents are public copies. */
export function* groupJobs(groupYear: GroupYear, today: string, followUp: FollowUpView, internal = false): Generator<Job> {
  const { org, group, year, meetings } = groupYear;
  const section = group.name;
  const organisation = org.registry.organisation.name;
  const info = { organisation, group: group.name };

  const plan = annualPlanView(groupYear);
  if (plan) yield { name: `${group.id}/arsplan-${year}`, template: 'arsplan', view: plan, info, section, title: `Årsplan ${year}` };
  if (plan || meetings.length) {
    yield { name: `${group.id}/uppfoljning-${year}`, template: 'uppfoljning', view: followUp, info, section, title: `Uppföljning ${year}` };
  }
  if (meetings.length) {
    const attendance = attendanceYearView(groupYear);
    const file = `narvaro-${year}.svg`;
    const bars = attendance.members.map((m) => ({ label: m.name, value: m.rate }));
    const charted = attendance.dates.length > 0 && bars.length > 0;
    yield {
      name: `${group.id}/narvaro-${year}`,
      template: 'narvaro',
      view: charted ? { ...attendance, chart: { file } } : attendance,
      info,
      chart: charted ? { title: `Närvaro ${year}, ${group.name}`, file, bars } : undefined,
      section,
      title: `Närvaro ${year}`,
    };
    yield {
      name: `${group.id}/beslut-${year}`,
      template: 'beslut',
      view: decisionsView(groupYear, today),
      info,
      section,
      title: `Beslut och öppna åtgärder ${year}`,
    };
  }
  // Planned meetings have no notes or protocol yet.
  for (const m of meetings.filter(held)) {
    // A meeting may keep another document than its group.
    const own = groupForMeeting(group, m.meeting);
    const view = meetingView(org, own, m.meeting, { first: m.firstNumber, last: m.lastNumber }, { publicCopy: !internal });
    yield {
      name: `${group.id}/${m.meeting.date}-${TEMPLATE_OF[own.document]}`,
      template: templateFor(own),
      view,
      info: {
        ...info,
        date: m.meeting.date,
        creator: view.secretary?.name ?? organisation,
        // The report's copy of a protocol or notes not yet final says so, as the copy sekr render makes.
        draft: draftMark(view),
      },
      section,
      title: `${own.document === 'protokoll' ? 'Protokoll' : 'Mötesanteckning'} ${m.meeting.date}`,
    };
  }
}

export function organisationJobs(org: Organisation, year: number, groups: GroupSummary[]): Job[] {
  const organisation = org.registry.organisation.name;
  const section = organisation;
  const jobs: Job[] = [
    {
      name: `sammanfattning-${year}`,
      template: 'sammanfattning',
      view: summaryView(org, year, groups),
      info: { organisation },
      section,
      title: `Sammanfattning ${year}`,
    },
  ];
  const financing = financingView(org, year);
  if (financing)
    jobs.push({ name: `finansiering-${year}`, template: 'finansiering', view: financing, info: { organisation }, section, title: `Finansiering ${year}` });
  return jobs;
}

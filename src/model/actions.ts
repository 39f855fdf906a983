/**
 * Action points across meetings: who does what by when, and where it was
 * decided (group, date, § or item). Pure: meetings come in already read.
 */
import type { ActionData, MeetingData } from '../schema/meeting.js';
import { agendaEntries } from './recording.js';
import type { Group, Organisation } from './registry.js';
import { fold } from '../base/text.js';

export interface ActionPoint extends ActionData {
  /** The person's name when `who` is a registry id. */
  whoName: string;
  /** The registry id, when `who` is one. */
  person?: string;
  group: Group;
  date: string;
  /** "§ 17" or "3.2" */
  label: string;
  itemTitle: string;
  overdue: boolean;
}

export interface MeetingForActions {
  group: Group;
  meeting: MeetingData;
  firstNumber: number;
}

export function actionPoints(org: Organisation, meetings: MeetingForActions[], today: string): ActionPoint[] {
  const points: ActionPoint[] = [];
  for (const { group, meeting, firstNumber } of meetings) {
    for (const entry of agendaEntries(meeting, firstNumber, group.document === 'protokoll')) {
      for (const action of entry.item.actions) {
        const person = org.people.get(action.who);
        points.push({
          ...action,
          whoName: person?.name ?? action.who,
          person: person?.id,
          group,
          date: meeting.date,
          label: entry.label,
          itemTitle: entry.title,
          overdue: !action.done && action.due !== undefined && action.due < today,
        });
      }
    }
  }
  // Soonest due first; those without a date last, in meeting order.
  return points.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.date.localeCompare(b.date));
}

/** Does the filter `person` (an id or part of a name) mean this action's owner? */
export function isFor(point: ActionPoint, person: string): boolean {
  if (point.person === person) return true;
  return fold(point.whoName).includes(fold(person));
}

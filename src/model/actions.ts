/**
 * Action points across meetings: who does what by when, and where it was
 * decided (group, date, § or item), with their follow-up: done (in the meeting
 * or, once the meeting is sealed, in data/actions/) or still open. Pure:
 * meetings and follow-up come in already read.
 */
import type { ActionData, MeetingData } from '../schema/meeting.js';
import type { DoneData } from '../schema/actions.js';
import { agendaEntries } from './recording.js';
import type { Group, Organisation } from './registry.js';
import { fold } from '../base/text.js';

export interface ActionPoint extends ActionData {
  /** Six hexadecimal digits, stable: what `sekr actions done` takes. */
  id: string;
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
  /** The day it was done and what was said of it, when the follow-up records it. */
  doneOn?: string;
  comment?: string;
  /** Decided in a confidential paragraph: who and what are not shown outside the internal protocol. */
  confidential: boolean;
}

export interface MeetingForActions {
  group: Group;
  meeting: MeetingData;
  firstNumber: number;
}

const sha256 = (text: string) => process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex');

/**
 * An action point's id: the one sekr wrote with it, else one made from where it was decided and
 * what it says, so that a point of a sealed meeting, whose file never changes, keeps its id.
 */
export function actionId(group: string, date: string, action: Pick<ActionData, 'id' | 'who' | 'what'>): string {
  return action.id ?? sha256(`${group}/${date}\n${action.who}\n${action.what}`).slice(0, 6);
}

export function actionPoints(org: Organisation, meetings: MeetingForActions[], today: string, followUp: readonly DoneData[] = []): ActionPoint[] {
  const done = new Map(followUp.map((d) => [d.id, d]));
  const points: ActionPoint[] = [];
  for (const { group, meeting, firstNumber } of meetings) {
    for (const entry of agendaEntries(meeting, firstNumber, group.document === 'protokoll')) {
      for (const action of entry.item.actions) {
        const person = org.people.get(action.who);
        const id = actionId(group.id, meeting.date, action);
        const followed = done.get(id);
        const isDone = Boolean(action.done) || followed !== undefined;
        points.push({
          ...action,
          id,
          done: isDone,
          doneOn: followed?.date,
          comment: followed?.comment,
          whoName: person?.name ?? action.who,
          person: person?.id,
          group,
          date: meeting.date,
          label: entry.label,
          itemTitle: entry.title,
          overdue: !isDone && action.due !== undefined && action.due < today,
          confidential: entry.item.confidential !== undefined,
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

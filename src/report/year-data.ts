/**
 * The year of one group as the yearly documents need it: its meetings, each
 * numbered as its document numbers them, and its plan. Pure types and
 * helpers; loading is in load-year.ts.
 */
import type { Group, Organisation } from '../model/registry.js';
import type { MeetingData } from '../schema/meeting.js';
import type { PlanData } from '../schema/plan.js';
import type { DoneData } from '../schema/actions.js';

export interface YearMeeting {
  meeting: MeetingData;
  /** First § of a protocol, 1 for notes. */
  firstNumber: number;
  lastNumber: number;
  /** "§ 12" or "3", for each top-level item index. */
  label: (index: number) => string;
}

export interface GroupYear {
  org: Organisation;
  group: Group;
  year: number;
  meetings: YearMeeting[];
  plan?: PlanData;
  /** The follow-up of the group's action points (data/actions/<group>.yaml). */
  followUp: DoneData[];
  /** For a plan of another period than the calendar year: the group's meetings in that period, of whichever year. */
  periodMeetings?: YearMeeting[];
}

/** Meetings that took place: anything past planning. */
export const held = (m: YearMeeting) => !['planned', 'agenda'].includes(m.meeting.status);

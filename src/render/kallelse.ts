/**
 * The notice that convenes a meeting (kallelse): the agenda as it stands, who
 * is convened and who gets it for information, and a calendar invitation.
 */
import { join } from 'node:path';
import { attendanceLine, type AttendanceLine } from '../model/attendance.js';
import { meetingEvent } from '../model/calendar.js';
import type { Group, Organisation } from '../model/registry.js';
import type { MeetingData } from '../schema/meeting.js';
import type { MeetingView, PersonView } from './view.js';

export interface KallelseView extends MeetingView {
  /** Members convened to the meeting, in the registry's order. */
  convened: AttendanceLine[];
  /** Substitutes, who get the notice for information. */
  forInformation: AttendanceLine[];
  /** Whether the group has substitutes to call in. */
  substitutes: boolean;
  /** Whom apologies go to: the secretary, with the address to use. */
  apologiesTo?: PersonView;
  apologiesEmail?: string;
}

export function kallelseView(org: Organisation, group: Group, view: MeetingView): KallelseView {
  const secretary = view.secretary?.id;
  const line = (id: string) => attendanceLine(org, group, id, secretary);
  const members = group.members.filter((m) => m.person !== secretary);
  return {
    ...view,
    convened: members.filter((m) => m.role !== 'ersättare').map((m) => line(m.person)),
    forInformation: members.filter((m) => m.role === 'ersättare').map((m) => line(m.person)),
    substitutes: group.substitutes || members.some((m) => m.role === 'ersättare'),
    apologiesTo: view.secretary,
    apologiesEmail: view.secretary?.email ?? org.registry.organisation.email,
  };
}

/** out/<group>/<date>-kallelse */
export const kallelseBase = (outDir: string, group: Group, date: string) => join(outDir, group.id, `${date}-kallelse`);

export interface Invitation {
  text: string;
  /** A real invitation (METHOD:REQUEST) needs an organiser's address; without one it is a plain event. */
  invitation: boolean;
  attendees: number;
}

/** The meeting as a calendar invitation to everyone convened who has an e-mail address. */
export async function invitation(org: Organisation, group: Group, meeting: MeetingData, view: KallelseView): Promise<Invitation> {
  const agenda = view.items.map((i) => `${view.isProtocol ? '§ ' : ''}${i.number}. ${i.title}`).join('\n');
  const event = meetingEvent(org, group, meeting, `Dagordning:\n${agenda}`);
  const email = (id: string | undefined) => (id ? org.people.get(id)?.email : undefined);
  const attendees = [...view.convened.map((l) => ({ line: l, optional: false })), ...view.forInformation.map((l) => ({ line: l, optional: true }))]
    .filter(({ line }) => email(line.id))
    .map(({ line, optional }) => ({ name: line.name, email: email(line.id)!, optional }));
  const organizerEmail = view.apologiesEmail;
  const organizer = organizerEmail ? { name: view.secretary?.name ?? org.registry.organisation.name, email: organizerEmail } : undefined;
  const { calendarText } = await import('./ics.js');
  const text = await calendarText(`${group.name} ${meeting.date}`, [{ ...event, organizer, attendees }], Boolean(organizer));
  return { text, invitation: Boolean(organizer), attendees: attendees.length };
}

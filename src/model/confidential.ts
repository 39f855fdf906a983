/**
 * One rule of confidentiality (sekretess, Offentlighets- och sekretesslagen) for every output but
 * the internal protocol: a confidential paragraph keeps its number, its heading and the line
 * naming the ground for confidentiality, and nothing else. Applied to a meeting as it is read,
 * before any view, document, listing or JSON is made of it, so no output can forget it. Pure.
 */
import type { ItemData, MeetingData } from '../schema/meeting.js';
import { actionId } from './actions.js';

/** How a masked action point reads: its due date and whether it is done stay, for the follow-up. */
// not translated: words of the document
const MASKED = 'Omfattas av sekretess';

function maskItem(item: ItemData, group: string, date: string): ItemData {
  if (item.confidential === undefined) return { ...item, items: item.items.map((sub) => maskItem(sub, group, date)) };
  return {
    title: item.title,
    confidential: item.confidential,
    // Carried on by its heading alone, which is public anyway.
    carry: item.carry ? true : undefined,
    // That the matter was sent back or put off is public: it comes back on the next agenda by its heading.
    deferred: item.deferred,
    carriedFrom: item.carriedFrom,
    recorded: item.recorded,
    actions: item.actions.map((a) => ({ id: actionId(group, date, a), who: '–', what: `${MASKED} (${item.confidential})`, due: a.due, done: a.done })),
    // A register of decisions still lists that a decision was taken, and on what ground it is not shown.
    decisions: item.decisions.length ? [`${MASKED} (${item.confidential})`] : [],
    attachments: [],
    proposals: [],
    disqualified: [],
    reservations: [],
    protocolNotes: [],
    sendTo: [],
    items: [],
  };
}

/** The meeting as it may be shown outside the internal protocol. */
export function maskConfidential(meeting: MeetingData, group: string): MeetingData {
  if (!hasConfidential(meeting.items)) return meeting;
  return { ...meeting, items: meeting.items.map((item) => maskItem(item, group, meeting.date)) };
}

const hasConfidential = (items: ItemData[]): boolean => items.some((i) => i.confidential !== undefined || hasConfidential(i.items));

/**
 * A group's meetings of one year, and the § numbers they take. Paragraphs run on
 * through a protocol group's calendar year (model/numbering.ts), so a meeting's
 * numbers depend on the earlier meetings of its year, and of those only on how
 * many items each has and the firstParagraph it states: the files are read that
 * far and no further (no schema, no checks; `sekr validate` does those).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SekrError } from '../base/errors.js';
import { numberParagraphs, type NumberedMeeting, type ParagraphRange } from '../model/numbering.js';
import { listGroupMeetings, type MeetingFile } from './folder.js';
import { displayPath } from './yaml-file.js';

/** The group's meeting files dated in the year, by date: from its folder, or from a listing of the data folder made already. */
export function meetingsOfYear(dataDir: string, group: string, year: number | string, listed?: readonly MeetingFile[]): MeetingFile[] {
  return (listed ?? listGroupMeetings(dataDir, group)).filter((m) => m.group === group && m.date.startsWith(`${year}-`));
}

/** What numbering needs of a meeting file: its date, the firstParagraph it states and how many items it has. */
function paragraphCount(file: MeetingFile): NumberedMeeting {
  let data: unknown;
  try {
    data = parse(readFileSync(file.path, 'utf8'));
  } catch {
    data = undefined;
  }
  const { items, firstParagraph } = (data ?? {}) as { items?: unknown; firstParagraph?: unknown };
  const itemsCountable = items === undefined || items === null || Array.isArray(items);
  const firstCountable = firstParagraph === undefined || (Number.isInteger(firstParagraph) && (firstParagraph as number) > 0);
  const countable = itemsCountable && firstCountable;
  if (!data || typeof data !== 'object' || !countable) {
    throw new SekrError(`cannot number the paragraphs: the earlier meeting ${displayPath(file.path)} has problems`, {
      file: displayPath(file.path),
      hint: 'run sekr validate, and fix what it says of that file',
    });
  }
  return { date: file.date, firstParagraph: firstParagraph as number | undefined, itemCount: Array.isArray(items) ? items.length : 0 };
}

/**
 * The § range of a meeting of the group, given what it says itself (its date, its firstParagraph and
 * how many items it has), numbered on from the group's earlier meetings of its year in the folder.
 */
export function rangeInYear(dataDir: string, group: string, meeting: NumberedMeeting): ParagraphRange {
  const earlier = meetingsOfYear(dataDir, group, meeting.date.slice(0, 4)).filter((m) => m.date < meeting.date);
  return numberParagraphs([...earlier.map(paragraphCount), meeting]).ranges.get(meeting.date)!;
}

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
import { t } from '../base/i18n.js';
import { numberParagraphs, type NumberedMeeting, type ParagraphRange } from '../model/numbering.js';
import type { DocumentKindName } from '../schema/common.js';
import { listGroupMeetings, type MeetingFile } from './folder.js';
import { displayPath } from './yaml-file.js';

/** The group's meeting files dated in the year, by date: from its folder, or from a listing of the data folder made already. */
export function meetingsOfYear(dataDir: string, group: string, year: number | string, listed?: readonly MeetingFile[]): MeetingFile[] {
  return (listed ?? listGroupMeetings(dataDir, group)).filter((m) => m.group === group && m.date.startsWith(`${year}-`));
}

/** What numbering needs of a meeting file: its date, the firstParagraph it states, how many items it has, and its own kind if it says one. */
function paragraphCount(file: MeetingFile): NumberedMeeting & { document?: unknown } {
  let data: unknown;
  try {
    data = parse(readFileSync(file.path, 'utf8'));
  } catch {
    data = undefined;
  }
  const { items, firstParagraph, document } = (data ?? {}) as { items?: unknown; firstParagraph?: unknown; document?: unknown };
  const itemsCountable = items === undefined || items === null || Array.isArray(items);
  const firstCountable = firstParagraph === undefined || (Number.isInteger(firstParagraph) && (firstParagraph as number) > 0);
  const countable = itemsCountable && firstCountable;
  if (!data || typeof data !== 'object' || !countable) {
    throw new SekrError(t('year.earlierMeetingProblems', displayPath(file.path)), {
      file: displayPath(file.path),
      hint: t('year.earlierMeetingHint'),
    });
  }
  return { date: file.date, firstParagraph: firstParagraph as number | undefined, itemCount: Array.isArray(items) ? items.length : 0, document };
}

/**
 * The § range of a meeting of the group, given what it says itself (its date, its firstParagraph and
 * how many items it has), numbered on from the group's earlier meetings of its year in the folder.
 * `groupDocument`, when given, is what the group keeps: an earlier meeting that keeps notes (its own
 * kind, or its group's) takes no § numbers.
 */
export function rangeInYear(dataDir: string, group: string, meeting: NumberedMeeting, groupDocument?: DocumentKindName): ParagraphRange {
  const earlier = meetingsOfYear(dataDir, group, meeting.date.slice(0, 4))
    .filter((m) => m.date < meeting.date)
    .map(paragraphCount)
    .filter((m) => groupDocument === undefined || (m.document ?? groupDocument) !== 'mötesanteckning');
  return numberParagraphs([...earlier, meeting]).ranges.get(meeting.date)!;
}

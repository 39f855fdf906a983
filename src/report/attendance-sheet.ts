/**
 * The attendance of a year as a spreadsheet: the document's tables (member by
 * meeting, and per organisation) as two sheets, the rates as numbers a
 * spreadsheet can sum and chart. Pure: the rows; data/spreadsheet.ts writes them.
 */
import type { SheetOut } from '../data/spreadsheet.js';
import type { AttendanceYearView } from './attendance-year.js';

/** N närvarande, E ersatt av ersättare, F frånvarande, as in the document. */
const LETTER = { present: 'N', substituted: 'E', absent: 'F', unknown: '' } as const;

export function attendanceSheets(view: AttendanceYearView): SheetOut[] {
  const members: SheetOut = {
    name: `Närvaro ${view.year}`,
    columns: [
      { header: 'Ledamot', width: 28 },
      { header: 'Organisation', width: 30 },
      ...view.dates.map((d) => ({ header: d, width: 11 })),
      { header: 'Närvaro (%)', width: 12 },
    ],
    rows: view.members.map((m) => [m.name, m.organisation ?? '', ...m.marks.map((mark) => LETTER[mark]), Math.round(m.rate * 100)]),
  };
  const organisations: SheetOut = {
    name: 'Per organisation', // not translated: words of the document
    columns: [
      { header: 'Organisation', width: 30 },
      { header: 'Platser', width: 9 },
      { header: 'Närvaro (%)', width: 12 },
    ],
    rows: view.organisations.map((o) => [o.name, o.seats, Math.round(o.rate * 100)]),
  };
  return [members, organisations];
}

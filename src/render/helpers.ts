/**
 * The helpers templates may call, and how data is escaped in them. Pure
 * functions: Handlebars itself is loaded only by markdown.ts.
 */
import type { AttendanceLine } from '../model/attendance.js';

export { swedishDate, weekday } from '../model/dates.js';

/** "10:00-12:00" as Swedish documents write it: "10.00-12.00". */
export function swedishTime(range: string | undefined): string {
  return range ? range.replace(/\s*[-–]\s*/, '-').replace(/:/g, '.') : '';
}

/** "§§ 12–21", "§ 12", or nothing for a protocol without paragraphs yet. */
export function paragraphRange(first: number, last: number): string {
  if (!(last >= first)) return '';
  return first === last ? `§ ${first}` : `§§ ${first}–${last}`;
}

export interface RoleLabels {
  chair?: string;
  viceChair?: string;
  convener?: string;
  secretary?: string;
  adjungerad?: string;
  guest?: string;
  substitute?: string;
}

/** "Name, Organisation, role" with the labels the template gives; a substitute's label follows with a space. */
export function attendanceLine(line: AttendanceLine, labels: RoleLabels): string {
  const parts = [line.name];
  if (line.organisation) parts.push(line.organisation);
  const roles: (string | undefined)[] = [
    line.chair ? labels.chair : undefined,
    line.viceChair ? labels.viceChair : undefined,
    line.convener ? labels.convener : undefined,
    line.secretary ? labels.secretary : undefined,
    line.adjungerad ? labels.adjungerad : undefined,
    line.guest ? labels.guest : undefined,
  ];
  for (const role of roles) if (role) parts.push(role);
  if (line.note) parts.push(line.note);
  let s = parts.join(', ');
  if (line.substitute && labels.substitute) s += ` ${labels.substitute}`;
  return s;
}

/**
 * Escapes text for Markdown, so that a name with *, _, #, <, | or a leading
 * "-" appears as written rather than as formatting. Fields that are Markdown
 * by design (an item's body) are inserted with {{{triple braces}}} instead.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\\`*_[\]<>|#~]/g, '\\$&')
      // "&amp;" would be read as the entity; "&" alone is harmless.
      .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&')
      .replace(/^(\s*)([-+=])(?=\s|$|[-=]+\s*$)/gm, '$1\\$2')
      .replace(/^(\s*\d+)([.)])(?=\s|$)/gm, '$1\\$2')
  );
}

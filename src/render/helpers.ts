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

/** The start of raw HTML in CommonMark: a tag, a closing tag, a comment, a declaration or a processing instruction. */
const HTML_START = /<(?:[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|\/[A-Za-z]|!|\?)/y;
/** An autolink (<https://...>, <name@example.org>), which stays a link. */
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const AUTOLINK = new RegExp(`<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*|[A-Za-z0-9.!#$%&'*+/=?^_\`{|}~-]+@${LABEL}(?:\\.${LABEL})*)>`, 'y');

/**
 * Markdown written by the secretary (an item's notes) with its raw HTML made
 * text: each "<" that would start a tag, a comment or an HTML block is
 * escaped ("\<"), so the Markdown shows "<script>" as the words it is, as the
 * Word document and the PDF built from the same text do; no markup of hers
 * can reach a web page. Code (fenced, indented, `spans`) and autolinks are
 * left as they are: there "<" is text already, or a link.
 */
export function withoutRawHtml(markdown: string): string {
  if (!/<[A-Za-z/!?]/.test(markdown)) return markdown;
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(escapeText(paragraph.join('\n')));
    paragraph = [];
  };
  let fence: string | undefined;
  let inList = false;
  let previousBlank = true;
  for (const line of markdown.split('\n')) {
    const blank = line.trim() === '';
    const wasBlank = previousBlank;
    previousBlank = blank;
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (opener && opener[1]![0] === fence[0] && opener[1]!.length >= fence.length && line.trim() === opener[1]) fence = undefined;
      out.push(line);
      continue;
    }
    if (opener) {
      flush();
      fence = opener[1];
      out.push(line);
      continue;
    }
    if (blank) {
      flush();
      out.push(line);
      continue;
    }
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    if (/^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:\s|$)/.test(line)) inList = true;
    else if (indent === 0) inList = false;
    // An indented code block: four spaces after a blank line, outside a list.
    if (indent >= 4 && wasBlank && !inList) {
      out.push(line);
      previousBlank = true; // the block goes on while lines are indented
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return out.join('\n');
}

/** Escapes the starts of raw HTML in running text, outside code spans (a run of backticks closed by a run of the same length). */
function escapeText(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '`') {
      const n = /^`+/.exec(text.slice(i))![0].length;
      const close = new RegExp(`(?<!\`)\`{${n}}(?!\`)`, 'g');
      close.lastIndex = i + n;
      const end = close.exec(text);
      if (end) {
        out += text.slice(i, end.index + n);
        i = end.index + n;
      } else {
        out += text.slice(i, i + n); // no closing run: the backticks are text
        i += n;
      }
      continue;
    }
    if (c === '\\' && i + 1 < text.length) {
      out += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '<') {
      HTML_START.lastIndex = i;
      AUTOLINK.lastIndex = i;
      if (HTML_START.test(text) && !AUTOLINK.test(text)) {
        out += '\\<';
        i++;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}

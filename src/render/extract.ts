/**
 * A protocol extract (protokollsutdrag): some paragraphs of an adjusted protocol, with who adjusted
 * them and when, and a line for the secretary to certify that the extract is true to the protocol
 * (utdragsbestyrkande). By default a confidential paragraph keeps only its number, heading and the
 * ground for confidentiality, as every output but the internal protocol does; in full only when asked
 * for one named recipient entitled to it, and the extract then says so.
 */
import { paragraphList } from '../model/serving.js';
import type { MeetingData } from '../schema/meeting.js';
import type { MeetingView } from './view.js';

export interface ExtractView extends MeetingView {
  extract: {
    /** "§ 100", "§§ 98, 100". */
    paragraphs: string;
    /** Who the extract goes to (expedieras till). */
    to?: string;
    /** When and by whom each of its paragraphs was adjusted. */
    adjustments: { paragraphs: string; date: string; by: string[]; atOnce: boolean }[];
    /** Confidential paragraphs given in full: their grounds, and the recipient entitled to them. */
    confidentialInFull?: { grounds: string; to: string };
  };
}

/** The extract's view: the protocol's view with only the chosen paragraphs. */
export function extractView(
  view: MeetingView,
  meeting: MeetingData,
  numbers: readonly number[],
  options: { to?: string; confidentialInFull?: boolean; nameOf: (id: string) => string },
): ExtractView {
  const chosen = new Set(numbers);
  const items = view.items.filter((item) => item.number !== undefined && chosen.has(item.number));
  const adjustments: ExtractView['extract']['adjustments'] = [];
  const atOnce = (meeting.adjustedAtOnce ?? [])
    .map((s) => ({ ...s, paragraphs: s.paragraphs.filter((n) => chosen.has(n)) }))
    .filter((s) => s.paragraphs.length);
  for (const s of atOnce) adjustments.push({ paragraphs: paragraphList(s.paragraphs), date: s.date, by: s.by.map(options.nameOf), atOnce: true });
  const rest = numbers.filter((n) => !atOnce.some((s) => s.paragraphs.includes(n)));
  if (rest.length && meeting.adjusted)
    adjustments.push({ paragraphs: paragraphList(rest), date: meeting.adjusted.date, by: meeting.adjusted.by.map(options.nameOf), atOnce: false });
  const grounds = [...new Set(items.flatMap((i) => (i.confidential ? [i.confidential] : [])))];
  return {
    ...view,
    items,
    extract: {
      paragraphs: paragraphList(numbers),
      to: options.to,
      adjustments,
      confidentialInFull: options.confidentialInFull && grounds.length && options.to ? { grounds: grounds.join('; '), to: options.to } : undefined,
    },
  };
}

/**
 * Whether a protocol or meeting notes are final, as the Word document's page
 * header says (and so the PDF's): the Markdown, which goes on the website
 * only once final, carries no such mark.
 */
import type { MeetingView } from './view.js';

// not translated: words of the document
const DRAFT_PROTOCOL = 'Utkast – ej justerat';
const PRELIMINARY_NOTES = 'Preliminär';

/**
 * A protocol is the record once adjusted (justerat); meeting notes once
 * approved, or final when the week for corrections is over. Until then the
 * copy that is mailed says what it is. sekr publish makes public copies of
 * final documents only, which carry no mark; the public yearly report holds
 * the year's drafts too, and says of them what they are.
 */
export function draftMark(view: Pick<MeetingView, 'isProtocol' | 'adjusted' | 'approved' | 'meeting'>): string | undefined {
  const { status } = view.meeting;
  if (view.isProtocol) return view.adjusted || status === 'adjusted' || status === 'published' ? undefined : DRAFT_PROTOCOL;
  return view.approved || status === 'final' || status === 'published' ? undefined : PRELIMINARY_NOTES;
}

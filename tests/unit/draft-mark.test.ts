/** What the Word document's header says of a protocol or notes not yet final, through the life cycle. */
import { describe, expect, it } from 'vitest';
import { draftMark } from '../../src/render/docx-draft.js';

type View = Parameters<typeof draftMark>[0];
const protocol = (status: string, extra: object = {}) => ({ isProtocol: true, publicCopy: false, meeting: { status }, ...extra }) as unknown as View;
const notes = (status: string, extra: object = {}) => ({ isProtocol: false, publicCopy: false, meeting: { status }, ...extra }) as unknown as View;

describe('draftMark', () => {
  it('marks a protocol until it is adjusted', () => {
    for (const status of ['held', 'draft', 'sent', 'final']) expect(draftMark(protocol(status)), status).toBe('Utkast – ej justerat');
    expect(draftMark(protocol('adjusted', { adjusted: { date: '2026-03-05', by: ['Tina Isaksson'] } }))).toBeUndefined();
    expect(draftMark(protocol('published', { adjusted: { date: '2026-03-05', by: ['Tina Isaksson'] } }))).toBeUndefined();
  });

  it('marks meeting notes until they are approved or final', () => {
    for (const status of ['held', 'draft', 'sent']) expect(draftMark(notes(status)), status).toBe('Preliminär');
    expect(draftMark(notes('final'))).toBeUndefined();
    expect(draftMark(notes('sent', { approved: { date: '2026-05-29' } }))).toBeUndefined();
  });

  // sekr publish makes public copies of final documents only, which carry no mark; the public yearly
  // report has the year's draft protocols too, and there a reader must see that they are not the record.
  it('marks a public copy as any other while it is not final', () => {
    expect(draftMark(protocol('draft', { publicCopy: true }))).toBe('Utkast – ej justerat');
    expect(draftMark(protocol('adjusted', { publicCopy: true, adjusted: { date: '2026-03-05', by: [] } }))).toBeUndefined();
    expect(draftMark(notes('final', { publicCopy: true }))).toBeUndefined();
  });
});

/**
 * The seal of an adjusted protocol: a fingerprint of the content, whole and
 * per field, that ignores key order and the life-cycle fields and names what
 * changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { breachOf, contentParts, seal, sealOf } from '../../src/model/seal.js';
import { Meeting, type MeetingData } from '../../src/schema/meeting.js';
import { ROOT } from '../helpers.js';

/** The bundled draft protocol, parsed as sekr parses it; a fresh copy each time. */
function protocol(): MeetingData {
  return Meeting.parse(parse(readFileSync(join(ROOT, 'data/meetings/styrgrupp-narvard/2026-02-27.yaml'), 'utf8')));
}

/** The same value with every object's keys in reverse order, arrays kept in order. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversedKeys(v)]),
    ) as T;
  return value;
}

/** The meeting as `sekr adjust` leaves it: status adjusted and the seal under adjusted:. */
function adjusted(meeting = protocol()): MeetingData {
  return { ...meeting, status: 'adjusted', adjusted: seal(meeting, '2026-03-05', ['tina-isaksson']) };
}

describe('seal', () => {
  it('gives a sha256 fingerprint and one short hash per field and per item', () => {
    const s = seal(protocol(), '2026-03-05', ['tina-isaksson']);
    expect(s.date).toBe('2026-03-05');
    expect(s.by).toEqual(['tina-isaksson']);
    expect(s.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Object.keys(s.fields)).toEqual(expect.arrayContaining(['date', 'chair', 'adjusters', 'firstParagraph', 'attendance', 'next', 'items.0', 'items.9']));
    expect(Object.keys(s.fields)).not.toContain('items');
    expect(Object.keys(s.fields)).not.toContain('items.10');
    for (const hash of Object.values(s.fields)) expect(hash).toMatch(/^[0-9a-f]{12}$/);
  });

  it('is the same for the same content, whatever the order of the keys', () => {
    const a = protocol();
    const b = reversedKeys(protocol());
    expect(Object.keys(b)[0]).not.toBe(Object.keys(a)[0]);
    expect(Object.keys(b.items[3]!)[0]).not.toBe(Object.keys(a.items[3]!)[0]);
    expect(seal(b, '2026-03-05', []).fingerprint).toBe(seal(a, '2026-03-05', []).fingerprint);
    expect(seal(b, '2026-03-05', []).fields).toEqual(seal(a, '2026-03-05', []).fields);
  });

  it('is the same for a vote whose voters are listed in another order', () => {
    const a = protocol();
    const b = protocol();
    a.items[3]!.vote = { votes: { 'nina-landstrom': 'ja', 'gun-bylund': 'nej' } };
    b.items[3]!.vote = { votes: { 'gun-bylund': 'nej', 'nina-landstrom': 'ja' } };
    expect(seal(b, '2026-03-05', []).fingerprint).toBe(seal(a, '2026-03-05', []).fingerprint);
  });

  it('does not depend on the date or the signers of the seal', () => {
    expect(seal(protocol(), '2026-03-06', ['x']).fingerprint).toBe(seal(protocol(), '2026-03-05', []).fingerprint);
  });

  it('differs when the content differs, even by a letter or by the order of the items', () => {
    const base = seal(protocol(), '2026-03-05', []).fingerprint;
    const letter = protocol();
    letter.items[1]!.title = 'Val av justerar';
    expect(seal(letter, '2026-03-05', []).fingerprint).not.toBe(base);
    const swapped = protocol();
    [swapped.items[0], swapped.items[1]] = [swapped.items[1]!, swapped.items[0]!];
    expect(seal(swapped, '2026-03-05', []).fingerprint).not.toBe(base);
  });

  it('leaves the life-cycle fields out of the content', () => {
    const parts = contentParts({ ...protocol(), status: 'published', sent: '2026-03-02', convened: '2026-02-20', published: '2026-03-06' });
    for (const key of ['status', 'sent', 'convened', 'published', 'adjusted', 'approved']) expect(parts.has(key)).toBe(false);
    expect(parts.has('attendance')).toBe(true);
    expect(parts.get('items.1')).toMatchObject({ title: 'Val av justerare' });
  });
});

describe('breachOf', () => {
  it('finds nothing in a meeting that was never locked', () => {
    expect(sealOf(protocol())).toBeUndefined();
    expect(breachOf(protocol())).toBeUndefined();
  });

  it('finds nothing in a meeting as it was locked, with its keys in another order', () => {
    const m = adjusted();
    expect(breachOf(m)).toBeUndefined();
    expect(breachOf(reversedKeys(m))).toBeUndefined();
  });

  it('is not broken by the life cycle going on: status, sent, convened, published', () => {
    const m = adjusted();
    expect(breachOf({ ...m, status: 'published', published: '2026-03-06', sent: '2026-03-02', convened: '2026-02-20' })).toBeUndefined();
    expect(breachOf({ ...m, status: 'draft' })).toBeUndefined();
  });

  it('names the item that was changed', () => {
    const m = adjusted();
    m.items[1]!.body = 'Tina Isaksson väljs som justerare. Tillagt i efterhand.\n';
    expect(breachOf(m)).toEqual({ changed: ['items.1'] });
  });

  it('names an item changed deep down: a vote, a sub-item', () => {
    const m = adjusted();
    m.items[3]!.vote = { votes: { 'nina-landstrom': 'ja' } };
    m.items[7]!.items = [
      {
        title: 'Ny underpunkt',
        decisions: [],
        attachments: [],
        actions: [],
        proposals: [],
        disqualified: [],
        reservations: [],
        protocolNotes: [],
        sendTo: [],
        items: [],
      },
    ];
    expect(breachOf(m)).toEqual({ changed: ['items.3', 'items.7'] });
  });

  it('names an item added at the end, and the items that moved when one is inserted', () => {
    const added = adjusted();
    added.items.push({ ...added.items[9]!, title: 'Tillagd punkt' });
    expect(breachOf(added)).toEqual({ changed: ['items.10'] });

    const inserted = adjusted();
    inserted.items.splice(9, 0, { ...inserted.items[8]!, title: 'Infogad punkt' });
    expect(breachOf(inserted)?.changed.sort()).toEqual(['items.10', 'items.9']);
  });

  it('names an item removed', () => {
    const m = adjusted();
    m.items.pop();
    expect(breachOf(m)).toEqual({ changed: ['items.9'] });
  });

  it('names other fields: attendance, the § numbers, a field added', () => {
    const m = adjusted();
    m.attendance.present.push('sabira-zejnilovic');
    m.firstParagraph = 13;
    m.link = 'https://example.org/mote';
    expect(breachOf(m)?.changed.sort()).toEqual(['attendance', 'firstParagraph', 'link']);
  });

  it('reads approved notes as it reads adjusted protocols', () => {
    const notes = protocol();
    const m: MeetingData = { ...notes, status: 'final', approved: seal(notes, '2026-06-01', []) };
    expect(breachOf(m)).toBeUndefined();
    m.items[0]!.title = 'Öppnande';
    expect(breachOf(m)).toEqual({ changed: ['items.0'] });
  });

  it('says so when the fingerprint was changed but no field was', () => {
    const m = adjusted();
    m.adjusted = { ...m.adjusted!, fingerprint: `sha256:${'0'.repeat(64)}` };
    expect(breachOf(m)?.changed).toHaveLength(1);
  });
});

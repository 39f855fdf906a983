/**
 * The seal of an adjusted protocol: a fingerprint of the whole record, whole
 * and per field, that ignores key order and what comes after the seal
 * (publishing), names what changed, and is signed with Ed25519 keys; seals of
 * the release before (version 1) keep verifying as they were made.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/base/i18n.js';
import { parse } from 'yaml';
import {
  breachOf,
  checkSignatures,
  contentParts,
  describeChanges,
  keyFingerprint,
  publicKeyOf,
  seal,
  sealOf,
  sealV1,
  signersOf,
  signSeal,
  type Signer,
} from '../../src/model/seal.js';
import { Meeting, type MeetingData } from '../../src/schema/meeting.js';
import { Registry } from '../../src/schema/registry.js';
import { indexRegistry } from '../../src/model/registry.js';
import { ROOT } from '../helpers.js';

// These tests read sekr's English; a Swedish user's messages are tested in tests/e2e/svenska-checks.test.ts.
beforeAll(() => setLanguage('en'));

const REF = 'styrgrupp-narvard/2026-02-27';

/** The bundled draft protocol, parsed as sekr parses it; a fresh copy each time. */
function protocol(): MeetingData {
  return Meeting.parse(parse(readFileSync(join(ROOT, 'data/meetings/styrgrupp-narvard/2026-02-27.yaml'), 'utf8')));
}

const org = indexRegistry(Registry.parse(parse(readFileSync(join(ROOT, 'data/registry.yaml'), 'utf8'))));
const group = org.groups.get('styrgrupp-narvard')!;

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
  return { ...meeting, status: 'adjusted', sent: '2026-03-02', adjusted: seal({ ...meeting, sent: '2026-03-02' }, '2026-03-05', ['tina-isaksson']) };
}

const newKey = () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;

describe('seal', () => {
  it('gives a version, a sha256 fingerprint and one short hash per field and per item, the status and who sealed it among them', () => {
    const s = seal(protocol(), '2026-03-05', ['tina-isaksson']);
    expect(s.version).toBe(2);
    expect(s.date).toBe('2026-03-05');
    expect(s.by).toEqual(['tina-isaksson']);
    expect(s.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Object.keys(s.fields)).toEqual(
      expect.arrayContaining(['date', 'chair', 'adjusters', 'firstParagraph', 'attendance', 'next', 'items.0', 'items.9', 'status', 'adjusted']),
    );
    expect(Object.keys(s.fields)).not.toContain('items');
    expect(Object.keys(s.fields)).not.toContain('items.10');
    expect(Object.keys(s.fields)).not.toContain('published');
    for (const hash of Object.values(s.fields)) expect(hash).toMatch(/^[0-9a-f]{12}$/);
  });

  it('is the same for the same record, whatever the order of the keys', () => {
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

  it('covers the date and the signers of the seal (version 1 did not)', () => {
    expect(seal(protocol(), '2026-03-06', ['x']).fingerprint).not.toBe(seal(protocol(), '2026-03-05', []).fingerprint);
    expect(sealV1(protocol(), '2026-03-06', ['x']).fingerprint).toBe(sealV1(protocol(), '2026-03-05', []).fingerprint);
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

  it('version 1 left the life-cycle fields out of the content', () => {
    const parts = contentParts({ ...protocol(), status: 'published', sent: '2026-03-02', convened: '2026-02-20', published: '2026-03-06' });
    for (const key of ['status', 'sent', 'convened', 'published', 'adjusted', 'approved']) expect(parts.has(key)).toBe(false);
    expect(parts.has('attendance')).toBe(true);
    expect(parts.get('items.1')).toMatchObject({ title: 'Val av justerare' });
  });
});

describe('breachOf', () => {
  it('finds nothing in a meeting that was never sealed', () => {
    expect(sealOf(protocol())).toBeUndefined();
    expect(breachOf(protocol())).toBeUndefined();
  });

  it('finds nothing in a meeting as it was sealed, with its keys in another order', () => {
    const m = adjusted();
    expect(breachOf(m)).toBeUndefined();
    expect(breachOf(reversedKeys(m))).toBeUndefined();
  });

  it('is not broken by publishing: the status published and the day it was', () => {
    const m = adjusted();
    expect(breachOf({ ...m, status: 'published', published: '2026-03-06' })).toBeUndefined();
  });

  it('is broken by a status going back, and names it', () => {
    const m = adjusted();
    expect(breachOf({ ...m, status: 'draft' })).toEqual({ changed: ['status'] });
    expect(describeChanges({ ...m, status: 'draft' }, ['status'], true)).toEqual(['status (now draft)']);
  });

  /**
   * Every field of a sealed meeting, changed as a forger would: each one is
   * found and named. (published and the seal's own proof are not the record.)
   */
  const forgeries: [string, (m: MeetingData) => void, string][] = [
    ['group', (m) => (m.group = 'styrgrupp-narvard'), 'group'],
    ['date', (m) => (m.date = '2026-02-26'), 'date'],
    ['time', (m) => (m.time = '10:00-11:00'), 'time'],
    ['place', (m) => (m.place = 'Borås'), 'place'],
    ['link', (m) => (m.link = 'https://example.org/mote'), 'link'],
    ['mode', (m) => (m.mode = 'fysiskt'), 'mode'],
    ['status', (m) => (m.status = 'sent'), 'status'],
    ['chair', (m) => (m.chair = 'kerstin-amark'), 'chair'],
    ['secretary', (m) => (m.secretary = 'nina-landstrom'), 'secretary'],
    ['adjusters', (m) => m.adjusters.push('gun-bylund'), 'adjusters'],
    ['firstParagraph', (m) => (m.firstParagraph = 13), 'firstParagraph'],
    ['attendance: one more present', (m) => m.attendance.present.push('sabira-zejnilovic'), 'attendance'],
    ['attendance: a note', (m) => (m.attendance.present[1] = { person: 'kerstin-amark', note: 'kom 10.30' }), 'attendance'],
    ['attendance: one absent less', (m) => m.attendance.absent.pop(), 'attendance'],
    ['an item body', (m) => (m.items[1]!.body = 'Gun Bylund väljs som justerare.\n'), 'items.1'],
    ['a decision', (m) => (m.items[0]!.decisions = ['Dagordningen godkänns inte.']), 'items.0'],
    ['a title', (m) => (m.items[2]!.title = 'Föregående protokoll godkänns'), 'items.2'],
    ['a vote', (m) => (m.items[3]!.vote = { votes: { 'nina-landstrom': 'ja' } }), 'items.3'],
    ['confidentiality lifted', (m) => (m.items[4]!.confidential = undefined), 'items.4'],
    ['next meeting', (m) => (m.next = { date: '2026-04-24' }), 'next'],
    ['convened', (m) => (m.convened = '2026-02-20'), 'convened'],
    ['sent', (m) => (m.sent = '2026-03-03'), 'sent'],
    ['the day of adjustment', (m) => (m.adjusted!.date = '2026-03-04'), 'adjusted'],
    ['who adjusted', (m) => (m.adjusted!.by = ['gun-bylund']), 'adjusted'],
    ['the seal moved to approved:', (m) => ([m.approved, m.adjusted] = [m.adjusted, undefined]), 'approved'],
  ];
  it.each(forgeries)('finds a change of %s and names it', (_, forge, field) => {
    const m = structuredClone(adjusted());
    m.items[4]!.confidential = 'OSL 25 kap. 1 §';
    m.adjusted = seal(m, '2026-03-05', ['tina-isaksson']);
    expect(breachOf(m)).toBeUndefined();
    forge(m);
    expect(breachOf(m)?.changed).toContain(field);
  });

  it('finds a seal removed while the status still says sealed, for adjusted, final and published', () => {
    for (const status of ['adjusted', 'final', 'published'] as const) {
      const m = { ...adjusted(), status, adjusted: undefined };
      expect(breachOf(m)).toEqual({ changed: ['seal'] });
    }
    expect(describeChanges({ ...adjusted(), adjusted: undefined }, ['seal'], true)).toEqual(['the seal (adjusted:) is missing, yet the status says adjusted']);
  });

  it('names the item that was changed, and deep down: a vote, a sub-item', () => {
    const m = adjusted();
    m.items[3]!.vote = { votes: { 'nina-landstrom': 'ja' } };
    m.items[7]!.items = [{ ...m.items[7]!, title: 'Ny underpunkt', items: [] }];
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
    expect(describeChanges(m, ['items.9'], true)).toEqual(['§ 21 (removed)']);
  });

  it('reads approved notes as it reads adjusted protocols', () => {
    const notes = protocol();
    const m: MeetingData = { ...notes, status: 'final', approved: seal(notes, '2026-06-01', [], 'approved') };
    expect(breachOf(m)).toBeUndefined();
    expect(breachOf({ ...m, status: 'published' })).toBeUndefined();
    m.items[0]!.title = 'Öppnande';
    expect(breachOf(m)).toEqual({ changed: ['items.0'] });
  });

  it('says so when the fingerprint was changed but no field was', () => {
    const m = adjusted();
    m.adjusted = { ...m.adjusted!, fingerprint: `sha256:${'0'.repeat(64)}` };
    expect(breachOf(m)?.changed).toHaveLength(1);
  });

  it('does not read a seal of a version it does not know as intact', () => {
    const m = adjusted();
    m.adjusted = { ...m.adjusted!, version: 3 };
    expect(breachOf(m)?.changed[0]).toMatch(/version 3, newer than this sekr/);
  });
});

describe('a seal of version 1, as the release before wrote it', () => {
  const file = () => Meeting.parse(parse(readFileSync(join(ROOT, 'tests/fixtures/seal-v1/2026-02-27.yaml'), 'utf8')));

  it('still verifies, with the life cycle going on', () => {
    const m = file();
    expect(m.adjusted?.version).toBeUndefined();
    expect(breachOf(m)).toBeUndefined();
    expect(breachOf({ ...m, status: 'published', published: '2026-03-06' })).toBeUndefined();
  });

  it('still finds a paragraph edited, and names it', () => {
    const m = file();
    m.items[1]!.body = 'Gun Bylund väljs som justerare.\n';
    expect(breachOf(m)).toEqual({ changed: ['items.1'] });
  });
});

describe('signatures', () => {
  const signers: Signer[] = signersOf(group, protocol());

  it('are expected of the chair, the adjusters and the secretary of a protocol, and of the secretary of notes', () => {
    expect(signers).toEqual([
      { person: 'nina-landstrom', role: 'ordförande' },
      { person: 'tina-isaksson', role: 'justerare' },
      { person: 'anna-lena-hardtmann', role: 'sekreterare' },
    ]);
    expect(signersOf(org.groups.get('strategi-for-halsa')!, { ...protocol(), secretary: 'anna-lena-hardtmann' })).toEqual([
      { person: 'anna-lena-hardtmann', role: 'sekreterare' },
    ]);
  });

  it('verify by the registry key, and name who is still to sign', () => {
    const m = adjusted();
    const tina = newKey();
    const anna = newKey();
    m.adjusted!.signatures.push(signSeal(REF, m.adjusted!, 'tina-isaksson', '2026-03-06', tina));
    m.adjusted!.signatures.push(signSeal(REF, m.adjusted!, 'anna-lena-hardtmann', '2026-03-05', anna));
    const keys: Record<string, string[]> = { 'tina-isaksson': [publicKeyOf(tina)], 'anna-lena-hardtmann': [publicKeyOf(anna)], 'nina-landstrom': [] };
    const checks = checkSignatures(REF, m.adjusted!, signers, (id) => keys[id]);
    expect(checks).toEqual([
      { state: 'valid', person: 'tina-isaksson', role: 'justerare', date: '2026-03-06', key: keyFingerprint(publicKeyOf(tina)) },
      { state: 'valid', person: 'anna-lena-hardtmann', role: 'sekreterare', date: '2026-03-05', key: keyFingerprint(publicKeyOf(anna)) },
      { state: 'missing', person: 'nina-landstrom', role: 'ordförande' },
    ]);
    expect(keyFingerprint(publicKeyOf(tina))).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
  });

  it("are wrong when the fingerprint is recomputed after an edit (with sekr's own code), or made with a key the registry does not list", () => {
    const m = adjusted();
    const tina = newKey();
    m.adjusted!.signatures.push(signSeal(REF, m.adjusted!, 'tina-isaksson', '2026-03-06', tina));
    const keys = (id: string) => (id === 'tina-isaksson' ? [publicKeyOf(tina)] : []);
    // The forger edits a paragraph and seals again: the content check passes, the signature does not.
    m.items[1]!.body = 'Gun Bylund väljs som justerare.\n';
    const forged = { ...seal(m, '2026-03-05', ['tina-isaksson']), signatures: m.adjusted!.signatures };
    expect(breachOf({ ...m, adjusted: forged })).toBeUndefined();
    const [check] = checkSignatures(REF, forged, signers, keys);
    expect(check).toMatchObject({ state: 'wrong', person: 'tina-isaksson', why: expect.stringContaining('does not match the record as sealed') });

    const other = newKey();
    const unknown = { ...m.adjusted!, signatures: [signSeal(REF, m.adjusted!, 'tina-isaksson', '2026-03-06', other)] };
    expect(checkSignatures(REF, unknown, signers, keys)[0]).toMatchObject({ state: 'wrong', why: expect.stringContaining('which the registry does not list') });
  });

  it('are wrong when copied to another meeting, another person, another day, or tampered with', () => {
    const m = adjusted();
    const tina = newKey();
    const s = signSeal(REF, m.adjusted!, 'tina-isaksson', '2026-03-06', tina);
    const keys = (id: string) => (id === 'gun-bylund' || id === 'tina-isaksson' ? [publicKeyOf(tina)] : []);
    const check = (signature: typeof s, ref = REF, who = signers) => checkSignatures(ref, { ...m.adjusted!, signatures: [signature] }, who, keys)[0]!;
    expect(check(s).state).toBe('valid');
    expect(check(s, 'styrgrupp-narvard/2026-03-27').state).toBe('wrong');
    expect(check({ ...s, date: '2026-03-07' }).state).toBe('wrong');
    expect(check({ ...s, person: 'gun-bylund' }, REF, [...signers, { person: 'gun-bylund', role: 'justerare' }]).state).toBe('wrong');
    expect(check({ ...s, signature: `A${s.signature.slice(1)}` }).state).toBe('wrong');
    expect(check({ ...s, person: 'gun-bylund' })).toMatchObject({ state: 'wrong', why: expect.stringContaining('not a signer') });
    expect(checkSignatures(REF, { ...m.adjusted!, signatures: [s] }, signers, () => undefined)[0]).toMatchObject({
      state: 'wrong',
      why: 'no such person in the registry',
    });
  });
});

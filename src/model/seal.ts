/**
 * The seal that locks an adjusted protocol or approved notes: a fingerprint of
 * the record, whole and per field, so `sekr verify` can say not only that a
 * locked meeting was edited but where; and the signatures made on it.
 *
 * A seal says its version, and each version is checked as it was made, so
 * seals written by earlier releases keep verifying (the data format is a promise):
 * - version 1 (no `version:`): the content only; the life-cycle fields (status,
 *   convened, sent, published and the seal itself) were left out, so who
 *   adjusted and when was not covered.
 * - version 2: everything a reader relies on: the content, attendance, when the
 *   notice and the draft went out, who adjusted or approved and when, and the
 *   status. Only what comes after the seal is left out: publishing (the
 *   `published` date, and the status moving on to published) and the seal's
 *   own proof (fingerprint, fields, signatures).
 *
 * Signatures are Ed25519 over the fingerprint with the meeting, the signer and
 * the day (signatureMessage): a fingerprint anyone can recompute with sekr's own
 * code, a signature only the holder of the private key can make. Pure but for
 * node:crypto.
 */
import { t } from '../base/i18n.js';
import type { MeetingData, SealData, SignatureData } from '../schema/meeting.js';
import { adjustersFor, type Group } from './registry.js';

/** The version new seals are written with. */
export const SEAL_VERSION = 2;

/** The statuses that say the meeting is sealed: sekr writes them only with a seal. */
const SEALED_STATUSES: ReadonlySet<string> = new Set(['adjusted', 'final', 'published']);

/**
 * Version 1 left these out of the content. Paragraphs adjusted at once (adjustedAtOnce, with seals of
 * their own: model/paragraph-seal.ts) and the day the notice of adjustment went up (posted) are steps
 * of the life cycle that came later; a version-1 record never covered them.
 */
const LIFE_CYCLE_V1 = new Set(['status', 'convened', 'sent', 'adjusted', 'approved', 'adjustedAtOnce', 'posted', 'published']);
/**
 * Version 2 leaves out only what comes after the seal; status and the seal's who and when are parts of
 * their own. The notice of adjustment goes up after the seal (posted); paragraphs adjusted at once come
 * before it, and are covered.
 */
const AFTER_SEAL_V2 = new Set(['status', 'adjusted', 'approved', 'posted', 'published']);

/** JSON with keys in a fixed order, so equal content always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

// node:crypto when a fingerprint is first taken: a render of a meeting not locked needs none, and loading it is felt at start-up.
const crypto = () => process.getBuiltinModule('node:crypto');
const sha256 = (text: string) => crypto().createHash('sha256').update(text).digest('hex');

type SealKind = 'adjusted' | 'approved';

/** The status a seal of this kind gives: a protocol is adjusted, notes are final. */
const sealedStatus = (kind: SealKind) => (kind === 'adjusted' ? 'adjusted' : 'final');

/** The content's parts as version 1 took them: every field but the life-cycle ones, and each item on its own ("items.3"). */
export function contentParts(meeting: MeetingData): Map<string, unknown> {
  return partsWithout(meeting, LIFE_CYCLE_V1);
}

function partsWithout(meeting: MeetingData, left: ReadonlySet<string>): Map<string, unknown> {
  const parts = new Map<string, unknown>();
  for (const [key, value] of Object.entries(meeting)) {
    if (left.has(key) || value === undefined) continue;
    if (key === 'items') (value as unknown[]).forEach((item, i) => parts.set(`items.${i}`, item));
    else parts.set(key, value);
  }
  return parts;
}

/**
 * What version 2 covers. The status is the sealed one while the meeting is as
 * sealed or published since; any other status is itself a change. The seal's
 * date and signers are a part of their own, under the seal's key.
 */
function recordParts(meeting: MeetingData, kind: SealKind, seal: Pick<SealData, 'date' | 'by' | 'early'>): Map<string, unknown> {
  const parts = partsWithout(meeting, AFTER_SEAL_V2);
  const sealed = sealedStatus(kind);
  parts.set('status', meeting.status === 'published' ? sealed : meeting.status);
  // Notes approved early say so, and that is part of the record too (left out when not so, as seals before it were made).
  parts.set(kind, { date: seal.date, by: seal.by, early: seal.early });
  return parts;
}

function fingerprintOf(parts: Map<string, unknown>): { fingerprint: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  for (const [key, value] of parts) fields[key] = sha256(canonical(value)).slice(0, 12);
  return { fingerprint: `sha256:${sha256(canonical(Object.fromEntries(parts)))}`, fields };
}

/**
 * The seal of a meeting as it is to be locked: `meeting` with the status it
 * takes (adjusted or final). `kind` is where it goes: adjusted: for a protocol,
 * approved: for notes. Without signatures; see signSeal.
 */
export function seal(meeting: MeetingData, date: string, by: string[], kind: SealKind = 'adjusted', early = false): SealData {
  const locked: MeetingData = { ...meeting, status: sealedStatus(kind) };
  const { fingerprint, fields } = fingerprintOf(recordParts(locked, kind, { date, by, early: early || undefined }));
  return { version: SEAL_VERSION, date, by, fingerprint, fields, signatures: [], ...(early ? { early: true as const } : {}) };
}

/** A version-1 seal, as releases before the version was written made them: the content only. */
export function sealV1(meeting: MeetingData, date: string, by: string[]): SealData {
  return { date, by, ...fingerprintOf(contentParts(meeting)), signatures: [] };
}

export const sealOf = (meeting: MeetingData): SealData | undefined => meeting.adjusted ?? meeting.approved;

const kindOf = (meeting: MeetingData): SealKind | undefined => (meeting.adjusted ? 'adjusted' : meeting.approved ? 'approved' : undefined);

/** The seal's version: 1 when it does not say (seals of releases before the version was written). */
export const sealVersion = (s: SealData) => s.version ?? 1;

/** A status that only a sealed meeting has (adjusted, final, published). */
export const saysSealed = (meeting: Pick<MeetingData, 'status'>) => SEALED_STATUSES.has(meeting.status);

export interface Breach {
  /**
   * The fields changed, added or removed since the seal, e.g. "attendance",
   * "items.5", "status", "adjusted" (who adjusted and when); "seal" when the
   * status says sealed but there is no seal.
   */
  changed: string[];
}

/** Undefined when the record is as it was sealed (or was never sealed). */
export function breachOf(meeting: MeetingData): Breach | undefined {
  const sealed = sealOf(meeting);
  const kind = kindOf(meeting);
  if (!sealed || !kind) return saysSealed(meeting) ? { changed: ['seal'] } : undefined;
  const version = sealVersion(sealed);
  let now: { fingerprint: string; fields: Record<string, string> };
  if (version === 1) now = fingerprintOf(contentParts(meeting));
  else if (version === 2) now = fingerprintOf(recordParts(meeting, kind, sealed));
  else return { changed: [t('seal.newerVersion', kind, version)] };
  if (now.fingerprint === sealed.fingerprint) return undefined;
  const keys = new Set([...Object.keys(now.fields), ...Object.keys(sealed.fields)]);
  const changed = [...keys].filter((k) => now.fields[k] !== sealed.fields[k]);
  return { changed: changed.length ? changed : [t('seal.contentChanged')] };
}

/** The changed fields as a secretary reads them: "§ 13 (Val av justerare)" rather than "items.1". */
export function describeChanges(meeting: MeetingData, changed: string[], isProtocol: boolean): string[] {
  const first = meeting.firstParagraph ?? 1;
  return changed.map((key) => {
    if (key === 'seal') return t('seal.sealMissing', isProtocol, meeting.status);
    if (key === 'status') return t('seal.statusNow', meeting.status);
    if (key === 'adjusted') return t('seal.whoAdjusted');
    if (key === 'approved') return t('seal.whoApproved');
    const m = /^items\.(\d+)$/.exec(key);
    if (!m) return key;
    const i = Number(m[1]);
    const item = meeting.items[i];
    if (!item) return t('seal.removed', isProtocol ? `§ ${first + i}` : t('seal.itemLabel', i + 1));
    return `${isProtocol ? `§ ${first + i}` : `${i + 1}`} (${item.title})`;
  });
}

// ---------------------------------------------------------------- signatures

/** The bytes a signature is made over: the meeting (group/date), the seal's fingerprint, who signs and on what day. */
function signatureMessage(meeting: string, fingerprint: string, person: string, date: string): Buffer {
  return Buffer.from(`sekr signature 1\nmeeting: ${meeting}\nfingerprint: ${fingerprint}\nperson: ${person}\ndate: ${date}\n`, 'utf8');
}

/** A public key as the registry writes it: "ed25519:" and the 32 bytes of the key in base64. */
const PUBLIC_KEY_PREFIX = 'ed25519:';

/** The key's fingerprint as people compare it (as ssh shows one): "SHA256:" and the base64 of its hash, without padding. */
export function keyFingerprint(publicKey: string): string {
  const raw = Buffer.from(publicKey.slice(PUBLIC_KEY_PREFIX.length), 'base64');
  return `SHA256:${crypto().createHash('sha256').update(raw).digest('base64').replace(/=+$/, '')}`;
}

function publicKeyObject(publicKey: string) {
  const raw = Buffer.from(publicKey.slice(PUBLIC_KEY_PREFIX.length), 'base64');
  return crypto().createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
}

/** Signs the seal's fingerprint as `person` with a private key (PEM); the signature to append to the seal. */
export function signSeal(meetingRef: string, sealed: SealData, person: string, date: string, privateKeyPem: string): SignatureData {
  const key = crypto().createPrivateKey(privateKeyPem);
  const publicKey = publicKeyOf(privateKeyPem);
  const signature = crypto()
    .sign(null, signatureMessage(meetingRef, sealed.fingerprint, person, date), key)
    .toString('base64');
  return { person, date, key: keyFingerprint(publicKey), signature };
}

/** The registry's form of the public key that belongs to a private key (PEM). */
export function publicKeyOf(privateKeyPem: string): string {
  const jwk = crypto().createPublicKey(crypto().createPrivateKey(privateKeyPem)).export({ format: 'jwk' });
  return `${PUBLIC_KEY_PREFIX}${Buffer.from(jwk.x!, 'base64url').toString('base64')}`;
}

/** Who signs a meeting's record: the chair, the adjusters and the secretary of a protocol; the secretary of notes. */
export interface Signer {
  person: string;
  /** As the documents name the role: ordförande, justerare, sekreterare. */
  role: string;
}

/** Who signs: a protocol its chair, adjusters and secretary (the signatures block); notes their secretary, who approves them. */
export function signersOf(group: Group, meeting: MeetingData): Signer[] {
  const signers: Signer[] = [];
  const chair = meeting.chair ?? group.chair;
  const secretary = meeting.secretary ?? group.secretary;
  if (group.document === 'protokoll') {
    if (chair) signers.push({ person: chair, role: 'ordförande' });
    for (const a of adjustersFor(group, meeting.adjusters)) signers.push({ person: a, role: 'justerare' });
  }
  if (secretary) signers.push({ person: secretary, role: 'sekreterare' });
  return signers;
}

/** What became of one signature, or of one signer's. */
export type SignatureCheck =
  | { state: 'valid'; person: string; role?: string; date: string; key: string }
  | { state: 'wrong'; person: string; role?: string; date?: string; key?: string; why: string }
  | { state: 'missing'; person: string; role: string };

/**
 * Every signature of a seal checked against the registry's keys: valid, wrong
 * (why), and each signer expected who has not signed (missing).
 * `keysOf` gives a person's public keys; undefined for a person not in the registry.
 */
export function checkSignatures(meetingRef: string, sealed: SealData, signers: Signer[], keysOf: (person: string) => string[] | undefined): SignatureCheck[] {
  const checks: SignatureCheck[] = [];
  const roleOf = (person: string) =>
    signers
      .filter((s) => s.person === person)
      .map((s) => s.role)
      .join(', ') || undefined;
  const validSigners = new Set<string>();
  for (const s of sealed.signatures) {
    const role = roleOf(s.person);
    const wrong = (why: string) => checks.push({ state: 'wrong', person: s.person, role, date: s.date, key: s.key, why });
    const keys = keysOf(s.person);
    if (keys === undefined) {
      wrong(t('seal.noSuchPerson'));
      continue;
    }
    if (!role) {
      wrong(t('seal.notSigner'));
      continue;
    }
    const key = keys.find((k) => keyFingerprint(k) === s.key);
    if (!key) {
      wrong(t('seal.unknownKey', s.key, s.person));
      continue;
    }
    let good: boolean;
    try {
      good = crypto().verify(
        null,
        signatureMessage(meetingRef, sealed.fingerprint, s.person, s.date),
        publicKeyObject(key),
        Buffer.from(s.signature, 'base64'),
      );
    } catch {
      good = false; // not a key or not a signature at all
    }
    if (!good) {
      wrong(t('seal.badSignature'));
      continue;
    }
    validSigners.add(s.person);
    checks.push({ state: 'valid', person: s.person, role, date: s.date, key: s.key });
  }
  const seen = new Set<string>();
  for (const signer of signers) {
    if (seen.has(signer.person)) continue;
    seen.add(signer.person);
    if (!validSigners.has(signer.person) && !sealed.signatures.some((s) => s.person === signer.person))
      checks.push({ state: 'missing', person: signer.person, role: roleOf(signer.person)! });
  }
  return checks;
}

/**
 * The fingerprint that locks an adjusted protocol or approved notes: a hash of
 * the content, whole and per field, so `sekr verify` can say not only that a
 * locked meeting was edited but where. Life-cycle fields (status, dates sent
 * and published) are not content: publishing does not break the seal. Pure.
 */
import type { MeetingData, SealData } from '../schema/meeting.js';

// adjustedAtOnce (paragraphs adjusted on their own, with seals of their own: model/paragraph-seal.ts) and
// posted (the day the notice of adjustment went up) are steps of the life cycle too.
const LIFE_CYCLE = new Set(['status', 'convened', 'sent', 'adjusted', 'approved', 'adjustedAtOnce', 'posted', 'published']);

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
const sha256 = (text: string) => process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex');

/** The content's parts: every field but the life-cycle ones, and each item on its own ("items.3"). */
export function contentParts(meeting: MeetingData): Map<string, unknown> {
  const parts = new Map<string, unknown>();
  for (const [key, value] of Object.entries(meeting)) {
    if (LIFE_CYCLE.has(key) || value === undefined) continue;
    if (key === 'items') (value as unknown[]).forEach((item, i) => parts.set(`items.${i}`, item));
    else parts.set(key, value);
  }
  return parts;
}

export function seal(meeting: MeetingData, date: string, by: string[]): SealData {
  const parts = contentParts(meeting);
  const fields: Record<string, string> = {};
  for (const [key, value] of parts) fields[key] = sha256(canonical(value)).slice(0, 12);
  return { date, by, fingerprint: `sha256:${sha256(canonical(Object.fromEntries(parts)))}`, fields };
}

export const sealOf = (meeting: MeetingData): SealData | undefined => meeting.adjusted ?? meeting.approved;

export interface Breach {
  /** The fields changed, added or removed since the seal, e.g. "attendance", "items.5". */
  changed: string[];
}

/** Undefined when the content is as it was sealed. */
export function breachOf(meeting: MeetingData): Breach | undefined {
  const sealed = sealOf(meeting);
  if (!sealed) return undefined;
  const now = seal(meeting, sealed.date, sealed.by);
  if (now.fingerprint === sealed.fingerprint) return undefined;
  const keys = new Set([...Object.keys(now.fields), ...Object.keys(sealed.fields)]);
  const changed = [...keys].filter((k) => now.fields[k] !== sealed.fields[k]);
  return { changed: changed.length ? changed : ['(the content, in a way the fields do not show)'] };
}

/** The changed fields as a secretary reads them: "§ 13 (Val av justerare)" rather than "items.1". */
export function describeChanges(meeting: MeetingData, changed: string[], isProtocol: boolean): string[] {
  const first = meeting.firstParagraph ?? 1;
  return changed.map((key) => {
    const m = /^items\.(\d+)$/.exec(key);
    if (!m) return key;
    const i = Number(m[1]);
    const item = meeting.items[i];
    if (!item) return `${isProtocol ? `§ ${first + i}` : `item ${i + 1}`} (removed)`;
    return `${isProtocol ? `§ ${first + i}` : `${i + 1}`} (${item.title})`;
  });
}

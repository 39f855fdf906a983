/**
 * Paragraphs adjusted at once (omedelbar justering): an urgent paragraph is adjusted at the meeting,
 * or soon after, on its own, so its decision can be acted on before the rest of the protocol is
 * adjusted. It has a seal of its own, kept in the meeting file's `adjustedAtOnce` (one entry for each
 * adjustment: the § numbers, the day, who adjusted, the fingerprint), and from then on it is the
 * record while the rest of the protocol is still a draft. Pure.
 *
 * The seal is made with seal() of model/seal.ts over what those paragraphs are: their items (the whole
 * of each, sub-items, jäv and votes included), who was there at each of those §§ (each person or guest,
 * and whom an ersättare served for), the chair, the adjusters and the secretary, the meeting's date and
 * its first § (frozen at the adjustment, as a full adjustment freezes it). The rest of the meeting may
 * change; what the paragraphs were adjusted with may not. When the seal format of model/seal.ts
 * changes (versions, signatures), `paragraphContent` is what goes into it for these paragraphs.
 */
import { t } from '../base/i18n.js';
import type { MeetingData, ParagraphSealData } from '../schema/meeting.js';
import { seal } from './seal.js';

/** What the seal of some paragraphs covers, as a record of named parts ("items.0" is the first of `numbers`). */
function paragraphContent(meeting: MeetingData, numbers: readonly number[]): MeetingData {
  const first = meeting.firstParagraph ?? 1;
  const last = first + meeting.items.length - 1;
  const presentAt: Record<string, unknown[]> = {};
  for (const n of numbers) {
    presentAt[n] = meeting.attendance.present
      .filter((entry) => {
        if (typeof entry === 'string') return true;
        return (entry.from ?? first) <= n && n <= (entry.to ?? last);
      })
      // Who was there, not how the entry is written: a note or a span that still covers the § may change.
      .map((entry) => (typeof entry === 'string' ? { person: entry } : 'person' in entry ? { person: entry.person, for: entry.for } : { name: entry.name }))
      // In no particular order: the attendance may be written again in another order.
      .sort((a, b) => key(a).localeCompare(key(b)));
  }
  const part = {
    date: meeting.date,
    firstParagraph: meeting.firstParagraph,
    chair: meeting.chair,
    secretary: meeting.secretary,
    adjusters: meeting.adjusters,
    attendance: presentAt,
    items: numbers.map((n) => meeting.items[n - first] ?? null),
  };
  return part as unknown as MeetingData;
}

const key = (e: { person?: string; name?: string; for?: string }) => `${e.person ?? e.name ?? ''}:${e.for ?? ''}`;

/** The seal of paragraphs adjusted at once, on `date` by `by`. The meeting's firstParagraph must be set (frozen) first. */
export function sealParagraphs(meeting: MeetingData, numbers: readonly number[], date: string, by: string[]): ParagraphSealData {
  const { fingerprint, fields } = seal(paragraphContent(meeting, numbers), date, by);
  return { paragraphs: [...numbers], date, by, fingerprint, fields };
}

export interface ParagraphBreach {
  paragraphs: number[];
  date: string;
  /** What changed, as a secretary reads it: "§ 100 (Yttrande ...)", "attendance at § 100", "firstParagraph". */
  changed: string[];
}

/** Each adjustment at once whose paragraphs have been edited since. */
export function paragraphBreaches(meeting: MeetingData): ParagraphBreach[] {
  const breaches: ParagraphBreach[] = [];
  for (const sealed of meeting.adjustedAtOnce ?? []) {
    const now = seal(paragraphContent(meeting, sealed.paragraphs), sealed.date, sealed.by);
    if (now.fingerprint === sealed.fingerprint) continue;
    const keys = new Set([...Object.keys(now.fields), ...Object.keys(sealed.fields)]);
    const first = meeting.firstParagraph ?? 1;
    const changed = [...keys]
      .filter((k) => now.fields[k] !== sealed.fields[k])
      .map((k) => {
        const m = /^items\.(\d+)$/.exec(k);
        if (!m) return k === 'attendance' ? t('paragraph-seal.attendanceAt', sealed.paragraphs.map((n) => `§ ${n}`).join(', ')) : k;
        const n = sealed.paragraphs[Number(m[1])]!;
        const item = meeting.items[n - first];
        return item ? `§ ${n} (${item.title})` : t('paragraph-seal.removed', n);
      });
    breaches.push({ paragraphs: sealed.paragraphs, date: sealed.date, changed: changed.length ? changed : [t('paragraph-seal.contentChanged')] });
  }
  return breaches;
}

import { distance } from 'fastest-levenshtein';
import { t } from './i18n.js';

/** The known names closest to a mistyped one, best first; none when nothing is close. */
export function nearest(wrong: string, known: Iterable<string>, most = 3): string[] {
  const limit = Math.max(2, Math.floor(wrong.length / 3));
  return [...new Set(known)]
    .map((k) => ({ k, d: distance(wrong, k) }))
    .filter(({ k, d }) => d <= limit || k.startsWith(wrong) || wrong.startsWith(k))
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, most)
    .map(({ k }) => k);
}

/** "did you mean a, b?" or undefined. */
export function didYouMean(wrong: string, known: Iterable<string>): string | undefined {
  const near = nearest(wrong, known);
  return near.length ? t('suggest.didYouMean', near) : undefined;
}

/** Text compared as people type it: without accents and case ("asa" finds "Åsa"). */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

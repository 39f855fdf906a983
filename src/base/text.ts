/** Text compared as people type it: without accents and case ("asa" finds "Åsa"). */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Titles, names and ids compared as people see them: in Unicode NFC, so "Övrigt"
 * typed with a combining diaeresis (as macOS and some editors write it) is
 * the same title as "Övrigt" written with Ö, without regard to case or the
 * spaces around it.
 */
export const sameText = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

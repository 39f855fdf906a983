/** A meeting's status (status: in its file) in Swedish, shared by the areas whose messages name it. */

/** As a table or a list shows it. */
const WORD: Record<string, string> = {
  planned: 'planerat',
  agenda: 'dagordning klar',
  held: 'hållet',
  draft: 'utkast',
  sent: 'skickat',
  adjusted: 'justerat',
  final: 'godkänt (slutligt)',
  published: 'publicerat',
  invalid: 'ogiltigt',
};

/** After "är": "styrgrupp-narvard/2026-02-27 är ett utkast". */
const AFTER_IS: Record<string, string> = {
  ...WORD,
  agenda: 'klart med dagordning',
  draft: 'ett utkast',
  final: 'godkänt',
};

export const statusWord = (status: string) => WORD[status] ?? status;
export const statusAfterIs = (status: string) => AFTER_IS[status] ?? status;

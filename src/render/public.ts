/**
 * The public copy: what may be put on the website. Confidential paragraphs
 * are withheld by the view; this is the last safety net for private data typed
 * into any field (running text, the place, a title): Swedish personal identity
 * and co-ordination numbers, phone numbers and e-mail addresses are masked in
 * the Markdown, from which the DOCX and the PDF are made, so all three agree.
 *
 * Each kind is looked for in the forms Swedes write it, and a candidate is
 * masked only when it is one: a personal identity number has a real month and
 * day (a co-ordination number the day plus 60) and a valid check digit (Luhn),
 * a phone number a Swedish area code or a country code and the right number of
 * digits. So dates, times, case numbers, amounts, postcodes and organisation
 * numbers stay as written.
 */

const MASK = {
  identity: '[personnummer borttaget]',
  phone: '[telefonnummer borttaget]',
  email: '[e-postadress borttagen]',
};

// A space or a no-break space, as word processors put between the groups of a number.
const SP = '[ \\u00a0\\u202f]';
// Between the groups of a phone number: a space, or a hyphen or en dash with spaces around it or not.
const JOIN = `(?:${SP}*[-–]${SP}*|${SP})`;
// After the area code a slash too ("033/35 70 00").
const AREA_JOIN = `(?:${SP}*[-–/]${SP}*|${SP})`;

/**
 * Personnummer and samordningsnummer: YYMMDD or YYYYMMDD, then "-", "+" (a
 * person of a hundred or more), an en dash or nothing, then four digits.
 */
const IDENTITY = new RegExp(`(?<![\\p{N}])((?:18|19|20)?\\d{6})${SP}?([-+–]?)${SP}?(\\d{4})(?![\\p{N}])`, 'gu');

/** International: +46 or 0046 (or another country code), an optional "(0)", then groups of digits. */
const INTERNATIONAL = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\+|00)[1-9]\\d{0,2}${SP}?(?:[-–]${SP}?)?(?:\\(0\\)${SP}?)?\\d{1,4}(?:${JOIN}?\\d{1,4}){1,5}(?![\\p{N}])`,
  'gu',
);

/** 46 without the plus, as copied from a phone's contact list: 46 and the number without its leading 0. */
const COUNTRY_46 = new RegExp(`(?<![\\p{L}\\p{N}+])46${SP}?[-–]?${SP}?[1-9]\\d{0,3}(?:${JOIN}?\\d{1,4}){0,4}(?![\\p{N}])`, 'gu');

/** National: an area code of 2–4 digits starting with 0, in brackets or not, then groups of digits. */
const NATIONAL = new RegExp(`(?<![\\p{L}\\p{N}+\\-–.,])(?:\\((0\\d{1,3})\\)|(0\\d{1,3}))(?:${AREA_JOIN}?\\d{1,4})(?:${JOIN}?\\d{1,4}){0,4}(?![\\p{N}])`, 'gu');

/**
 * E-mail addresses: the local part (with the backslashes Markdown escapes put
 * in it), then a domain, or an IP literal in brackets (escaped or not) or bare.
 */
const EMAIL =
  /[\p{L}\p{N}._%+\-\\]+@(?:(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}|\\?\[(?:IPv6:)?[0-9A-Fa-f:.]+\\?\]|\d{1,3}(?:\.\d{1,3}){3})/gu;

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** The Luhn check of a personal identity number's ten digits (YYMMDDNNNC). */
function luhn(ten: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(ten[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

function isIdentityNumber(date: string, last4: string): boolean {
  const ten = `${date.slice(-6)}${last4}`;
  const month = Number(ten.slice(2, 4));
  const day = Number(ten.slice(4, 6));
  // A co-ordination number (samordningsnummer) has the day of birth plus 60.
  const realDay = day > 60 ? day - 60 : day;
  if (month < 1 || month > 12 || realDay < 1 || realDay > 31) return false;
  return luhn(ten);
}

/** A Swedish area code: 08, or 0 and two or three more digits (never 00). */
const AREA = /^0(?:8|[1-9]\d{1,2})/;

/**
 * Replaces each match that `accept` takes, or the first `accept` characters of
 * it; a match it does not take is looked at again from its next character,
 * so that a number inside a longer run of digits is still found.
 */
function maskEach(text: string, pattern: RegExp, accept: (m: RegExpExecArray) => number | boolean, mask: string): string {
  let out = '';
  let from = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const taken = accept(m);
    const length = taken === true ? m[0].length : taken || 0;
    if (length > 0) {
      out += text.slice(from, m.index) + mask;
      from = m.index + length;
      pattern.lastIndex = from;
    } else pattern.lastIndex = m.index + 1;
  }
  return out + text.slice(from);
}

/** The longest start of a run of digit groups that `ok` takes, by dropping its last groups one by one; 0 when none. */
function longestPrefix(run: string, ok: (candidate: string) => boolean): number {
  for (let candidate = run; ;) {
    if (ok(candidate)) return candidate.length;
    const shorter = candidate.replace(/[^\d(]+\d+$/, '');
    if (shorter === candidate || !/\d$/.test(shorter)) return 0;
    candidate = shorter;
  }
}

export function withoutContactDetails(text: string): string {
  let out = maskEach(text, EMAIL, () => true, MASK.email);
  out = maskEach(out, IDENTITY, (m) => isIdentityNumber(m[1]!, m[3]!), MASK.identity);
  out = maskEach(
    out,
    INTERNATIONAL,
    (m) =>
      longestPrefix(m[0], (c) => {
        const digits = digitsOf(c.replace(/\(0\)/, ''));
        return digits.length >= 9 && digits.length <= 15;
      }),
    MASK.phone,
  );
  // 46 and the national number of 7–9 digits (9–11 in all).
  out = maskEach(out, COUNTRY_46, (m) => longestPrefix(m[0], (c) => digitsOf(c).length >= 9 && digitsOf(c).length <= 11), MASK.phone);
  out = maskEach(
    out,
    NATIONAL,
    (m) => {
      // An area code of two digits is 08 (Stockholm); the others have three or four, and none starts 00.
      const area = m[1] ?? m[2]!;
      if (area.length === 2 && area !== '08') return false;
      return longestPrefix(m[0], (c) => {
        const digits = digitsOf(c);
        return AREA.test(digits) && digits.length >= 8 && digits.length <= 10;
      });
    },
    MASK.phone,
  );
  return out;
}

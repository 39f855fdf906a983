/**
 * The public copy: what may be put on the website. Confidential paragraphs
 * are withheld by the view; this is the last safety net for contact details
 * typed into running text.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Swedish and international phone numbers: +46 (with or without "(0)") or an
// area code 0[1-9], then digits in groups separated by spaces, hyphens or dashes.
const PHONE = /(?<![\p{L}\p{N}-])(?:(?:\+\d{1,3}|00[1-9]\d{0,2})[\s\-–]?(?:\(0\)\s?)?\d{1,4}|0[1-9]\d{0,3})(?:[\s\-–]?\d{2,4}){2,4}(?![\p{L}\p{N}-])/gu;

export function withoutContactDetails(text: string): string {
  return text.replace(EMAIL, '[e-postadress borttagen]').replace(PHONE, (m) => {
    const digits = m.replace(/\D/g, '').length;
    // Dates (2026-03-05) and times are not phone numbers; they do not start with 0 or + anyway, but short runs are left alone.
    return digits >= 8 && digits <= 15 ? '[telefonnummer borttaget]' : m;
  });
}

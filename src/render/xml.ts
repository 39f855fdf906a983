/** Text made safe for XML 1.0 element content and attribute values. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

// The markup characters, and what XML 1.0 does not allow at all: the C0 controls
// but tab, newline and carriage return, U+FFFE/U+FFFF, and lone surrogates (with the
// u flag a surrogate pair is one code point, outside the class). A Word document
// with any of them does not open, so they are dropped.
const UNSAFE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;
/** The same class without the u flag: a quicker test, true also for a (valid) pair, which the replace then keeps. */
const MAYBE_UNSAFE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

export function escapeXml(text: string): string {
  return MAYBE_UNSAFE.test(text) ? text.replace(UNSAFE, (c) => ESCAPES[c] ?? '') : text;
}

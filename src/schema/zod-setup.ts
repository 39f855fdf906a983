/**
 * zod/mini set up as zod's classic API sets itself up on its first schema, so that
 * validation says and does what it did with classic zod:
 *  - messages for the issues a schema gives no text of its own, in the user's language,
 *    zod's own Swedish or English, chosen when the message is made (classic registers the
 *    en locale; mini leaves every such message at "Invalid input");
 *  - the memoizer: an object that YAML aliases put in two places is parsed once,
 *    into one object, and one that contains itself is parsed into a cycle as before,
 *    where without it Item's recursive `items` would overflow the stack.
 * Containers read the memoizer when they are built, so this module is imported
 * before any schema is made (first among the imports of schema.ts and markdown.ts).
 */
import { config, memoizer } from 'zod/v4/core';
import en from 'zod/v4/locales/en.js';
import sv from 'zod/v4/locales/sv.js';
import { language } from '../base/i18n.js';

const locales = { sv: sv(), en: en() };
config({ localeError: (issue) => locales[language()].localeError(issue) });
config({ memoizer: memoizer() });

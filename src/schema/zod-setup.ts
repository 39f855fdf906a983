/**
 * zod/mini set up as zod's classic API sets itself up on its first schema, so that
 * validation says and does what it did with classic zod:
 *  - messages for the issues a schema gives no text of its own: zod's English, as classic
 *    registers it (mini leaves every such message at "Invalid input"); data/schema-problems.ts
 *    tells them in the user's language, knowing them by that English;
 *  - the memoizer: an object that YAML aliases put in two places is parsed once,
 *    into one object, and one that contains itself is parsed into a cycle as before,
 *    where without it Item's recursive `items` would overflow the stack.
 * Containers read the memoizer when they are built, so this module is imported
 * before any schema is made (first among the imports of schema.ts and markdown.ts).
 */
import { config, memoizer } from 'zod/v4/core';
import en from 'zod/v4/locales/en.js';

config(en());
config({ memoizer: memoizer() });

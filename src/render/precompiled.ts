/**
 * The bundled templates as Handlebars compiled them when sekr was built, by
 * file name below templates/ (e.g. "protokoll.md.hbs"): a cold render then runs
 * no template compiler, a large part of its start. scripts/build.mjs puts the
 * compiled templates in place of this module in the bundle; unbundled (the
 * tests run src/) there are none, and each template is compiled when first used.
 */
export interface Precompiled {
  /** The text that was compiled: used only while the file still reads so. */
  source: string;
  spec: Parameters<typeof import('handlebars').template>[0];
}

export const PRECOMPILED: Readonly<Record<string, Precompiled>> = {};

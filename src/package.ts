/**
 * The files shipped with sekr (package.json, templates/), found from this
 * module. It sits one level below the package's folder in src/ and in the
 * bundle dist/cli.cjs alike, so it stays at the top of src/.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A path below the package's folder, e.g. packagePath('templates/'). */
export const packagePath = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** sekr's version, from package.json. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

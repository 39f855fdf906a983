/**
 * The files shipped with sekr (package.json, templates/), found from this module: the
 * package's folder is the nearest one above it with sekr's package.json, whether this
 * module runs from src/base/ (the tests) or inside the bundle in dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { t } from './i18n.js';

let root: string | undefined;

const isSekr = (file: string) => existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === 'sekr';

function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!isSekr(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(t('package.noPackageJson', fileURLToPath(import.meta.url)));
    dir = up;
  }
  root = dir;
  return dir;
}

/** A path below the package's folder, e.g. packagePath('templates/'). */
export const packagePath = (path: string): string => join(packageRoot(), path);

/** sekr's version, from package.json. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

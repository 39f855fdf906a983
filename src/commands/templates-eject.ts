import { t } from '../base/i18n.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../data/atomic.js';
import { requireDataDir, resolveDataDir } from '../data/folder.js';
import { BUNDLED_TEMPLATES, checkTemplateName, listTemplates, userTemplatesDir } from '../data/templates.js';
import { displayPath } from '../data/yaml-file.js';
import { SekrError } from '../base/errors.js';
import { commandOptions, Flag, type Parsed } from './options.js';
import { lines, ok, type Result } from './result.js';

export const options = commandOptions({ force: Flag });

/** `sekr templates eject NAME`: a bundled template copied into the data folder, to be changed there. */
export function run(name: string, opts: Parsed<typeof options>): Result {
  const dataDir = resolveDataDir(opts.data);
  requireDataDir(dataDir);
  const clean = checkTemplateName(name);
  const entry = listTemplates(dataDir).find((t) => t.name === clean && (t.source === 'bundled' || t.overrides));
  if (!entry) {
    const bundled = listTemplates(dataDir)
      .filter((t) => t.source === 'bundled' || t.overrides)
      .map((t) => t.name);
    throw new SekrError(t('templates-eject.noBundled', clean), { hint: t('templates-eject.noBundledHint', bundled.join(', ')) });
  }
  const source = join(BUNDLED_TEMPLATES, entry.file);
  const target = join(userTemplatesDir(dataDir), entry.file);
  if (existsSync(target) && !opts.force) {
    throw new SekrError(t('templates-eject.exists', displayPath(target)), { hint: t('templates-eject.existsHint') });
  }
  writeFileAtomic(target, readFileSync(source));
  const text = lines();
  text.info(ok(t('templates-eject.copied')), t('templates-eject.copiedLine', clean, displayPath(target)));
  return { lines: text.list };
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GlobalOptions } from '../cli.js';
import { writeFileAtomic } from '../data/atomic.js';
import { requireDataDir, resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { SekrError } from '../errors.js';
import { info, style } from '../output.js';
import { BUNDLED_TEMPLATES, checkTemplateName, listTemplates, userTemplatesDir } from '../render/templates.js';

export function run(name: string, opts: GlobalOptions & { force?: boolean }): void {
  const dataDir = resolveDataDir(opts.data);
  requireDataDir(dataDir);
  const clean = checkTemplateName(name);
  const entry = listTemplates(dataDir).find((t) => t.name === clean && (t.source === 'bundled' || t.overrides));
  if (!entry) {
    const bundled = listTemplates(dataDir).filter((t) => t.source === 'bundled' || t.overrides).map((t) => t.name);
    throw new SekrError(`no bundled template '${clean}'`, { hint: `the bundled templates are: ${bundled.join(', ')}` });
  }
  const source = join(BUNDLED_TEMPLATES, entry.file);
  const target = join(userTemplatesDir(dataDir), entry.file);
  if (existsSync(target) && !opts.force) {
    throw new SekrError(`${displayPath(target)} exists already`, { hint: 'edit it, or add --force to replace it with the bundled one' });
  }
  writeFileAtomic(target, readFileSync(source));
  info(`${style.green('copied')} ${clean} to ${displayPath(target)}: it is used instead of the bundled one from now on`, opts.quiet);
}

import { t } from '../base/i18n.js';
import { resolveDataDir } from '../data/folder.js';
import { listTemplates } from '../data/templates.js';
import { displayPath } from '../data/yaml-file.js';
import { commandOptions, Flag, type Parsed } from './options.js';
import { dim, lines, warn, type Result } from './result.js';

export const options = commandOptions({ json: Flag });

/** `sekr templates list`: every template and partial, and whether the bundled one or the data folder's is used. */
export function run(opts: Parsed<typeof options>): Result {
  const entries = listTemplates(resolveDataDir(opts.data));
  const text = lines();
  const width = Math.max(...entries.map((e) => e.name.length));
  const labels = { overrides: t('templates-list.yoursOverrides'), yours: t('templates-list.yours'), bundled: t('templates-list.bundled') };
  const labelWidth = Math.max(...Object.values(labels).map((l) => l.length));
  for (const e of entries) {
    const label = (e.source === 'data' ? (e.overrides ? labels.overrides : labels.yours) : labels.bundled).padEnd(labelWidth);
    text.out(`${e.name.padEnd(width)}  `, e.source === 'data' ? warn(label) : dim(label), `  ${displayPath(e.path)}`);
  }
  const data = entries.map((e) => ({
    name: e.name,
    partial: e.partial,
    source: e.source,
    path: displayPath(e.path),
    overrides: e.overrides ? displayPath(e.overrides) : null,
  }));
  return { data, lines: text.list };
}

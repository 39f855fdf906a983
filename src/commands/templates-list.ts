import type { GlobalOptions } from '../cli.js';
import { resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { out, printJson, style } from '../output.js';
import { listTemplates } from '../render/templates.js';

export function run(opts: GlobalOptions & { json?: boolean }): void {
  const entries = listTemplates(resolveDataDir(opts.data));
  if (opts.json) {
    printJson(entries.map((e) => ({ name: e.name, partial: e.partial, source: e.source, path: displayPath(e.path), overrides: e.overrides ? displayPath(e.overrides) : null })));
    return;
  }
  const width = Math.max(...entries.map((e) => e.name.length));
  for (const e of entries) {
    const label = (e.source === 'data' ? (e.overrides ? 'yours, overrides bundled' : 'yours') : 'bundled').padEnd(24);
    out(`${e.name.padEnd(width)}  ${e.source === 'data' ? style.yellow(label) : style.dim(label)}  ${displayPath(e.path)}`);
  }
}

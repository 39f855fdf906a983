import { resolve } from 'node:path';
import type { GlobalOptions } from '../cli.js';
import { resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { info, printJson, style } from '../output.js';
import { loadForRender, parseFormats, renderMeeting } from '../render/meeting.js';

export async function run(meetingRef: string, opts: GlobalOptions & { format: string; out: string; json?: boolean }): Promise<void> {
  const formats = parseFormats(opts.format);
  const dataDir = resolveDataDir(opts.data);
  const loaded = loadForRender(dataDir, meetingRef);
  const written = await renderMeeting(dataDir, loaded, formats, resolve(opts.out));
  if (opts.json) {
    printJson({ meeting: `${loaded.ref.group}/${loaded.ref.date}`, files: written.map((w) => ({ format: w.format, path: displayPath(w.path) })) });
    return;
  }
  for (const w of written) info(`${style.green('wrote')} ${displayPath(w.path)}`, opts.quiet);
}

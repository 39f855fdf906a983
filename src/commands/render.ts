import { t } from '../base/i18n.js';
import { loadMeeting } from '../check/loaded.js';
import { meetingDataDir, outDir } from '../data/folder.js';
import { templateFor } from '../data/templates.js';
import { displayPath } from '../data/yaml-file.js';
import { outputBase, renderDocument } from '../render/documents.js';
import { meetingView } from '../render/view.js';
import { commandOptions, Flag, Formats, Text, type Parsed } from './options.js';
import { lines, ok, type Result } from './result.js';

export const options = commandOptions({ format: Formats, out: Text, json: Flag });

/** `sekr render MEETING`: the protocol or meeting notes as Markdown, DOCX and/or PDF. */
export async function run(meetingRef: string, opts: Parsed<typeof options>): Promise<Result> {
  const dataDir = meetingDataDir(opts.data, meetingRef);
  const { org, group, ref, meeting, numbers } = loadMeeting(dataDir, meetingRef);
  const view = meetingView(org, group, meeting, numbers);
  const written = await renderDocument(dataDir, templateFor(group), view, opts.format, outputBase(outDir(opts.out, dataDir), group, meeting.date));
  const text = lines();
  for (const w of written) text.info(ok(t('result.wrote')), ` ${displayPath(w.path)}`);
  return { data: { meeting: `${ref.group}/${ref.date}`, files: written.map((w) => ({ format: w.format, path: displayPath(w.path) })) }, lines: text.list };
}

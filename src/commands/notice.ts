import { join } from 'node:path';
import { SekrError } from '../base/errors.js';
import { loadMeeting } from '../check/loaded.js';
import { meetingDataDir, outDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { addDays } from '../model/dates.js';
import { POSTED_DAYS } from '../model/life-cycle.js';
import { documentFiles, writeDocuments } from '../render/documents.js';
import { renderMarkdown } from '../render/markdown.js';
import { meetingView } from '../render/view.js';
import { commandOptions, Flag, Formats, IsoDate, Text, type Parsed } from './options.js';
import { lines, ok, type Result } from './result.js';

export const options = commandOptions({ posted: IsoDate, format: Formats, out: Text, json: Flag });

/** `sekr notice`: the notice of adjustment, posted for three weeks once the protocol is adjusted. */
export async function run(meetingRef: string, opts: Parsed<typeof options>): Promise<Result> {
  const dataDir = meetingDataDir(opts.data, meetingRef);
  const { org, group, meeting, ref, numbers } = loadMeeting(dataDir, meetingRef);
  if (group.document !== 'protokoll')
    throw new SekrError(`${group.name} keeps meeting notes, which have no notice of adjustment`, {
      hint: 'notes are approved (sekr approve) and published (sekr publish)',
    });
  if (!meeting.adjusted) {
    throw new SekrError(`${ref.group}/${ref.date} is not adjusted yet`, {
      file: displayPath(ref.path),
      hint: `adjust it first: sekr adjust ${ref.group}/${ref.date} --date yyyy-mm-dd`,
    });
  }
  const posted = opts.posted ?? meeting.adjusted.date;
  if (posted < meeting.adjusted.date)
    throw new SekrError(`--posted ${posted} is before the adjustment (${meeting.adjusted.date})`, {
      hint: 'the notice is posted once the protocol is adjusted',
    });
  const notice = {
    adjusted: meeting.adjusted.date,
    posted,
    takenDown: addDays(posted, POSTED_DAYS),
    keptAt: org.registry.organisation.archive ?? org.registry.organisation.office ?? org.registry.organisation.name,
  };
  const view = meetingView(org, group, meeting, numbers);
  const base = join(outDir(opts.out, dataDir), group.id, `${meeting.date}-anslag`);
  const written = writeDocuments(await documentFiles(await renderMarkdown(dataDir, 'anslag', { ...view, notice }), view, opts.format, base));
  const text = lines();
  for (const w of written) text.info(ok('wrote'), ` ${displayPath(w.path)}`);
  text.info(`posted ${notice.posted}, to be taken down ${notice.takenDown}`);
  return { data: { meeting: `${ref.group}/${ref.date}`, ...notice, files: written.map((w) => displayPath(w.path)) }, lines: text.list };
}

import { join, resolve } from 'node:path';
import type { GlobalOptions } from '../cli.js';
import { writeFileAtomic } from '../data/atomic.js';
import { resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { SekrError } from '../errors.js';
import { addDays } from '../model/dates.js';
import { POSTED_DAYS } from '../model/life-cycle.js';
import { info, printJson, style } from '../output.js';
import { documentFiles, loadForRender, parseFormats } from '../render/meeting.js';
import { isRealDate } from '../validate/schema.js';

interface Options extends GlobalOptions {
  posted?: string;
  format: string;
  out: string;
  json?: boolean;
}

/** `sekr notice`: the notice of adjustment, posted for three weeks once the protocol is adjusted. */
export async function run(meetingRef: string, opts: Options): Promise<void> {
  const formats = parseFormats(opts.format);
  const dataDir = resolveDataDir(opts.data);
  const { org, group, meeting, ref, view } = loadForRender(dataDir, meetingRef);
  if (group.document !== 'protokoll') throw new SekrError(`${group.name} keeps meeting notes, which have no notice of adjustment`, { hint: 'notes are approved (sekr approve) and published (sekr publish)' });
  if (!meeting.adjusted) {
    throw new SekrError(`${ref.group}/${ref.date} is not adjusted yet`, { file: displayPath(ref.path), hint: `adjust it first: sekr adjust ${ref.group}/${ref.date} --date yyyy-mm-dd` });
  }
  const posted = opts.posted ?? meeting.adjusted.date;
  if (!isRealDate(posted)) throw new SekrError(`--posted '${posted}' is not a date`, { hint: 'yyyy-mm-dd' });
  if (posted < meeting.adjusted.date) throw new SekrError(`--posted ${posted} is before the adjustment (${meeting.adjusted.date})`, { hint: 'the notice is posted once the protocol is adjusted' });
  const notice = {
    adjusted: meeting.adjusted.date,
    posted,
    takenDown: addDays(posted, POSTED_DAYS),
    keptAt: org.registry.organisation.archive ?? org.registry.organisation.office ?? org.registry.organisation.name,
  };
  const { renderMarkdown } = await import('../render/markdown.js');
  const base = join(resolve(opts.out), group.id, `${meeting.date}-anslag`);
  const files = await documentFiles(await renderMarkdown(dataDir, 'anslag', { ...view, notice }), view, formats, base);
  for (const f of files) writeFileAtomic(f.path, f.data);
  if (opts.json) {
    printJson({ meeting: `${ref.group}/${ref.date}`, ...notice, files: files.map((f) => displayPath(f.path)) });
    return;
  }
  for (const f of files) info(`${style.green('wrote')} ${displayPath(f.path)}`, opts.quiet);
  info(`posted ${notice.posted}, to be taken down ${notice.takenDown}`, opts.quiet);
}

import { resolve } from 'node:path';
import type { GlobalOptions } from '../cli.js';
import { openForChange } from '../data/changing.js';
import { writeFileAtomic } from '../data/atomic.js';
import { editMeetingFile } from '../data/meeting-file.js';
import { resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { SekrError } from '../errors.js';
import { today } from '../model/dates.js';
import { breachOf, describeChanges } from '../model/seal.js';
import { info, printJson, style } from '../output.js';
import { documentFiles, loadForRender, outputBase, parseFormats } from '../render/meeting.js';
import { withoutContactDetails } from '../render/public.js';
import { TEMPLATE_OF } from '../render/templates.js';
import { meetingView } from '../render/view.js';

interface Options extends GlobalOptions {
  format: string;
  out: string;
  json?: boolean;
}

/** `sekr publish`: the public copy, without confidential paragraphs' content or contact details. */
export async function run(meetingRef: string, opts: Options): Promise<void> {
  const formats = parseFormats(opts.format);
  const dataDir = resolveDataDir(opts.data);
  const loaded = loadForRender(dataDir, meetingRef);
  const { org, group, meeting, ref, view } = loaded;
  const ready = group.document === 'protokoll' ? meeting.adjusted !== undefined : meeting.approved !== undefined || meeting.status === 'final';
  if (!ready) {
    throw new SekrError(`${ref.group}/${ref.date} is ${meeting.status}: only ${group.document === 'protokoll' ? 'an adjusted protocol' : 'final (approved) notes'} can be published`, {
      file: displayPath(ref.path),
      hint: group.document === 'protokoll' ? `sekr adjust ${ref.group}/${ref.date} --date yyyy-mm-dd` : `sekr approve ${ref.group}/${ref.date}`,
    });
  }
  const breach = breachOf(meeting);
  if (breach) {
    throw new SekrError(`${ref.group}/${ref.date} was edited by hand after it was locked (${describeChanges(meeting, breach.changed, group.document === 'protokoll').join(', ')}): it is not published`, {
      file: displayPath(ref.path),
      hint: 'put the file back as it was; run sekr verify',
    });
  }
  const publicView = meetingView(org, group, meeting, { first: view.firstNumber, last: view.lastNumber }, { publicCopy: true });
  const { renderMarkdown } = await import('../render/markdown.js');
  const rendered = await renderMarkdown(dataDir, TEMPLATE_OF[group.document], publicView);
  const scrubbed = { ...rendered, markdown: withoutContactDetails(rendered.markdown) };
  const base = outputBase(resolve(opts.out, 'public'), group, meeting.date);
  const files = await documentFiles(scrubbed, publicView, formats, base);
  for (const f of files) writeFileAtomic(f.path, f.data);

  // Publishing is a step of the life cycle, not a change of content: the seal still holds.
  const open = openForChange(dataDir, meetingRef, 'sekr publish', { lifeCycle: true });
  try {
    editMeetingFile(ref.path, (doc) => {
      doc.set('status', 'published');
      if (!meeting.published) doc.set('published', today());
    });
  } finally {
    open.lock.release();
  }
  const withheld = publicView.items.filter((i) => i.withheld).map((i) => `§ ${i.number}`);
  if (opts.json) {
    printJson({ meeting: `${ref.group}/${ref.date}`, files: files.map((f) => displayPath(f.path)), withheld });
    return;
  }
  for (const f of files) info(`${style.green('wrote')} ${displayPath(f.path)}`, opts.quiet);
  if (withheld.length) info(`confidential, only the heading published: ${withheld.join(', ')}`, opts.quiet);
}

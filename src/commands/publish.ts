import { t } from '../base/i18n.js';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SekrError } from '../base/errors.js';
import { openForChange } from '../check/changing.js';
import { loadMeeting } from '../check/loaded.js';
import { meetingDataDir, outDir } from '../data/folder.js';
import { editMeetingFile } from '../data/meeting-file.js';
import { outputFolder } from '../data/atomic.js';
import { templateFor } from '../data/templates.js';
import { displayPath } from '../data/yaml-file.js';
import { maskConfidential } from '../model/confidential.js';
import { today } from '../model/dates.js';
import { documentFiles, outputBase, writeDocuments } from '../render/documents.js';
import { renderMarkdown } from '../render/markdown.js';
import { withoutContactDetails } from '../render/public.js';
import { meetingView } from '../render/view.js';
import { commandOptions, Flag, Formats, Text, type Parsed } from './options.js';
import { lines, ok, type Result } from './result.js';

export const options = commandOptions({ format: Formats, out: Text, sign: Text, json: Flag });

/** `sekr publish`: the public copy, without confidential paragraphs' content or contact details. */
export async function run(meetingRef: string, opts: Parsed<typeof options>): Promise<Result> {
  const dataDir = meetingDataDir(opts.data, meetingRef);
  const { org, group, meeting, ref, numbers } = loadMeeting(dataDir, meetingRef);
  const ready = group.document === 'protokoll' ? meeting.adjusted !== undefined : meeting.approved !== undefined || meeting.status === 'final';
  if (!ready) {
    throw new SekrError(t('publish.notReady', `${ref.group}/${ref.date}`, meeting.status, group.document === 'protokoll'), {
      file: displayPath(ref.path),
      hint: group.document === 'protokoll' ? t('publish.adjustHint', `${ref.group}/${ref.date}`) : t('publish.approveHint', `${ref.group}/${ref.date}`),
    });
  }
  if (opts.sign !== undefined && !opts.format.includes('pdf')) {
    throw new SekrError(t('publish.signNeedsPdf'), {
      // not translated: the hint is the command to type
      hint: `sekr publish ${ref.group}/${ref.date} --format md,docx,pdf --sign ${opts.sign}`,
    });
  }
  if (opts.sign !== undefined && !existsSync(resolve(opts.sign))) {
    throw new SekrError(t('publish.noCertificate', opts.sign), { hint: t('publish.noCertificateHint') });
  }
  // Asked first: nothing is rendered for a password that is not there.
  const password = opts.sign === undefined ? undefined : await (await import('../prompts/password.js')).certificatePassword(opts.sign);
  const base = outputBase(join(outDir(opts.out, dataDir), 'public'), group, meeting.date);
  const publicView = meetingView(org, group, maskConfidential(meeting, group.id), numbers, { publicCopy: true });
  const folder = outputFolder(dirname(base));
  let written;
  try {
    const rendered = await renderMarkdown(dataDir, templateFor(group), publicView);
    const scrubbed = { ...rendered, markdown: withoutContactDetails(rendered.markdown) };
    const files = await documentFiles(scrubbed, publicView, opts.format, base);
    if (opts.sign !== undefined) {
      // The PDF itself signed with the organisation's certificate (PAdES): a PDF reader shows it as signed.
      const { signPdf } = await import('../render/pdf-signature.js');
      const pdf = files.find((f) => f.format === 'pdf')!;
      // not translated: words of the document (the signature's reason, in the documents' language)
      const reason = group.document === 'protokoll' ? `Justerat protokoll, ${group.name} ${meeting.date}` : `Mötesanteckning, ${group.name} ${meeting.date}`;
      pdf.data = await signPdf(pdf.data as Uint8Array, { p12: resolve(opts.sign), password: password!, reason, name: org.registry.organisation.name });
    }
    written = writeDocuments(files);
  } catch (e) {
    folder.undo();
    throw e;
  }

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
  const text = lines();
  for (const w of written)
    text.info(ok(t('result.wrote')), ` ${displayPath(w.path)}${w.format === 'pdf' && opts.sign !== undefined ? t('publish.signed') : ''}`);
  if (withheld.length) text.info(t('publish.withheld', withheld.join(', ')));
  return { data: { meeting: `${ref.group}/${ref.date}`, files: written.map((w) => displayPath(w.path)), withheld }, lines: text.list };
}

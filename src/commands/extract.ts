import { t } from '../base/i18n.js';
import { join } from 'node:path';
import { SekrError } from '../base/errors.js';
import { loadMeeting } from '../check/loaded.js';
import { meetingDataDir, outDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { maskConfidential } from '../model/confidential.js';
import { idFromName } from '../model/people.js';
import { paragraphList } from '../model/serving.js';
import { documentFiles, writeDocuments, type Written } from '../render/documents.js';
import { extractView } from '../render/extract.js';
import { markdownRenderer } from '../render/markdown.js';
import { meetingView } from '../render/view.js';
import { commandOptions, Flag, Formats, Text, type Parsed } from './options.js';
import { lines, ok, warn, type Result } from './result.js';

export const options = commandOptions({ to: Text, sendList: Flag, includeConfidential: Flag, format: Formats, out: Text, json: Flag });

/**
 * `sekr extract MEETING 100[,101]`: a protocol extract (protokollsutdrag) of adjusted paragraphs, for
 * one recipient (--to) or one for each recipient the paragraphs' "Beslutet skickas till" names (--send-list).
 */
export async function run(meetingRef: string, paragraphs: string, opts: Parsed<typeof options>): Promise<Result> {
  const dataDir = meetingDataDir(opts.data, meetingRef);
  const { org, group, meeting, ref, numbers } = loadMeeting(dataDir, meetingRef);
  const at = `${ref.group}/${ref.date}`;
  if (group.document !== 'protokoll') throw new SekrError(t('extract.notes', group.name), { hint: t('extract.notesHint') });
  const wanted = [...new Set(paragraphs.split(',').map((p) => p.trim().replace(/^§\s*/, '')))].filter(Boolean);
  const chosen = wanted.map((text) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < numbers.first || n > numbers.last)
      throw new SekrError(t('extract.noParagraph', text, at), { hint: t('adjust.itsParagraphs', numbers.first, numbers.last) });
    return n;
  });
  if (!chosen.length) throw new SekrError(t('extract.nameParagraphs'), { hint: t('extract.nameParagraphsHint', at, numbers.first) });
  chosen.sort((a, b) => a - b);
  // An extract certifies what the adjusted protocol says: a paragraph still a draft has nothing to certify.
  const atOnce = new Set((meeting.adjustedAtOnce ?? []).flatMap((s) => s.paragraphs));
  const draft = chosen.filter((n) => !meeting.adjusted && !atOnce.has(n));
  if (draft.length)
    throw new SekrError(t('extract.notAdjusted', paragraphList(draft), at, draft.length), {
      file: displayPath(ref.path),
      hint: t('extract.notAdjustedHint', at, draft.join(',')),
    });
  if (opts.includeConfidential && (opts.sendList || !opts.to))
    throw new SekrError(t('extract.confidentialNeedsTo'), { hint: t('extract.confidentialNeedsToHint', at, chosen.join(',')) });

  const recipients: { to?: string; numbers: number[] }[] = [];
  if (opts.sendList) {
    const names = new Map<string, number[]>();
    for (const n of chosen) for (const to of meeting.items[n - numbers.first]!.sendTo) names.set(to, [...(names.get(to) ?? []), n]);
    if (!names.size)
      throw new SekrError(t('extract.noRecipients', paragraphList(chosen), at, chosen.length), { hint: t('extract.noRecipientsHint', at, chosen[0]!) });
    for (const [to, list] of names) recipients.push({ to, numbers: list });
  } else recipients.push({ to: opts.to, numbers: chosen });

  const confidential = chosen.filter((n) => meeting.items[n - numbers.first]!.confidential !== undefined);
  const inFull = Boolean(opts.includeConfidential && confidential.length);
  // The one rule of confidentiality: an extract is an output like any other, masked unless asked otherwise.
  const shown = inFull ? meeting : maskConfidential(meeting, group.id);
  const view = meetingView(org, group, shown, numbers, { publicCopy: !inFull });
  const nameOf = (id: string) => org.people.get(id)?.name ?? id;
  const render = await markdownRenderer(dataDir);
  const files = [];
  for (const r of recipients) {
    const extract = extractView(view, meeting, r.numbers, { to: r.to, confidentialInFull: inFull, nameOf });
    const name = `${meeting.date}-utdrag-${r.numbers.join('-')}${r.to ? `-${idFromName(r.to)}` : ''}`;
    files.push(...(await documentFiles(render('protokollsutdrag', extract), view, opts.format, join(outDir(opts.out, dataDir), group.id, name))));
  }
  const written: Written[] = writeDocuments(files);
  const text = lines();
  for (const w of written) text.info(ok(t('result.wrote')), ` ${displayPath(w.path)}`);
  if (confidential.length)
    text.info(
      inFull ? warn(t('extract.confidentialInFull', paragraphList(confidential), opts.to!)) : t('extract.confidentialMasked', paragraphList(confidential)),
    );
  return {
    data: {
      meeting: at,
      extracts: recipients.map((r) => ({ to: r.to, paragraphs: r.numbers })),
      confidential: confidential.length ? { paragraphs: confidential, inFull } : undefined,
      files: written.map((w) => ({ format: w.format, path: displayPath(w.path) })),
    },
    lines: text.list,
  };
}

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
  if (group.document !== 'protokoll')
    throw new SekrError(`${group.name} keeps meeting notes, which have no paragraphs to extract`, { hint: 'a protocol extract is of a protocol' });
  const wanted = [...new Set(paragraphs.split(',').map((p) => p.trim().replace(/^§\s*/, '')))].filter(Boolean);
  const chosen = wanted.map((text) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < numbers.first || n > numbers.last)
      throw new SekrError(`there is no § ${text} in ${at}`, { hint: `its paragraphs are §§ ${numbers.first}–${numbers.last}` });
    return n;
  });
  if (!chosen.length) throw new SekrError('name the paragraphs to extract', { hint: `e.g. sekr extract ${at} ${numbers.first}` });
  chosen.sort((a, b) => a - b);
  // An extract certifies what the adjusted protocol says: a paragraph still a draft has nothing to certify.
  const atOnce = new Set((meeting.adjustedAtOnce ?? []).flatMap((s) => s.paragraphs));
  const draft = chosen.filter((n) => !meeting.adjusted && !atOnce.has(n));
  if (draft.length)
    throw new SekrError(`${paragraphList(draft)} of ${at} ${draft.length === 1 ? 'is' : 'are'} not adjusted yet: an extract is made of the adjusted protocol`, {
      file: displayPath(ref.path),
      hint: `adjust it first: sekr adjust ${at} --date yyyy-mm-dd, or for an urgent paragraph --paragraphs ${draft.join(',')}`,
    });
  if (opts.includeConfidential && (opts.sendList || !opts.to))
    throw new SekrError('--include-confidential is for one named recipient entitled to the information: give --to, not --send-list', {
      hint: `e.g. sekr extract ${at} ${chosen.join(',')} --to "Förvaltningsrätten i Malmö" --include-confidential`,
    });

  const recipients: { to?: string; numbers: number[] }[] = [];
  if (opts.sendList) {
    const names = new Map<string, number[]>();
    for (const n of chosen) for (const to of meeting.items[n - numbers.first]!.sendTo) names.set(to, [...(names.get(to) ?? []), n]);
    if (!names.size)
      throw new SekrError(`${paragraphList(chosen)} of ${at} ${chosen.length === 1 ? 'names' : 'name'} no one the decision is sent to`, {
        hint: `add them: sekr item set ${at} ${chosen[0]} --send-to "Vårdsamverkan Skåne" (before adjusting), or give --to`,
      });
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
  for (const w of written) text.info(ok('wrote'), ` ${displayPath(w.path)}`);
  if (confidential.length)
    text.info(
      inFull
        ? warn(`${paragraphList(confidential)} confidential, given in full to ${opts.to}: the extract says so`)
        : `confidential, only the heading and the ground given: ${paragraphList(confidential)} (--include-confidential --to for an authority entitled to it)`,
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

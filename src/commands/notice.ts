import { t } from '../base/i18n.js';
import { join } from 'node:path';
import { SekrError } from '../base/errors.js';
import { loadMeeting } from '../check/loaded.js';
import { openForChange } from '../check/changing.js';
import { meetingDataDir, outDir } from '../data/folder.js';
import { editMeetingFile } from '../data/meeting-file.js';
import { displayPath } from '../data/yaml-file.js';
import { addDays } from '../model/dates.js';
import { POSTED_DAYS } from '../model/life-cycle.js';
import { paragraphList } from '../model/serving.js';
import { documentFiles, writeDocuments } from '../render/documents.js';
import { renderMarkdown } from '../render/markdown.js';
import { meetingView } from '../render/view.js';
import { commandOptions, Flag, Formats, IsoDate, List, Text, type Parsed } from './options.js';
import { lines, ok, type Result } from './result.js';

export const options = commandOptions({ posted: IsoDate, format: Formats, out: Text, json: Flag, paragraphs: List });

/**
 * `sekr notice`: the notice of adjustment (anslag), posted for three weeks once the protocol is adjusted;
 * with --paragraphs, that of paragraphs adjusted at once. The day it is posted is recorded in the meeting
 * file (a step of the life cycle, outside the seal), so the protocol then carries the anslag certificate.
 */
export async function run(meetingRef: string, opts: Parsed<typeof options>): Promise<Result> {
  const dataDir = meetingDataDir(opts.data, meetingRef);
  const { org, group, meeting, ref, numbers } = loadMeeting(dataDir, meetingRef);
  if (group.document !== 'protokoll') throw new SekrError(t('notice.notes', group.name), { hint: t('notice.notesHint') });
  const paragraphs = opts.paragraphs?.map((p) => Number(p.replace(/^§\s*/, '')));
  let adjusted: string;
  if (paragraphs) {
    const seals = paragraphs.map((n) => {
      const found = Number.isInteger(n) ? meeting.adjustedAtOnce?.find((s) => s.paragraphs.includes(n)) : undefined;
      if (!found)
        throw new SekrError(t('notice.notAtOnce', n, `${ref.group}/${ref.date}`), {
          file: displayPath(ref.path),
          hint: t('notice.notAtOnceHint', `${ref.group}/${ref.date}`, n),
        });
      return found;
    });
    adjusted = seals
      .map((s) => s.date)
      .sort()
      .at(-1)!;
  } else {
    if (!meeting.adjusted) {
      const atOnce = (meeting.adjustedAtOnce ?? []).flatMap((s) => s.paragraphs);
      throw new SekrError(t('notice.notAdjusted', `${ref.group}/${ref.date}`), {
        file: displayPath(ref.path),
        hint: atOnce.length
          ? t('notice.onlyAtOnce', paragraphList(atOnce), `${ref.group}/${ref.date}`, atOnce.join(','))
          : t('notice.adjustFirst', `${ref.group}/${ref.date}`),
      });
    }
    adjusted = meeting.adjusted.date;
  }
  const posted = opts.posted ?? adjusted;
  if (posted < adjusted) throw new SekrError(t('notice.postedBefore', posted, adjusted), { hint: t('notice.postedBeforeHint') });
  const notice = {
    adjusted,
    posted,
    takenDown: addDays(posted, POSTED_DAYS),
    keptAt: org.registry.organisation.archive ?? org.registry.organisation.office ?? org.registry.organisation.name,
    ...(paragraphs ? { paragraphs: paragraphList(paragraphs), plural: new Set(paragraphs).size > 1 } : {}),
  };
  const view = meetingView(org, group, meeting, numbers);
  const name = paragraphs ? `${meeting.date}-anslag-${[...new Set(paragraphs)].sort((a, b) => a - b).join('-')}` : `${meeting.date}-anslag`;
  const base = join(outDir(opts.out, dataDir), group.id, name);
  const written = writeDocuments(await documentFiles(await renderMarkdown(dataDir, 'anslag', { ...view, notice }), view, opts.format, base));
  recordPosted(dataDir, meetingRef, posted, paragraphs);
  const text = lines();
  for (const w of written) text.info(ok(t('result.wrote')), ` ${displayPath(w.path)}`);
  text.info(t('notice.posted', notice.posted, notice.takenDown));
  return { data: { meeting: `${ref.group}/${ref.date}`, ...notice, files: written.map((w) => displayPath(w.path)) }, lines: text.list };
}

/** The day the notice went up, in the meeting file: the protocol's, or each adjustment at once that the notice is of. */
function recordPosted(dataDir: string, meetingRef: string, posted: string, paragraphs: number[] | undefined): void {
  const open = openForChange(dataDir, meetingRef, 'sekr notice', { lifeCycle: true });
  try {
    editMeetingFile(open.ref.path, (doc) => {
      if (!paragraphs) {
        doc.set('posted', posted);
        return;
      }
      (open.meeting.adjustedAtOnce ?? []).forEach((s, i) => {
        if (s.paragraphs.some((n) => paragraphs.includes(n))) doc.setIn(['adjustedAtOnce', i, 'posted'], posted);
      });
    });
  } finally {
    open.lock.release();
  }
}

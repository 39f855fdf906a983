import { openForChange } from '../check/changing.js';
import { loadMeeting } from '../check/loaded.js';
import { meetingDataDir, outDir } from '../data/folder.js';
import { setInMeeting } from '../data/meeting-file.js';
import { displayPath, locate } from '../data/yaml-file.js';
import { maskConfidential } from '../model/confidential.js';
import { today } from '../model/dates.js';
import { documentFiles, writeDocuments } from '../render/documents.js';
import { invitation, kallelseBase, kallelseView } from '../render/kallelse.js';
import { renderMarkdown } from '../render/markdown.js';
import { writeFileAtomic } from '../data/atomic.js';
import { meetingView } from '../render/view.js';
import { commandOptions, Flag, Formats, IsoDateOrTrue, Text, type Parsed } from './options.js';
import { bold, lines, ok, warn, type Context, type Result } from './result.js';
import { goAhead, notDone } from './confirmation.js';
import { problemsError } from '../base/errors.js';
import { t } from '../base/i18n.js';
import { noticeGaps } from '../model/life-cycle.js';

export const options = commandOptions({ format: Formats, out: Text, ics: Flag, sent: IsoDateOrTrue, yes: Flag, json: Flag });

/** `sekr kallelse MEETING`: the notice that convenes the meeting, and a calendar invitation. */
export async function run(meetingRef: string, opts: Parsed<typeof options>, context: Context): Promise<Result> {
  const dataDir = meetingDataDir(opts.data, meetingRef);
  const { org, group, meeting, ref, numbers, yf } = loadMeeting(dataDir, meetingRef);
  const sent = opts.sent === undefined ? undefined : opts.sent === true ? today() : opts.sent;
  if (sent !== undefined) {
    const gaps = noticeGaps(group, meeting, sent);
    if (gaps.length) {
      const problems = gaps.map((g) => ({ file: yf.file, ...(g.path ? locate(yf, g.path) : {}), message: g.message, hint: g.hint }));
      throw problemsError(problems, t('kallelse.cannotMarkSent', `${ref.group}/${ref.date}`), t('kallelse.nothingWritten'));
    }
  }
  // The notice goes to everyone convened and their substitutes: a confidential paragraph is its heading there.
  const view = kallelseView(org, group, meetingView(org, group, maskConfidential(meeting, group.id), numbers));
  const base = kallelseBase(outDir(opts.out, dataDir), group, meeting.date);

  const files = await documentFiles(await renderMarkdown(dataDir, 'kallelse', view), view, opts.format, base);
  const notes: string[] = [];
  let ics: { path: string; text: string } | undefined;
  if (opts.ics) {
    const made = await invitation(org, group, meeting, view);
    ics = { path: `${base}.ics`, text: made.text };
    if (!made.invitation) notes.push(t('kallelse.noOrganizerEmail'));
    else if (!made.attendees) notes.push(t('kallelse.noAttendees'));
  }
  if (!view.items.length) notes.push(t('kallelse.noAgenda', group.id, meeting.date));
  // Everything is rendered before anything is written: a failure leaves no half set of files.
  const written: { format: string; path: string }[] = writeDocuments(files);
  if (ics) {
    writeFileAtomic(ics.path, ics.text);
    written.push({ format: 'ics', path: ics.path });
  }
  if (sent !== undefined) {
    const day = sent;
    const go = await goAhead(context, {
      yes: opts.yes,
      what: t('kallelse.marking'),
      summary: [[bold(`${group.name} ${ref.date}`), t('kallelse.summary', view.items.length, view.convened.length, day)]],
      question: t('kallelse.question'),
    });
    if (!go) return notDone(t('kallelse.notMarked'));
    const open = openForChange(dataDir, meetingRef, 'sekr kallelse');
    try {
      setInMeeting(ref.path, ['convened'], day);
    } finally {
      open.lock.release();
    }
    notes.push(t('kallelse.markedSent', day));
  }
  const text = lines();
  for (const w of written) text.info(ok(t('kallelse.wrote')), ` ${displayPath(w.path)}`);
  for (const n of notes) text.info(warn(t('kallelse.note', n)));
  return {
    data: { meeting: `${ref.group}/${ref.date}`, files: written.map((w) => ({ format: w.format, path: displayPath(w.path) })), notes },
    lines: text.list,
  };
}

import { t } from '../base/i18n.js';
import { problemsError, SekrError } from '../base/errors.js';
import { openForChange } from '../check/changing.js';
import { meetingDataDir, outDir } from '../data/folder.js';
import { editMeetingFile } from '../data/meeting-file.js';
import { templateFor } from '../data/templates.js';
import { displayPath, locate } from '../data/yaml-file.js';
import { addDays, today } from '../model/dates.js';
import { ADJUST_WITHIN_DAYS, correctionDeadline, itemRecorded } from '../model/life-cycle.js';
import { outputBase, renderDocument } from '../render/documents.js';
import { meetingView } from '../render/view.js';
import { commandOptions, Flag, Formats, IsoDate, Text, type Parsed } from './options.js';
import { bold, lines, ok, type Context, type Result } from './result.js';
import { goAhead, notDone } from './confirmation.js';

export const options = commandOptions({ date: IsoDate, format: Formats, out: Text, allowEmpty: Flag, yes: Flag, json: Flag });

/** `sekr send`: the notes or the draft protocol go to the members; renders the copy to mail. */
export async function run(meetingRef: string, opts: Parsed<typeof options>, context: Context): Promise<Result> {
  const date = opts.date ?? today();
  const dataDir = meetingDataDir(opts.data, meetingRef);
  const open = openForChange(dataDir, meetingRef, 'sekr send');
  try {
    const { org, meeting, group, ref, numbers } = open;
    if (!['held', 'draft', 'sent'].includes(meeting.status)) {
      throw new SekrError(t('send.nothingYet', `${ref.group}/${ref.date}`, meeting.status), {
        file: displayPath(ref.path),
        hint: t('send.nothingYetHint', `${ref.group}/${ref.date}`),
      });
    }
    if (!meeting.items.length) throw new SekrError(t('send.noItems', `${ref.group}/${ref.date}`), { hint: t('send.recordFirst') });
    if (date < meeting.date) throw new SekrError(t('send.dateBefore', date, meeting.date), { hint: t('send.dateBeforeHint') });
    const label = (i: number) => t('send.label', open.isProtocol, open.isProtocol ? numbers.first + i : i + 1);
    const empty = meeting.items.flatMap((item, i) => (itemRecorded(item) ? [] : [i]));
    if (empty.length && !opts.allowEmpty) {
      const problems = empty.map((i) => ({
        file: open.yf.file,
        ...locate(open.yf, ['items', i]),
        message: t('send.emptyItem', label(i), meeting.items[i]!.title),
        hint: t('send.emptyItemHint'),
      }));
      throw problemsError(problems, t('send.emptyItems', `${ref.group}/${ref.date}`, empty.length), t('send.emptyItemsHint'));
    }
    const protocol = group.document === 'protokoll';
    const go = await goAhead(context, {
      yes: opts.yes,
      what: t('send.what', protocol),
      summary: [
        [bold(`${group.name} ${ref.date}`), t('send.summaryCount', meeting.items.length, open.isProtocol, empty.length)],
        [t('send.summaryWhen', date, protocol)],
      ],
      question: t('send.question', protocol),
    });
    if (!go) return notDone(t('send.notDone'));
    // Rendered before the status changes: if rendering fails, nothing is marked sent.
    const view = meetingView(org, group, meeting, numbers);
    const written = await renderDocument(dataDir, templateFor(group), view, opts.format, outputBase(outDir(opts.out, dataDir), group, meeting.date));
    editMeetingFile(ref.path, (doc) => {
      doc.set('status', 'sent');
      doc.set('sent', date);
    });
    const next = protocol
      ? t('send.nextProtocol', addDays(meeting.date, ADJUST_WITHIN_DAYS), `${ref.group}/${ref.date}`)
      : t('send.nextNotes', correctionDeadline(date), `${ref.group}/${ref.date}`);
    const text = lines();
    for (const w of written) text.info(ok(t('result.wrote')), ` ${displayPath(w.path)}`);
    text.info(ok(t('send.sent')), t('send.sentLine', `${group.name} ${ref.date}`, date, next));
    return {
      data: { meeting: `${ref.group}/${ref.date}`, status: 'sent', sent: date, files: written.map((w) => displayPath(w.path)), next },
      lines: text.list,
    };
  } finally {
    open.lock.release();
  }
}

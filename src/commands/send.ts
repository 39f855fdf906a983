import { problemsError, SekrError } from '../base/errors.js';
import { openForChange } from '../check/changing.js';
import { meetingDataDir, outDir } from '../data/folder.js';
import { editMeetingFile } from '../data/meeting-file.js';
import { TEMPLATE_OF } from '../data/templates.js';
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
      throw new SekrError(`${ref.group}/${ref.date} is ${meeting.status}: there is nothing to send yet`, {
        file: displayPath(ref.path),
        hint: `record the meeting first: sekr attendance, then sekr record ${ref.group}/${ref.date}`,
      });
    }
    if (!meeting.items.length) throw new SekrError(`${ref.group}/${ref.date} has no items to send`, { hint: 'record the meeting first' });
    if (date < meeting.date) throw new SekrError(`--date ${date} is before the meeting (${meeting.date})`, { hint: 'the day it is sent, e.g. today' });
    const label = (i: number) => (open.isProtocol ? `§ ${numbers.first + i}` : `item ${i + 1}`);
    const empty = meeting.items.flatMap((item, i) => (itemRecorded(item) ? [] : [i]));
    if (empty.length && !opts.allowEmpty) {
      const problems = empty.map((i) => ({
        file: open.yf.file,
        ...locate(open.yf, ['items', i]),
        message: `${label(i)} (${meeting.items[i]!.title}) has neither text nor a decision`,
        hint: 'record it, or remove it',
      }));
      throw problemsError(
        problems,
        `${ref.group}/${ref.date} has ${empty.length === 1 ? 'an item' : `${empty.length} items`} with nothing recorded; nothing was sent`,
        'send it as it is with --allow-empty',
      );
    }
    const what = group.document === 'protokoll' ? 'the draft protocol' : 'the notes';
    const go = await goAhead(context, {
      yes: opts.yes,
      what: `Marking ${what} sent`,
      summary: [
        [
          bold(`${group.name} ${ref.date}`),
          `: ${meeting.items.length} ${open.isProtocol ? 'paragraphs' : 'items'}${empty.length ? `, ${empty.length} of them with nothing recorded` : ''}`,
        ],
        [`Sent on ${date}; ${group.document === 'protokoll' ? 'the adjuster checks it next' : 'the members have a week for corrections'}.`],
      ],
      question: `Mark ${what} sent and write the copy to mail?`,
    });
    if (!go) return notDone('not sent');
    // Rendered before the status changes: if rendering fails, nothing is marked sent.
    const view = meetingView(org, group, meeting, numbers);
    const written = await renderDocument(dataDir, TEMPLATE_OF[group.document], view, opts.format, outputBase(outDir(opts.out, dataDir), group, meeting.date));
    editMeetingFile(ref.path, (doc) => {
      doc.set('status', 'sent');
      doc.set('sent', date);
    });
    const next =
      group.document === 'protokoll'
        ? `adjust it by ${addDays(meeting.date, ADJUST_WITHIN_DAYS)}: sekr adjust ${ref.group}/${ref.date} --date yyyy-mm-dd`
        : `corrections until ${correctionDeadline(date)}; then sekr approve ${ref.group}/${ref.date}`;
    const text = lines();
    for (const w of written) text.info(ok('wrote'), ` ${displayPath(w.path)}`);
    text.info(ok('sent'), ` ${group.name} ${ref.date} on ${date}; ${next}`);
    return {
      data: { meeting: `${ref.group}/${ref.date}`, status: 'sent', sent: date, files: written.map((w) => displayPath(w.path)), next },
      lines: text.list,
    };
  } finally {
    open.lock.release();
  }
}

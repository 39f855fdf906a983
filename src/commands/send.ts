import { resolve } from 'node:path';
import { SekrError } from '../base/errors.js';
import { openForChange } from '../check/changing.js';
import { resolveDataDir } from '../data/folder.js';
import { editMeetingFile } from '../data/meeting-file.js';
import { TEMPLATE_OF } from '../data/templates.js';
import { displayPath } from '../data/yaml-file.js';
import { addDays, today } from '../model/dates.js';
import { ADJUST_WITHIN_DAYS, correctionDeadline } from '../model/life-cycle.js';
import { outputBase, renderDocument } from '../render/documents.js';
import { meetingView } from '../render/view.js';
import { commandOptions, Flag, Formats, IsoDate, Path, type Parsed } from './options.js';
import { lines, ok, type Result } from './result.js';

export const options = commandOptions({ date: IsoDate, format: Formats, out: Path, json: Flag });

/** `sekr send`: the notes or the draft protocol go to the members; renders the copy to mail. */
export async function run(meetingRef: string, opts: Parsed<typeof options>): Promise<Result> {
  const date = opts.date ?? today();
  const dataDir = resolveDataDir(opts.data);
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
    // Rendered before the status changes: if rendering fails, nothing is marked sent.
    const view = meetingView(org, group, meeting, numbers);
    const written = await renderDocument(dataDir, TEMPLATE_OF[group.document], view, opts.format, outputBase(resolve(opts.out), group, meeting.date));
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

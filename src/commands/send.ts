import { resolve } from 'node:path';
import type { GlobalOptions } from '../cli.js';
import { openForChange } from '../data/changing.js';
import { editMeetingFile } from '../data/meeting-file.js';
import { resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { SekrError } from '../errors.js';
import { addDays, today } from '../model/dates.js';
import { ADJUST_WITHIN_DAYS, correctionDeadline } from '../model/life-cycle.js';
import { info, printJson, style } from '../output.js';
import { parseFormats, renderMeeting } from '../render/meeting.js';
import { isRealDate } from '../validate/schema.js';

interface Options extends GlobalOptions {
  date?: string;
  format: string;
  out: string;
  json?: boolean;
}

/** `sekr send`: the notes or the draft protocol go to the members; renders the copy to mail. */
export async function run(meetingRef: string, opts: Options): Promise<void> {
  const formats = parseFormats(opts.format);
  const date = opts.date ?? today();
  if (!isRealDate(date)) throw new SekrError(`--date '${date}' is not a date`, { hint: 'yyyy-mm-dd, e.g. --date 2026-09-18' });
  const dataDir = resolveDataDir(opts.data);
  const open = openForChange(dataDir, meetingRef, 'sekr send');
  try {
    const { meeting, group, ref } = open;
    if (!['held', 'draft', 'sent'].includes(meeting.status)) {
      throw new SekrError(`${ref.group}/${ref.date} is ${meeting.status}: there is nothing to send yet`, {
        file: displayPath(ref.path),
        hint: `record the meeting first: sekr attendance, then sekr record ${ref.group}/${ref.date}`,
      });
    }
    if (!meeting.items.length) throw new SekrError(`${ref.group}/${ref.date} has no items to send`, { hint: 'record the meeting first' });
    if (date < meeting.date) throw new SekrError(`--date ${date} is before the meeting (${meeting.date})`, { hint: 'the day it is sent, e.g. today' });
    // Rendered before the status changes: if rendering fails, nothing is marked sent.
    const written = await renderMeeting(dataDir, open, formats, resolve(opts.out));
    editMeetingFile(ref.path, (doc) => {
      doc.set('status', 'sent');
      doc.set('sent', date);
    });
    const protocol = group.document === 'protokoll';
    const next = protocol
      ? `adjust it by ${addDays(meeting.date, ADJUST_WITHIN_DAYS)}: sekr adjust ${ref.group}/${ref.date} --date yyyy-mm-dd`
      : `corrections until ${correctionDeadline(date)}; then sekr approve ${ref.group}/${ref.date}`;
    if (opts.json) {
      printJson({ meeting: `${ref.group}/${ref.date}`, status: 'sent', sent: date, files: written.map((w) => displayPath(w.path)), next });
      return;
    }
    for (const w of written) info(`${style.green('wrote')} ${displayPath(w.path)}`, opts.quiet);
    info(`${style.green('sent')} ${group.name} ${ref.date} on ${date}; ${next}`, opts.quiet);
  } finally {
    open.lock.release();
  }
}

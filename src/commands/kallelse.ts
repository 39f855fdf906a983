import { resolve } from 'node:path';
import type { GlobalOptions } from '../cli.js';
import { writeFileAtomic } from '../data/atomic.js';
import { openForChange } from '../data/changing.js';
import { setInMeeting } from '../data/meeting-file.js';
import { SekrError } from '../errors.js';
import { today } from '../model/dates.js';
import { isRealDate } from '../validate/schema.js';
import { resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { info, printJson, style } from '../output.js';
import { invitation, kallelseBase, kallelseView } from '../render/kallelse.js';
import { documentFiles, loadForRender, parseFormats } from '../render/meeting.js';

interface Options extends GlobalOptions {
  format: string;
  out: string;
  ics?: boolean;
  sent?: boolean | string;
  json?: boolean;
}

export async function run(meetingRef: string, opts: Options): Promise<void> {
  const formats = parseFormats(opts.format);
  const dataDir = resolveDataDir(opts.data);
  const { org, group, meeting, ref, view: meetingView } = loadForRender(dataDir, meetingRef);
  const view = kallelseView(org, group, meetingView);
  const base = kallelseBase(resolve(opts.out), group, meeting.date);

  const { renderMarkdown } = await import('../render/markdown.js');
  const files: { format: string; path: string; data: string | Uint8Array }[] = await documentFiles(await renderMarkdown(dataDir, 'kallelse', view), view, formats, base);
  const notes: string[] = [];
  if (opts.ics) {
    const ics = await invitation(org, group, meeting, view);
    files.push({ format: 'ics', path: `${base}.ics`, data: ics.text });
    if (!ics.invitation) notes.push('the registry has no e-mail address for the secretary or the organisation, so the calendar file is a plain event, not an invitation (add `email:` to the secretary or to organisation)');
    else if (!ics.attendees) notes.push('no one convened has an e-mail address in the registry: the invitation has no attendees (add `email:` to the people)');
  }
  if (!view.items.length) notes.push(`the meeting has no agenda yet: fill it with \`sekr agenda ${group.id} --date ${meeting.date}\``);
  // Everything is rendered before anything is written: a failure leaves no half set of files.
  for (const f of files) writeFileAtomic(f.path, f.data);
  if (opts.sent !== undefined) {
    const day = opts.sent === true ? today() : String(opts.sent);
    if (!isRealDate(day)) throw new SekrError(`--sent '${day}' is not a date`, { hint: 'yyyy-mm-dd, or --sent alone for today' });
    const open = openForChange(dataDir, meetingRef, 'sekr kallelse');
    try {
      setInMeeting(ref.path, ['convened'], day);
    } finally {
      open.lock.release();
    }
    notes.push(`marked the notice as sent on ${day}`);
  }

  if (opts.json) {
    printJson({ meeting: `${ref.group}/${ref.date}`, files: files.map((f) => ({ format: f.format, path: displayPath(f.path) })), notes });
    return;
  }
  for (const f of files) info(`${style.green('wrote')} ${displayPath(f.path)}`, opts.quiet);
  for (const n of notes) info(style.yellow(`note: ${n}`), opts.quiet);
}

import { resolve } from 'node:path';
import { openForChange } from '../check/changing.js';
import { loadMeeting } from '../check/loaded.js';
import { resolveDataDir } from '../data/folder.js';
import { setInMeeting } from '../data/meeting-file.js';
import { displayPath } from '../data/yaml-file.js';
import { today } from '../model/dates.js';
import { documentFiles, writeDocuments } from '../render/documents.js';
import { invitation, kallelseBase, kallelseView } from '../render/kallelse.js';
import { renderMarkdown } from '../render/markdown.js';
import { writeFileAtomic } from '../data/atomic.js';
import { meetingView } from '../render/view.js';
import { commandOptions, Flag, Formats, IsoDateOrTrue, Path, type Parsed } from './options.js';
import { lines, ok, warn, type Result } from './result.js';

export const options = commandOptions({ format: Formats, out: Path, ics: Flag, sent: IsoDateOrTrue, json: Flag });

/** `sekr kallelse MEETING`: the notice that convenes the meeting, and a calendar invitation. */
export async function run(meetingRef: string, opts: Parsed<typeof options>): Promise<Result> {
  const dataDir = resolveDataDir(opts.data);
  const { org, group, meeting, ref, numbers } = loadMeeting(dataDir, meetingRef);
  const view = kallelseView(org, group, meetingView(org, group, meeting, numbers));
  const base = kallelseBase(resolve(opts.out), group, meeting.date);

  const files = await documentFiles(await renderMarkdown(dataDir, 'kallelse', view), view, opts.format, base);
  const notes: string[] = [];
  let ics: { path: string; text: string } | undefined;
  if (opts.ics) {
    const made = await invitation(org, group, meeting, view);
    ics = { path: `${base}.ics`, text: made.text };
    if (!made.invitation)
      notes.push(
        'the registry has no e-mail address for the secretary or the organisation, so the calendar file is a plain event, ' +
          'not an invitation (add `email:` to the secretary or to organisation)',
      );
    else if (!made.attendees) notes.push('no one convened has an e-mail address in the registry: the invitation has no attendees (add `email:` to the people)');
  }
  if (!view.items.length) notes.push(`the meeting has no agenda yet: fill it with \`sekr agenda ${group.id} --date ${meeting.date}\``);
  // Everything is rendered before anything is written: a failure leaves no half set of files.
  const written: { format: string; path: string }[] = writeDocuments(files);
  if (ics) {
    writeFileAtomic(ics.path, ics.text);
    written.push({ format: 'ics', path: ics.path });
  }
  if (opts.sent !== undefined) {
    const day = opts.sent === true ? today() : opts.sent;
    const open = openForChange(dataDir, meetingRef, 'sekr kallelse');
    try {
      setInMeeting(ref.path, ['convened'], day);
    } finally {
      open.lock.release();
    }
    notes.push(`marked the notice as sent on ${day}`);
  }
  const text = lines();
  for (const w of written) text.info(ok('wrote'), ` ${displayPath(w.path)}`);
  for (const n of notes) text.info(warn(`note: ${n}`));
  return {
    data: { meeting: `${ref.group}/${ref.date}`, files: written.map((w) => ({ format: w.format, path: displayPath(w.path) })), notes },
    lines: text.list,
  };
}

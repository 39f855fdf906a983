import { listMeetingFiles, loadRegistry, readMeeting, resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { EXIT } from '../base/errors.js';
import { paragraphBreaches } from '../model/paragraph-seal.js';
import { breachOf, describeChanges, sealOf } from '../model/seal.js';
import { commandOptions, Flag, type Parsed } from './options.js';
import { bad, dim, lines, ok, type Result } from './result.js';

export const options = commandOptions({ json: Flag });

/** `sekr verify`: every adjusted or approved meeting is as it was when it was locked. */
export function run(opts: Parsed<typeof options>): Result {
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const results: { meeting: string; file: string; lockedOn: string; changed: string[] }[] = [];
  let locked = 0;
  for (const f of listMeetingFiles(dataDir).meetings) {
    const meeting = readMeeting(f.path).value;
    if (!meeting || !(sealOf(meeting) || meeting.adjustedAtOnce?.length)) continue;
    locked++;
    const breach = breachOf(meeting);
    const group = org.groups.get(f.group);
    const protocol = (meeting.document ?? group?.document) === 'protokoll';
    if (breach) {
      const changed = describeChanges(meeting, breach.changed, protocol);
      results.push({ meeting: `${f.group}/${f.date}`, file: displayPath(f.path), lockedOn: sealOf(meeting)!.date, changed });
      continue;
    }
    // Paragraphs adjusted at once (omedelbar justering) have seals of their own.
    for (const p of paragraphBreaches(meeting))
      results.push({
        meeting: `${f.group}/${f.date} ${p.paragraphs.map((n) => `§ ${n}`).join(', ')}`,
        file: displayPath(f.path),
        lockedOn: p.date,
        changed: p.changed,
      });
  }
  const text = lines();
  if (!results.length) text.out(ok(`✓ ${locked} locked meeting${locked === 1 ? '' : 's'}, none changed since`));
  for (const r of results) text.out(bad('✗'), ` ${r.file}: ${r.meeting} was locked on ${r.lockedOn} and has been edited since: ${r.changed.join(', ')}`);
  if (results.length) text.out(dim('Put the file back as it was (e.g. git checkout -- FILE); a correction goes into a paragraph of a later meeting.'));
  return { data: { locked, changed: results }, lines: text.list, exitCode: results.length ? EXIT.failure : undefined };
}

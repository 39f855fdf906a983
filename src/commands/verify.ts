import type { GlobalOptions } from '../cli.js';
import { listMeetingFiles, loadRegistry, readMeeting, resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { EXIT } from '../errors.js';
import { agendaEntries } from '../model/recording.js';
import { breachOf, sealOf } from '../model/seal.js';
import { out, printJson, style } from '../output.js';

/** `sekr verify`: every adjusted or approved meeting is as it was when it was locked. */
export function run(opts: GlobalOptions & { json?: boolean }): void {
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const results: { meeting: string; file: string; lockedOn: string; changed: string[] }[] = [];
  let locked = 0;
  for (const f of listMeetingFiles(dataDir).meetings) {
    const meeting = readMeeting(f.path).value;
    if (!meeting || !sealOf(meeting)) continue;
    locked++;
    const breach = breachOf(meeting);
    if (!breach) continue;
    const group = org.groups.get(f.group);
    const protocol = group?.document === 'protokoll';
    const labels = new Map(agendaEntries(meeting, meeting.firstParagraph ?? 1, protocol).filter((e) => e.path.length === 1).map((e) => [`items.${e.path[0]}`, e.label]));
    const changed = breach.changed.map((k) => (labels.has(k) ? `${labels.get(k)} (${meeting.items[Number(k.slice(6))]?.title ?? ''})` : k.startsWith('items.') ? `${k} (an item added or removed)` : k));
    results.push({ meeting: `${f.group}/${f.date}`, file: displayPath(f.path), lockedOn: sealOf(meeting)!.date, changed });
  }
  if (opts.json) printJson({ locked, changed: results });
  else if (!results.length) out(style.green(`✓ ${locked} locked meeting${locked === 1 ? '' : 's'}, none changed since`));
  else {
    for (const r of results) {
      out(`${style.red('✗')} ${r.file}: ${r.meeting} was locked on ${r.lockedOn} and has been edited since: ${r.changed.join(', ')}`);
    }
    out(style.dim('Put the file back as it was (e.g. git checkout -- FILE); a correction goes into a paragraph of a later meeting.'));
  }
  if (results.length) process.exitCode = EXIT.failure;
}

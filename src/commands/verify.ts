import type { GlobalOptions } from '../cli.js';
import { listMeetingFiles, loadRegistry, readMeeting, resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { EXIT } from '../errors.js';
import { breachOf, describeChanges, sealOf } from '../model/seal.js';
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
    const changed = describeChanges(meeting, breach.changed, protocol);
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

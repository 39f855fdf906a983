import { listMeetingFiles, loadRegistry, readMeeting, resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { EXIT } from '../base/errors.js';
import { breachOf, checkSignatures, describeChanges, saysSealed, sealOf, sealVersion, signersOf, type SignatureCheck } from '../model/seal.js';
import { commandOptions, Flag, type Parsed } from './options.js';
import { bad, dim, lines, ok, warn, type Result } from './result.js';

export const options = commandOptions({ allSigned: Flag, json: Flag });

interface SignatureLine {
  person: string;
  name: string;
  role?: string;
  state: SignatureCheck['state'];
  date?: string;
  key?: string;
  why?: string;
}

/**
 * `sekr verify`: every adjusted or approved meeting is as it was when it was
 * sealed, and every signature on it is right by the registry's keys. Exit 1
 * for a changed record, a sealed status without a seal, or a wrong signature;
 * with --all-signed also for a signature still missing.
 */
export function run(opts: Parsed<typeof options>): Result {
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const results: { meeting: string; file: string; lockedOn?: string; changed: string[] }[] = [];
  const meetings: { meeting: string; file: string; sealed: string; version: number; unchanged: boolean; signatures: SignatureLine[] }[] = [];
  let locked = 0;
  const text = lines();
  const nameOf = (id: string) => org.people.get(id)?.name ?? id;
  for (const f of listMeetingFiles(dataDir).meetings) {
    const meeting = readMeeting(f.path).value;
    const sealed = meeting && sealOf(meeting);
    if (!meeting || (!sealed && !saysSealed(meeting))) continue;
    locked++;
    const ref = `${f.group}/${f.date}`;
    const group = org.groups.get(f.group);
    const protocol = group?.document === 'protokoll';
    const breach = breachOf(meeting);
    if (breach) results.push({ meeting: ref, file: displayPath(f.path), lockedOn: sealed?.date, changed: describeChanges(meeting, breach.changed, protocol) });
    if (!sealed || !group) continue;
    const checks = checkSignatures(ref, sealed, signersOf(group, meeting), (id) => org.people.get(id)?.keys);
    const signatures = checks.map((c): SignatureLine => ({ ...c, name: nameOf(c.person) }));
    meetings.push({ meeting: ref, file: displayPath(f.path), sealed: sealed.date, version: sealVersion(sealed), unchanged: !breach, signatures });
  }

  let wrong = 0;
  let missing = 0;
  let valid = 0;
  for (const m of meetings) {
    const kind = m.version === 1 ? dim(' (a seal of an earlier release: it covers the content, not who sealed it and when)') : '';
    text.out(m.unchanged ? ok('✓') : bad('✗'), ` ${m.meeting}: sealed on ${m.sealed}${m.unchanged ? ', unchanged since' : ', changed since (below)'}`, kind);
    for (const s of m.signatures) {
      const who = `${s.name}${s.role ? ` (${s.role})` : ''}`;
      if (s.state === 'valid') {
        valid++;
        // A signature is made on the record as sealed: it says nothing of a record changed since.
        text.out('    ', ok('✓'), ` signed by ${who} on ${s.date}, key ${s.key}`, m.unchanged ? '' : dim(' (on the record as sealed)'));
      } else if (s.state === 'missing') {
        missing++;
        text.out('    ', opts.allSigned ? bad('✗') : warn('–'), ` not signed by ${who}`);
      } else {
        wrong++;
        text.out('    ', bad('✗'), ` the signature of ${who}${s.date ? ` of ${s.date}` : ''} is wrong: ${s.why}`);
      }
    }
  }
  for (const r of results) {
    if (r.lockedOn) text.out(bad('✗'), ` ${r.file}: ${r.meeting} was locked on ${r.lockedOn} and has been edited since: ${r.changed.join(', ')}`);
    else text.out(bad('✗'), ` ${r.file}: ${r.meeting}: ${r.changed.join(', ')}`);
  }
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const counts = [valid && `${valid} valid`, wrong && `${wrong} wrong`, missing && `${missing} missing`].filter(Boolean).join(', ');
  const signed = counts ? `; signatures: ${counts}` : '';
  if (!results.length) text.out(ok(`✓ ${plural(locked, 'locked meeting')}, none changed since`), signed);
  else text.out(bad(`✗ ${plural(results.length, 'locked meeting')} of ${locked} changed`), signed);
  if (results.length) text.out(dim('Put the file back as it was (e.g. git checkout -- FILE); a correction goes into a paragraph of a later meeting.'));
  if (wrong) text.out(dim('A wrong signature: the record or the signature was changed, or it was made with a key the registry does not list for that person.'));
  if (missing && !opts.allSigned)
    text.out(dim('Each signer signs with sekr sign MEETING --as PERSON; sekr verify --all-signed fails while a signature is missing.'));
  const failed = results.length > 0 || wrong > 0 || (opts.allSigned === true && missing > 0);
  return {
    data: { locked, changed: results, meetings, signatures: { valid, wrong, missing } },
    lines: text.list,
    exitCode: failed ? EXIT.failure : undefined,
  };
}

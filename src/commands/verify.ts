import { t } from '../base/i18n.js';
import { listMeetingFiles, loadRegistry, readMeeting, resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { EXIT } from '../base/errors.js';
import { paragraphBreaches } from '../model/paragraph-seal.js';
import { breachOf, checkSignatures, describeChanges, saysSealed, sealOf, sealVersion, signersOf, type SignatureCheck } from '../model/seal.js';
import { sealRequired } from '../check/seal.js';
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
    // A format-1 folder kept final notes without a seal: validate warns of them, they are not a change.
    const unsealed = meeting && !sealed && saysSealed(meeting) && sealRequired(org.registry);
    if (!meeting || !(sealed || unsealed || meeting.adjustedAtOnce?.length)) continue;
    locked++;
    const ref = `${f.group}/${f.date}`;
    const group = org.groups.get(f.group);
    const protocol = (meeting.document ?? group?.document) === 'protokoll';
    const breach = sealed || unsealed ? breachOf(meeting) : undefined;
    if (breach) results.push({ meeting: ref, file: displayPath(f.path), lockedOn: sealed?.date, changed: describeChanges(meeting, breach.changed, protocol) });
    // Paragraphs adjusted at once (omedelbar justering) have seals of their own.
    for (const p of breach ? [] : paragraphBreaches(meeting)) {
      const which = p.paragraphs.map((n) => `§ ${n}`).join(', ');
      results.push({ meeting: `${ref} ${which}`, file: displayPath(f.path), lockedOn: p.date, changed: p.changed });
    }
    if (!sealed || !group) continue;
    const checks = checkSignatures(ref, sealed, signersOf(group, meeting), (id) => org.people.get(id)?.keys);
    const signatures = checks.map((c): SignatureLine => ({ ...c, name: nameOf(c.person) }));
    meetings.push({ meeting: ref, file: displayPath(f.path), sealed: sealed.date, version: sealVersion(sealed), unchanged: !breach, signatures });
  }

  let wrong = 0;
  let missing = 0;
  let valid = 0;
  for (const m of meetings) {
    const kind = m.version === 1 ? dim(t('verify.earlierSeal')) : '';
    text.out(m.unchanged ? ok('✓') : bad('✗'), ` ${t('verify.sealedOn', m.meeting, m.sealed, m.unchanged)}`, kind);
    for (const s of m.signatures) {
      const who = `${s.name}${s.role ? ` (${s.role})` : ''}`;
      if (s.state === 'valid') {
        valid++;
        // A signature is made on the record as sealed: it says nothing of a record changed since.
        text.out('    ', ok('✓'), ` ${t('verify.signedBy', who, s.date ?? '', s.key ?? '')}`, m.unchanged ? '' : dim(t('verify.onRecordAsSealed')));
      } else if (s.state === 'missing') {
        missing++;
        text.out('    ', opts.allSigned ? bad('✗') : warn('–'), ` ${t('verify.notSignedBy', who)}`);
      } else {
        wrong++;
        text.out('    ', bad('✗'), ` ${t('verify.wrongSignature', who, s.date, String(s.why))}`);
      }
    }
  }
  for (const r of results) {
    if (r.lockedOn) text.out(bad('✗'), ` ${t('verify.lockedEdited', r.file, r.meeting, r.lockedOn, r.changed.join(', '))}`);
    else text.out(bad('✗'), ` ${r.file}: ${r.meeting}: ${r.changed.join(', ')}`);
  }
  const signed = t('verify.signatures', valid, wrong, missing);
  if (!results.length) text.out(ok(t('verify.noneChanged', locked)), signed);
  else text.out(bad(t('verify.someChanged', results.length, locked)), signed);
  if (results.length) text.out(dim(t('verify.putBack')));
  if (wrong) text.out(dim(t('verify.wrongExplained')));
  if (missing && !opts.allSigned) text.out(dim(t('verify.eachSigns')));
  const failed = results.length > 0 || wrong > 0 || (opts.allSigned === true && missing > 0);
  return {
    data: { locked, changed: results, meetings, signatures: { valid, wrong, missing } },
    lines: text.list,
    exitCode: failed ? EXIT.failure : undefined,
  };
}

import { t } from '../base/i18n.js';
import { EXIT, SekrError } from '../base/errors.js';
import { openForChange } from '../check/changing.js';
import { signingKey } from '../check/signing.js';
import { resolveDataDir } from '../data/folder.js';
import { editMeetingFile } from '../data/meeting-file.js';
import { displayPath } from '../data/yaml-file.js';
import { today } from '../model/dates.js';
import { breachOf, checkSignatures, describeChanges, sealOf, signersOf, signSeal } from '../model/seal.js';
import { commandOptions, Flag, IsoDate, Text, type Parsed } from './options.js';
import { dim, lines, ok, type Result } from './result.js';

export const options = commandOptions({ as: Text, date: IsoDate, json: Flag });

/**
 * `sekr sign MEETING --as PERSON`: a signature on the sealed record
 * (digital justering): the adjuster's, the chair's or the secretary's, made
 * with her private key, which the registry's public key verifies.
 */
export function run(meetingRef: string, opts: Parsed<typeof options>): Result {
  const person = opts.as;
  if (!person) throw new SekrError(t('sign.sayWho'), { hint: t('sign.sayWhoHint', meetingRef) });
  const date = opts.date ?? today();
  const dataDir = resolveDataDir(opts.data);
  const open = openForChange(dataDir, meetingRef, 'sekr sign', { lifeCycle: true });
  try {
    const { meeting, group, ref, org, isProtocol } = open;
    const name = `${ref.group}/${ref.date}`;
    const sealed = sealOf(meeting);
    if (!sealed) {
      throw new SekrError(t('sign.notSealed', name, meeting.status), {
        file: displayPath(ref.path),
        hint: isProtocol ? t('sign.adjustSeals', name) : t('sign.approveSeals', name),
      });
    }
    const breach = breachOf(meeting);
    if (breach) {
      throw new SekrError(t('sign.editedByHand', name, describeChanges(meeting, breach.changed, isProtocol).join(', ')), {
        file: displayPath(ref.path),
        exitCode: EXIT.failure,
        hint: t('sign.putBack'),
      });
    }
    if (date < sealed.date) throw new SekrError(t('sign.beforeSeal', date, sealed.date), { hint: t('sign.beforeSealHint') });
    const signers = signersOf(group, meeting);
    const roles = signers.filter((s) => s.person === person).map((s) => s.role);
    if (!roles.length) {
      throw new SekrError(t('sign.notSigner', person, name), { hint: t('sign.signedBy', signers.map((s) => `${s.person} (${s.role})`).join(', ')) });
    }
    const who = org.people.get(person)?.name ?? person;
    const keysOf = (id: string) => org.people.get(id)?.keys;
    const before = checkSignatures(name, sealed, signers, keysOf).find((c) => c.person === person && c.state === 'valid');
    const text = lines();
    if (before && before.state === 'valid') {
      text.info(dim(t('sign.already', who, name, before.date, before.key)));
      return { data: { meeting: name, person, date: before.date, key: before.key, signed: false }, lines: text.list };
    }
    const key = signingKey(dataDir, org, person, true);
    if (key.madeAt) text.notice(ok(t('sign.made')), ` ${t('sign.madeLine', who, displayPath(key.madeAt))}`);
    if (key.registered) text.notice(ok(t('sign.added')), ` ${t('sign.addedLine', who)}`);
    const signature = signSeal(name, sealed, person, date, key.pem);
    const kind = meeting.adjusted ? 'adjusted' : 'approved';
    editMeetingFile(ref.path, (doc) => {
      // A signature that no longer verifies (an old key, say) is replaced by the new one.
      const kept = sealed.signatures.filter((s) => s.person !== person);
      const node = doc.createNode([...kept, signature]);
      for (const item of node.items) (item as { flow?: boolean }).flow = true;
      doc.setIn([kind, 'signatures'], node);
    });
    text.info(ok(t('sign.signed')), ` ${t('sign.signedLine', name, who, roles.join(', '), date, signature.key)}`);
    const after = checkSignatures(name, { ...sealed, signatures: [...sealed.signatures.filter((s) => s.person !== person), signature] }, signers, (id) =>
      id === person ? [...(keysOf(id) ?? []), key.publicKey] : keysOf(id),
    );
    const missing = after.filter((c) => c.state === 'missing').map((c) => `${org.people.get(c.person)?.name ?? c.person} (${c.role})`);
    text.info(dim(missing.length ? t('sign.stillToSign', missing.join(', ')) : t('sign.allSigned')));
    return { data: { meeting: name, person, date, key: signature.key, signed: true, missing }, lines: text.list };
  } finally {
    open.lock.release();
  }
}

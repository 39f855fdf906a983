import { t } from '../base/i18n.js';
import { join } from 'node:path';
import { SekrError } from '../base/errors.js';
import { didYouMean } from '../base/suggest.js';
import { loadRegistry, resolveDataDir } from '../data/folder.js';
import { makeKeyPair, privateKeyPath, readPrivateKey, registerPublicKey } from '../data/keys.js';
import { displayPath } from '../data/yaml-file.js';
import { keyFingerprint, publicKeyOf } from '../model/seal.js';
import { commandOptions, Flag, Text, type Parsed } from './options.js';
import { dim, lines, ok, type Result } from './result.js';

export const initOptions = commandOptions({ as: Text, json: Flag });

/**
 * `sekr keys init --as PERSON`: the person's key pair for signing sealed
 * meetings; the private key stays in her config folder (mode 600), the public
 * key goes into the registry. Run again, it adds this computer's key to the
 * registry if it is not there, and changes nothing else.
 */
export function runInit(opts: Parsed<typeof initOptions>): Result {
  const person = opts.as;
  if (!person) throw new SekrError(t('keys.sayWhose'), { hint: t('keys.sayWhoseHint') });
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const who = org.people.get(person);
  if (!who) throw new SekrError(t('keys.noPerson', person), { hint: didYouMean(person, org.people.keys()) ?? t('keys.seePeople') });
  const registry = join(dataDir, 'registry.yaml');
  const text = lines();
  let pem = readPrivateKey(person);
  let made = false;
  if (!pem) {
    makeKeyPair(person);
    pem = readPrivateKey(person)!;
    made = true;
  }
  const publicKey = publicKeyOf(pem);
  const fingerprint = keyFingerprint(publicKey);
  const added = who.keys.includes(publicKey) ? false : registerPublicKey(registry, person, publicKey);
  const path = displayPath(privateKeyPath(person));
  if (made) {
    text.info(ok(t('keys.made')), ` ${t('keys.madeLine', who.name, fingerprint)}`);
    text.info(t('keys.privateKey', path));
  } else text.info(t('keys.hasKey', who.name, fingerprint, path));
  if (added) text.info(ok(t('keys.added')), ` ${t('keys.addedLine', displayPath(registry), who.name)}`);
  else text.info(dim(t('keys.listed')));
  text.info(dim(t('keys.signsWith', who.name, person)));
  return { data: { person, key: fingerprint, publicKey, privateKey: path, made, registered: added }, lines: text.list };
}

/**
 * Signing a sealed meeting as a person: her private key on this computer,
 * which must be one the registry lists for her, and the signature it makes.
 */
import { t } from '../base/i18n.js';
import { EXIT, SekrError } from '../base/errors.js';
import { join } from 'node:path';
import { makeKeyPair, readPrivateKey, registerPublicKey } from '../data/keys.js';
import { displayPath } from '../data/yaml-file.js';
import type { Organisation } from '../model/registry.js';
import { keyFingerprint, publicKeyOf } from '../model/seal.js';

export interface SigningKey {
  pem: string;
  publicKey: string;
  /** Set when the key pair was made now (the person's first): where its private key went. */
  madeAt?: string;
  /** Set when the public key was added to the registry now. */
  registered?: boolean;
}

/**
 * The key `person` signs with. `enrol`: a person without any key in the
 * registry gets her first key pair now (what `sekr keys init` would make),
 * and a key on this computer that the registry does not list yet is added,
 * when she has none there. Otherwise a missing key is an error naming the fix.
 */
export function signingKey(dataDir: string, org: Organisation, person: string, enrol: boolean): SigningKey {
  const registered = org.people.get(person)?.keys ?? [];
  const registry = join(dataDir, 'registry.yaml');
  const pem = readPrivateKey(person);
  if (pem) {
    const publicKey = publicKeyOf(pem);
    if (registered.includes(publicKey)) return { pem, publicKey };
    if (enrol && registered.length === 0) {
      registerPublicKey(registry, person, publicKey);
      return { pem, publicKey, registered: true };
    }
    throw new SekrError(t('signing.notInRegistry', person, keyFingerprint(publicKey)), {
      file: displayPath(registry),
      exitCode: EXIT.failure,
      hint: t('signing.notInRegistryHint', person),
    });
  }
  if (enrol && registered.length === 0) {
    const made = makeKeyPair(person);
    registerPublicKey(registry, person, made.publicKey);
    return { pem: readPrivateKey(person)!, publicKey: made.publicKey, madeAt: made.path, registered: true };
  }
  throw new SekrError(t('signing.noKey', person), {
    exitCode: EXIT.badInput,
    hint: registered.length ? t('signing.elsewhere', person, registered.map(keyFingerprint).join(', ')) : t('signing.makeOne', person),
  });
}

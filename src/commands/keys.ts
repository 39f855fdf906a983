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
  if (!person) throw new SekrError('say whose key it is: --as PERSON', { hint: 'e.g. sekr keys init --as anna-lena-hardtmann' });
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const who = org.people.get(person);
  if (!who)
    throw new SekrError(`--as: no person '${person}' in the registry`, { hint: didYouMean(person, org.people.keys()) ?? 'see the people in registry.yaml' });
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
    text.info(ok('made'), ` a key pair for ${who.name}: ${fingerprint}`);
    text.info(`  private key: ${path} (readable by you alone; keep it safe and never share it)`);
  } else text.info(`${who.name} has a key on this computer already: ${fingerprint} (${path})`);
  if (added) text.info(ok('added'), ` the public key to ${displayPath(registry)}; commit it, so that others can check ${who.name}'s signatures`);
  else text.info(dim(`the registry lists it already`));
  text.info(dim(`${who.name} signs a sealed meeting with: sekr sign MEETING --as ${person}`));
  return { data: { person, key: fingerprint, publicKey, privateKey: path, made, registered: added }, lines: text.list };
}

/**
 * The keys people sign sealed meetings with (Ed25519, node:crypto). A
 * person's private key stays on her own computer, in the user's config folder
 * ($XDG_CONFIG_HOME/sekr/keys, else ~/.config/sekr/keys; %APPDATA%\sekr\keys on
 * Windows), readable by her alone; its public key goes into the registry
 * (people[].keys), where `sekr verify` finds it. A person may have several
 * public keys (a computer each, or an old one), and every one of them verifies.
 */
import { t } from '../base/i18n.js';
import { closeSync, fsyncSync, openSync, readFileSync, statSync, writeSync, chmodSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { isMap, isSeq, type YAMLMap } from 'yaml';
import { EXIT, SekrError } from '../base/errors.js';
import { publicKeyOf } from '../model/seal.js';
import { makeFolders, readTextForEdit, writeError, writeFileKeeping } from './atomic.js';
import { lockMeeting } from './lock.js';
import { openYamlEdit } from './yaml-edit.js';
import { displayPath } from './yaml-file.js';

/** The user's config folder of sekr. */
function configFolder(): string {
  if (process.env.XDG_CONFIG_HOME) return join(process.env.XDG_CONFIG_HOME, 'sekr');
  if (process.platform === 'win32' && process.env.APPDATA) return join(process.env.APPDATA, 'sekr');
  return join(homedir(), '.config', 'sekr');
}

export const privateKeyPath = (person: string) => join(configFolder(), 'keys', `${person}.pem`);

/** The private key (PEM) of a person on this computer, if there is one; a key others can read is refused, as ssh refuses one. */
export function readPrivateKey(person: string): string | undefined {
  const path = privateKeyPath(person);
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return undefined;
  if (!stats.isFile()) {
    throw new SekrError(t('keys.notFile', displayPath(path)), { file: displayPath(path), hint: t('keys.notFileHint') });
  }
  if (process.platform !== 'win32' && (stats.mode & 0o077) !== 0) {
    throw new SekrError(t('keys.readableByOthers', displayPath(path), (stats.mode & 0o777).toString(8)), {
      file: displayPath(path),
      exitCode: EXIT.failure,
      hint: t('keys.makeYours', displayPath(path)),
    });
  }
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new SekrError(t('keys.cannotRead', displayPath(path), (e as Error).message), { file: displayPath(path), exitCode: EXIT.failure });
  }
}

/** Makes a person's key pair: the private key written with mode 600 (never over another), the public key returned in the registry's form. */
export function makeKeyPair(person: string): { publicKey: string; path: string } {
  const crypto = process.getBuiltinModule('node:crypto');
  const { privateKey } = crypto.generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const path = privateKeyPath(person);
  const dir = join(configFolder(), 'keys');
  try {
    makeFolders(dir);
    chmodSync(dir, 0o700);
    const fd = openSync(path, 'wx', 0o600);
    try {
      writeSync(fd, pem);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw writeError(path, e);
  }
  return { publicKey: publicKeyOf(pem), path };
}

/** Adds a public key to a person's keys in registry.yaml, keeping the rest of the file as it was written; false when it is there already. */
export function registerPublicKey(registryFile: string, person: string, publicKey: string): boolean {
  const lock = lockMeeting(registryFile, 'sekr keys');
  try {
    const file = openYamlEdit(readTextForEdit(registryFile));
    const people = file.doc.get('people', true);
    const entry = isSeq(people) ? people.items.find((p) => isMap(p) && p.get('id') === person) : undefined;
    if (!isMap(entry)) throw new SekrError(t('keys.noPersonIn', person, displayPath(registryFile)), { file: displayPath(registryFile) });
    const keys = (entry as YAMLMap).get('keys', true);
    if (isSeq(keys)) {
      if (keys.items.some((k) => (k as { value?: unknown }).value === publicKey)) return false;
      keys.items.push(file.doc.createNode(publicKey));
    } else {
      const node = file.doc.createNode([publicKey]);
      node.flow = true;
      (entry as YAMLMap).set('keys', node);
    }
    writeFileKeeping(registryFile, file.text());
    return true;
  } finally {
    lock.release();
  }
}

/**
 * A change of the registry checked before it is written: the new file against
 * its schema and the rules of the registry, and every meeting and plan of the
 * folder against it. A change may not bring a problem that was not there
 * before (a person removed whom a meeting names, an ersättare in a group
 * without substitutes); problems the folder had already do not stop it.
 */
import { t } from '../base/i18n.js';
import { problemsError, type Problem } from '../base/errors.js';
import { readRegistry } from '../data/folder.js';
import { editRegistryFile } from '../data/registry-file.js';
import { checkSchema } from '../data/schema-problems.js';
import type { YamlFile } from '../data/yaml-file.js';
import { indexRegistry, type Organisation } from '../model/registry.js';
import type { RegistryChange } from '../model/registry-edits.js';
import { Registry } from '../schema/registry.js';
import { validateFolder } from './folder.js';
import { checkRegistry } from './registry.js';

/** The registry as it would be, checked; throws (exit 2, nothing written) when the change brings problems. */
function checkRegistryChange(dataDir: string, yf: YamlFile): Organisation {
  const shape = checkSchema(Registry, yf);
  if (!shape.ok) throw refused(shape.problems);
  const org = indexRegistry(shape.value);
  const proposed = { yf, value: org, problems: [] };
  const key = (p: Problem) => (p.file === yf.file ? p.message : `${p.file}:${p.line ?? ''}:${p.col ?? ''} ${p.message}`);
  const before = new Set(validateFolder(dataDir, readRegistry(dataDir)).problems.map(key));
  const after = [...checkRegistry(org, yf), ...validateFolder(dataDir, proposed).problems.filter((p) => p.file !== yf.file)];
  const brought = after.filter((p) => !before.has(key(p)));
  if (brought.length) throw refused(brought);
  return org;
}

function refused(problems: Problem[]) {
  return problemsError(
    // The new registry's lines are not in any file yet: its problems name the file alone.
    problems.map((p) => (p.file.endsWith('registry.yaml') ? { file: t('registry-change.asItWouldBe', p.file), message: p.message, hint: p.hint } : p)),
    t('registry-change.refused', problems.length),
  );
}

/** Makes a change to registry.yaml under its lock, checked as above before anything is written (with `write: false`, nothing is). */
export function changeRegistry(dataDir: string, command: string, edit: (change: RegistryChange) => void, options: { write?: boolean } = {}) {
  return editRegistryFile(dataDir, command, edit, (yf) => void checkRegistryChange(dataDir, yf), options);
}

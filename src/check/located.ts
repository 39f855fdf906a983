/** Problems located in one file, as the checks across files collect them. */
import { t } from '../base/i18n.js';
import type { Problem } from '../base/errors.js';
import { didYouMean } from '../base/suggest.js';
import { locate, type YamlFile } from '../data/yaml-file.js';
import type { Organisation } from '../model/registry.js';

export type Path = readonly (string | number)[];

/** Collects problems located in one file. */
export function reporter(yf: YamlFile, problems: Problem[]) {
  return (path: Path, message: string, hint?: string, key = false) => {
    problems.push({ file: yf.file, ...locate(yf, path, key), message, hint });
  };
}

export type Report = ReturnType<typeof reporter>;

export function unknownPerson(org: Organisation, id: string): string {
  return didYouMean(id, org.people.keys()) ?? t('located.addPerson');
}

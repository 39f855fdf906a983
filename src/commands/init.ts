import { t } from '../base/i18n.js';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../data/atomic.js';
import { displayPath } from '../data/yaml-file.js';
import { SekrError } from '../base/errors.js';
import * as z from 'zod/mini';
import { idFromName } from '../model/people.js';
import { DATA_FORMAT } from '../schema/registry.js';
import { hasTerminal } from '../prompts/terminal.js';
import type { InitAnswers } from '../prompts/init.js';
import { commandOptions, Text, type Parsed } from './options.js';
import { dim, lines, ok, warn, type Result } from './result.js';

/** The registry of a new organisation, with what `sekr init` asked or was given. */
function registryText(a: InitAnswers, groupId: string, secretaryId: string): string {
  const q = (v: string) => JSON.stringify(v);
  const kinds = [
    ['politiskt-samrad', 'Politiskt samråd'],
    ['presidium', 'Presidium'],
    ['styrgrupp', 'Styrgrupp'],
    ['beredningsgrupp', 'Beredningsgrupp'],
    ['uppdragsgrupp', 'Uppdragsgrupp'],
    ['arbetsgrupp', 'Arbetsgrupp'],
  ];
  const kind = kinds.find(([id]) => groupId.startsWith(id!))?.[0] ?? 'styrgrupp';
  const secretary = `{ id: ${secretaryId}, name: ${q(a.secretary)}${a.email ? `, email: ${a.email}` : ''} }`;
  return `${t('init.fileHeader', a.name)}

format: ${DATA_FORMAT}
organisation:
  name: ${q(a.name)}
  language: ${a.language}

${t('init.fileMunicipalities')}
municipalities: []
#  - { id: exempel, name: Exempelby, population: 10000, populationDate: 2025-07-01 }

${t('init.fileGroupKinds')}
groupKinds:
${kinds.map(([id, name]) => `  - { id: ${id}, name: ${name} }`).join('\n')}

${t('init.fileCategories')}
categories: [Kommun, Region]

people:
  - ${secretary}

groups:
  - id: ${groupId}
    name: ${q(a.group)}
    kind: ${kind}
    document: ${a.document}        ${t('init.fileDocument')}
    secretary: ${secretaryId}
${a.document === 'protokoll' ? `    adjuster: elected          ${t('init.fileAdjuster')}\n` : ''}    substitutes: false
    defaults:
      time: "10:00-12:00"
      place: Digitalt via Teams
      mode: digital
    members:
      - { person: ${secretaryId}, role: kansli }
`;
}

/** What git is not to keep of a data folder: sekr's locks, the temporary files of a write in progress, and the documents (made again from the data). */
const gitignore = () => `${t('init.fileGitignore')}
*.lock
.*.sekr-tmp-*
/out/
`;

// The READMEs of a new data folder, in the language sekr speaks to the secretary who made it.
const meetingsReadme = () => t('init.fileMeetingsReadme');

const templatesReadme = () => t('init.fileTemplatesReadme');

export const options = commandOptions({ name: Text, language: Text, group: Text, document: Text, secretary: Text, email: Text });

/** `sekr init DIR`: a new data folder that validates; on a terminal it asks what its flags do not say. */
export async function run(dir: string, opts: Parsed<typeof options>): Promise<Result> {
  const target = resolve(dir);
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new SekrError(t('init.notEmpty', displayPath(target)), { hint: t('init.notEmptyHint') });
  }
  if (opts.language !== undefined && opts.language !== 'sv' && opts.language !== 'en') throw new SekrError(t('init.badLanguage', opts.language));
  if (opts.document !== undefined && !['protokoll', 'mötesanteckning'].includes(opts.document)) throw new SekrError(t('init.badDocument', opts.document));
  const given: Partial<InitAnswers> = {
    name: opts.name,
    language: opts.language as InitAnswers['language'] | undefined,
    group: opts.group,
    document: opts.document as InitAnswers['document'] | undefined,
    secretary: opts.secretary,
    email: opts.email,
  };
  const text = lines();
  let answers: InitAnswers;
  const missing = Object.entries(given).filter(([k, v]) => v === undefined && k !== 'email');
  if (missing.length && hasTerminal()) answers = await (await import('../prompts/init.js')).askInit(given);
  else {
    // Without a terminal nothing is asked: what no flag says takes its default, and is told.
    // not translated: words of the document (the organisation's defaults, in the language of its documents)
    answers = { name: 'Min organisation', language: 'sv', group: 'Styrgrupp', document: 'protokoll', secretary: 'Sekreterare', ...definedOnly(given) };
    if (missing.length) text.info(dim(t('init.noTerminal', missing.map(([k]) => `--${k} ${JSON.stringify(answers[k as keyof InitAnswers])}`).join(' '))));
  }
  if (answers.email && !z.email().safeParse(answers.email).success) throw new SekrError(t('init.notEmail', answers.email));
  const groupId = idFromName(answers.group) || 'styrgrupp';
  const secretaryId = idFromName(answers.secretary) || 'sekreterare';
  writeFileAtomic(join(target, 'registry.yaml'), registryText(answers, groupId, secretaryId));
  writeFileAtomic(join(target, 'meetings', 'README.md'), meetingsReadme());
  writeFileAtomic(join(target, 'templates', 'README.md'), templatesReadme());
  writeFileAtomic(join(target, '.gitignore'), gitignore());
  text.info(ok(t('init.created')), ` ${t('init.createdLine', displayPath(target), answers.name, groupId, secretaryId)}`);
  // The bundled templates are Swedish: English documents need the organisation's own.
  if (answers.language === 'en') text.notice(warn(t('init.englishTemplates')));
  text.info(t('init.next', displayPath(target)));
  return { data: { dir: displayPath(target), ...answers, groupId, secretaryId }, lines: text.list };
}

const definedOnly = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

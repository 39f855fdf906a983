/** The standing agenda titles, from the agenda.yaml template (the data folder's copy, if any). */
import { problemsError } from '../base/errors.js';
import { t } from '../base/i18n.js';
import type { AgendaTitles } from '../model/agenda.js';
import { readTemplate } from './templates.js';
import { checkSchema } from './schema-problems.js';
import { AgendaTitles as AgendaTitlesSchema } from '../schema/agenda-titles.js';
import { displayPath, readYamlFile } from './yaml-file.js';

export function loadAgendaTitles(dataDir: string): AgendaTitles {
  const { entry } = readTemplate(dataDir, 'agenda');
  const result = checkSchema(AgendaTitlesSchema, readYamlFile(entry.path));
  if (!result.ok) throw problemsError(result.problems, t('agenda-titles.hasProblems', displayPath(entry.path)));
  return result.value;
}

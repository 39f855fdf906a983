/** The questions of `sekr init` on a terminal: each asked only when its flag was not given. */
import { t } from '../base/i18n.js';
import { input, select } from '@inquirer/prompts';

export interface InitAnswers {
  name: string;
  language: 'sv' | 'en';
  group: string;
  document: 'protokoll' | 'mötesanteckning';
  secretary: string;
  email?: string;
}

export async function askInit(given: Partial<InitAnswers>): Promise<InitAnswers> {
  const name = given.name ?? (await input({ message: t('init.askName'), required: true }));
  const language =
    given.language ??
    (await select({
      message: t('init.askLanguage'),
      choices: [
        { name: 'svenska', value: 'sv' as const },
        { name: 'English', value: 'en' as const },
      ],
    }));
  const group = given.group ?? (await input({ message: t('init.askGroup'), required: true }));
  const document =
    given.document ??
    (await select({
      message: t('init.askDocument', group),
      choices: [
        { name: t('init.choiceProtokoll'), value: 'protokoll' as const },
        { name: t('init.choiceNotes'), value: 'mötesanteckning' as const },
      ],
    }));
  const secretary = given.secretary ?? (await input({ message: t('init.askSecretary'), required: true }));
  const email = given.email ?? ((await input({ message: t('init.askEmail') })) || undefined);
  return { name, language, group, document, secretary, email };
}

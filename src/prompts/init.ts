/** The questions of `sekr init` on a terminal: each asked only when its flag was not given. */
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
  const name = given.name ?? (await input({ message: "The organisation's name:", required: true }));
  const language =
    given.language ??
    (await select({
      message: 'Language of its documents:',
      choices: [
        { name: 'svenska', value: 'sv' as const },
        { name: 'English', value: 'en' as const },
      ],
    }));
  const group = given.group ?? (await input({ message: 'Its first group (e.g. Styrgrupp):', required: true }));
  const document =
    given.document ??
    (await select({
      message: `What does ${group} keep of its meetings?`,
      choices: [
        { name: 'protokoll (paragraphs, adjusted and signed)', value: 'protokoll' as const },
        { name: 'mötesanteckning (numbered items, no signatures)', value: 'mötesanteckning' as const },
      ],
    }));
  const secretary = given.secretary ?? (await input({ message: "The secretary's name:", required: true }));
  const email = given.email ?? ((await input({ message: "The secretary's e-mail (optional):" })) || undefined);
  return { name, language, group, document, secretary, email };
}

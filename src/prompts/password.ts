/** The password of the organisation's certificate: from SEKR_SIGN_PASSWORD, else asked for in a terminal (never echoed). */
import { t } from '../base/i18n.js';
import { SekrError } from '../base/errors.js';
import { isPromptExit, requireTerminal } from './terminal.js';

export async function certificatePassword(file: string): Promise<string> {
  const given = process.env.SEKR_SIGN_PASSWORD;
  if (given !== undefined) return given;
  requireTerminal('publish --sign', [`SEKR_SIGN_PASSWORD=... sekr publish MEETING --format pdf --sign ${file}`]);
  const { password } = await import('@inquirer/prompts');
  try {
    return await password({ message: t('password.prompt', file), mask: '*' });
  } catch (e) {
    if (isPromptExit(e)) throw new SekrError(t('password.stopped'), { exitCode: 130 });
    throw e;
  }
}

/** A yes or no before something that cannot be undone (a seal, a sending); no is the default. */
import { confirm } from '@inquirer/prompts';

export async function askToGoAhead(question: string): Promise<boolean> {
  return confirm({ message: question, default: false });
}

/** Finding a program the way a shell does: a path as given, or a name looked up on $PATH. */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

const runnable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** The program's path, or undefined when there is no such program to run. */
export function findProgram(command: string): string | undefined {
  if (command.includes('/') || (process.platform === 'win32' && isAbsolute(command))) return runnable(command) ? command : undefined;
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const path = join(dir, command);
    if (runnable(path)) return path;
  }
  return undefined;
}

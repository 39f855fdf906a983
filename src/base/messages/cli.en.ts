/** English: the messages of cli, the same keys as cli.sv.ts. */
import type { cli as sv } from './cli.sv.js';

export const cli: typeof sv = {
  'main.internalError': (message: string, debug: boolean) =>
    `sekr: internal error: ${message}\nThis is a bug in sekr: please report it with the command you ran.${debug ? '' : ' Add --debug to see where it happened.'}\n`,
};

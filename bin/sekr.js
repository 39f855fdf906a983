#!/usr/bin/env node
import { readFileSync } from 'node:fs';

// `sekr --help` is the command people run most to find their way: it is printed
// from the text the build saved (dist/help.txt), without loading the program.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--help' || args[0] === '-h') && !process.env.SEKR_NO_HELP_CACHE) {
  try {
    process.stdout.write(readFileSync(new URL('../dist/help.txt', import.meta.url), 'utf8'));
    process.exit(0);
  } catch {
    // not built with the saved text: the program prints it
  }
}
const { main } = await import('../dist/cli.js');
main(process.argv);

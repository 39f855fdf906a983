#!/usr/bin/env node
// CommonJS (bin/package.json says so): an ES module as the entry point starts Node's
// ES module loader on every run, and the program itself is CommonJS.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

// `sekr --help` is the command people run most to find their way: it is printed
// from the text the build saved (dist/help.txt), without loading the program.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--help' || args[0] === '-h') && !process.env.SEKR_NO_HELP_CACHE) {
  try {
    process.stdout.write(readFileSync(join(__dirname, '..', 'dist', 'help.txt'), 'utf8'));
    process.exit(0);
  } catch {
    // not built with the saved text: the program prints it
  }
}
require('../dist/boot.cjs').main(process.argv);

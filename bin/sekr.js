#!/usr/bin/env node
// CommonJS (bin/package.json says so): an ES module as the entry point starts Node's
// ES module loader on every run, and the program itself is CommonJS.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

// `sekr --help` is the command people run most to find their way: it is printed
// from the text the build saved (dist/help.sv.txt, dist/help.en.txt), without loading
// the program. A bare --help has no --lang: the locale chooses, as src/base/i18n.ts does.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--help' || args[0] === '-h') && !process.env.SEKR_NO_HELP_CACHE) {
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  const language = locale.toLowerCase().startsWith('en') ? 'en' : 'sv';
  try {
    process.stdout.write(readFileSync(join(__dirname, '..', 'dist', `help.${language}.txt`), 'utf8'));
    process.exit(0);
  } catch {
    // not built with the saved text: the program prints it
  }
}
require('../dist/boot.cjs').main(process.argv);

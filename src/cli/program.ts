/**
 * The sekr program: its commands, their options and help. A command's module is
 * imported only when the command runs, so `sekr --help` and `sekr validate` never
 * load the Word writer, markdown-it, handlebars or inquirer. The module parses its
 * options, does its work and gives back a result, which src/cli/ prints.
 */
import { Command, Option } from 'commander';
import { version } from '../base/package.js';
import { parseOptions } from '../commands/options.js';
import type { CommandRow, Context, Result } from '../commands/result.js';
import { printLine, printResult, progressBar } from './output.js';

/** The options of a command that writes documents: which formats, where, and a report as JSON. */
function documentOptions(cmd: Command, out = 'output folder'): Command {
  return cmd
    .option('-f, --format <list>', 'any of md, docx, pdf (pdf needs LibreOffice)', 'md,docx')
    .option('-o, --out <dir>', out, 'out')
    .option('--json', 'the files written, as JSON');
}

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

/**
 * The command modules, each imported when its command runs. Spelled out (not
 * `import(\`../commands/${name}.js\`)`) so that the bundler sees every one.
 */
const COMMANDS = {
  validate: () => import('../commands/validate.js'),
  groups: () => import('../commands/groups.js'),
  members: () => import('../commands/members.js'),
  render: () => import('../commands/render.js'),
  schedule: () => import('../commands/schedule.js'),
  agenda: () => import('../commands/agenda.js'),
  kallelse: () => import('../commands/kallelse.js'),
  attendance: () => import('../commands/attendance.js'),
  record: () => import('../commands/record.js'),
  item: () => import('../commands/item.js'),
  actions: () => import('../commands/actions.js'),
  status: () => import('../commands/status.js'),
  send: () => import('../commands/send.js'),
  adjust: () => import('../commands/adjust.js'),
  verify: () => import('../commands/verify.js'),
  sign: () => import('../commands/sign.js'),
  keys: () => import('../commands/keys.js'),
  notice: () => import('../commands/notice.js'),
  publish: () => import('../commands/publish.js'),
  report: () => import('../commands/report.js'),
  schema: () => import('../commands/schema.js'),
  completion: () => import('../commands/completion.js'),
  init: () => import('../commands/init.js'),
  'templates-list': () => import('../commands/templates-list.js'),
  'templates-eject': () => import('../commands/templates-eject.js'),
};

type CommandModule = Record<string, unknown>;
type Action = (...args: unknown[]) => Promise<Result> | Result;

/**
 * The action of a command: `fn` of ../commands/<name>.js, given the command's arguments, its options
 * parsed by the module's `options` schema (or another of its schemas), and the terminal's context.
 */
function lazy(name: keyof typeof COMMANDS, fn = 'run', schema = 'options') {
  return async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    const positional = args.slice(0, -2);
    const mod = (await COMMANDS[name]()) as CommandModule;
    const given = cmd.optsWithGlobals<{ json?: boolean; quiet?: boolean }>();
    const opts = parseOptions(mod[schema] as Parameters<typeof parseOptions>[0], given);
    const context: Context = {
      say: (line) => printLine(line, given.quiet),
      progressBar: () => progressBar(given),
      commandTable: () => commandTable(buildProgram()),
    };
    printResult(await (mod[fn] as Action)(...positional, opts, context), given);
  };
}

/** Every command path ("item add") with its flags, from the program itself, so completion never goes stale. */
function commandTable(program: Command): CommandRow[] {
  const rows: CommandRow[] = [];
  const walk = (cmd: Command, prefix: string[]) => {
    for (const sub of cmd.commands) {
      const path = [...prefix, sub.name()];
      const args = sub.registeredArguments.map((a) => a.name());
      rows.push({
        path: path.join(' '),
        subcommands: sub.commands.map((c) => c.name()),
        flags: sub.options.flatMap((o) => [o.long, o.short].filter((f): f is string => Boolean(f))),
        takesMeeting: args.includes('meeting'),
        takesGroup: args.includes('group'),
      });
      walk(sub, path);
    }
  };
  rows.push({
    path: '',
    subcommands: program.commands.map((c) => c.name()),
    flags: program.options.flatMap((o) => [o.long, o.short].filter((f): f is string => Boolean(f))),
    takesMeeting: false,
    takesGroup: false,
  });
  walk(program, []);
  return rows;
}

export function buildProgram(): Command {
  const repeat = (value: string, previous: string[] = []) => [...previous, value];
  const program = new Command('sekr');
  program
    .description('Meeting paperwork for the secretary: registry, agendas, protocols and meeting notes as DOCX and Markdown.')
    .version(version(), '-V, --version')
    .option('-d, --data <dir>', 'the data folder (default: $SEKR_DATA, else ./data)')
    .option('-q, --quiet', 'print only errors')
    .option('--no-color', 'no colour in the output (NO_COLOR is honoured too)')
    .option('--debug', 'show the stack of an internal error')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .addHelpText(
      'after',
      examples('sekr validate', 'sekr render styrgrupp-narvard/2026-02-27 --format md,docx', 'sekr --data /path/to/data groups') +
        '\nExit codes: 0 ok, 1 failure (e.g. a file could not be written), 2 bad input or usage.\n',
    );

  program
    .command('validate')
    .description('check every file of the data folder; each problem as file:line:col with how to fix it')
    .option('--json', 'the problems as JSON')
    .addHelpText('after', examples('sekr validate', 'sekr --data tests/bad/unknown-person validate', 'sekr validate --json'))
    .action(lazy('validate'));

  program
    .command('groups')
    .description('the groups as a tree by parent group')
    .option('--json', 'as JSON')
    .addHelpText('after', examples('sekr groups', 'sekr groups --json'))
    .action(lazy('groups'));

  program
    .command('members')
    .description("a group's members with their roles")
    .argument('<group>', 'group id, e.g. styrgrupp-narvard')
    .option('--json', 'as JSON')
    .addHelpText('after', examples('sekr members styrgrupp-narvard', 'sekr members strategi-for-halsa --json'))
    .action(lazy('members'));

  documentOptions(program.command('render'))
    .description('render a meeting to its protocol or meeting notes (Markdown and DOCX)')
    .argument('<meeting>', 'group/yyyy-mm-dd, or the path of a meeting file')
    .addHelpText(
      'after',
      examples(
        'sekr render styrgrupp-narvard/2026-02-27',
        'sekr render strategi-for-halsa/2026-05-22 --format docx --out ~/Dokument',
        'sekr render data/meetings/styrgrupp-narvard/2026-02-27.yaml --format md',
      ),
    )
    .action(lazy('render'));

  program
    .command('schedule')
    .description("plan a group's meetings for a year (moved off public holidays), or export them as a calendar file")
    .argument('<group>', 'group id')
    .option('-y, --year <yyyy>', 'the year to plan')
    .option('--every <n>', "month, 2m, 1w, 2w ... (default: the group's, else month)")
    .option('--weekday <day>', "måndag ... fredag (default: the group's, else that of its latest meeting)")
    .option('--week <n>', 'for monthly meetings: 1, 2, 3, 4 or last')
    .option('--time <range>', "e.g. 10:00-11:00 (default: the group's)")
    .option('--alternate <modes>', 'modes in turn, e.g. fysiskt,digital')
    .option('--skip <list>', 'months or dates without a meeting, e.g. 2027-07,2027-12-17')
    .option('--start <date>', 'for weekly rhythms: the first meeting')
    .option('-n, --dry-run', 'print the dates; write nothing')
    .option('--ics <file>', "write the group's meetings (of --year, if given) as one calendar file")
    .option('--json', 'the planned meetings as JSON')
    .addHelpText(
      'after',
      examples(
        'sekr schedule strategi-for-halsa --year 2027 --alternate fysiskt,digital --dry-run',
        'sekr schedule styrgrupp-narvard --year 2027 --every month --weekday fredag --week last --skip 2027-07',
        'sekr schedule styrgrupp-narvard --ics out/styrgrupp.ics',
      ),
    )
    .action(lazy('schedule'));

  program
    .command('agenda')
    .description("fill a meeting's agenda: standing items, the plan's open activities, points carried from the previous meeting")
    .argument('<group>', 'group id')
    .option('--date <yyyy-mm-dd>', 'the meeting (default: the next planned one)')
    .option('--force', 'rewrite an agenda whose meeting has recorded content (a backup is kept)')
    .option('-n, --dry-run', 'print the agenda; write nothing')
    .option('--json', 'the agenda as JSON')
    .addHelpText('after', examples('sekr agenda strategi-for-halsa --date 2026-09-11', 'sekr agenda styrgrupp-narvard --dry-run'))
    .action(lazy('agenda'));

  documentOptions(program.command('kallelse'))
    .description('render the notice that convenes a meeting (agenda, who is convened), and a calendar invitation')
    .argument('<meeting>', 'group/yyyy-mm-dd, or the path of a meeting file')
    .option('--ics', 'also write a calendar invitation (.ics) with the e-mail addresses the registry has')
    .option('--sent [yyyy-mm-dd]', 'mark the notice as sent (default: today)')
    .addHelpText(
      'after',
      examples(
        'sekr kallelse strategi-for-halsa/2026-09-11 --format md,docx --ics',
        'sekr kallelse styrgrupp-narvard/2026-03-27 --format docx --out ~/Dokument',
      ),
    )
    .action(lazy('kallelse'));

  program
    .command('attendance')
    .description('record who is present, substitutes, guests, the chair and the adjuster: asked in the terminal, or given as flags')
    .argument('<meeting>', 'group/yyyy-mm-dd, or the path of a meeting file')
    .option('--all-present', 'every member is present (but those named with --absent)')
    .option('--present <ids>', 'the members present, comma-separated; the others are absent')
    .option('--absent <ids>', 'members absent, comma-separated')
    .option('--substitute <ersättare:member>', 'an ersättare standing in for an absent member (repeatable)', repeat)
    .option('--guest <guest>', 'a guest: a person id, or "Name, Organisation" (repeatable)', repeat)
    .option('--chair <id>', "the chair of the meeting (default: the group's chair, else its vice chair)")
    .option('--adjuster <id>', 'the adjuster elected among those present')
    .option('--secretary <id>', "the secretary (default: the group's)")
    .addHelpText(
      'after',
      examples(
        'sekr attendance strategi-for-halsa/2026-09-11            # asks, in a terminal',
        'sekr attendance strategi-for-halsa/2026-09-11 --all-present --absent julia-eriksson --chair carolina-svensson',
        'sekr attendance styrgrupp-narvard/2026-03-27 --all-present --absent per-svensson --substitute lena-axelsson:per-svensson --adjuster tina-isaksson',
      ) + '\nWithout flags and without a terminal it exits with 2 and names the flags to use.\n',
    )
    .action(lazy('attendance'));

  program
    .command('record')
    .description('record the meeting item by item in the terminal: notes, decisions, action points; every answer saved at once')
    .argument('<meeting>', 'group/yyyy-mm-dd, or the path of a meeting file')
    .addHelpText(
      'after',
      examples('sekr record strategi-for-halsa/2026-09-11', 'EDITOR=nano sekr record styrgrupp-narvard/2026-03-27   # notes in your editor') +
        '\nRun it again to go on at the first item not yet recorded. Ctrl-C stops; nothing answered is lost.\n' +
        'Without a terminal use sekr item add / sekr item set.\n',
    )
    .action(lazy('record'));

  const item = program
    .command('item')
    .description('add or change one item of a meeting without prompts (for scripts, or after the meeting)')
    .addHelpText(
      'after',
      examples(
        'sekr item add strategi-for-halsa/2026-09-11 --title "Övrigt" --decision "Noteras"',
        'sekr item set styrgrupp-narvard/2026-03-27 24 --notes-file notes.md',
      ),
    );
  const itemFlags = (c: Command) =>
    c
      .option('--title <text>', 'the title')
      .option('--presenter <id>', 'who presents it (föredragande)')
      .option('--notes <markdown>', 'the notes (Markdown)')
      .option('--notes-file <file>', 'the notes from a Markdown file; - reads standard input')
      .option('--decision <text>', 'a decision (repeatable)', repeat)
      .option('--action <who|what|date>', 'an action point: who, what and by when, e.g. "anna-lena-hardtmann|Skicka inbjudan|2026-10-01" (repeatable)', repeat)
      .option('--attachment <title>', 'an attachment (repeatable)', repeat)
      .option('--carry [title]', 'carry it to the next meeting (optionally under another title)')
      .option('--activity <id>', 'the plan activity it follows up')
      .option('--status <status>', "the activity's status: not-started, ongoing or done")
      .option('--comment <text>', 'a comment on the status')
      .option('--case-number <dnr>', 'diarienummer')
      .option('--proposal <id|text>', 'a proposal (yrkande), in the order the chair put them (repeatable)', repeat)
      .option('--proposition <text>', 'how the chair put the proposals (propositionsordning)')
      .option('--vote <id=choice,...>', 'an open vote: each voter ja, nej or avstår, e.g. "nina-landstrom=ja,tina-isaksson=nej"')
      .option('--vote-question <text>', 'the question put to the vote')
      .option('--disqualified <ids>', 'members who took no part because of a conflict of interest (jäv), comma-separated')
      .option('--reservation <id[|text[|attachment]]>', 'a reservation against the decision (repeatable)', repeat)
      .option('--protocol-note <id|text>', 'a protocol note, protokollsanteckning (repeatable)', repeat)
      .option('--send-to <whom>', 'who the decision is sent to (repeatable)', repeat)
      .option('--urgent', 'the paragraph was adjusted at once (omedelbar justering)')
      .option('--confidential <reason>', 'confidential: the reason and legal reference, e.g. "OSL 21 kap. 1 §"')
      .option('--json', 'the item as JSON');
  itemFlags(item.command('add'))
    .description("add an item to the agenda (before Övrigt and the closing), or fill the agenda's empty item of that title")
    .argument('<meeting>', 'group/yyyy-mm-dd')
    .option('--after <number>', 'put it after this item (§ or item number, 3.1 for a sub-item)')
    .addHelpText(
      'after',
      examples(
        'sekr item add strategi-for-halsa/2026-09-11 --title "Övrigt" --decision "Noteras"',
        'sekr item add styrgrupp-narvard/2026-03-27 --title "Ungdomsmottagningar" --after 25 --notes-file um.md ' +
          '--action "nina-landstrom|Återkoppla till AU|2026-04-30"',
      ),
    )
    .action(lazy('item', 'runAdd', 'addOptions'));
  itemFlags(item.command('set'))
    .description('change an item: each field given replaces what is there')
    .argument('<meeting>', 'group/yyyy-mm-dd')
    .argument('<number>', '§ or item number (3.1 for a sub-item)')
    .addOption(new Option('--no-carry', 'do not carry it to the next meeting'))
    .addOption(new Option('--no-confidential', 'it is not confidential after all'))
    .addOption(new Option('--no-urgent', 'not adjusted at once after all'))
    .option('--recorded', 'mark it recorded (sekr record then goes past it)')
    .addHelpText(
      'after',
      examples(
        'sekr item set strategi-for-halsa/2026-09-11 3.1 --status ongoing --comment "Pilot i Borås"',
        'sekr item set styrgrupp-narvard/2026-03-27 24 --decision "Informationen noteras" --notes-file - < notes.md',
      ),
    )
    .action(lazy('item', 'runSet', 'setOptions'));

  program
    .command('actions')
    .description('action points across meetings: who, what, by when, and where they were decided; overdue ones marked')
    .option('-g, --group <id>', 'only this group')
    .option('-p, --person <who>', 'only this person (an id, or part of a name)')
    .option('--open', 'only those not done')
    .option('--json', 'as JSON')
    .addHelpText('after', examples('sekr actions --open', 'sekr actions --group styrgrupp-narvard --person nina', 'sekr actions --json'))
    .action(lazy('actions'));

  program
    .command('status')
    .description("every meeting's status, what comes next, and what is overdue")
    .option('-g, --group <id>', 'only this group')
    .option('--json', 'as JSON')
    .addHelpText('after', examples('sekr status', 'sekr status --group styrgrupp-narvard', 'sekr status --json'))
    .action(lazy('status'));

  documentOptions(program.command('send'))
    .description('mark the notes or the draft protocol as sent to the members, and render the copy to mail')
    .argument('<meeting>', 'group/yyyy-mm-dd')
    .option('--date <yyyy-mm-dd>', 'the day it was sent (default: today)')
    .addHelpText('after', examples('sekr send strategi-for-halsa/2026-09-11', 'sekr send styrgrupp-narvard/2026-03-27 --date 2026-03-30 --format docx'))
    .action(lazy('send'));

  program
    .command('adjust')
    .description(
      'record that the protocol is adjusted: its record and § numbers are sealed from then on, and signed by the secretary when her key is on this computer',
    )
    .argument('<meeting>', 'group/yyyy-mm-dd')
    .requiredOption('--date <yyyy-mm-dd>', 'the day it was adjusted')
    .option('--by <ids>', "the adjuster(s) who adjusted it (default: the meeting's)")
    .option('--json', 'what was done, as JSON')
    .addHelpText(
      'after',
      examples('sekr adjust styrgrupp-narvard/2026-02-27 --date 2026-03-05', 'sekr adjust styrgrupp-narvard/2026-02-27 --date 2026-03-05 --by tina-isaksson'),
    )
    .action(lazy('adjust', 'runAdjust'));

  program
    .command('approve')
    .description('record that meeting notes are final (approved, or the correction week is over): their content is locked')
    .argument('<meeting>', 'group/yyyy-mm-dd')
    .option('--date <yyyy-mm-dd>', 'the day (default: today)')
    .option('--json', 'what was done, as JSON')
    .addHelpText('after', examples('sekr approve strategi-for-halsa/2026-09-11', 'sekr approve strategi-for-halsa/2026-09-11 --date 2026-09-25'))
    .action(lazy('adjust', 'runApprove'));

  program
    .command('verify')
    .description(
      'check that no adjusted protocol or approved notes were edited by hand since (naming the changed fields), ' +
        "and every signature on them by the registry's keys",
    )
    .option('--all-signed', 'fail also while a signer (chair, adjuster, secretary) has not signed')
    .option('--json', 'as JSON')
    .addHelpText(
      'after',
      examples('sekr verify', 'sekr verify --all-signed', 'sekr verify --json') +
        '\nExit code 1 when a locked meeting has changed, says it is sealed without a seal, or carries a wrong signature.\n',
    )
    .action(lazy('verify'));

  program
    .command('sign')
    .description("sign a sealed meeting (digital justering): the adjuster's, chair's or secretary's signature with their key")
    .argument('<meeting>', 'group/yyyy-mm-dd')
    .requiredOption('--as <id>', 'who signs: the chair, an adjuster or the secretary of the meeting')
    .option('--date <yyyy-mm-dd>', 'the day of signing (default: today)')
    .option('--json', 'the signature, as JSON')
    .addHelpText(
      'after',
      examples('sekr sign styrgrupp-narvard/2026-02-27 --as tina-isaksson', 'sekr sign styrgrupp-narvard/2026-02-27 --as nina-landstrom --json') +
        '\nSigns with the private key of that person on this computer (a person without any key gets one, as sekr keys init makes it).\n',
    )
    .action(lazy('sign'));

  const keys = program
    .command('keys')
    .description('the keys people sign sealed meetings with')
    .addHelpText('after', examples('sekr keys init --as anna-lena-hardtmann'));
  keys
    .command('init')
    .description("make a person's key pair: the private key in your config folder (mode 600), the public key in the registry")
    .requiredOption('--as <id>', 'whose key it is (a person id of the registry)')
    .option('--json', 'the key, as JSON')
    .addHelpText(
      'after',
      examples('sekr keys init --as anna-lena-hardtmann') +
        '\nThe private key goes to $XDG_CONFIG_HOME/sekr/keys/<id>.pem (else ~/.config/sekr/keys/); commit the registry afterwards.\n',
    )
    .action(lazy('keys', 'runInit', 'initOptions'));

  documentOptions(program.command('notice'))
    .description('render the notice of adjustment (anslag) of an adjusted protocol')
    .argument('<meeting>', 'group/yyyy-mm-dd')
    .option('--posted <yyyy-mm-dd>', 'the day it is posted (default: the day of adjustment)')
    .addHelpText('after', examples('sekr notice styrgrupp-narvard/2026-02-27', 'sekr notice styrgrupp-narvard/2026-02-27 --posted 2026-03-06 --format pdf'))
    .action(lazy('notice'));

  documentOptions(program.command('publish'), 'output folder (the copy goes to <dir>/public/)')
    .description('write the public copy to out/public/: confidential paragraphs withheld, no personal identity numbers or contact details')
    .argument('<meeting>', 'group/yyyy-mm-dd')
    .option('--sign <file.p12>', "sign the PDF with the organisation's certificate (PAdES); the password from SEKR_SIGN_PASSWORD, else asked")
    .addHelpText(
      'after',
      examples(
        'sekr publish styrgrupp-narvard/2026-02-27 --format md,docx,pdf',
        'sekr publish strategi-for-halsa/2026-05-22 --format md',
        'sekr publish styrgrupp-narvard/2026-02-27 --format md,pdf --sign ~/certifikat/narvard.p12',
      ),
    )
    .action(lazy('publish'));

  documentOptions(program.command('report'), 'output folder; the report goes to <dir>/<year>/')
    .description(
      "the year's documents for every group (or those named): meetings, annual plans, follow-up, attendance, decisions; " +
        "and the organisation's summary and financing",
    )
    .option('-y, --year <yyyy>', 'the year (default: this year)')
    .option('-g, --group <id>', 'only this group (repeatable, or comma-separated)', repeat)
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores, at most 8)')
    .addHelpText(
      'after',
      examples(
        'sekr report --year 2026',
        'sekr report --year 2026 --group strategi-for-halsa --format md,docx,pdf',
        'sekr report --year 2026 --jobs 1 --out /tmp/rapport',
      ) + '\nA second run with nothing changed skips the work (out/<year>/.sekr-manifest.json); index.md links every file.\n',
    )
    .action(lazy('report'));

  program
    .command('schema')
    .description('write JSON Schema for the registry, meetings and plans: completion and checking in editors')
    .option('-o, --out <dir>', 'output folder', 'schema')
    .option('--json', 'the files written, as JSON')
    .addHelpText(
      'after',
      examples('sekr schema --out schema/') +
        '\nThen put this first in a meeting file (and the like in registry.yaml and plans):\n' +
        '  # yaml-language-server: $schema=../../../schema/meeting.schema.json\n',
    )
    .action(lazy('schema'));

  program
    .command('completion')
    .description('print the shell completion script for bash or zsh')
    .argument('<shell>', 'bash or zsh')
    .addHelpText('after', examples('sekr completion bash > ~/.local/share/bash-completion/completions/sekr', 'source <(sekr completion zsh)'))
    .action(lazy('completion'));

  program
    .command('init')
    .description('create a new, minimal data folder for another organisation')
    .argument('<dir>', 'the folder to create (must not exist or be empty)')
    .addHelpText('after', examples('sekr init ~/sekr-data && sekr --data ~/sekr-data validate'))
    .action(lazy('init'));

  const templates = program
    .command('templates')
    .description('the document templates: which is used, and copying one out to change it')
    .addHelpText('after', examples('sekr templates list', 'sekr templates eject protokoll'));
  templates
    .command('list')
    .description("every template and partial, and whether the bundled one or the data folder's is used")
    .option('--json', 'as JSON')
    .addHelpText('after', examples('sekr templates list', 'sekr templates list --json'))
    .action(lazy('templates-list'));
  templates
    .command('eject')
    .description('copy a bundled template into <data>/templates/ so you can change it')
    .argument('<name>', 'template name, e.g. protokoll, motesanteckning, partials/attendance-line')
    .option('--force', 'overwrite a copy that is already there')
    .addHelpText('after', examples('sekr templates eject protokoll', 'sekr templates eject partials/signatures'))
    .action(lazy('templates-eject'));

  return program;
}

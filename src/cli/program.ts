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
function documentOptions(cmd: Command, out = 'output folder (default: out/ beside the data folder)'): Command {
  return cmd
    .option('-f, --format <list>', 'any of md, docx, pdf (pdf needs LibreOffice)', 'md,docx')
    .option('-o, --out <dir>', out)
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
  extract: () => import('../commands/extract.js'),
  publish: () => import('../commands/publish.js'),
  report: () => import('../commands/report.js'),
  schema: () => import('../commands/schema.js'),
  completion: () => import('../commands/completion.js'),
  init: () => import('../commands/init.js'),
  migrate: () => import('../commands/migrate.js'),
  person: () => import('../commands/person.js'),
  member: () => import('../commands/member.js'),
  group: () => import('../commands/group.js'),
  import: () => import('../commands/import.js'),
  indicator: () => import('../commands/indicator.js'),
  hooks: () => import('../commands/hooks.js'),
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
    .option('-d, --data <dir>', 'the data folder (default: $SEKR_DATA, else the first folder here or above that holds registry.yaml or data/registry.yaml)')
    .option('-q, --quiet', 'print only errors')
    .option('--no-color', 'no colour in the output (NO_COLOR is honoured too)')
    .option('--debug', 'show the stack of an internal error')
    .option('--lang <language>', 'the language sekr speaks: sv (the default) or en; else the locale decides (LANG=en_GB.UTF-8 is English)')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .addHelpText(
      'after',
      examples('sekr validate', 'sekr render styrgrupp-narvard/2026-02-27 --format md,docx', 'sekr --data /path/to/data groups') +
        '\nExit codes: 0 ok, 1 failure (e.g. a file could not be written), 2 bad input or usage.\n',
    );

  program
    .command('validate')
    .description('check every file of the data folder; each problem as file:line:col with how to fix it, and warnings of what will be missed')
    .option('--strict', 'warnings count as problems (exit 2)')
    .option('--json', 'the problems and warnings as JSON')
    .addHelpText(
      'after',
      examples('sekr validate', 'sekr --data tests/bad/unknown-person validate', 'sekr validate --strict', 'sekr validate --json') +
        '\nExit code 2 when there are problems (with --strict, also when there are warnings).\n',
    )
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
    .option('-f, --format <format>', 'write the list as a spreadsheet: xlsx or csv (the columns sekr import members reads)')
    .option('-o, --out <dir>', 'output folder for --format: the file is <dir>/<group>/ledamoter.<format>; - writes to standard output', 'out')
    .addHelpText(
      'after',
      examples(
        'sekr members styrgrupp-narvard',
        'sekr members strategi-for-halsa --json',
        'sekr members dps --format xlsx',
        'sekr members dps --format csv --out -',
      ),
    )
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
    .option('--sent [yyyy-mm-dd]', 'mark the notice as sent (default: today); not after the meeting, and only with its place or link')
    .option('-y, --yes', 'do not ask before marking it sent (for scripts; without a terminal it is needed)')
    .addHelpText(
      'after',
      examples(
        'sekr kallelse strategi-for-halsa/2026-09-11 --format md,docx --ics',
        'sekr kallelse styrgrupp-narvard/2026-03-27 --format docx --out ~/Dokument',
        'sekr kallelse strategi-for-halsa/2026-09-11 --sent 2026-09-03 --yes',
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
    .option(
      '--substitute <ersättare:member[:§§]>',
      'an ersättare standing in for an absent member; for some §§ only, e.g. anna-karlsson:maria-ekstrom:101 or :102- (repeatable)',
      repeat,
    )
    .option('--arrived <id:§>', 'someone who came during the meeting took part from this § on (repeatable)', repeat)
    .option('--left <id:§>', 'someone who left during the meeting took part up to this §, e.g. johan-lindqvist:101 (repeatable)', repeat)
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
        'sekr attendance vard-och-omsorgsnamnden/2026-11-12 --left johan-lindqvist:101 --substitute peter-nyberg:johan-lindqvist:102- ' +
          '--substitute anna-karlsson:maria-ekstrom:101',
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
      .option(
        '--vote <id=choice,...>',
        'a vote: by name "nina-landstrom=ja,tina-isaksson=nej", or a closed ballot "closed: ja=4, nej=3" (an election: "closed: Eva Ek=4, Bo Al=3"); ' +
          'repeat it for each vote of the paragraph, in order',
        repeat,
      )
      .option('--vote-question <text>', 'the question put to the vote (repeatable: the first for the first --vote ...; "" leaves one out)', repeat)
      .option('--vote-proposition <text>', 'how the chair put the question to that vote, propositionsordning (repeatable, as --vote-question)', repeat)
      .option('--vote-yes <text>', 'what ja stands for, e.g. "bifall till förvaltningens förslag" (repeatable)', repeat)
      .option('--vote-no <text>', 'what nej stands for, e.g. återremiss (repeatable)', repeat)
      .option('--casting-vote <ja|nej>', "a tie settled by the chair's casting vote, utslagsröst: as the chair voted (repeatable)", repeat)
      .option('--lot <name>', 'a tied election settled by lot: who the lot fell on (repeatable)', repeat)
      .option('--deferred <kind>', 'återremiss or bordläggning: not decided today, it comes back on the next agenda by itself')
      .option('--disqualified <ids>', 'members who took no part because of a conflict of interest (jäv), comma-separated')
      .option(
        '--reservation <id[|text[|attachment[|date]]]>',
        "adds a reservation against the decision, or replaces that member's: the reason, a written reservation attached and the day it was handed in " +
          '(repeatable); those already there stay',
        repeat,
      )
      .option('--remove-reservation <ids>', 'takes the reservations of these members away, comma-separated')
      .option(
        '--protocol-note <id|text[|allowed]>',
        'a protocol note, protokollsanteckning; |allowed when the chair allowed one by someone not serving (repeatable)',
        repeat,
      )
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
    .addOption(new Option('--no-deferred', 'decided after all: not sent back or put off'))
    .option('--recorded', 'mark it recorded (sekr record then goes past it)')
    .addHelpText(
      'after',
      examples(
        'sekr item set strategi-for-halsa/2026-09-11 3.1 --status ongoing --comment "Pilot i Borås"',
        'sekr item set styrgrupp-narvard/2026-03-27 24 --decision "Informationen noteras" --notes-file - < notes.md',
        'sekr item set vard-och-omsorgsnamnden/2026-11-12 98 --vote "eva-bergkvist=ja,anders-holm=nej" --vote-question "Ska ärendet avgöras i dag?" ' +
          '--vote "eva-bergkvist=ja,anders-holm=avstår" --vote-question "Bifall till förvaltningens förslag?"',
        'sekr item set vard-och-omsorgsnamnden/2026-11-12 97 --vote "closed: Birgitta Sjöberg=4, Karin Persson=3"',
        'sekr item set vard-och-omsorgsnamnden/2026-11-12 101 --reservation "anders-holm" --remove-reservation karin-persson',
        'sekr item set vard-och-omsorgsnamnden/2026-11-12 99 --deferred återremiss --decision "Ärendet återremitteras."',
      ),
    )
    .action(lazy('item', 'runSet', 'setOptions'));

  const actions = program
    .command('actions')
    .description('action points across meetings, each with its id: who, what, by when, and where they were decided; overdue ones marked')
    .option('-g, --group <id>', 'only this group')
    .option('-p, --person <who>', 'only this person (an id, or part of a name)')
    .option('--open', 'only those not done')
    .option('--json', 'as JSON')
    .addHelpText(
      'after',
      examples(
        'sekr actions --open',
        'sekr actions --group styrgrupp-narvard --person nina',
        'sekr actions done 3f9a2c --comment "Klart"',
        'sekr actions --json',
      ) + "\nA confidential paragraph's action points show only that they are confidential.\n",
    )
    .action(lazy('actions'));
  actions
    .command('done')
    .description('mark an action point done: recorded in data/actions/<group>.yaml, the meeting (sealed or not) stays as it is')
    .argument('<id>', 'the action point id that sekr actions shows, e.g. 3f9a2c')
    .option('--date <yyyy-mm-dd>', 'the day it was done (default: today)')
    .option('--comment <text>', 'what was done, e.g. "Inbjudan skickad"')
    .option('--json', 'the action point, as JSON')
    .addHelpText('after', examples('sekr actions done 3f9a2c', 'sekr actions done 3f9a2c --date 2026-10-01 --comment "Inbjudan skickad"'))
    .action(lazy('actions', 'runDone', 'doneOptions'));
  actions
    .command('reopen')
    .description('an action point marked done with sekr actions done is open again')
    .argument('<id>', 'the action point id that sekr actions shows')
    .option('--json', 'the action point, as JSON')
    .addHelpText('after', examples('sekr actions reopen 3f9a2c'))
    .action(lazy('actions', 'runReopen', 'reopenOptions'));

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
    .option('--allow-empty', 'send it even with items where nothing is recorded')
    .option('-y, --yes', 'do not ask first (for scripts; without a terminal it is needed)')
    .addHelpText(
      'after',
      examples('sekr send strategi-for-halsa/2026-09-11', 'sekr send styrgrupp-narvard/2026-03-27 --date 2026-03-30 --format docx --yes') +
        '\nOn a terminal it shows what will be sent and asks first.\n',
    )
    .action(lazy('send'));

  program
    .command('adjust')
    .description(
      'record that the protocol is adjusted: its record and § numbers are sealed from then on, and signed by the secretary when her key is on this computer',
    )
    .argument('<meeting>', 'group/yyyy-mm-dd')
    .requiredOption('--date <yyyy-mm-dd>', 'the day it was adjusted')
    .option('--by <ids>', "the adjuster(s) who adjusted it (default: the meeting's)")
    .option('--paragraphs <list>', 'omedelbar justering: only these §§, which the meeting declared adjusted at once, e.g. 100 or 100,101; the rest later')
    .option('-y, --yes', 'do not ask first (for scripts; without a terminal it is needed)')
    .option('--json', 'what was done, as JSON')
    .addHelpText(
      'after',
      examples(
        'sekr adjust styrgrupp-narvard/2026-02-27 --date 2026-03-05',
        'sekr adjust styrgrupp-narvard/2026-02-27 --date 2026-03-05 --by tina-isaksson --yes',
        'sekr adjust vard-och-omsorgsnamnden/2026-11-12 --paragraphs 100 --date 2026-11-12      # adjusted at once, with a seal of its own',
      ) +
        '\nIt refuses, listing each gap, a protocol with a paragraph that says nothing, without time or place, whose chair, adjuster or\n' +
        'secretary was not present, or a date before the meeting or still to come. On a terminal it shows what will be sealed and asks first.\n',
    )
    .action(lazy('adjust', 'runAdjust'));

  program
    .command('approve')
    .description('record that meeting notes are final (approved, or the correction week is over): their content is locked')
    .argument('<meeting>', 'group/yyyy-mm-dd')
    .option('--date <yyyy-mm-dd>', 'the day (default: today)')
    .option('--early', 'approve inside the correction week (the members have approved already); recorded with the seal')
    .option('-y, --yes', 'do not ask first (for scripts; without a terminal it is needed)')
    .option('--json', 'what was done, as JSON')
    .addHelpText(
      'after',
      examples('sekr approve strategi-for-halsa/2026-09-11', 'sekr approve strategi-for-halsa/2026-09-11 --date 2026-09-25 --yes') +
        '\nInside the correction week (a week from sending) it refuses unless --early. On a terminal it shows what will be sealed and asks first.\n',
    )
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
    .option('--posted <yyyy-mm-dd>', 'the day it is posted (default: the day of adjustment); recorded, so the protocol carries the anslag certificate')
    .option('--paragraphs <list>', 'the notice of paragraphs adjusted at once (sekr adjust --paragraphs), e.g. 100')
    .addHelpText(
      'after',
      examples(
        'sekr notice styrgrupp-narvard/2026-02-27',
        'sekr notice styrgrupp-narvard/2026-02-27 --posted 2026-03-06 --format pdf',
        'sekr notice vard-och-omsorgsnamnden/2026-11-12 --paragraphs 100',
      ),
    )
    .action(lazy('notice'));

  documentOptions(program.command('extract'))
    .description('write a protocol extract (protokollsutdrag) of adjusted paragraphs, with who adjusted them and the utdragsbestyrkande line')
    .argument('<meeting>', 'group/yyyy-mm-dd')
    .argument('<paragraphs>', 'the § numbers, e.g. 100 or 98,100')
    .option('--to <recipient>', 'who the extract goes to, e.g. "Vårdsamverkan Skåne"')
    .option('--send-list', 'one extract for each recipient the paragraphs\' "Beslutet skickas till" names, with the paragraphs sent to them')
    .option('--include-confidential', 'give a confidential paragraph in full to the one recipient (--to) entitled to it; the extract says so')
    .addHelpText(
      'after',
      examples(
        'sekr extract vard-och-omsorgsnamnden/2026-11-12 100 --format docx,pdf',
        'sekr extract vard-och-omsorgsnamnden/2026-11-12 98,100 --to "Vårdsamverkan Skåne"',
        'sekr extract vard-och-omsorgsnamnden/2026-11-12 97,98,100,101 --send-list',
        'sekr extract vard-och-omsorgsnamnden/2026-11-12 102 --to "Förvaltningsrätten i Malmö" --include-confidential',
      ) +
        '\nOnly adjusted paragraphs are extracted (the whole protocol adjusted, or those adjusted at once). A confidential paragraph keeps\n' +
        'its heading and the ground for confidentiality only, unless --include-confidential --to names the one recipient entitled to it.\n',
    )
    .action(lazy('extract'));

  documentOptions(program.command('publish'), 'output folder; the copy goes to <dir>/public/ (default: out/ beside the data folder)')
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

  documentOptions(program.command('report'), 'output folder; the report goes to <dir>/<year>/ (default: out/ beside the data folder)')
    .description(
      "the year's documents for every group (or those named): meetings, annual plans, follow-up, attendance, decisions; " +
        "and the organisation's summary and financing",
    )
    .option('-y, --year <yyyy>', 'the year (default: this year)')
    .option('-g, --group <id>', 'only this group (repeatable, or comma-separated)', repeat)
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores, at most 8)')
    .option('--internal', "the office's copy, confidential paragraphs in full, to <dir>/<year>-internt/ (every document marked)")
    .addHelpText(
      'after',
      examples(
        'sekr report --year 2026',
        'sekr report --year 2026 --group strategi-for-halsa --format md,docx,pdf',
        'sekr report --year 2026 --jobs 1 --out /tmp/rapport',
        'sekr report --year 2026 --internal',
        'sekr report --year 2026 --group styrgrupp-narvard --format xlsx    # the attendance as a spreadsheet',
      ) +
        '\nThe report is public: a confidential paragraph keeps its number, heading and the ground for confidentiality, and no document\n' +
        "carries e-mail addresses or phone numbers. --internal writes the office's full copy to out/<year>-internt/ instead.\n" +
        'A second run with nothing changed skips the work (out/<year>/.sekr-manifest.json); index.md links every file.\n' +
        "--format also takes xlsx: each group's attendance of the year as a spreadsheet, <out>/<year>/<group>/narvaro-<year>.xlsx.\n",
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
    .command('migrate')
    .description("bring a data folder written by an older sekr to this release's format: shows every change, writes with --yes")
    .option('-y, --yes', 'make the changes')
    .option('--json', 'the changes, as JSON')
    .addHelpText(
      'after',
      examples('sekr migrate', 'sekr migrate --yes') +
        '\nFiles written by an older release keep working without it; a migrated folder says its format in registry.yaml\n' +
        'and uses the forms new commands name things by. Comments stay; sealed meetings are never changed.\n',
    )
    .action(lazy('migrate'));

  program
    .command('init')
    .description('create a new data folder for another organisation; on a terminal it asks for what the flags do not give')
    .argument('<dir>', 'the folder to create (must not exist or be empty)')
    .option('--name <name>', "the organisation's name")
    .option('--language <lang>', 'sv (default) or en: the language of its documents')
    .option('--group <name>', 'its first group, e.g. Styrgrupp')
    .option('--document <kind>', 'what the first group keeps: protokoll (default) or mötesanteckning')
    .option('--secretary <name>', "the secretary's name")
    .option('--email <address>', "the secretary's e-mail address")
    .addHelpText(
      'after',
      examples(
        'sekr init ~/sekr-data                     # asks, on a terminal',
        'sekr init /tmp/org --name "Samverkan Skåne Nordost" --group "Politiskt samråd" --document protokoll --secretary "Lena Ek"',
        'sekr init ~/sekr-data && sekr --data ~/sekr-data validate',
      ) + '\nWithout a terminal nothing is asked: what no flag gives takes its default, and is told.\n',
    )
    .action(lazy('init'));

  const person = program
    .command('person')
    .description('add, change or remove a person of the registry (the file keeps its comments)')
    .addHelpText(
      'after',
      examples(
        'sekr person add "Eva Bergkvist" --organisation "Hässleholms kommun" --party S',
        'sekr person set eva-bergkvist --email eva.bergkvist@hassleholm.se',
      ),
    );
  const personFields = (c: Command) =>
    c
      .option('--organisation <name>', 'the organisation the person represents, e.g. "Hässleholms kommun"')
      .option('--function <title>', "the person's title or function, e.g. Socialchef")
      .option('--email <address>', 'e-mail address (for notices and calendar invitations)')
      .option('--phone <number>', 'telephone number')
      .option('--party <party>', 'party, for members of political bodies, e.g. S')
      .option('--json', 'what was done, as JSON');
  personFields(person.command('add'))
    .description('add a person; the id is made from the name (eva-bergkvist), or --id')
    .argument('<name>', 'the full name, e.g. "Eva Bergkvist"')
    .option('--id <id>', 'the id to give (default: made from the name; a taken id gets -2, -3 ...)')
    .addHelpText(
      'after',
      examples(
        'sekr person add "Eva Bergkvist" --organisation "Hässleholms kommun" --party S',
        'sekr person add "Per Olsson" --id per-olsson-region --organisation Region Skåne',
      ),
    )
    .action(lazy('person', 'runAdd', 'addOptions'));
  personFields(person.command('set'))
    .description('change a person: each field given replaces what is there; "" removes it')
    .argument('<person>', "the person's id (or full name)")
    .option('--name <name>', 'a new name (the id stays: meetings name the person by it)')
    .addHelpText('after', examples('sekr person set eva-bergkvist --email eva.bergkvist@hassleholm.se', 'sekr person set eva-bergkvist --phone ""'))
    .action(lazy('person', 'runSet', 'setOptions'));
  person
    .command('remove')
    .description('remove a person and their memberships; refused while a meeting names them (the meetings are listed)')
    .argument('<person>', "the person's id")
    .option('--json', 'what was done, as JSON')
    .addHelpText('after', examples('sekr person remove eva-bergkvist'))
    .action(lazy('person', 'runRemove', 'removeOptions'));

  const member = program
    .command('member')
    .description("add or remove a group's members, with their roles")
    .addHelpText('after', examples('sekr member add politiskt-samrad eva-bergkvist --role ordförande', 'sekr member remove politiskt-samrad eva-bergkvist'));
  member
    .command('add')
    .description("make a person a member of a group, or change a member's role")
    .argument('<group>', 'group id')
    .argument('<person>', 'person id (or full name)')
    .option(
      '--role <role>',
      'ledamot (default), ersättare, adjungerad, brukarrepresentant or kansli; and/or ordförande, vice ordförande, sekreterare, sammankallande',
    )
    .option('--for <member>', 'for an ersättare: the ledamot they stand in for')
    .option('--category <category>', "the participant category of the annual plan's count (one of the registry's categories)")
    .option('--organisation <name>', "how this group's documents write the member's organisation, when it differs")
    .option('--json', 'what was done, as JSON')
    .addHelpText(
      'after',
      examples(
        'sekr member add politiskt-samrad eva-bergkvist --role ordförande',
        'sekr member add politiskt-samrad lars-nilsson --role ersättare --for eva-bergkvist',
        'sekr member add styrgrupp-narvard anna-lena-hardtmann --role kansli,sekreterare',
      ),
    )
    .action(lazy('member', 'runAdd', 'addOptions'));
  member
    .command('remove')
    .description('take a person out of a group, with the functions they hold in it')
    .argument('<group>', 'group id')
    .argument('<person>', 'person id (or full name)')
    .option('--json', 'what was done, as JSON')
    .addHelpText('after', examples('sekr member remove politiskt-samrad eva-bergkvist'))
    .action(lazy('member', 'runRemove', 'removeOptions'));

  const group = program
    .command('group')
    .description('add a group to the registry')
    .addHelpText('after', examples('sekr group add politiskt-samrad --name "Politiskt samråd" --document protokoll'));
  group
    .command('add')
    .description('add a group: its name, kind, parent and what it keeps of its meetings')
    .argument('<id>', "the new group's id, e.g. politiskt-samrad")
    .option('--name <name>', 'its name, e.g. "Politiskt samråd"')
    .option('--document <kind>', 'protokoll or mötesanteckning')
    .option('--kind <kind>', "one of the registry's groupKinds (default: the one its id begins with)")
    .option('--parent <group>', 'the group it reports to')
    .option('--chair <person>', 'ordförande (made a member)')
    .option('--vice-chair <person>', 'vice ordförande (made a member)')
    .option('--secretary <person>', 'sekreterare')
    .option('--adjuster <rule>', 'elected (default for protocols), viceChair, or the id of a standing adjuster')
    .option('--substitutes', 'absent members have ersättare')
    .option('--since-last', 'the agenda has "Hänt sedan sist"')
    .option('--time <range>', 'its usual time, e.g. 10:00-12:00')
    .option('--place <place>', 'its usual place')
    .option('--mode <mode>', 'digital or fysiskt')
    .option('--json', 'what was done, as JSON')
    .addHelpText(
      'after',
      examples(
        'sekr group add politiskt-samrad --name "Politiskt samråd" --document protokoll',
        'sekr group add arbetsgrupp-psykiatri --name "Arbetsgrupp psykiatri" --document mötesanteckning --parent styrgrupp --time 13:00-15:00',
      ),
    )
    .action(lazy('group', 'runAdd', 'addOptions'));

  const importing = program
    .command('import')
    .description('bring a member list from Excel or CSV into the registry')
    .addHelpText('after', examples('sekr import members ledamoter.xlsx --group politiskt-samrad'));
  importing
    .command('members')
    .description("a group's members from an XLSX or CSV file: people added or updated, memberships with roles; a dry run unless --yes")
    .argument('<file>', 'the list: .xlsx, or .csv (semicolon or comma separated)')
    .option('-g, --group <id>', 'the group they are members of')
    .option(
      '--map <field=Column>',
      `which column holds what, when its heading is not recognised (repeatable, or comma-separated); fields: ${[
        'name',
        'firstName',
        'lastName',
        'organisation',
        'role',
        'email',
        'phone',
        'party',
        'for',
        'category',
      ].join(', ')}`,
      repeat,
    )
    .option('-y, --yes', 'write registry.yaml (without it, only the table of what would be done)')
    .option('--json', 'the rows and what happens to each, as JSON')
    .addHelpText(
      'after',
      examples(
        'sekr import members ledamoter.xlsx --group politiskt-samrad            # the table: what would be done',
        'sekr import members ledamoter.xlsx --group politiskt-samrad --yes',
        'sekr import members lista.csv --group dps --map name=Ledamot,organisation=Kommun --yes',
      ) +
        '\nHeadings recognised: Namn (or Förnamn and Efternamn), Organisation/Kommun, Roll/Uppdrag, E-post, Telefon, Parti, Ersättare för, Kategori.\n' +
        'A person already in the registry (same name and organisation) is kept and updated; a new one gets an id made from the name.\n',
    )
    .action(lazy('import', 'runMembers', 'membersOptions'));

  program
    .command('indicator')
    .description("record the results of a plan's indicators")
    .addHelpText('after', examples('sekr indicator set psykisk-halsa/2026 vardplaner --unit hassleholm --value 12 --date 2026-06-30'))
    .command('set')
    .description("record a result of a plan's indicator (per unit when the indicator is followed per unit); the same unit and date replaces it")
    .argument('<plan>', 'group/yyyy (the year the plan starts in), or the path of a plan file')
    .argument('<indicator>', "the indicator's id (or its name)")
    .option('--value <value>', 'the result: a number (12, 12,5) or text')
    .option('--unit <unit>', "the unit it is of, one of the plan's units:")
    .option('--date <yyyy-mm-dd>', 'the day the result is of (default: today)')
    .option('--comment <text>', 'a comment on the result')
    .option('--json', 'the result recorded, as JSON')
    .addHelpText(
      'after',
      examples(
        'sekr indicator set psykisk-halsa/2026 vardplaner --unit hassleholm --value 12 --date 2026-06-30',
        'sekr indicator set strategi-for-halsa/2026 antal-halsolotsar --value 3 --comment "Borås, Mark och Ulricehamn"',
      ),
    )
    .action(lazy('indicator', 'runSet', 'setOptions'));

  program
    .command('hooks')
    .description('git hooks for a data folder kept in git')
    .addHelpText('after', examples('sekr hooks install'))
    .command('install')
    .description('add a pre-commit hook to the git repository of the data folder: every commit runs sekr validate and sekr verify')
    .option('--force', "replace a pre-commit hook that is not sekr's")
    .option('--json', 'what was done, as JSON')
    .addHelpText('after', examples('sekr hooks install', 'sekr --data ~/styrelsen/data hooks install'))
    .action(lazy('hooks', 'runInstall', 'installOptions'));

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

/**
 * The sekr program: its commands, their options and help. A command's module is
 * imported only when the command runs, so `sekr --help` and `sekr validate` never
 * load the Word writer, markdown-it, handlebars or inquirer. The module parses its
 * options, does its work and gives back a result, which src/cli/ prints.
 */
import { Command, Option } from 'commander';
import { t } from '../base/i18n.js';
import { version } from '../base/package.js';
import { parseOptions } from '../commands/options.js';
import type { CommandRow, Context, Result } from '../commands/result.js';
import { printLine, printResult, progressBar } from './output.js';
import { languageOption, speakSekr } from './usage.js';

/** The options of a command that writes documents: which formats, where, and a report as JSON. */
function documentOptions(cmd: Command, out = t('program.outFolder')): Command {
  return cmd
    .option('-f, --format <list>', t('program.documentFormat'), 'md,docx')
    .option('-o, --out <dir>', out)
    .option('--json', t('program.filesWrittenJson'));
}

function examples(...lines: string[]): string {
  return `\n${t('program.examplesTitle')}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
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
  const program = speakSekr(new Command('sekr'), version());
  program
    .description(t('program.sekrDescription'))
    .option('-d, --data <dir>', t('program.sekrData'))
    .option('-q, --quiet', t('program.sekrQuiet'))
    .option('--no-color', t('program.sekrNoColor'))
    .option('--debug', t('program.sekrDebug'))
    .option('--lang <language>', t('program.sekrLang'), languageOption)
    .addHelpText(
      'after',
      examples('sekr validate', 'sekr render styrgrupp-narvard/2026-02-27 --format md,docx', 'sekr --data ~/sekr/data groups') + t('program.sekrHelpAfter'),
    );

  program
    .command('validate')
    .description(t('program.validateDescription'))
    .option('--strict', t('program.validateStrict'))
    .option('--json', t('program.validateJson'))
    .addHelpText(
      'after',
      examples('sekr validate', 'sekr --data tests/bad/unknown-person validate', 'sekr validate --strict', 'sekr validate --json') +
        t('program.validateHelpAfter'),
    )
    .action(lazy('validate'));

  program
    .command('groups')
    .description(t('program.groupsDescription'))
    .option('--json', t('program.asJson'))
    .addHelpText('after', examples('sekr groups', 'sekr groups --json'))
    .action(lazy('groups'));

  program
    .command('members')
    .description(t('program.membersDescription'))
    .argument('<group>', t('program.membersGroup'))
    .option('--json', t('program.asJson'))
    .option('-f, --format <format>', t('program.membersFormat'))
    .option('-o, --out <dir>', t('program.membersOut'))
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
    .description(t('program.renderDescription'))
    .argument('<meeting>', t('program.meetingOrFile'))
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
    .description(t('program.scheduleDescription'))
    .argument('<group>', t('program.groupId'))
    .option('-y, --year <yyyy>', t('program.scheduleYear'))
    .option('--every <n>', t('program.scheduleEvery'))
    .option('--weekday <day>', t('program.scheduleWeekday'))
    .option('--week <n>', t('program.scheduleWeek'))
    .option('--time <range>', t('program.scheduleTime'))
    .option('--alternate <modes>', t('program.scheduleAlternate'))
    .option('--skip <list>', t('program.scheduleSkip'))
    .option('--start <date>', t('program.scheduleStart'))
    .option('-n, --dry-run', t('program.scheduleDryRun'))
    .option('--ics <file>', t('program.scheduleIcs'))
    .option('--json', t('program.scheduleJson'))
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
    .description(t('program.agendaDescription'))
    .argument('<group>', t('program.groupId'))
    .option('--date <yyyy-mm-dd>', t('program.agendaDate'))
    .option('--force', t('program.agendaForce'))
    .option('-n, --dry-run', t('program.agendaDryRun'))
    .option('--json', t('program.agendaJson'))
    .addHelpText('after', examples('sekr agenda strategi-for-halsa --date 2026-09-11', 'sekr agenda styrgrupp-narvard --dry-run'))
    .action(lazy('agenda'));

  documentOptions(program.command('kallelse'))
    .description(t('program.kallelseDescription'))
    .argument('<meeting>', t('program.meetingOrFile'))
    .option('--ics', t('program.kallelseIcs'))
    .option('--sent [yyyy-mm-dd]', t('program.kallelseSent'))
    .option('-y, --yes', t('program.kallelseYes'))
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
    .description(t('program.attendanceDescription'))
    .argument('<meeting>', t('program.meetingOrFile'))
    .option('--all-present', t('program.attendanceAllPresent'))
    .option('--present <ids>', t('program.attendancePresent'))
    .option('--absent <ids>', t('program.attendanceAbsent'))
    .option('--substitute <ersättare:member[:§§]>', t('program.attendanceSubstitute'), repeat)
    .option('--arrived <id:§>', t('program.attendanceArrived'), repeat)
    .option('--left <id:§>', t('program.attendanceLeft'), repeat)
    .option('--guest <guest>', t('program.attendanceGuest'), repeat)
    .option('--chair <id>', t('program.attendanceChair'))
    .option('--adjuster <id>', t('program.attendanceAdjuster'))
    .option('--secretary <id>', t('program.attendanceSecretary'))
    .addHelpText(
      'after',
      examples(
        `sekr attendance strategi-for-halsa/2026-09-11            # ${t('program.attendanceExampleAsks')}`,
        'sekr attendance strategi-for-halsa/2026-09-11 --all-present --absent julia-eriksson --chair carolina-svensson',
        'sekr attendance styrgrupp-narvard/2026-03-27 --all-present --absent per-svensson --substitute lena-axelsson:per-svensson --adjuster tina-isaksson',
        'sekr attendance vard-och-omsorgsnamnden/2026-11-12 --left johan-lindqvist:101 --substitute peter-nyberg:johan-lindqvist:102- ' +
          '--substitute anna-karlsson:maria-ekstrom:101',
      ) + t('program.attendanceHelpAfter'),
    )
    .action(lazy('attendance'));

  program
    .command('record')
    .description(t('program.recordDescription'))
    .argument('<meeting>', t('program.meetingOrFile'))
    .addHelpText(
      'after',
      examples('sekr record strategi-for-halsa/2026-09-11', `EDITOR=nano sekr record styrgrupp-narvard/2026-03-27   # ${t('program.recordExampleEditor')}`) +
        t('program.recordHelpAfter'),
    )
    .action(lazy('record'));

  const item = program
    .command('item')
    .description(t('program.itemDescription'))
    .addHelpText(
      'after',
      examples(
        'sekr item add strategi-for-halsa/2026-09-11 --title "Övrigt" --decision "Noteras"',
        'sekr item set styrgrupp-narvard/2026-03-27 24 --notes-file notes.md',
      ),
    );
  const itemFlags = (c: Command) =>
    c
      .option('--title <text>', t('program.itemTitle'))
      .option('--presenter <id>', t('program.itemPresenter'))
      .option('--notes <markdown>', t('program.itemNotes'))
      .option('--notes-file <file>', t('program.itemNotesFile'))
      .option('--decision <text>', t('program.itemDecision'), repeat)
      .option('--action <who|what|date>', t('program.itemAction'), repeat)
      .option('--attachment <title>', t('program.itemAttachment'), repeat)
      .option('--carry [title]', t('program.itemCarry'))
      .option('--activity <id>', t('program.itemActivity'))
      .option('--status <status>', t('program.itemStatus'))
      .option('--comment <text>', t('program.itemComment'))
      .option('--case-number <dnr>', t('program.itemCaseNumber'))
      .option('--proposal <id|text>', t('program.itemProposal'), repeat)
      .option('--proposition <text>', t('program.itemProposition'))
      .option('--vote <id=choice,...>', t('program.itemVote'), repeat)
      .option('--vote-question <text>', t('program.itemVoteQuestion'), repeat)
      .option('--vote-proposition <text>', t('program.itemVoteProposition'), repeat)
      .option('--vote-yes <text>', t('program.itemVoteYes'), repeat)
      .option('--vote-no <text>', t('program.itemVoteNo'), repeat)
      .option('--casting-vote <ja|nej>', t('program.itemCastingVote'), repeat)
      .option('--lot <name>', t('program.itemLot'), repeat)
      .option('--deferred <kind>', t('program.itemDeferred'))
      .option('--disqualified <ids>', t('program.itemDisqualified'))
      .option('--reservation <id[|text[|attachment[|date]]]>', t('program.itemReservation'), repeat)
      .option('--remove-reservation <ids>', t('program.itemRemoveReservation'))
      .option('--protocol-note <id|text[|allowed]>', t('program.itemProtocolNote'), repeat)
      .option('--send-to <whom>', t('program.itemSendTo'), repeat)
      .option('--urgent', t('program.itemUrgent'))
      .option('--confidential <reason>', t('program.itemConfidential'))
      .option('--json', t('program.itemJson'));
  itemFlags(item.command('add'))
    .description(t('program.itemAddDescription'))
    .argument('<meeting>', t('program.meeting'))
    .option('--after <number>', t('program.itemAddAfter'))
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
    .description(t('program.itemSetDescription'))
    .argument('<meeting>', t('program.meeting'))
    .argument('<number>', t('program.itemSetNumber'))
    .addOption(new Option('--no-carry', t('program.itemSetNoCarry')))
    .addOption(new Option('--no-confidential', t('program.itemSetNoConfidential')))
    .addOption(new Option('--no-urgent', t('program.itemSetNoUrgent')))
    .addOption(new Option('--no-deferred', t('program.itemSetNoDeferred')))
    .option('--recorded', t('program.itemSetRecorded'))
    .addHelpText(
      'after',
      examples(
        'sekr item set strategi-for-halsa/2026-09-11 3.1 --status pågår --comment "Pilot i Borås"',
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
    .description(t('program.actionsDescription'))
    .option('-g, --group <id>', t('program.onlyGroup'))
    .option('-p, --person <who>', t('program.actionsPerson'))
    .option('--open', t('program.actionsOpen'))
    .option('--json', t('program.asJson'))
    .addHelpText(
      'after',
      examples(
        'sekr actions --open',
        'sekr actions --group styrgrupp-narvard --person nina',
        'sekr actions done 3f9a2c --comment "Klart"',
        'sekr actions --json',
      ) + t('program.actionsHelpAfter'),
    )
    .action(lazy('actions'));
  actions
    .command('done')
    .description(t('program.actionsDoneDescription'))
    .argument('<id>', t('program.actionsDoneId'))
    .option('--date <yyyy-mm-dd>', t('program.actionsDoneDate'))
    .option('--comment <text>', t('program.actionsDoneComment'))
    .option('--json', t('program.actionPointJson'))
    .addHelpText('after', examples('sekr actions done 3f9a2c', 'sekr actions done 3f9a2c --date 2026-10-01 --comment "Inbjudan skickad"'))
    .action(lazy('actions', 'runDone', 'doneOptions'));
  actions
    .command('reopen')
    .description(t('program.actionsReopenDescription'))
    .argument('<id>', t('program.actionsReopenId'))
    .option('--json', t('program.actionPointJson'))
    .addHelpText('after', examples('sekr actions reopen 3f9a2c'))
    .action(lazy('actions', 'runReopen', 'reopenOptions'));

  program
    .command('status')
    .description(t('program.statusDescription'))
    .option('-g, --group <id>', t('program.onlyGroup'))
    .option('--json', t('program.asJson'))
    .addHelpText('after', examples('sekr status', 'sekr status --group styrgrupp-narvard', 'sekr status --json'))
    .action(lazy('status'));

  documentOptions(program.command('send'))
    .description(t('program.sendDescription'))
    .argument('<meeting>', t('program.meeting'))
    .option('--date <yyyy-mm-dd>', t('program.sendDate'))
    .option('--allow-empty', t('program.sendAllowEmpty'))
    .option('-y, --yes', t('program.yesNoAsk'))
    .addHelpText(
      'after',
      examples('sekr send strategi-for-halsa/2026-09-11', 'sekr send styrgrupp-narvard/2026-03-27 --date 2026-03-30 --format docx --yes') +
        t('program.sendHelpAfter'),
    )
    .action(lazy('send'));

  program
    .command('adjust')
    .description(t('program.adjustDescription'))
    .argument('<meeting>', t('program.meeting'))
    .requiredOption('--date <yyyy-mm-dd>', t('program.adjustDate'))
    .option('--by <ids>', t('program.adjustBy'))
    .option('--paragraphs <list>', t('program.adjustParagraphs'))
    .option('-y, --yes', t('program.yesNoAsk'))
    .option('--json', t('program.whatWasDoneJson'))
    .addHelpText(
      'after',
      examples(
        'sekr adjust styrgrupp-narvard/2026-02-27 --date 2026-03-05',
        'sekr adjust styrgrupp-narvard/2026-02-27 --date 2026-03-05 --by tina-isaksson --yes',
        `sekr adjust vard-och-omsorgsnamnden/2026-11-12 --paragraphs 100 --date 2026-11-12      # ${t('program.adjustExampleAtOnce')}`,
      ) + t('program.adjustHelpAfter'),
    )
    .action(lazy('adjust', 'runAdjust'));

  program
    .command('approve')
    .description(t('program.approveDescription'))
    .argument('<meeting>', t('program.meeting'))
    .option('--date <yyyy-mm-dd>', t('program.approveDate'))
    .option('--early', t('program.approveEarly'))
    .option('-y, --yes', t('program.yesNoAsk'))
    .option('--json', t('program.whatWasDoneJson'))
    .addHelpText(
      'after',
      examples('sekr approve strategi-for-halsa/2026-09-11', 'sekr approve strategi-for-halsa/2026-09-11 --date 2026-09-25 --yes') +
        t('program.approveHelpAfter'),
    )
    .action(lazy('adjust', 'runApprove'));

  program
    .command('verify')
    .description(t('program.verifyDescription'))
    .option('--all-signed', t('program.verifyAllSigned'))
    .option('--json', t('program.asJson'))
    .addHelpText('after', examples('sekr verify', 'sekr verify --all-signed', 'sekr verify --json') + t('program.verifyHelpAfter'))
    .action(lazy('verify'));

  program
    .command('sign')
    .description(t('program.signDescription'))
    .argument('<meeting>', t('program.meeting'))
    .requiredOption('--as <id>', t('program.signAs'))
    .option('--date <yyyy-mm-dd>', t('program.signDate'))
    .option('--json', t('program.signJson'))
    .addHelpText(
      'after',
      examples('sekr sign styrgrupp-narvard/2026-02-27 --as tina-isaksson', 'sekr sign styrgrupp-narvard/2026-02-27 --as nina-landstrom --json') +
        t('program.signHelpAfter'),
    )
    .action(lazy('sign'));

  const keys = program.command('keys').description(t('program.keysDescription')).addHelpText('after', examples('sekr keys init --as anna-lena-hardtmann'));
  keys
    .command('init')
    .description(t('program.keysInitDescription'))
    .requiredOption('--as <id>', t('program.keysInitAs'))
    .option('--json', t('program.keysInitJson'))
    .addHelpText('after', examples('sekr keys init --as anna-lena-hardtmann') + t('program.keysInitHelpAfter'))
    .action(lazy('keys', 'runInit', 'initOptions'));

  // anslag, the word of the law and of the secretaries; notice, its first name, still works
  documentOptions(program.command('anslag'))
    .alias('notice')
    .description(t('program.anslagDescription'))
    .argument('<meeting>', t('program.meeting'))
    .option('--posted <yyyy-mm-dd>', t('program.anslagPosted'))
    .option('--paragraphs <list>', t('program.anslagParagraphs'))
    .addHelpText(
      'after',
      examples(
        'sekr anslag styrgrupp-narvard/2026-02-27',
        'sekr anslag styrgrupp-narvard/2026-02-27 --posted 2026-03-06 --format pdf',
        'sekr anslag vard-och-omsorgsnamnden/2026-11-12 --paragraphs 100',
      ),
    )
    .action(lazy('notice'));

  documentOptions(program.command('extract'))
    .description(t('program.extractDescription'))
    .argument('<meeting>', t('program.meeting'))
    .argument('<paragraphs>', t('program.extractParagraphs'))
    .option('--to <recipient>', t('program.extractTo'))
    .option('--send-list', t('program.extractSendList'))
    .option('--include-confidential', t('program.extractIncludeConfidential'))
    .addHelpText(
      'after',
      examples(
        'sekr extract vard-och-omsorgsnamnden/2026-11-12 100 --format docx,pdf',
        'sekr extract vard-och-omsorgsnamnden/2026-11-12 98,100 --to "Vårdsamverkan Skåne"',
        'sekr extract vard-och-omsorgsnamnden/2026-11-12 97,98,100,101 --send-list',
        'sekr extract vard-och-omsorgsnamnden/2026-11-12 102 --to "Förvaltningsrätten i Malmö" --include-confidential',
      ) + t('program.extractHelpAfter'),
    )
    .action(lazy('extract'));

  documentOptions(program.command('publish'), t('program.publishOut'))
    .description(t('program.publishDescription'))
    .argument('<meeting>', t('program.meeting'))
    .option('--sign <file.p12>', t('program.publishSign'))
    .addHelpText(
      'after',
      examples(
        'sekr publish styrgrupp-narvard/2026-02-27 --format md,docx,pdf',
        'sekr publish strategi-for-halsa/2026-05-22 --format md',
        'sekr publish styrgrupp-narvard/2026-02-27 --format md,pdf --sign ~/certifikat/narvard.p12',
      ),
    )
    .action(lazy('publish'));

  documentOptions(program.command('report'), t('program.reportOut'))
    .description(t('program.reportDescription'))
    .option('-y, --year <yyyy>', t('program.reportYear'))
    .option('-g, --group <id>', t('program.reportGroup'), repeat)
    .option('-j, --jobs <n>', t('program.reportJobs'))
    .option('--internal', t('program.reportInternal'))
    .addHelpText(
      'after',
      examples(
        'sekr report --year 2026',
        'sekr report --year 2026 --group strategi-for-halsa --format md,docx,pdf',
        'sekr report --year 2026 --jobs 1 --out /tmp/rapport',
        'sekr report --year 2026 --internal',
        `sekr report --year 2026 --group styrgrupp-narvard --format xlsx    # ${t('program.reportExampleXlsx')}`,
      ) + t('program.reportHelpAfter'),
    )
    .action(lazy('report'));

  program
    .command('schema')
    .description(t('program.schemaDescription'))
    .option('-o, --out <dir>', t('program.schemaOut'), 'schema')
    .option('--json', t('program.filesWrittenJson'))
    .addHelpText('after', examples('sekr schema --out schema/') + t('program.schemaHelpAfter'))
    .action(lazy('schema'));

  program
    .command('completion')
    .description(t('program.completionDescription'))
    .argument('<shell>', t('program.completionShell'))
    .addHelpText('after', examples('sekr completion bash > ~/.local/share/bash-completion/completions/sekr', 'source <(sekr completion zsh)'))
    .action(lazy('completion'));

  program
    .command('migrate')
    .description(t('program.migrateDescription'))
    .option('-y, --yes', t('program.migrateYes'))
    .option('--json', t('program.migrateJson'))
    .addHelpText('after', examples('sekr migrate', 'sekr migrate --yes') + t('program.migrateHelpAfter'))
    .action(lazy('migrate'));

  program
    .command('init')
    .description(t('program.initDescription'))
    .argument('<dir>', t('program.initDir'))
    .option('--name <name>', t('program.initName'))
    .option('--language <lang>', t('program.initLanguage'))
    .option('--group <name>', t('program.initGroup'))
    .option('--document <kind>', t('program.initDocument'))
    .option('--secretary <name>', t('program.initSecretary'))
    .option('--email <address>', t('program.initEmail'))
    .addHelpText(
      'after',
      examples(
        `sekr init ~/sekr-data                     # ${t('program.initExampleAsks')}`,
        'sekr init /tmp/org --name "Samverkan Skåne Nordost" --group "Politiskt samråd" --document protokoll --secretary "Lena Ek"',
        'sekr init ~/sekr-data && sekr --data ~/sekr-data validate',
      ) + t('program.initHelpAfter'),
    )
    .action(lazy('init'));

  const person = program
    .command('person')
    .description(t('program.personDescription'))
    .addHelpText(
      'after',
      examples(
        'sekr person add "Eva Bergkvist" --organisation "Hässleholms kommun" --party S',
        'sekr person set eva-bergkvist --email eva.bergkvist@hassleholm.se',
      ),
    );
  const personFields = (c: Command) =>
    c
      .option('--organisation <name>', t('program.personOrganisation'))
      .option('--function <title>', t('program.personFunction'))
      .option('--email <address>', t('program.personEmail'))
      .option('--phone <number>', t('program.personPhone'))
      .option('--party <party>', t('program.personParty'))
      .option('--json', t('program.whatWasDoneJson'));
  personFields(person.command('add'))
    .description(t('program.personAddDescription'))
    .argument('<name>', t('program.personAddName'))
    .option('--id <id>', t('program.personAddId'))
    .addHelpText(
      'after',
      examples(
        'sekr person add "Eva Bergkvist" --organisation "Hässleholms kommun" --party S',
        'sekr person add "Per Olsson" --id per-olsson-region --organisation Region Skåne',
      ),
    )
    .action(lazy('person', 'runAdd', 'addOptions'));
  personFields(person.command('set'))
    .description(t('program.personSetDescription'))
    .argument('<person>', t('program.personSetPerson'))
    .option('--name <name>', t('program.personSetName'))
    .addHelpText('after', examples('sekr person set eva-bergkvist --email eva.bergkvist@hassleholm.se', 'sekr person set eva-bergkvist --phone ""'))
    .action(lazy('person', 'runSet', 'setOptions'));
  person
    .command('remove')
    .description(t('program.personRemoveDescription'))
    .argument('<person>', t('program.personRemovePerson'))
    .option('--json', t('program.whatWasDoneJson'))
    .addHelpText('after', examples('sekr person remove eva-bergkvist'))
    .action(lazy('person', 'runRemove', 'removeOptions'));

  const member = program
    .command('member')
    .description(t('program.memberDescription'))
    .addHelpText('after', examples('sekr member add politiskt-samrad eva-bergkvist --role ordförande', 'sekr member remove politiskt-samrad eva-bergkvist'));
  member
    .command('add')
    .description(t('program.memberAddDescription'))
    .argument('<group>', t('program.groupId'))
    .argument('<person>', t('program.personIdOrName'))
    .option('--role <role>', t('program.memberAddRole'))
    .option('--for <member>', t('program.memberAddFor'))
    .option('--category <category>', t('program.memberAddCategory'))
    .option('--organisation <name>', t('program.memberAddOrganisation'))
    .option('--json', t('program.whatWasDoneJson'))
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
    .description(t('program.memberRemoveDescription'))
    .argument('<group>', t('program.groupId'))
    .argument('<person>', t('program.personIdOrName'))
    .option('--json', t('program.whatWasDoneJson'))
    .addHelpText('after', examples('sekr member remove politiskt-samrad eva-bergkvist'))
    .action(lazy('member', 'runRemove', 'removeOptions'));

  const group = program
    .command('group')
    .description(t('program.groupDescription'))
    .addHelpText('after', examples('sekr group add politiskt-samrad --name "Politiskt samråd" --document protokoll'));
  group
    .command('add')
    .description(t('program.groupAddDescription'))
    .argument('<id>', t('program.groupAddId'))
    .option('--name <name>', t('program.groupAddName'))
    .option('--document <kind>', t('program.groupAddDocument'))
    .option('--kind <kind>', t('program.groupAddKind'))
    .option('--parent <group>', t('program.groupAddParent'))
    .option('--chair <person>', t('program.groupAddChair'))
    .option('--vice-chair <person>', t('program.groupAddViceChair'))
    .option('--secretary <person>', t('program.groupAddSecretary'))
    .option('--adjuster <rule>', t('program.groupAddAdjuster'))
    .option('--substitutes', t('program.groupAddSubstitutes'))
    .option('--since-last', t('program.groupAddSinceLast'))
    .option('--time <range>', t('program.groupAddTime'))
    .option('--place <place>', t('program.groupAddPlace'))
    .option('--mode <mode>', t('program.groupAddMode'))
    .option('--json', t('program.whatWasDoneJson'))
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
    .description(t('program.importDescription'))
    .addHelpText('after', examples('sekr import members ledamoter.xlsx --group politiskt-samrad'));
  importing
    .command('members')
    .description(t('program.importMembersDescription'))
    .argument('<file>', t('program.importMembersFile'))
    .option('-g, --group <id>', t('program.importMembersGroup'))
    .option(
      '--map <field=Column>',
      t('program.importMembersMap', ['name', 'firstName', 'lastName', 'organisation', 'role', 'email', 'phone', 'party', 'for', 'category'].join(', ')),
      repeat,
    )
    .option('-y, --yes', t('program.importMembersYes'))
    .option('--json', t('program.importMembersJson'))
    .addHelpText(
      'after',
      examples(
        `sekr import members ledamoter.xlsx --group politiskt-samrad            # ${t('program.importMembersExampleTable')}`,
        'sekr import members ledamoter.xlsx --group politiskt-samrad --yes',
        'sekr import members lista.csv --group dps --map name=Ledamot,organisation=Kommun --yes',
      ) + t('program.importMembersHelpAfter'),
    )
    .action(lazy('import', 'runMembers', 'membersOptions'));

  program
    .command('indicator')
    .description(t('program.indicatorDescription'))
    .addHelpText('after', examples('sekr --data /tmp/org indicator set politiskt-samrad/2026 sip --unit hassleholm --value 12 --date 2026-06-30'))
    .command('set')
    .description(t('program.indicatorSetDescription'))
    .argument('<plan>', t('program.indicatorSetPlan'))
    .argument('<indicator>', t('program.indicatorSetIndicator'))
    .option('--value <value>', t('program.indicatorSetValue'))
    .option('--unit <unit>', t('program.indicatorSetUnit'))
    .option('--date <yyyy-mm-dd>', t('program.indicatorSetDate'))
    .option('--comment <text>', t('program.indicatorSetComment'))
    .option('--json', t('program.indicatorSetJson'))
    .addHelpText(
      'after',
      examples(
        'sekr --data /tmp/org indicator set politiskt-samrad/2026 sip --unit hassleholm --value 12 --date 2026-06-30',
        'sekr indicator set strategi-for-halsa/2026 antal-halsolotsar --value 3 --comment "Borås, Mark och Ulricehamn"',
      ),
    )
    .action(lazy('indicator', 'runSet', 'setOptions'));

  program
    .command('hooks')
    .description(t('program.hooksDescription'))
    .addHelpText('after', examples('sekr hooks install'))
    .command('install')
    .description(t('program.hooksInstallDescription'))
    .option('--force', t('program.hooksInstallForce'))
    .option('--json', t('program.whatWasDoneJson'))
    .addHelpText('after', examples('sekr hooks install', 'sekr --data ~/styrelsen/data hooks install'))
    .action(lazy('hooks', 'runInstall', 'installOptions'));

  const templates = program
    .command('templates')
    .description(t('program.templatesDescription'))
    .addHelpText('after', examples('sekr templates list', 'sekr templates eject protokoll'));
  templates
    .command('list')
    .description(t('program.templatesListDescription'))
    .option('--json', t('program.asJson'))
    .addHelpText('after', examples('sekr templates list', 'sekr templates list --json'))
    .action(lazy('templates-list'));
  templates
    .command('eject')
    .description(t('program.templatesEjectDescription'))
    .argument('<name>', t('program.templatesEjectName'))
    .option('--force', t('program.templatesEjectForce'))
    .addHelpText('after', examples('sekr templates eject protokoll', 'sekr templates eject partials/signatures'))
    .action(lazy('templates-eject'));

  return program;
}

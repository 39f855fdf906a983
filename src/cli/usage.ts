/**
 * commander's own words in sekr's language, through commander's hooks: the titles of the help,
 * its [options] and [command], the help and version options, the help command, and the usage
 * errors (an unknown option or command, a missing argument, ...), which read like sekr's own.
 * The English catalog gives commander's own English, word for word.
 */
import { Help, InvalidArgumentError, type Argument, type Command, type Option } from 'commander';
import { t, type MessageKey } from '../base/i18n.js';

const TITLES: Record<string, MessageKey> = {
  'Usage:': 'usage.titleUsage',
  'Options:': 'usage.titleOptions',
  'Commands:': 'usage.titleCommands',
  'Arguments:': 'usage.titleArguments',
  'Global Options:': 'usage.titleGlobalOptions',
};

/**
 * The words in <...> and [...] that stand for what the user writes (<möte>, <vem|vad|datum>): the program's are
 * English (completion reads them). A word the catalog does not know is typed as it is (ja, nej, allowed).
 */
const names = (text: string) => text.replace(/<[^>]+>|\[[^\]]+\]/g, (term) => term.replace(/\p{L}[\p{L}-]*/gu, (word) => t('usage.placeholder', word)));

/** The words of a usage line that are commander's, not the user's: [options] and [command]; and the names of the arguments. */
const placeholders = (usage: string) =>
  names(
    usage
      .split(' ')
      .map((word) => (word === '[options]' ? t('usage.optionsPlaceholder') : word === '[command]' ? t('usage.commandPlaceholder') : word))
      .join(' '),
  );

/**
 * Sets commander's words on the program, before its commands are added: each command takes
 * the help, output and error handling of the program it is added to.
 */
export function speakSekr(program: Command, version: string): Command {
  return program
    .version(version, '-V, --version', t('usage.versionOption'))
    .helpOption('-h, --help', t('usage.helpOption'))
    .helpCommand(`help ${t('usage.commandPlaceholder')}`, t('usage.helpCommand'))
    .configureHelp({
      styleTitle: (title) => (title in TITLES ? t(TITLES[title]!) : title),
      commandUsage(this: Help, cmd: Command) {
        return placeholders(Help.prototype.commandUsage.call(this, cmd));
      },
      subcommandTerm(this: Help, cmd: Command) {
        return placeholders(Help.prototype.subcommandTerm.call(this, cmd));
      },
      optionTerm: (option: Option) => names(option.flags),
      argumentTerm: (argument: Argument) => t('usage.placeholder', argument.name()),
      optionDescription(this: Help, option: Option) {
        // commander adds "(default: ...)" after the description the program gave
        const text = Help.prototype.optionDescription.call(this, option);
        const own = option.description.length;
        return text.slice(0, own) + text.slice(own).replace('(default: ', `(${t('usage.default')}: `);
      },
    })
    .configureOutput({ outputError: (message, write) => write(parserError(message)) })
    .showHelpAfterError(t('usage.addHelp'))
    .exitOverride();
}

/** The value of --lang: sv or en (also as a locale, en_GB, sv-SE). */
export function languageOption(value: string): string {
  if (!/^(sv|en)([-_.@].*)?$/i.test(value)) throw new InvalidArgumentError(t('usage.languageChoices'));
  return value;
}

/**
 * A usage error of commander's in sekr's words: commander writes its English message here
 * (and then throws the CommanderError main.ts turns into exit code 2); what it says is read
 * back from that English and said again from the catalog. A message not known stays as it is.
 */
function parserError(message: string): string {
  const [head = '', ...rest] = message.replace(/\n$/, '').split('\n');
  const said = parserErrorHead(head);
  if (said === undefined) return message;
  const suggestion = rest.join('\n').match(/^\(Did you mean (one of )?(.*)\?\)$/);
  const names = suggestion ? (suggestion[1] ? suggestion[2]!.split(', ') : [suggestion[2]!]) : [];
  return `${said}${names.length ? `\n${t('usage.didYouMean', names)}` : rest.length ? `\n${rest.join('\n')}` : ''}\n`;
}

function parserErrorHead(head: string): string | undefined {
  let m: RegExpMatchArray | null;
  if ((m = head.match(/^error: unknown option '(.*)'$/))) return t('usage.unknownOption', m[1]!);
  if ((m = head.match(/^error: unknown command '(.*)'$/))) return t('usage.unknownCommand', m[1]!);
  if ((m = head.match(/^error: missing required argument '(.*)'$/))) return t('usage.missingArgument', t('usage.placeholder', m[1]!));
  if ((m = head.match(/^error: option '(.*)' argument missing$/))) return t('usage.optionMissingValue', names(m[1]!));
  if ((m = head.match(/^error: required option '(.*)' not specified$/))) return t('usage.requiredOption', names(m[1]!));
  if ((m = head.match(/^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/))) {
    return t('usage.tooManyArguments', m[1], Number(m[2]), Number(m[3]));
  }
  if ((m = head.match(/^error: option '(.*)' argument '(.*)' is invalid\. (.*)$/))) return t('usage.invalidOptionValue', names(m[1]!), m[2]!, m[3]!);
  if ((m = head.match(/^error: command-argument value '(.*)' is invalid for argument '(.*)'\. (.*)$/))) {
    return t('usage.invalidArgumentValue', m[1]!, t('usage.placeholder', m[2]!), m[3]!);
  }
  return undefined;
}

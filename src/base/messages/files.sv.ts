/** Swedish: the messages of files (see ../i18n.ts). Keys are "<file>.<what>"; a message with parts to fill in is a function. */

/** The yaml library's errors, by their code, told in Swedish (the library speaks English only). */
const YAML_ERRORS: Record<string, string> = {
  ALIAS_PROPS: 'ett alias kan inte ha en tagg eller ett ankare',
  BAD_ALIAS: 'aliaset pekar inte på något ankare (&namn) ovanför',
  BAD_DIRECTIVE: 'okänt eller felaktigt direktiv (en rad som börjar med %)',
  BAD_DQ_ESCAPE: 'ogiltig escape-sekvens (\\) i text inom dubbla citattecken',
  BAD_INDENT: 'fel indrag',
  BAD_PROP_ORDER: 'ankare och tagg står i fel ordning',
  BAD_SCALAR_START: 'ett värde kan inte börja med det här tecknet utan citattecken',
  BLOCK_AS_IMPLICIT_KEY: 'ett värde över flera rader står där en nyckel väntas',
  BLOCK_IN_FLOW: 'ett värde över flera rader kan inte stå inom [ ] eller { }',
  DUPLICATE_KEY: 'nyckeln finns redan i den här mappningen',
  IMPOSSIBLE: 'YAML-tolken kom inte vidare här',
  KEY_OVER_1024_CHARS: 'en nyckel utan citattecken får vara högst 1024 tecken',
  MISSING_CHAR: 'ett tecken saknas här: ett kolon, ett kommatecken, ett avslutande citattecken eller en avslutande parentes',
  MULTILINE_IMPLICIT_KEY: 'en nyckel kan inte gå över flera rader',
  MULTIPLE_ANCHORS: 'ett värde kan bara ha ett ankare',
  MULTIPLE_DOCS: 'filen innehåller flera YAML-dokument (---); en datafil har ett',
  MULTIPLE_TAGS: 'ett värde kan bara ha en tagg',
  NON_STRING_KEY: 'en nyckel måste vara text',
  RESOURCE_EXHAUSTION: 'för många alias att expandera',
  TAB_AS_INDENT: 'tabbtecken som indrag',
  TAG_RESOLVE_FAILED: 'taggen kan inte tolkas',
  UNEXPECTED_TOKEN: 'oväntat tecken här',
  BAD_COLLECTION_TYPE: 'fel slags samling för taggen',
};

/** What zod said of a value, for telling it in Swedish (zod's own messages are English). */
export interface ZodIssueFacts {
  code: string;
  /** zod's English message. */
  message: string;
  expected?: string;
  values: string[];
  origin?: string;
  limit?: string;
  exact: boolean;
  inclusive: boolean;
  format?: string;
  pattern?: string;
  divisor?: number;
}

const TYPES: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  int: 'ett heltal',
  bigint: 'ett heltal',
  boolean: 'true eller false',
  array: 'en lista',
  object: 'en mappning',
  record: 'en mappning',
  map: 'en mappning',
  date: 'ett datum',
  null: 'ingenting (null)',
  undefined: 'ingenting',
  nan: 'NaN',
};
const typeName = (type: string) => TYPES[type] ?? type;

const FORMATS: Record<string, string> = {
  email: 'en e-postadress',
  url: 'en webbadress',
  date: 'ett datum (åååå-mm-dd)',
  time: 'en tid',
  datetime: 'en tidpunkt',
};

/** A size limit: "minst 1 tecken", "högst 3 poster", "större än 0". */
function limitText(f: ZodIssueFacts, least: boolean): string {
  const units: Record<string, string> = { string: 'tecken', array: 'poster', set: 'poster', map: 'poster', file: 'byte' };
  const unit = f.origin ? units[f.origin] : undefined;
  const word = f.exact ? 'exakt' : f.inclusive ? (least ? 'minst' : 'högst') : least ? 'större än' : 'mindre än';
  if (unit) return `${f.origin === 'string' ? 'texten' : 'listan'} ska ha ${word} ${f.limit ?? ''} ${f.limit === '1' && unit === 'poster' ? 'post' : unit}`;
  return `värdet ska vara ${word} ${f.limit ?? ''}`;
}

function zodIssue(f: ZodIssueFacts): string {
  switch (f.code) {
    case 'invalid_type':
      return `väntade ${typeName(f.expected ?? '')}`;
    case 'invalid_value':
      return f.values.length === 1 ? `väntade ${f.values[0]}` : `väntade ett av ${f.values.join(', ')}`;
    case 'too_small':
      return limitText(f, true);
    case 'too_big':
      return limitText(f, false);
    case 'invalid_format':
      if (f.format === 'regex') return `följer inte mönstret ${f.pattern ?? ''}`;
      return `väntade ${(f.format && FORMATS[f.format]) ?? `formatet ${f.format ?? ''}`}`;
    case 'not_multiple_of':
      return `ska vara en multipel av ${f.divisor ?? ''}`;
    case 'invalid_key':
      return 'ogiltig nyckel';
    case 'invalid_element':
      return 'ogiltigt värde i listan';
    default:
      return 'ogiltigt värde';
  }
}

export const files = {
  'atomic.standsWhereFolderNeeded': (kind: string, path: string) => `${kind} ligger där en mapp behövs (${path})`,
  'atomic.foldersCannotBeMade': (folder: string) => `det går inte att skapa mappar i ${folder}`,
  'atomic.standsThere': (kind: string) => `${kind} ligger där`,
  'atomic.kindFolder': 'en mapp',
  'atomic.kindFifo': 'en namngiven rörledning (FIFO)',
  'atomic.kindSocket': 'en socket',
  'atomic.kindDevice': 'en enhet',
  'atomic.kindLink': 'en länk',
  'atomic.kindFile': 'en fil',
  'atomic.noSuchFile': (file: string) => `kan inte läsa ${file}: filen finns inte`,
  'atomic.noSuchFileHint': 'kontrollera sökvägen',
  'atomic.notAFile': (file: string, kind: string) => `kan inte läsa ${file}: där ligger ${kind}, inte en fil`,
  'atomic.cannotRead': (file: string, reason: string) => `kan inte läsa ${file}: ${reason}`,
  'atomic.permissionDenied': 'åtkomst nekas',
  'atomic.checkPermissions': (file: string) => `kontrollera behörigheterna (ls -l ${file})`,
  'atomic.checkTheFile': 'kontrollera filen',
  'atomic.readOnly': (file: string) => `kan inte skriva ${file}: filen är skrivskyddad`,
  'atomic.readOnlyHint': (file: string) => `sekr ersätter inte en skrivskyddad fil; gör den skrivbar (chmod u+w ${file}) om den ska ändras`,
  'atomic.diskFull': 'disken är full',
  'atomic.readOnlyFileSystem': 'filsystemet är skrivskyddat',
  'atomic.fileWhereFolderNeeded': 'en fil ligger där en mapp behövs',
  'atomic.specialFileSystem': (reason: string) => `${reason} (ett särskilt filsystem, som /proc eller /sys)`,
  'atomic.notAFileReason': (reason: string) => `${reason}, inte en fil`,
  'atomic.quotaUsedUp': 'diskkvoten är slut',
  'atomic.folderWhereFileShouldBe': 'en mapp ligger där filen ska vara',
  'atomic.cannotWrite': (file: string, reason: string) => `kan inte skriva ${file}: ${reason}`,
  'atomic.freeSpace': 'frigör utrymme och kör kommandot igen',
  'atomic.chooseAnotherFolder': 'välj en annan mapp med --out, eller kontrollera dess behörigheter',
  'shapes.permissionDenied': (file: string) => `kan inte läsa ${file}: åtkomst nekas`,
  'shapes.permissionDeniedHint': (file: string) => `kontrollera behörigheterna för ${file} och mapparna ovanför`,
  'shapes.linkHint': 'ta bort länken, eller peka den mot den fil eller mapp som avses',
  'shapes.linkLoop': (file: string) => `${file} är en länk som går runt i en slinga`,
  'shapes.linkToNothing': (file: string) => `${file} är en länk till ingenting (dess mål finns inte längre)`,
  'shapes.wrongKind': (file: string, kind: string, what: string) => `${file} är ${kind}, där ${what} ska vara`,
  'shapes.moveFolderAway': 'flytta mappen, eller ge den ett annat namn',
  'shapes.replaceWithFile': 'ersätt den med en fil, eller flytta den',
  'shapes.moveItAway': 'flytta den, eller ge den ett annat namn',
  'lock.cannotMake': (lock: string, reason: string) => `kan inte skapa låset ${lock}: ${reason}`,
  'lock.folderReadOnly': 'mappen är skrivskyddad för dig',
  'lock.cannotMakeHint': (folder: string) => `sekr låser ett möte bredvid dess fil medan det ändras: gör ${folder} skrivbar`,
  'lock.holder': (command: string, pid: number, host: string | undefined, since: string) =>
    `\`${command}\` (process ${pid}${host !== undefined ? ` på ${host}` : ''}, sedan ${since})`,
  'lock.holderTakingIt': 'en annan sekr, som tar sitt lås just nu',
  'lock.beingChanged': (file: string, who: string) => `${file} ändras just nu av ${who}`,
  'lock.beingChangedHint': (lock: string) => `avsluta den sessionen först; om den är borta för gott, ta bort ${lock}`,
  'yaml-file.noSuchFileHint': 'kontrollera sökvägen, eller mappen i --data',
  'yaml-file.tooLarge': (size: string, limit: number) => `filen är ${size.replace('.', ',')} MB; en datafil får vara högst ${limit} MB`,
  'yaml-file.tooLargeHint': 'dela upp den, eller kontrollera att det är rätt fil',
  'yaml-file.notUtf8': 'filen är inte giltig UTF-8-text',
  'yaml-file.notUtf8Hint': 'spara den som UTF-8 i din textredigerare',
  'yaml-file.empty': 'filen är tom',
  'yaml-file.emptyHint': 'fyll i den, eller ta bort den',
  'yaml-file.mergeConflict': (file: string) => `${file} innehåller en sammanslagningskonflikt som git lämnat kvar`,
  'yaml-file.notYaml': (file: string) => `${file} är inte giltig YAML`,
  'yaml-file.tooManyAliases': (reason: string, limit: number) => `för många alias: ${reason} (gränsen är ${limit})`,
  'yaml-file.tooManyAliasesHint': 'skriv ut värdena i stället för att upprepa alias',
  'yaml-file.conflictMarkers': (lines: number[]) =>
    `sammanslagningskonflikt: gits markeringar på ${lines.length === 1 ? 'rad' : 'raderna'} ${lines.join(', ')}`,
  'yaml-file.conflictMarkersHint': 'behåll rätt version mellan <<<<<<< och >>>>>>>, ta bort markeringsraderna och kör sedan git add på filen',
  'yaml-file.removeMarkers': 'ta bort markeringsraderna',
  'yaml-file.yamlError': (code: string, message: string) => `YAML: ${YAML_ERRORS[code] ?? message}`,
  'yaml-file.tabsHint': 'dra in med mellanslag, inte tabbar',
  'yaml-file.duplicateKeyHint': 'en nyckel får bara finnas en gång i en mappning: ta bort eller byt namn på den ena',
  'yaml-file.indentationHint': 'kontrollera indraget och skiljetecknen på den här raden och raden ovanför',
  'yaml-file.blockAsKeyHint': 'ett värde som går över flera rader behöver en nyckel och ett kolon ovanför',
  'yaml-file.quoteHint': 'sätt värdet inom citattecken om det innehåller ":" eller börjar med ett specialtecken',
  'schema-problems.theFile': 'filen',
  'schema-problems.fieldsHere': (known: string[]) => `fälten här är: ${known.join(', ')}`,
  'schema-problems.removeIt': 'ta bort det',
  'schema-problems.unknownField': (key: string, others: string[], where: string | undefined) =>
    `okänt fält '${key}'${others.length ? ` (och ${others.map((k) => `'${k}'`).join(', ')})` : ''}${where !== undefined ? ` i ${where}` : ''}`,
  'schema-problems.missingField': (field: string, where: string | undefined) => `fältet '${field}' saknas${where !== undefined ? ` i ${where}` : ''}`,
  'schema-problems.addField': (field: string, message: string, expected: string | undefined) =>
    `lägg till ${field}: (${expected !== undefined ? typeName(expected) : message.replace(/^(förväntade|väntade|expected) /, '')})`,
  'schema-problems.issue': (where: string, what: string, got: string | undefined) => `${where}: ${what}${got !== undefined ? `, fick ${got}` : ''}`,
  'schema-problems.zodIssue': (facts: ZodIssueFacts) => zodIssue(facts),
  'schema-problems.putInQuotes': 'sätt värdet inom citattecken',
  'schema-problems.fillInOrRemove': 'fyll i det, eller ta bort fältet',
  'schema-problems.null': 'ingenting (null)',
  'schema-problems.aList': 'en lista',
  'schema-problems.aMapping': 'en mappning',
  'folder.theDataFolder': 'datamappen',
  'folder.registryFile': 'registry.yaml, en fil,',
  'folder.noDataFolder': (from: string) => `ingen datamapp i ${from} eller någon mapp ovanför`,
  'folder.noRegistry': (dir: string) => `ingen registry.yaml i ${dir}`,
  'folder.noDataFolderHint':
    'kör sekr i eller under mappen som har registry.yaml (eller data/registry.yaml), ange --data MAPP eller sätt SEKR_DATA; ' + '`sekr init MAPP` skapar en ny',
  'folder.registryProblems': (n: number) => `registret har ${n} problem`,
  'folder.newerFormat': (format: number, known: number) =>
    `datamappen har format ${format} och är skriven av en nyare sekr; den här läser format upp till ${known}`,
  'folder.newerFormatHint': 'uppdatera sekr (npm install -g från en nyare utcheckning), som den som skrev mappen gjorde',
  'folder.noGroup': (id: string) => `ingen grupp '${id}'`,
  'folder.noGroupHint': 'se `sekr groups` för gruppernas id',
  'folder.groupFolder': 'en grupps mapp',
  'folder.planProblems': (file: string) => `verksamhetsplanen ${file} har problem`,
  'folder.notADate': (ref: string, date: string) => `inget möte ${ref}: ${date} är inget datum`,
  'folder.notADateHint': 'ange mötet som grupp/åååå-mm-dd, med en dag som finns i månaden',
  'folder.meetingsOf': (group: string, near: string, all: number) => `möten i ${group}: ${near}${all > 3 ? ` (alla: ${all})` : ''}`,
  'folder.checkGroupId': 'kontrollera gruppens id med `sekr groups`',
  'folder.noMeeting': (ref: string, file: string) => `inget möte ${ref}: ${file} finns inte`,
  'folder.meetingFileName': (ref: string) => `en mötesfil heter åååå-mm-dd.yaml: ${ref}`,
  'folder.notAMeeting': (ref: string) => `inget möte: '${ref}'`,
  'folder.notAMeetingHint': 'ange ett möte som grupp/åååå-mm-dd (t.ex. styrgrupp-narvard/2026-02-27) eller sökvägen till dess fil',
  'templates.linkLoop': 'en länk som går runt i en slinga',
  'templates.linkToNothing': 'en länk till ingenting (dess mål finns inte längre)',
  'templates.cannotBeRead': (reason: string) => `kan inte läsas: ${reason}`,
  'templates.linkHint': 'ta bort länken, eller peka den mot en mallfil',
  'templates.fileWhereFolder': 'en fil ligger där mappen med mallar ska vara',
  'templates.fileWhereFolderHint': 'templates/ innehåller dina egna mallar (*.md.hbs): flytta filen',
  'templates.linkOutside': (target: string) => `en länk som leder ut ur datamappen (till ${target}): sekr läser ingen mall därifrån`,
  'templates.linkOutsideHint': 'kopiera mallen till mallmappen i stället för att länka till den',
  'templates.notAFile': 'inte en fil (en mall är en textfil)',
  'templates.notAFileHint': 'flytta den ut ur mallmappen',
  'templates.tooLarge': (kb: number, limit: number) => `mallen är ${kb} kB; en mall får vara högst ${limit} kB`,
  'templates.tooLargeHint': 'kontrollera att det är rätt fil: en mall för ett dokument är några kB',
  'templates.cannotReadFolder': (dir: string, reason: string) => `kan inte läsa mappen ${dir}: ${reason}`,
  'templates.checkPermissions': 'kontrollera behörigheterna',
  'templates.checkFolder': 'kontrollera mappen',
  'templates.notAName': (name: string) => `inte ett mallnamn: '${name}'`,
  'templates.notANameHint': 'namnen är som protokoll eller partials/signatures; se `sekr templates list`',
  'templates.noTemplate': (name: string) => `ingen mall '${name}'`,
  'templates.theTemplatesAre': (names: string[]) => `mallarna är: ${names.join(', ')}`,
  'templates.cannotReadTemplate': (file: string, reason: string) => `kan inte läsa mallen ${file}: ${reason}`,
  'meeting-file.existsAlready': (file: string) => `${file} finns redan`,
  'meeting-file.existsAlreadyHint': 'sekr skriver aldrig över en mötesfil som den inte har läst',
  'meeting-file.notValid': (file: string) => `${file} är inte en giltig mötesfil`,
  'meeting-file.runValidate': 'kör sekr validate',
  'meeting-file.changeInvalid': (file: string, problem: string) => `ändringen skulle göra ${file} ogiltig: ${problem}`,
  'meeting-file.nothingWritten': 'ingenting skrevs',
  'meeting-file.changeLeavesProblems': (file: string) => `ändringen skulle lämna ${file} med problem; ingenting skrevs`,
  'actions-file.notValid': (file: string) => `${file} är inte en giltig fil för uppföljning av åtgärdspunkter`,
  'actions-file.changeInvalid': (file: string) => `ändringen skulle göra ${file} ogiltig`,
  'actions-file.followUpProblems': 'uppföljningen av åtgärdspunkter (data/actions/) har problem',
  'actions-file.header':
    ' Åtgärdspunkter som följts upp med `sekr actions done` och `sekr actions reopen`.\n' +
    ' Mötena som beslutade dem står kvar som de protokollfördes och förseglades.',
  'registry-file.noMap': (path: string) => `ändring av registret: ingen mappning vid ${path}`,
  'registry-file.noEntry': (path: string) => `ändring av registret: ingen post vid ${path}`,
  'registry-file.fixFirst': 'kör sekr validate och rätta det den säger först',
  'year.earlierMeetingProblems': (file: string) => `kan inte numrera paragraferna: det tidigare mötet ${file} har problem`,
  'year.earlierMeetingHint': 'kör sekr validate, och rätta det den säger om den filen',
  'agenda-titles.hasProblems': (file: string) => `${file} har problem`,
  'errors.problemsInData': (n: number) => `${n} problem i data`,
  'suggest.didYouMean': (near: string[]) => `menade du ${near.map((n) => `'${n}'`).join(' eller ')}?`,
  'package.noPackageJson': (from: string) => `sekr: hittar inte sin egen package.json ovanför ${from}`,
};

/** Swedish: the messages of registry (see ../i18n.ts). Keys are "<file>.<what>"; a message with parts to fill in is a function. */
import { statusAfterIs } from './status.sv.js';

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);
/** A name in the genitive, as Swedish writes it: Evas, but Jonas and Max stay as they are. */
const genitive = (name: string) => (/[sxz]$/i.test(name) ? name : `${name}s`);

export const registry = {
  // commands/person.ts
  'person.notEmail': (value: string) => `--email '${value}' är ingen e-postadress`,
  'person.notEmailHint': 't.ex. --email eva.bergkvist@hassleholm.se',
  'person.nameEmpty': 'namnet är tomt',
  'person.nameEmptyHint': 't.ex. sekr person add "Eva Bergkvist" --organisation "Hässleholms kommun"',
  'person.already': (who: string, id: string) => `${who} finns redan i registret, som ${id}`,
  'person.alreadyHint': (id: string) => `ändra uppgifterna med sekr person set ${id} ...; för en annan person med samma namn, ange --id`,
  'person.notId': (id: string) => `--id '${id}' är inget id`,
  'person.idHint': 'små bokstäver a–z, siffror och bindestreck, t.ex. eva-bergkvist',
  'person.idTaken': (id: string, who: string) => `id:t ${id} används redan av ${who}`,
  'person.chooseAnotherId': 'välj ett annat --id',
  'person.cannotMakeId': (name: string) => `kan inte göra ett id av namnet '${name}'`,
  'person.giveId': 'ange ett med --id',
  'person.note': 'obs',
  'person.newId': (base: string, who: string, id: string) => `${base} används redan av ${who}: den nya personen får ${id}`,
  'person.added': 'lade till',
  'person.addedLine': (who: string, id: string) => `${who} som ${id}`,
  'person.nameFlagEmpty': '--name är tomt',
  'person.keepsName': 'en person måste ha ett namn; ange det nya',
  'person.nothingToChange': (id: string) => `inget att ändra för ${id}`,
  'person.nothingToChangeHint': 'ange de fält som ska ändras, t.ex. --email eller --party (se --help)',
  'person.changed': 'ändrade',
  'person.changedLine': (id: string, key: string, value: string | undefined) => `${id} ${key}: ${value === undefined ? 'borttaget' : value}`,
  'person.was': (was: string) => ` (var ${was})`,
  'person.idStays': (id: string) => `id:t är fortfarande ${id}: mötena anger personen med det`,
  'person.noPerson': (named: string) => `ingen person '${named}' i registret`,
  'person.seeMembers': 'se sekr members GRUPP för id:na',
  'person.namedBy': (name: string, id: string, meetings: string[]) =>
    `${name} (${id}) finns med i ${meetings.length} ${s(meetings.length, 'möte', 'möten')}: ${meetings.join(', ')}`,
  'person.namedByHint': (id: string) => `mötena är handlingar och behåller sina personer; ta i stället bort ${id} ur grupperna: sekr member remove GRUPP ${id}`,
  'person.left': (name: string, group: string) => `${name} lämnade ${group}`,
  'person.removed': 'tog bort',

  // commands/group.ts
  'group.noKind': (given: string) => `--kind: ingen grupptyp '${given}'`,
  'group.kindsAre': (kinds: string) => `grupptyperna under groupKinds: i registry.yaml är ${kinds}`,
  'group.whichKind': 'vilken typ av grupp är det?',
  'group.giveKind': (kinds: string) => `ange --kind, en av ${kinds}`,
  'group.whatDocument': 'skriver gruppen protokoll eller mötesanteckningar från sina möten?',
  'group.notDocument': (text: string) => `--document: '${text}' är varken protokoll eller mötesanteckning`,
  'group.documentHint':
    'ange --document protokoll (paragrafer, justeras och undertecknas) eller --document mötesanteckning (numrerade punkter, inga underskrifter)',
  'group.notId': (id: string) => `'${id}' är inget id`,
  'group.idHint': 'små bokstäver a–z, siffror och bindestreck, t.ex. politiskt-samrad',
  'group.exists': (id: string, name: string) => `det finns redan en grupp ${id}: ${name}`,
  'group.chooseAnotherId': 'välj ett annat id',
  'group.needsName': 'en grupp behöver ett namn',
  'group.needsNameHint': 't.ex. --name "Politiskt samråd"',
  'group.noParent': (parent: string) => `--parent: ingen grupp '${parent}'`,
  'group.seeGroups': 'se sekr groups',
  'group.notTime': (time: string) => `--time '${time}' är ingen tid från–till`,
  'group.timeHint': 't.ex. --time 10:00-12:00',
  'group.notMode': (mode: string) => `--mode '${mode}' är ingen mötesform`,
  'group.modeHint': 'digital eller fysiskt',
  'group.added': 'lade till',
  'group.addedLine': (name: string, id: string, kind: string, document: string, parent: string | undefined) =>
    `${name} (${id})${kind === name ? '' : `, av typen ${kind}`}, som för ${document}${parent ? `, under ${parent}` : ''}`,
  'group.next': (id: string) => `nästa steg: sekr member add ${id} PERSON --role ordförande, eller sekr import members FIL.xlsx --group ${id}`,

  // commands/member.ts
  'member.notRole': (word: string) => `--role: '${word}' är ingen roll`,
  'member.roleIs': (help: string) => `en roll är ${help}`,
  'member.notCategory': (category: string) => `--category: '${category}' är ingen kategori i registret`,
  'member.categoriesAre': (categories: string) => `kategorierna är ${categories}`,
  'member.added': 'lade till',
  'member.changed': 'ändrade',
  'member.addedLine': (name: string, id: string, group: string, what: string, standsInFor: string | undefined) =>
    `${name} (${id}) i ${group}: ${what}${standsInFor ? ` för ${standsInFor}` : ''}`,
  'member.removed': 'tog bort',
  'member.removedLine': (name: string, id: string, group: string) => `${name} (${id}) ur ${group}`,

  // commands/members.ts, commands/groups.ts
  'members.count': (n: number) => `${n} ${s(n, 'medlem', 'medlemmar')}`,
  'members.idsHint': (example: string) => `Id:na (andra kolumnen) är det som andra kommandon använder, t.ex. sekr attendance MÖTE --absent ${example}`,
  'groups.members': (n: number) => `${n} ${s(n, 'medlem', 'medlemmar')}`,

  // commands/members-file.ts
  'members-file.notFormat': (format: string) => `--format '${format}' är inget kalkylbladsformat`,
  'members-file.formatHint': 'xlsx eller csv',
  'members-file.wrote': 'skrev',
  'members-file.wroteLine': (file: string, n: number, group: string) => `${file}: ${n} ${s(n, 'medlem', 'medlemmar')} i ${group}`,

  // commands/import.ts
  'import.badMap': (part: string) => `--map: '${part}' är inte fält=Kolumn`,
  'import.mapHint': 't.ex. --map name=Namn,organisation=Kommun,party=Parti',
  'import.whichGroup': 'vilken grupp är de medlemmar i?',
  'import.whichGroupHint': 'lägg till --group GRUPP, t.ex. --group politiskt-samrad',
  'import.noRows': (file: string) => `${file} har inga rader under rubrikerna`,
  'import.noRowsHint': 'första raden har rubrikerna, sedan en rad per person',
  'import.columns': (used: string) => `  kolumner: ${used}`,
  'import.headRow': 'rad',
  'import.headName': 'namn',
  'import.headId': 'id',
  'import.headOrganisation': 'organisation',
  'import.headParty': 'parti',
  'import.headRole': 'roll',
  'import.headFor': 'ersättare för',
  'import.headOutcome': 'vad som händer',
  'import.note': 'obs',
  'import.clash': (line: number, wanted: string, name: string, given: string) => `rad ${line}: id:t ${wanted} används redan, så ${name} får ${given}`,
  'import.notInList': (group: string, ids: string) => `inte med i listan, kvar som medlemmar i ${group}: ${ids}`,
  'import.summary': (rows: number, people: number, updated: number) =>
    `${rows} ${s(rows, 'rad', 'rader')}: ${people} ${s(people, 'ny person', 'nya personer')}, ${updated} ${s(updated, 'uppdaterad', 'uppdaterade')}`,
  'import.imported': 'importerade',
  'import.written': (summary: string) => `${summary}; registry.yaml är skriven`,
  'import.dryRun': (summary: string) => `provkörning, inget skrevs (${summary}); kör igen med --yes för att skriva registry.yaml`,

  // commands/indicator.ts
  'indicator.noPlan': (ref: string, path: string) => `ingen plan ${ref}: ${path} finns inte`,
  'indicator.noPlanHint': 'ange en plan som grupp/åååå (året den börjar), t.ex. strategi-for-halsa/2026',
  'indicator.planFileName': (ref: string) => `en planfil heter åååå.yaml: ${ref}`,
  'indicator.whatResult': 'vilket är resultatet?',
  'indicator.whatResultHint': 'ange det med --value, t.ex. --value 12',
  'indicator.planProblems': (file: string) => `planen ${file} har fel; kör sekr validate`,
  'indicator.noIndicator': (ref: string, file: string) => `ingen indikator '${ref}' i ${file}`,
  'indicator.itsIndicators': (ids: string) => `planens indikatorer: ${ids}`,
  'indicator.noIndicators': 'planen har inga indikatorer: lägg till dem under indicators:',
  'indicator.perUnit': (id: string) => `${id} följs upp per enhet: vilken enhet?`,
  'indicator.addUnit': (units: string) => `lägg till --unit, en av ${units}`,
  'indicator.notPerUnit': (id: string) => `${id} följs inte upp per enhet`,
  'indicator.notPerUnitHint': 'ta bort --unit, eller sätt perUnit: true på indikatorn i planen',
  'indicator.noUnit': (unit: string) => `--unit: ingen enhet '${unit}' i planen`,
  'indicator.planUnits': (units: string) => `planens enheter: ${units || 'inga (lägg till units:)'}`,
  'indicator.wouldLeave': (file: string) => `ändringen skulle ge fel i ${file}; inget skrevs`,
  'indicator.recorded': 'registrerade',
  'indicator.replaced': 'ersatte',
  'indicator.resultLine': (id: string, unit: string | undefined, value: string, date: string) => `${id}${unit ? ` för ${unit}` : ''}: ${value} den ${date}`,
  'indicator.itWas': (value: string) => `tidigare ${value}`,

  // commands/init.ts
  'init.notEmpty': (dir: string) => `${dir} finns redan och är inte tom`,
  'init.notEmptyHint': 'ange en ny mapp; sekr init skriver aldrig över befintliga filer',
  'init.badLanguage': (language: string) => `--language '${language}' är varken sv eller en`,
  'init.badDocument': (document: string) => `--document '${document}' är varken protokoll eller mötesanteckning`,
  'init.noTerminal': (flags: string) => `ingen terminal att fråga i: ${flags} används som standardval`,
  'init.notEmail': (email: string) => `'${email}' är ingen e-postadress`,
  'init.created': 'skapade',
  'init.englishTemplates':
    'obs: de medföljande mallarna skriver dokumenten på svenska; för dokument på engelska, kopiera ut varje mall med ' +
    '`sekr templates eject NAMN`, översätt den och sätt language: en-GB överst i den',
  'init.createdLine': (dir: string, name: string, group: string, secretary: string) =>
    `${dir} för ${name}: registry.yaml (grupp ${group}, sekreterare ${secretary}), meetings/, templates/`,
  'init.next': (dir: string) =>
    `nästa steg: sekr --data ${dir} person add "Namn" --organisation "..."; sedan member add, eller import members (README: "A new organisation")`,
  // commands/init.ts: the comments and READMEs of a new data folder
  'init.fileHeader': (name: string) => `# Registret för ${name}. \`sekr validate\` anger fil:rad:kolumn för
# allt som är fel, och hur du rättar det. \`sekr person add\`, \`sekr group add\`,
# \`sekr member add\` och \`sekr import members\` ändrar det åt dig och behåller kommentarerna.`,
  'init.fileMunicipalities': '# Medlemskommunerna, med den folkmängd som fördelningen av kostnaderna räknar med.',
  'init.fileGroupKinds': '# Organisationens typer av grupper: lägg till, byt namn eller ta bort fritt.',
  'init.fileCategories': '# Kategorier för antalet deltagare i en årsplan.',
  'init.fileDocument': '# protokoll eller mötesanteckning',
  'init.fileAdjuster': '# eller viceChair, eller { standing: person-id }',
  'init.fileGitignore': '# sekr: ett mötes lås medan det ändras, filer som håller på att skrivas, och dokumenten (som skapas ur data)',
  'init.fileMeetingsReadme': `Här ligger mötesfilerna, en mapp per grupp och en fil per möte:

    meetings/<grupp-id>/<åååå-mm-dd>.yaml

Se README för sekr för fälten i ett möte.
`,
  'init.fileTemplatesReadme': `Mallar här ersätter de medföljande mallarna med samma namn.
\`sekr templates list\` visar vilka som används; \`sekr templates eject protokoll\`
kopierar en hit som du kan ändra.
`,
  // prompts/init.ts
  'init.askName': 'Organisationens namn:',
  'init.askLanguage': 'Handlingarnas språk:',
  'init.askGroup': 'Den första gruppen (t.ex. Styrgrupp):',
  'init.askDocument': (group: string) => `Skriver ${group} protokoll eller mötesanteckningar?`,
  'init.choiceProtokoll': 'protokoll (paragrafer, justeras och undertecknas)',
  'init.choiceNotes': 'mötesanteckning (numrerade punkter, inga underskrifter)',
  'init.askSecretary': 'Sekreterarens namn:',
  'init.askEmail': 'Sekreterarens e-postadress (frivilligt):',

  // commands/hooks.ts
  'hooks.noGit': 'git är inte installerat',
  'hooks.notRepo': (dir: string) => `${dir} ligger inte i ett git-arkiv`,
  'hooks.installGit': 'installera git först',
  'hooks.makeRepo': (dir: string) => `gör den till ett: git -C ${dir} init (README, "Working together", visar resten)`,
  'hooks.notOurs': (hook: string) => `${hook} finns redan och är inte sekrs`,
  'hooks.notOursHint': 'lägg in de två sekr-raderna i den för hand, eller ersätt den med --force',
  'hooks.stoppedValidate': 'sekr: incheckningen stoppades: rätta det som sekr validate säger',
  'hooks.stoppedVerify': 'sekr: incheckningen stoppades: ett låst möte har ändrats (sekr verify)',
  'hooks.installed': 'installerade',
  'hooks.installedLine': (hook: string, data: string) => `${hook}: varje incheckning kör sekr validate och sekr verify på ${data === '.' ? 'arkivet' : data}`,

  // commands/keys.ts
  'keys.sayWhose': 'ange vems nyckeln är: --as PERSON',
  'keys.sayWhoseHint': 't.ex. sekr keys init --as anna-lena-hardtmann',
  'keys.noPerson': (person: string) => `--as: ingen person '${person}' i registret`,
  'keys.seePeople': 'se personerna i registry.yaml',
  'keys.made': 'skapade',
  'keys.madeLine': (name: string, fingerprint: string) => `ett nyckelpar för ${name}: ${fingerprint}`,
  'keys.privateKey': (path: string) => `  privat nyckel: ${path} (bara du kan läsa den; förvara den säkert och dela den aldrig)`,
  'keys.hasKey': (name: string, fingerprint: string, path: string) => `${name} har redan en nyckel på den här datorn: ${fingerprint} (${path})`,
  'keys.added': 'lade till',
  'keys.addedLine': (registry: string, name: string) =>
    `den publika nyckeln i ${registry}; checka in den, så att andra kan kontrollera ${genitive(name)} underskrifter`,
  'keys.listed': 'registret har den redan',
  'keys.signsWith': (name: string, person: string) => `${name} undertecknar ett förseglat möte med: sekr sign MÖTE --as ${person}`,
  // data/keys.ts
  'keys.notFile': (path: string) => `${path} är ingen fil`,
  'keys.notFileHint': 'flytta undan den; sekr keys init skapar nyckeln',
  'keys.readableByOthers': (path: string, mode: string) => `den privata nyckeln ${path} kan läsas av andra (behörighet ${mode})`,
  'keys.makeYours': (path: string) => `gör den läsbar bara för dig: chmod 600 ${path}`,
  'keys.cannotRead': (path: string, why: string) => `kan inte läsa den privata nyckeln ${path}: ${why}`,
  'keys.noPersonIn': (person: string, file: string) => `ingen person '${person}' i ${file}`,

  // check/signing.ts
  'signing.notInRegistry': (person: string, fingerprint: string) => `nyckeln för ${person} på den här datorn (${fingerprint}) finns inte i registret`,
  'signing.notInRegistryHint': (person: string) => `sekr keys init --as ${person} lägger till den i registret (organisationen avgör om den godtas)`,
  'signing.noKey': (person: string) => `ingen nyckel för ${person} på den här datorn`,
  'signing.elsewhere': (person: string, fingerprints: string) =>
    `${person} undertecknar på den dator som har nyckeln (${fingerprints}); annars lägger sekr keys init --as ${person} här till en nyckel för den här datorn`,
  'signing.makeOne': (person: string) => `sekr keys init --as ${person} skapar en`,

  // commands/sign.ts
  'sign.sayWho': 'ange vem som undertecknar: --as PERSON',
  'sign.sayWhoHint': (meeting: string) => `t.ex. sekr sign ${meeting} --as tina-isaksson`,
  'sign.notSealed': (name: string, status: string) => `${name} är ${statusAfterIs(status)}: bara en förseglad handling undertecknas`,
  'sign.adjustSeals': (name: string) => `sekr adjust ${name} --date åååå-mm-dd förseglar den`,
  'sign.approveSeals': (name: string) => `sekr approve ${name} förseglar den`,
  'sign.editedByHand': (name: string, changes: string) => `${name} har ändrats för hand efter förseglingen (${changes}): den undertecknas inte`,
  'sign.putBack': 'återställ filen som den var när den förseglades; kör sekr verify',
  'sign.beforeSeal': (date: string, sealed: string) => `--date ${date} är före förseglingen (${sealed})`,
  'sign.beforeSealHint': 'dagen du undertecknar, t.ex. i dag',
  'sign.notSigner': (person: string, name: string) => `${person} ska inte underteckna ${name}`,
  'sign.signedBy': (signers: string) => `den undertecknas av ${signers}`,
  'sign.already': (who: string, name: string, date: string, key: string) => `${who} har redan undertecknat ${name}, den ${date} (nyckel ${key})`,
  'sign.made': 'skapade',
  'sign.madeLine': (who: string, path: string) => `ett nyckelpar för ${who}, det första: den privata nyckeln i ${path} (bara den här användaren kan läsa den)`,
  'sign.added': 'lade till',
  'sign.addedLine': (who: string) => `${genitive(who)} publika nyckel i registret; checka in den, så att andra kan kontrollera underskriften`,
  'sign.signed': 'undertecknade',
  'sign.signedLine': (name: string, who: string, roles: string, date: string, key: string) => `${name} som ${who} (${roles}) den ${date}, nyckel ${key}`,
  'sign.stillToSign': (missing: string) => `återstår att underteckna: ${missing}`,
  'sign.allSigned': 'alla har undertecknat',

  // commands/verify.ts
  'verify.earlierSeal': ' (en försegling från en tidigare version: den omfattar innehållet, inte vem som förseglade och när)',
  'verify.sealedOn': (meeting: string, date: string, unchanged: boolean) =>
    `${meeting}: förseglat den ${date}${unchanged ? ', oförändrat sedan dess' : ', ändrat sedan dess (se nedan)'}`,
  'verify.signedBy': (who: string, date: string, key: string) => `undertecknat av ${who} den ${date}, nyckel ${key}`,
  'verify.onRecordAsSealed': ' (på handlingen som den förseglades)',
  'verify.notSignedBy': (who: string) => `inte undertecknat av ${who}`,
  'verify.wrongSignature': (who: string, date: string | undefined, why: string) => `underskriften av ${who}${date ? ` från ${date}` : ''} är felaktig: ${why}`,
  'verify.lockedEdited': (file: string, meeting: string, date: string, changed: string) =>
    `${file}: ${meeting} låstes den ${date} och har ändrats sedan dess: ${changed}`,
  'verify.noneChanged': (locked: number) => `✓ ${locked} ${s(locked, 'låst möte', 'låsta möten')}, inget ändrat sedan dess`,
  'verify.someChanged': (changed: number, locked: number) => `✗ ${changed} av ${locked} låsta möten har ändrats`,
  'verify.signatures': (valid: number, wrong: number, missing: number) => {
    const counts = [
      valid && `${valid} ${s(valid, 'giltig', 'giltiga')}`,
      wrong && `${wrong} ${s(wrong, 'felaktig', 'felaktiga')}`,
      missing && `${missing} saknas`,
    ]
      .filter(Boolean)
      .join(', ');
    return counts ? `; underskrifter: ${counts}` : '';
  },
  'verify.putBack': 'Återställ filen som den var (t.ex. git checkout -- FIL); en rättelse förs in i en paragraf vid ett senare möte.',
  'verify.wrongExplained':
    'En felaktig underskrift: handlingen eller underskriften har ändrats, eller så gjordes den med en nyckel som registret inte har för den personen.',
  'verify.eachSigns': 'Var och en undertecknar med sekr sign MÖTE --as PERSON; sekr verify --all-signed misslyckas så länge en underskrift saknas.',

  // prompts/password.ts
  'password.prompt': (file: string) => `Lösenord till ${file}`,
  'password.stopped': 'avbrutet: inget publicerades',

  // model/registry-edits.ts
  'registry-edits.manyNamed': (n: number, named: string) => `${n} personer heter ${named}`,
  'registry-edits.nameOneById': (ids: string) => `ange en av dem med id: ${ids}`,
  'registry-edits.noPerson': (named: string) => `ingen person '${named}' i registret`,
  'registry-edits.addFirst': (named: string) => `lägg till personen först: sekr person add "${named}" --organisation "..."`,
  'registry-edits.onlySubstitute': (who: string, role: string) => `bara en ersättare ersätter någon; ${who} skulle bli ${role}`,
  'registry-edits.addRoleErsattare': 'lägg till --role ersättare',
  'registry-edits.notLedamot': (id: string, group: string) => `${id} är inte ledamot i ${group}: en ersättare ersätter en ledamot`,
  'registry-edits.seeMembers': (group: string) => `se sekr members ${group}`,
  'registry-edits.already': (who: string, role: string, group: string, functions: string) =>
    `${who} är redan ${role} i ${group}${functions ? ` (${functions})` : ''}`,
  'registry-edits.alreadyHint': 'ange en annan --role för att byta roll; sekr member remove tar bort en medlem',
  'registry-edits.nowRole': (who: string, role: string, group: string, was: string) => `${who} är nu ${role} i ${group} (var ${was})`,
  'registry-edits.nowSubstitutes': (group: string, who: string) => `${group} har nu ersättare (substitutes: true), eftersom ${who} är ersättare`,
  'registry-edits.bothFunctions': (who: string, held: string, group: string, wanted: string) =>
    `${who} är ${held} i ${group} och kan inte också vara ${wanted}`,
  'registry-edits.makeOtherFirst': (fn: string) => `gör någon annan till ${fn} först`,
  'registry-edits.inPlaceOf': (who: string, fn: string, group: string, before: string) => `${who} är ${fn} i ${group} i stället för ${before}`,
  'registry-edits.notMember': (who: string, group: string) => `${who} är inte medlem i ${group}`,
  'registry-edits.standIns': (names: string[], who: string, group: string) => `${names.join(' och ')} är ersättare för ${who} i ${group}`,
  'registry-edits.standInsHint': (group: string, first: string) =>
    `ta bort ersättaren först (sekr member remove ${group} ${first}), eller gör ersättaren till ersättare för en annan ledamot`,
  'registry-edits.standingAdjuster': (who: string, group: string) => `${who} är ständig justerare i ${group}`,
  'registry-edits.standingAdjusterHint': 'ange först en annan justerare under adjuster: i registry.yaml',
  'registry-edits.noLonger': (who: string, fn: string, group: string) => `${who} är inte längre ${fn} i ${group}`,

  // model/member-list.ts
  'member-list.notField': (field: string) => `--map: '${field}' är inget fält`,
  'member-list.fieldsAre': (fields: string) => `fälten är ${fields}`,
  'member-list.noColumn': (file: string, heading: string) => `--map: ${file} har ingen kolumn '${heading}'`,
  'member-list.columnsAre': (columns: string) => `dess kolumner är: ${columns}`,
  'member-list.whichNames': (file: string) => `${file}: vilken kolumn har namnen?`,
  'member-list.whichNamesHint': (columns: string) => `dess kolumner är: ${columns}; ange vilken med --map name="Kolumn" (eller firstName= och lastName=)`,
  'member-list.row': (line: number, message: string) => `rad ${line}: ${message}`,
  'member-list.noName': 'inget namn',
  'member-list.noNameHint': 'varje rad ska ha en persons namn; ta bort raden eller fyll i namnet',
  'member-list.roleNotUnderstood': (role: string) => `rollen '${role}' förstås inte`,
  'member-list.roleIs': (help: string) => `en roll är ${help}`,
  'member-list.twice': (name: string, line: number) => `${name} står två gånger i listan (även rad ${line})`,
  'member-list.twiceHint': 'behåll en rad per person',
  'member-list.updated': (fields: string) => `uppdateras: ${fields}`,
  'member-list.inRegistry': 'finns i registret',
  'member-list.cannotMakeId': (name: string) => `kan inte göra ett id av namnet '${name}'`,
  'member-list.cannotMakeIdHint': 'skriv namnet med bokstäver',
  'member-list.newPerson': 'ny person',
  'member-list.ambiguous': (line: number, named: string, candidates: string[]) => `rad ${line}: '${named}' är ${candidates.join(' eller ')}`,
  'member-list.ambiguousHint': 'skriv id:t i kolumnen i stället för namnet',
  'member-list.unknownFor': (line: number, name: string, named: string, group: string) =>
    `rad ${line}: ${name} är ersättare för '${named}', som varken finns i listan eller i ${group}`,
  'member-list.cannotImport': (file: string, n: number) => `${file} har ${n} ${s(n, 'rad', 'rader')} som inte kan importeras; inget skrevs`,
  'member-list.memberOf': (group: string) => `medlem i ${group}`,
  'member-list.nowRole': (role: string, was: string) => `nu ${role} (var ${was})`,

  // data/spreadsheet.ts
  'spreadsheet.notSheet': (file: string) => `${file} är varken .xlsx eller .csv`,
  'spreadsheet.notSheetHint': 'spara listan från Excel som .xlsx, eller som CSV (semikolonavgränsad)',
  'spreadsheet.cannotRead': (file: string, why: string) => `kan inte läsa ${file}: ${why}`,
  'spreadsheet.noSuchFile': 'filen finns inte',
  'spreadsheet.checkPath': 'kontrollera sökvägen',
  'spreadsheet.cannotReadAs': (file: string, format: string, why: string) => `${file} kan inte läsas som ${format}: ${why}`,
  'spreadsheet.resaveXlsx': 'öppna den i Excel och spara den igen som .xlsx (Excel-arbetsbok)',
  'spreadsheet.resaveCsv': 'spara den från Excel som CSV (semikolonavgränsad)',
};

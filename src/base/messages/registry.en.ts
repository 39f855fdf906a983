/** English: the messages of registry, the same keys as registry.sv.ts. */
import type { registry as sv } from './registry.sv.js';

const s = (n: number, one: string, many = `${one}s`) => (n === 1 ? one : many);

export const registry: typeof sv = {
  // commands/person.ts
  'person.notEmail': (value: string) => `--email '${value}' is not an e-mail address`,
  'person.notEmailHint': 'e.g. --email eva.bergkvist@hassleholm.se',
  'person.nameEmpty': 'the name is empty',
  'person.nameEmptyHint': 'e.g. sekr person add "Eva Bergkvist" --organisation "Hässleholms kommun"',
  'person.already': (who: string, id: string) => `${who} is in the registry already, as ${id}`,
  'person.alreadyHint': (id: string) => `change the entry with sekr person set ${id} ...; for another person of the same name, give --id`,
  'person.notId': (id: string) => `--id '${id}' is not an id`,
  'person.idHint': 'lower-case a–z, digits and hyphens, e.g. eva-bergkvist',
  'person.idTaken': (id: string, who: string) => `the id ${id} is taken by ${who}`,
  'person.chooseAnotherId': 'choose another --id',
  'person.cannotMakeId': (name: string) => `cannot make an id of the name '${name}'`,
  'person.giveId': 'give one with --id',
  'person.note': 'note',
  'person.newId': (base: string, who: string, id: string) => `${base} is taken by ${who}: the new person is ${id}`,
  'person.added': 'added',
  'person.addedLine': (who: string, id: string) => `${who} as ${id}`,
  'person.nameFlagEmpty': '--name is empty',
  'person.keepsName': 'a person keeps a name; give the new one',
  'person.nothingToChange': (id: string) => `nothing to change for ${id}`,
  'person.nothingToChangeHint': 'give the fields to change, e.g. --email or --party (see --help)',
  'person.changed': 'changed',
  'person.changedLine': (id: string, key: string, value: string | undefined) => `${id} ${key}: ${value === undefined ? 'removed' : value}`,
  'person.was': (was: string) => ` (was ${was})`,
  'person.idStays': (id: string) => `the id stays ${id}: meetings name the person by it`,
  'person.noPerson': (named: string) => `no person '${named}' in the registry`,
  'person.seeMembers': 'see sekr members GROUP for ids',
  'person.namedBy': (name: string, id: string, meetings: string[]) =>
    `${name} (${id}) is named by ${meetings.length} ${s(meetings.length, 'meeting')}: ${meetings.join(', ')}`,
  'person.namedByHint': (id: string) =>
    `the meetings are the record and keep their people; take ${id} out of the groups instead: sekr member remove GROUP ${id}`,
  'person.left': (name: string, group: string) => `${name} left ${group}`,
  'person.removed': 'removed',

  // commands/group.ts
  'group.noKind': (given: string) => `--kind: no kind of group '${given}'`,
  'group.kindsAre': (kinds: string) => `the kinds under groupKinds: in registry.yaml are ${kinds}`,
  'group.whichKind': 'which kind of group is it?',
  'group.giveKind': (kinds: string) => `give --kind, one of ${kinds}`,
  'group.whatDocument': 'what does the group keep of its meetings?',
  'group.notDocument': (text: string) => `--document: '${text}' is neither protokoll nor mötesanteckning`,
  'group.documentHint': 'give --document protokoll (paragraphs, adjusted and signed) or --document mötesanteckning (numbered items, no signatures)',
  'group.notId': (id: string) => `'${id}' is not an id`,
  'group.idHint': 'lower-case a–z, digits and hyphens, e.g. politiskt-samrad',
  'group.exists': (id: string, name: string) => `there is a group ${id} already: ${name}`,
  'group.chooseAnotherId': 'choose another id',
  'group.needsName': 'a group needs a name',
  'group.needsNameHint': 'e.g. --name "Politiskt samråd"',
  'group.noParent': (parent: string) => `--parent: no group '${parent}'`,
  'group.seeGroups': 'see sekr groups',
  'group.notTime': (time: string) => `--time '${time}' is not a time range`,
  'group.timeHint': 'e.g. --time 10:00-12:00',
  'group.notMode': (mode: string) => `--mode '${mode}' is not a mode`,
  'group.modeHint': 'digital or fysiskt',
  'group.added': 'added',
  'group.addedLine': (name: string, id: string, kind: string, document: string, parent: string | undefined) =>
    `${name} (${id})${kind === name ? '' : `, of the kind ${kind}`}, keeps ${document}${parent ? `, under ${parent}` : ''}`,
  'group.next': (id: string) => `next: sekr member add ${id} PERSON --role ordförande, or sekr import members FILE.xlsx --group ${id}`,

  // commands/member.ts
  'member.notRole': (word: string) => `--role: '${word}' is not a role`,
  'member.roleIs': (help: string) => `a role is ${help}`,
  'member.notCategory': (category: string) => `--category: '${category}' is not a category of the registry`,
  'member.categoriesAre': (categories: string) => `the categories are ${categories}`,
  'member.added': 'added',
  'member.changed': 'changed',
  'member.addedLine': (name: string, id: string, group: string, what: string, standsInFor: string | undefined) =>
    `${name} (${id}) in ${group}: ${what}${standsInFor ? ` for ${standsInFor}` : ''}`,
  'member.removed': 'removed',
  'member.removedLine': (name: string, id: string, group: string) => `${name} (${id}) from ${group}`,

  // commands/members.ts, commands/groups.ts
  'members.count': (n: number) => `${n} members`,
  'members.idsHint': (example: string) => `The ids (second column) are what other commands take, e.g. sekr attendance MEETING --absent ${example}`,
  'groups.members': (n: number) => `${n} members`,

  // commands/members-file.ts
  'members-file.notFormat': (format: string) => `--format '${format}' is not a spreadsheet format`,
  'members-file.formatHint': 'xlsx or csv',
  'members-file.wrote': 'wrote',
  'members-file.wroteLine': (file: string, n: number, group: string) => `${file}: ${n} members of ${group}`,

  // commands/import.ts
  'import.badMap': (part: string) => `--map: '${part}' is not field=Column`,
  'import.mapHint': 'e.g. --map name=Namn,organisation=Kommun,party=Parti',
  'import.whichGroup': 'which group are the members of?',
  'import.whichGroupHint': 'add --group GROUP, e.g. --group politiskt-samrad',
  'import.noRows': (file: string) => `${file} has no rows under its headings`,
  'import.noRowsHint': 'the first row holds the headings, each person a row below',
  'import.columns': (used: string) => `  columns: ${used}`,
  'import.headRow': 'row',
  'import.headName': 'name',
  'import.headId': 'id',
  'import.headOrganisation': 'organisation',
  'import.headParty': 'party',
  'import.headRole': 'role',
  'import.headFor': 'substitute for',
  'import.headOutcome': 'what happens',
  'import.note': 'note',
  'import.clash': (line: number, wanted: string, name: string, given: string) => `row ${line}: the id ${wanted} is taken, so ${name} is ${given}`,
  'import.notInList': (group: string, ids: string) => `not in the list, kept as members of ${group}: ${ids}`,
  'import.summary': (rows: number, people: number, updated: number) => `${rows} rows: ${people} new ${s(people, 'person', 'people')}, ${updated} updated`,
  'import.imported': 'imported',
  'import.written': (summary: string) => `${summary}; registry.yaml written`,
  'import.dryRun': (summary: string) => `dry run, nothing written (${summary}); run it again with --yes to write registry.yaml`,

  // commands/indicator.ts
  'indicator.noPlan': (ref: string, path: string) => `no plan ${ref}: ${path} does not exist`,
  'indicator.noPlanHint': 'name a plan as group/yyyy (the year it starts in), e.g. strategi-for-halsa/2026',
  'indicator.planFileName': (ref: string) => `a plan file is named yyyy.yaml: ${ref}`,
  'indicator.whatResult': 'what is the result?',
  'indicator.whatResultHint': 'give it with --value, e.g. --value 12',
  'indicator.planProblems': (file: string) => `the plan ${file} has problems; run sekr validate`,
  'indicator.noIndicator': (ref: string, file: string) => `no indicator '${ref}' in ${file}`,
  'indicator.itsIndicators': (ids: string) => `its indicators: ${ids}`,
  'indicator.noIndicators': 'the plan has no indicators: add them under indicators:',
  'indicator.perUnit': (id: string) => `${id} is followed per unit: which unit?`,
  'indicator.addUnit': (units: string) => `add --unit, one of ${units}`,
  'indicator.notPerUnit': (id: string) => `${id} is not followed per unit`,
  'indicator.notPerUnitHint': 'leave out --unit, or set perUnit: true on the indicator in the plan',
  'indicator.noUnit': (unit: string) => `--unit: no unit '${unit}' in the plan`,
  'indicator.planUnits': (units: string) => `the plan's units: ${units || 'none (add units:)'}`,
  'indicator.wouldLeave': (file: string) => `the change would leave ${file} with problems; nothing was written`,
  'indicator.recorded': 'recorded',
  'indicator.replaced': 'replaced',
  'indicator.resultLine': (id: string, unit: string | undefined, value: string, date: string) => `${id}${unit ? ` for ${unit}` : ''}: ${value} on ${date}`,
  'indicator.itWas': (value: string) => `it was ${value}`,

  // commands/init.ts
  'init.notEmpty': (dir: string) => `${dir} exists and is not empty`,
  'init.notEmptyHint': 'name a new folder; sekr init never writes over existing files',
  'init.badLanguage': (language: string) => `--language '${language}' is not sv or en`,
  'init.badDocument': (document: string) => `--document '${document}' is neither protokoll nor mötesanteckning`,
  'init.noTerminal': (flags: string) => `no terminal to ask on: ${flags} taken as defaults`,
  'init.notEmail': (email: string) => `'${email}' is not an e-mail address`,
  'init.created': 'created',
  'init.englishTemplates':
    'note: the bundled templates write the documents in Swedish; for documents in English, copy each template out with ' +
    '`sekr templates eject NAME`, translate it and set language: en-GB at its top',
  'init.createdLine': (dir: string, name: string, group: string, secretary: string) =>
    `${dir} for ${name}: registry.yaml (group ${group}, secretary ${secretary}), meetings/, templates/`,
  'init.next': (dir: string) =>
    `next: sekr --data ${dir} person add "Name" --organisation "..."; then member add, or import members (README: "A new organisation")`,
  // commands/init.ts: the comments and READMEs of a new data folder
  'init.fileHeader': (name: string) => `# The registry of ${name}. \`sekr validate\` tells you file:line:col of
# anything that is wrong, and how to fix it. \`sekr person add\`, \`sekr group add\`,
# \`sekr member add\` and \`sekr import members\` change it for you, keeping comments.`,
  'init.fileMunicipalities': '# Member municipalities, with the population the financing split counts.',
  'init.fileGroupKinds': '# The kinds of group your organisation has: add, rename or remove freely.',
  'init.fileCategories': '# Categories for the participant count of an annual plan.',
  'init.fileDocument': '# protokoll or mötesanteckning',
  'init.fileAdjuster': '# or viceChair, or { standing: person-id }',
  'init.fileGitignore': "# sekr: a meeting's lock while a session changes it, files being written, and the documents (made from the data)",
  'init.fileMeetingsReadme': `Meeting files go here, one folder per group and one file per meeting:

    meetings/<group-id>/<yyyy-mm-dd>.yaml

See the README of sekr for the fields of a meeting.
`,
  'init.fileTemplatesReadme': `Templates here override the bundled ones of the same name.
\`sekr templates list\` shows which are used; \`sekr templates eject protokoll\`
copies one here for you to change.
`,
  // prompts/init.ts
  'init.askName': "The organisation's name:",
  'init.askLanguage': 'Language of its documents:',
  'init.askGroup': 'Its first group (e.g. Styrgrupp):',
  'init.askDocument': (group: string) => `What does ${group} keep of its meetings?`,
  'init.choiceProtokoll': 'protokoll (paragraphs, adjusted and signed)',
  'init.choiceNotes': 'mötesanteckning (numbered items, no signatures)',
  'init.askSecretary': "The secretary's name:",
  'init.askEmail': "The secretary's e-mail (optional):",

  // commands/hooks.ts
  'hooks.noGit': 'git is not installed',
  'hooks.notRepo': (dir: string) => `${dir} is not in a git repository`,
  'hooks.installGit': 'install git first',
  'hooks.makeRepo': (dir: string) => `make it one: git -C ${dir} init (the README's "Working together" shows the rest)`,
  'hooks.notOurs': (hook: string) => `${hook} exists and is not sekr's`,
  'hooks.notOursHint': 'add the two sekr lines to it by hand, or replace it with --force',
  'hooks.stoppedValidate': 'sekr: the commit is stopped: fix what sekr validate says',
  'hooks.stoppedVerify': 'sekr: the commit is stopped: a locked meeting has changed (sekr verify)',
  'hooks.installed': 'installed',
  'hooks.installedLine': (hook: string, data: string) =>
    `${hook}: every commit runs sekr validate and sekr verify on ${data === '.' ? 'the repository' : data}`,

  // commands/keys.ts
  'keys.sayWhose': 'say whose key it is: --as PERSON',
  'keys.sayWhoseHint': 'e.g. sekr keys init --as anna-lena-hardtmann',
  'keys.noPerson': (person: string) => `--as: no person '${person}' in the registry`,
  'keys.seePeople': 'see the people in registry.yaml',
  'keys.made': 'made',
  'keys.madeLine': (name: string, fingerprint: string) => `a key pair for ${name}: ${fingerprint}`,
  'keys.privateKey': (path: string) => `  private key: ${path} (readable by you alone; keep it safe and never share it)`,
  'keys.hasKey': (name: string, fingerprint: string, path: string) => `${name} has a key on this computer already: ${fingerprint} (${path})`,
  'keys.added': 'added',
  'keys.addedLine': (registry: string, name: string) => `the public key to ${registry}; commit it, so that others can check ${name}'s signatures`,
  'keys.listed': 'the registry lists it already',
  'keys.signsWith': (name: string, person: string) => `${name} signs a sealed meeting with: sekr sign MEETING --as ${person}`,
  // data/keys.ts
  'keys.notFile': (path: string) => `${path} is not a file`,
  'keys.notFileHint': 'move it away; sekr keys init makes the key',
  'keys.readableByOthers': (path: string, mode: string) => `the private key ${path} can be read by others (mode ${mode})`,
  'keys.makeYours': (path: string) => `make it yours alone: chmod 600 ${path}`,
  'keys.cannotRead': (path: string, why: string) => `cannot read the private key ${path}: ${why}`,
  'keys.noPersonIn': (person: string, file: string) => `no person '${person}' in ${file}`,

  // check/signing.ts
  'signing.notInRegistry': (person: string, fingerprint: string) => `the key of ${person} on this computer (${fingerprint}) is not in the registry`,
  'signing.notInRegistryHint': (person: string) => `sekr keys init --as ${person} adds it to the registry (the organisation decides whether to accept it)`,
  'signing.noKey': (person: string) => `no key of ${person} on this computer`,
  'signing.elsewhere': (person: string, fingerprints: string) =>
    `${person} signs on the computer that holds the key (${fingerprints}); or sekr keys init --as ${person} here adds a key of this computer`,
  'signing.makeOne': (person: string) => `sekr keys init --as ${person} makes one`,

  // commands/sign.ts
  'sign.sayWho': 'say who signs: --as PERSON',
  'sign.sayWhoHint': (meeting: string) => `e.g. sekr sign ${meeting} --as tina-isaksson`,
  'sign.notSealed': (name: string, status: string) => `${name} is ${status}: only a sealed record is signed`,
  'sign.adjustSeals': (name: string) => `sekr adjust ${name} --date yyyy-mm-dd seals it`,
  'sign.approveSeals': (name: string) => `sekr approve ${name} seals it`,
  'sign.editedByHand': (name: string, changes: string) => `${name} was edited by hand after it was sealed (${changes}): it is not signed`,
  'sign.putBack': 'put the file back as it was sealed; run sekr verify',
  'sign.beforeSeal': (date: string, sealed: string) => `--date ${date} is before the seal (${sealed})`,
  'sign.beforeSealHint': 'the day you sign, e.g. today',
  'sign.notSigner': (person: string, name: string) => `${person} is not a signer of ${name}`,
  'sign.signedBy': (signers: string) => `it is signed by ${signers}`,
  'sign.already': (who: string, name: string, date: string, key: string) => `${who} signed ${name} already, on ${date} (key ${key})`,
  'sign.made': 'made',
  'sign.madeLine': (who: string, path: string) => `a key pair for ${who}, the first: private key in ${path} (readable by this user alone)`,
  'sign.added': 'added',
  'sign.addedLine': (who: string) => `the public key of ${who} to the registry; commit it, so that others can check the signature`,
  'sign.signed': 'signed',
  'sign.signedLine': (name: string, who: string, roles: string, date: string, key: string) => `${name} as ${who} (${roles}) on ${date}, key ${key}`,
  'sign.stillToSign': (missing: string) => `still to sign: ${missing}`,
  'sign.allSigned': 'every signer has signed',

  // commands/verify.ts
  'verify.earlierSeal': ' (a seal of an earlier release: it covers the content, not who sealed it and when)',
  'verify.sealedOn': (meeting: string, date: string, unchanged: boolean) =>
    `${meeting}: sealed on ${date}${unchanged ? ', unchanged since' : ', changed since (below)'}`,
  'verify.signedBy': (who: string, date: string, key: string) => `signed by ${who} on ${date}, key ${key}`,
  'verify.onRecordAsSealed': ' (on the record as sealed)',
  'verify.notSignedBy': (who: string) => `not signed by ${who}`,
  'verify.wrongSignature': (who: string, date: string | undefined, why: string) => `the signature of ${who}${date ? ` of ${date}` : ''} is wrong: ${why}`,
  'verify.lockedEdited': (file: string, meeting: string, date: string, changed: string) =>
    `${file}: ${meeting} was locked on ${date} and has been edited since: ${changed}`,
  'verify.noneChanged': (locked: number) => `✓ ${locked} ${s(locked, 'locked meeting')}, none changed since`,
  'verify.someChanged': (changed: number, locked: number) => `✗ ${changed} ${s(changed, 'locked meeting')} of ${locked} changed`,
  'verify.signatures': (valid: number, wrong: number, missing: number) => {
    const counts = [valid && `${valid} valid`, wrong && `${wrong} wrong`, missing && `${missing} missing`].filter(Boolean).join(', ');
    return counts ? `; signatures: ${counts}` : '';
  },
  'verify.putBack': 'Put the file back as it was (e.g. git checkout -- FILE); a correction goes into a paragraph of a later meeting.',
  'verify.wrongExplained': 'A wrong signature: the record or the signature was changed, or it was made with a key the registry does not list for that person.',
  'verify.eachSigns': 'Each signer signs with sekr sign MEETING --as PERSON; sekr verify --all-signed fails while a signature is missing.',

  // prompts/password.ts
  'password.prompt': (file: string) => `Password for ${file}`,
  'password.stopped': 'stopped: nothing was published',

  // model/registry-edits.ts
  'registry-edits.manyNamed': (n: number, named: string) => `${n} people are named ${named}`,
  'registry-edits.nameOneById': (ids: string) => `name one by id: ${ids}`,
  'registry-edits.noPerson': (named: string) => `no person '${named}' in the registry`,
  'registry-edits.addFirst': (named: string) => `add them first: sekr person add "${named}" --organisation "..."`,
  'registry-edits.onlySubstitute': (who: string, role: string) => `only an ersättare stands in for someone; ${who} would be ${role}`,
  'registry-edits.addRoleErsattare': 'add --role ersättare',
  'registry-edits.notLedamot': (id: string, group: string) => `${id} is not a ledamot of ${group}: an ersättare stands in for a ledamot`,
  'registry-edits.seeMembers': (group: string) => `see sekr members ${group}`,
  'registry-edits.already': (who: string, role: string, group: string, functions: string) =>
    `${who} is already ${role} of ${group}${functions ? ` (${functions})` : ''}`,
  'registry-edits.alreadyHint': 'to change the role, give another --role; sekr member remove takes a member away',
  'registry-edits.nowRole': (who: string, role: string, group: string, was: string) => `${who} is now ${role} of ${group} (was ${was})`,
  'registry-edits.nowSubstitutes': (group: string, who: string) => `${group} now has substitutes (substitutes: true), as ${who} is an ersättare`,
  'registry-edits.bothFunctions': (who: string, held: string, group: string, wanted: string) => `${who} is ${held} of ${group} and cannot be ${wanted} too`,
  'registry-edits.makeOtherFirst': (fn: string) => `make someone else ${fn} first`,
  'registry-edits.inPlaceOf': (who: string, fn: string, group: string, before: string) => `${who} is ${fn} of ${group} in place of ${before}`,
  'registry-edits.notMember': (who: string, group: string) => `${who} is not a member of ${group}`,
  'registry-edits.standIns': (names: string[], who: string, group: string) =>
    `${names.join(' and ')} ${names.length === 1 ? 'is' : 'are'} ersättare for ${who} in ${group}`,
  'registry-edits.standInsHint': (group: string, first: string) =>
    `remove the ersättare first (sekr member remove ${group} ${first}), or make them ersättare for another ledamot`,
  'registry-edits.standingAdjuster': (who: string, group: string) => `${who} is the standing adjuster of ${group}`,
  'registry-edits.standingAdjusterHint': 'name another adjuster under adjuster: in registry.yaml first',
  'registry-edits.noLonger': (who: string, fn: string, group: string) => `${who} is no longer ${fn} of ${group}`,

  // model/member-list.ts
  'member-list.notField': (field: string) => `--map: '${field}' is not a field`,
  'member-list.fieldsAre': (fields: string) => `the fields are ${fields}`,
  'member-list.noColumn': (file: string, heading: string) => `--map: ${file} has no column '${heading}'`,
  'member-list.columnsAre': (columns: string) => `its columns are: ${columns}`,
  'member-list.whichNames': (file: string) => `${file}: which column holds the names?`,
  'member-list.whichNamesHint': (columns: string) => `its columns are: ${columns}; say which with --map name="Column" (or firstName= and lastName=)`,
  'member-list.row': (line: number, message: string) => `row ${line}: ${message}`,
  'member-list.noName': 'no name',
  'member-list.noNameHint': 'every row names a person; remove the row or fill in the name',
  'member-list.roleNotUnderstood': (role: string) => `the role '${role}' is not understood`,
  'member-list.roleIs': (help: string) => `a role is ${help}`,
  'member-list.twice': (name: string, line: number) => `${name} is in the list twice (also row ${line})`,
  'member-list.twiceHint': 'keep one row per person',
  'member-list.updated': (fields: string) => `updated: ${fields}`,
  'member-list.inRegistry': 'in the registry',
  'member-list.cannotMakeId': (name: string) => `cannot make an id of the name '${name}'`,
  'member-list.cannotMakeIdHint': 'write the name in letters',
  'member-list.newPerson': 'new person',
  'member-list.ambiguous': (line: number, named: string, candidates: string[]) => `row ${line}: '${named}' is ${candidates.join(' or ')}`,
  'member-list.ambiguousHint': 'write the id in the column instead of the name',
  'member-list.unknownFor': (line: number, name: string, named: string, group: string) =>
    `row ${line}: ${name} is ersättare for '${named}', who is neither in the list nor in ${group}`,
  'member-list.cannotImport': (file: string, n: number) => `${file} has ${n} ${s(n, 'row')} that cannot be imported; nothing was written`,
  'member-list.memberOf': (group: string) => `member of ${group}`,
  'member-list.nowRole': (role: string, was: string) => `now ${role} (was ${was})`,

  // data/spreadsheet.ts
  'spreadsheet.notSheet': (file: string) => `${file} is neither .xlsx nor .csv`,
  'spreadsheet.notSheetHint': 'save the list from Excel as .xlsx, or as CSV (semicolon separated)',
  'spreadsheet.cannotRead': (file: string, why: string) => `cannot read ${file}: ${why}`,
  'spreadsheet.noSuchFile': 'no such file',
  'spreadsheet.checkPath': 'check the path',
  'spreadsheet.cannotReadAs': (file: string, format: string, why: string) => `${file} cannot be read as ${format}: ${why}`,
  'spreadsheet.resaveXlsx': 'open it in Excel and save it again as .xlsx (Excel-arbetsbok)',
  'spreadsheet.resaveCsv': 'save it from Excel as CSV (semikolonavgränsad)',
};

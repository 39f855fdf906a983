/** English: the messages of records, the same keys as records.sv.ts. */
import type { records as sv } from './records.sv.js';

const by = (names: string[]) => (names.length ? ` by ${names.join(', ')}` : '');
const missing = (count: number) => (count === 1 ? 'one thing is missing' : `${count} things are missing`);
const loopsHint = 'look for #each blocks inside each other over long lists, or delete the template to use the bundled one';

export const records: typeof sv = {
  // commands/result.ts
  'result.wrote': 'wrote',
  'result.warning': 'warning: ',

  // commands/confirmation.ts
  'confirmation.noTerminal': (what: string) => `${what} needs your confirmation, and there is no terminal here to ask it`,
  'confirmation.noTerminalHint': 'add --yes to go ahead without being asked',
  'confirmation.notDone': (what: string) => `${what}: nothing was changed`,

  // commands/options.ts
  'options.notADate': (text: string) => `'${text}' is not a date`,
  'options.notADateHint': 'give it as yyyy-mm-dd, e.g. 2026-09-11',
  'options.notAYear': (text: string) => `'${text}' is not a year`,
  'options.notAYearHint': 'e.g. 2027',
  'options.unknownFormat': (format: string) => `unknown format '${format}'`,
  'options.unknownFormatHint': (formats: string) => `it takes a list of ${formats}, e.g. --format md,docx`,
  'options.notA': (text: string, what: string) => `'${text}' is not ${what}`,
  'options.seeHelp': `see the command's --help`,

  // commands/adjust.ts
  'adjust.sayDate': 'say the day the protocol was adjusted',
  'adjust.sayDateHint': (meeting: string) => `e.g. sekr adjust ${meeting} --date 2026-03-05`,
  'adjust.otherDocument': (group: string, protocols: boolean, command: string) =>
    `${group} keeps ${protocols ? 'protocols' : 'meeting notes'}: use sekr ${command}`,
  'adjust.paragraphsOfProtocols': '--paragraphs is for protocols: meeting notes are approved whole',
  'adjust.already': (meeting: string, adjusted: boolean, date: string) => `${meeting} is ${adjusted ? 'adjusted' : 'approved'} already (on ${date})`,
  'adjust.verifyHint': 'sekr verify checks that it is unchanged since',
  'adjust.statusWithoutSeal': (meeting: string, status: string) => `${meeting} says status: ${status}, but has no seal (adjusted:)`,
  'adjust.statusWithoutSealHint': (meeting: string) =>
    `sekr writes that status only with a seal; if it was adjusted, set status: sent and run sekr adjust ${meeting} --date yyyy-mm-dd`,
  'adjust.correctionWeek': (deadline: string, sent: string) => `the members have until ${deadline} to send corrections (the notes were sent on ${sent})`,
  'adjust.correctionWeekHint': 'wait until the correction week is over, or add --early when the members have approved the notes already',
  'adjust.notYet': (meeting: string, protocol: boolean, count: number) => `${meeting} cannot be ${protocol ? 'adjusted' : 'approved'} yet: ${missing(count)}`,
  'adjust.range': (protocol: boolean, first: number, last: number) => (protocol ? `§§ ${first}–${last}` : `items 1–${last}`),
  'adjust.summaryHead': (range: string, present: number) => `: ${range}, ${present} present`,
  'adjust.summaryWhen': (protocol: boolean, date: string, names: string[], early: boolean) =>
    `${protocol ? 'Adjusted' : 'Approved'} on ${date}${by(names)}${early ? ', before the correction week is over' : ''}.`,
  'adjust.onceSealed': 'Once sealed, sekr never changes it again; a correction goes into a later meeting.',
  'adjust.what': (protocol: boolean) => (protocol ? 'Adjusting a protocol' : 'Approving meeting notes'),
  'adjust.question': (protocol: boolean) => (protocol ? 'Adjust and seal the protocol?' : 'Approve and seal the notes?'),
  'adjust.notDone': (protocol: boolean) => (protocol ? 'not adjusted' : 'not approved'),
  'adjust.notSigned': (message: string, hint: string | undefined) => `not signed by the secretary: ${message}${hint ? ` (${hint})` : ''}`,
  'adjust.done': (protocol: boolean) => (protocol ? 'adjusted' : 'approved'),
  'adjust.doneLine': (meeting: string, date: string, names: string[], early: boolean, frozen: string | undefined) =>
    ` ${meeting} on ${date}${by(names)}${early ? ' (early: inside the correction week)' : ''}` +
    `${frozen ? `; §§ ${frozen} are frozen` : ''}. sekr will not change it from now on.`,
  'adjust.signed': 'signed',
  'adjust.signedAs': (name: string, key: string) => ` as ${name} (sekreterare), key ${key}`,
  'adjust.nextProtocol': (meeting: string, signer: string | undefined) =>
    `next: ${signer ? `sekr sign ${meeting} --as ${signer} (digital justering), ` : ''}sekr anslag ${meeting} (the notice of adjustment), then sekr publish`,
  'adjust.nextNotes': (meeting: string) => `next: sekr publish ${meeting}`,
  'adjust.allAdjusted': (meeting: string, date: string | undefined) => `${meeting} is adjusted already${date ? ` (on ${date})` : ''}: all its paragraphs are`,
  'adjust.paragraphsNeeded': '--paragraphs needs the § numbers',
  'adjust.paragraphsNeededHint': (meeting: string, date: string) => `e.g. sekr adjust ${meeting} --paragraphs 13 --date ${date}`,
  'adjust.noParagraph': (text: string, meeting: string) => `--paragraphs: there is no § ${text} in ${meeting}`,
  'adjust.itsParagraphs': (first: number, last: number) => `its paragraphs are §§ ${first}–${last}`,
  'adjust.paragraphAlready': (n: number, date: string) => `§ ${n} was adjusted at once already, on ${date}`,
  'adjust.notDeclared': (n: number, title: string) => `§ ${n} (${title}) was not declared adjusted at once at the meeting`,
  'adjust.notDeclaredHint': (meeting: string, n: number) => `the meeting decides that a paragraph is adjusted at once: sekr item set ${meeting} ${n} --urgent`,
  'adjust.paragraphsNotYet': (which: string, meeting: string, count: number) => `${which} of ${meeting} cannot be adjusted yet: ${missing(count)}`,
  'adjust.atOnceWhat': 'Adjusting paragraphs at once',
  'adjust.atOnceWhen': (date: string, names: string[]) => `Adjusted at once on ${date}${by(names)}; the rest of the protocol is adjusted later.`,
  'adjust.atOnceSealed': 'Once sealed, sekr never changes these paragraphs again; a correction goes into a later meeting.',
  'adjust.atOnceQuestion': (which: string) => `Adjust and seal ${which}?`,
  'adjust.doneAtOnce': 'adjusted at once',
  'adjust.doneAtOnceLine': (which: string, meeting: string, date: string, names: string[], count: number) =>
    ` ${which} of ${meeting} on ${date}${by(names)}. sekr will not change ${count === 1 ? 'it' : 'them'} from now on.`,
  'adjust.nextAtOnce': (meeting: string, list: string) =>
    `next: sekr anslag ${meeting} --paragraphs ${list} (the notice of adjustment); the rest is adjusted with sekr adjust ${meeting} --date yyyy-mm-dd`,
  'adjust.byNoPerson': (id: string) => `--by: no person '${id}' in the registry`,
  'adjust.byNotAdjuster': (id: string) => `--by ${id}: not an adjuster of this meeting`,
  'adjust.theAdjusters': (ids: string[]) => `the adjuster${ids.length > 1 ? 's are' : ' is'} ${ids.join(', ')}`,

  // commands/send.ts
  'send.nothingYet': (meeting: string, status: string) => `${meeting} is ${status}: there is nothing to send yet`,
  'send.nothingYetHint': (meeting: string) => `record the meeting first: sekr attendance, then sekr record ${meeting}`,
  'send.noItems': (meeting: string) => `${meeting} has no items to send`,
  'send.recordFirst': 'record the meeting first',
  'send.dateBefore': (date: string, meetingDate: string) => `--date ${date} is before the meeting (${meetingDate})`,
  'send.dateBeforeHint': 'the day it is sent, e.g. today',
  'send.label': (protocol: boolean, n: number) => (protocol ? `§ ${n}` : `item ${n}`),
  'send.emptyItem': (label: string, title: string) => `${label} (${title}) has neither text nor a decision`,
  'send.emptyItemHint': 'record it, or remove it',
  'send.emptyItems': (meeting: string, count: number) => `${meeting} has ${count === 1 ? 'an item' : `${count} items`} with nothing recorded; nothing was sent`,
  'send.emptyItemsHint': 'send it as it is with --allow-empty',
  'send.what': (protocol: boolean) => `Marking ${protocol ? 'the draft protocol' : 'the notes'} sent`,
  'send.summaryCount': (count: number, protocol: boolean, empty: number) =>
    `: ${count} ${protocol ? 'paragraphs' : 'items'}${empty ? `, ${empty} of them with nothing recorded` : ''}`,
  'send.summaryWhen': (date: string, protocol: boolean) =>
    `Sent on ${date}; ${protocol ? 'the adjuster checks it next' : 'the members have a week for corrections'}.`,
  'send.question': (protocol: boolean) => `Mark ${protocol ? 'the draft protocol' : 'the notes'} sent and write the copy to mail?`,
  'send.notDone': 'not sent',
  'send.nextProtocol': (by: string, meeting: string) => `adjust it by ${by}: sekr adjust ${meeting} --date yyyy-mm-dd`,
  'send.nextNotes': (until: string, meeting: string) => `corrections until ${until}; then sekr approve ${meeting}`,
  'send.sent': 'sent',
  'send.sentLine': (meeting: string, date: string, next: string) => ` ${meeting} on ${date}; ${next}`,

  // commands/notice.ts
  'notice.notes': (group: string) => `${group} keeps meeting notes, which have no notice of adjustment`,
  'notice.notesHint': 'notes are approved (sekr approve) and published (sekr publish)',
  'notice.notAtOnce': (n: number, meeting: string) => `§ ${n} of ${meeting} is not adjusted at once`,
  'notice.notAtOnceHint': (meeting: string, n: number) => `adjust it first: sekr adjust ${meeting} --paragraphs ${n} --date yyyy-mm-dd`,
  'notice.notAdjusted': (meeting: string) => `${meeting} is not adjusted yet`,
  'notice.onlyAtOnce': (which: string, meeting: string, list: string) => `only ${which} is adjusted: sekr anslag ${meeting} --paragraphs ${list}`,
  'notice.adjustFirst': (meeting: string) => `adjust it first: sekr adjust ${meeting} --date yyyy-mm-dd`,
  'notice.postedBefore': (posted: string, adjusted: string) => `--posted ${posted} is before the adjustment (${adjusted})`,
  'notice.postedBeforeHint': 'the notice is posted once the protocol is adjusted',
  'notice.posted': (posted: string, takenDown: string) => `posted ${posted}, to be taken down ${takenDown}`,

  // commands/extract.ts
  'extract.notes': (group: string) => `${group} keeps meeting notes, which have no paragraphs to extract`,
  'extract.notesHint': 'a protocol extract is of a protocol',
  'extract.noParagraph': (text: string, meeting: string) => `there is no § ${text} in ${meeting}`,
  'extract.nameParagraphs': 'name the paragraphs to extract',
  'extract.nameParagraphsHint': (meeting: string, first: number) => `e.g. sekr extract ${meeting} ${first}`,
  'extract.notAdjusted': (which: string, meeting: string, count: number) =>
    `${which} of ${meeting} ${count === 1 ? 'is' : 'are'} not adjusted yet: an extract is made of the adjusted protocol`,
  'extract.notAdjustedHint': (meeting: string, list: string) =>
    `adjust it first: sekr adjust ${meeting} --date yyyy-mm-dd, or for an urgent paragraph --paragraphs ${list}`,
  'extract.confidentialNeedsTo': '--include-confidential is for one named recipient entitled to the information: give --to, not --send-list',
  'extract.confidentialNeedsToHint': (meeting: string, list: string) =>
    `e.g. sekr extract ${meeting} ${list} --to "Förvaltningsrätten i Malmö" --include-confidential`,
  'extract.noRecipients': (which: string, meeting: string, count: number) =>
    `${which} of ${meeting} ${count === 1 ? 'names' : 'name'} no one the decision is sent to`,
  'extract.noRecipientsHint': (meeting: string, n: number) =>
    `add them: sekr item set ${meeting} ${n} --send-to "Vårdsamverkan Skåne" (before adjusting), or give --to`,
  'extract.confidentialInFull': (which: string, to: string) => `${which} confidential, given in full to ${to}: the extract says so`,
  'extract.confidentialMasked': (which: string) =>
    `confidential, only the heading and the ground given: ${which} (--include-confidential --to for an authority entitled to it)`,

  // commands/publish.ts
  'publish.notReady': (meeting: string, status: string, protocol: boolean) =>
    `${meeting} is ${status}: only ${protocol ? 'an adjusted protocol' : 'final (approved) notes'} can be published`,
  'publish.adjustHint': (meeting: string) => `sekr adjust ${meeting} --date yyyy-mm-dd`,
  'publish.approveHint': (meeting: string) => `sekr approve ${meeting}`,
  'publish.signNeedsPdf': '--sign signs the PDF: add pdf to --format',
  'publish.noCertificate': (path: string) => `--sign: no certificate ${path}`,
  'publish.noCertificateHint': "give the path of the organisation's .p12 file",
  'publish.signed': ' (signed with the certificate)',
  'publish.withheld': (list: string) => `confidential, only the heading published: ${list}`,

  // commands/report.ts
  'report.jobsWhat': 'a number of threads',
  'report.jobsExample': 'e.g. --jobs 2; 1 renders in this process',
  'report.upToDate': (documents: number) => `nothing changed since the last run: all ${documents} documents are up to date`,
  'report.rendered': (rendered: number, unchanged: number) =>
    ` ${rendered} document${rendered === 1 ? '' : 's'}${unchanged ? `, ${unchanged} unchanged (skipped)` : ''}`,
  'report.head': (internal: boolean, year: number, groups: number) =>
    `${internal ? 'internal report' : 'report'} ${year}, ${groups} group${groups === 1 ? '' : 's'}: `,
  'report.tail': (seconds: string, index: string) => ` in ${seconds} s; index: ${index}`,
  'report.internal': (dir: string) => `${dir} holds confidential paragraphs in full: keep it inside the office, never publish it`,
  'report.yearProblems': (year: number) => `the data of ${year} has problems; nothing was written`,

  // commands/validate.ts
  'validate.counts': (groups: number, people: number, meetings: number, plans: number) =>
    `${groups} group${groups === 1 ? '' : 's'}, ${people} ${people === 1 ? 'person' : 'people'}, ` +
    `${meetings} meeting${meetings === 1 ? '' : 's'}, ${plans} plan${plans === 1 ? '' : 's'}`,
  'validate.warnings': (count: number) => (count ? `; ${count} warning${count === 1 ? '' : 's'}` : ''),
  'validate.ok': (dir: string, counts: string, warnings: string) => ` ${dir}: ${counts}; no problems${warnings}`,
  'validate.failed': (dir: string, count: number, warnings: string, counts: string) =>
    ` ${dir}: ${count} problem${count === 1 ? '' : 's'}${warnings} (${counts})${count === 0 ? ', and --strict counts warnings' : ''}`,

  // commands/migrate.ts
  'migrate.registryProblems': 'the registry has problems: fix them first (sekr validate), then migrate',
  'migrate.newer': (from: number, to: number) => `the data folder is of format ${from}, newer than this sekr (${to})`,
  'migrate.newerHint': 'update sekr',
  'migrate.nothing': (dir: string, format: number) => ` ${dir} is of format ${format}, this sekr's: nothing to migrate`,
  'migrate.wouldLeaveProblems': 'the migration would leave files with problems; nothing was written',
  'migrate.sealFirst': 'seal these first: from format 2 a final status is read only with its seal; nothing was written',
  'migrate.hunk': (line: number) => `  @@ line ${line}`,
  'migrate.summary': (from: number, to: number, files: number) =>
    `format ${from} → ${to}: ${files} file${files === 1 ? '' : 's'} to change; sealed meetings are never changed`,
  'migrate.toDoFirst': 'to do first',
  'migrate.migrated': 'migrated',
  'migrate.dryRun': 'nothing written: sekr migrate --yes makes these changes (comments and the rest of each file stay as written)',
  'migrate.unsealed': (status: string) => `status: ${status} but no seal`,
  'migrate.unsealedNotesHint': (meeting: string) => `sekr approve ${meeting} --date yyyy-mm-dd seals it as it stands`,
  'migrate.unsealedProtocolHint': (meeting: string) => `if it was adjusted, set status: sent and run sekr adjust ${meeting} --date yyyy-mm-dd`,

  // commands/schema.ts
  'schema.firstLine': (first: string) => `In a data file, the first line\n  ${first}\ngives completion and checking in editors with the YAML language server.`,

  // commands/completion.ts
  'completion.noShell': (shell: string) => `no completion for '${shell}'`,
  'completion.noShellHint': 'sekr completion bash, or sekr completion zsh',

  // commands/templates-list.ts
  'templates-list.yoursOverrides': 'yours, overrides bundled',
  'templates-list.yours': 'yours',
  'templates-list.bundled': 'bundled',

  // commands/templates-eject.ts
  'templates-eject.noBundled': (name: string) => `no bundled template '${name}'`,
  'templates-eject.noBundledHint': (names: string) => `the bundled templates are: ${names}`,
  'templates-eject.exists': (path: string) => `${path} exists already`,
  'templates-eject.existsHint': 'edit it, or add --force to replace it with the bundled one',
  'templates-eject.copied': 'copied',
  'templates-eject.copiedLine': (name: string, path: string) => ` ${name} to ${path}: it is used instead of the bundled one from now on`,

  // render/markdown.ts
  'markdown.settings': (where: string | undefined, message: string) => `template settings: ${where ?? 'front matter'}: ${message}`,
  'markdown.settingsHint': 'the settings between the --- lines are header, footer and language',
  'markdown.unfinished': (name: string) => `template ${name}: rendering did not finish`,
  'markdown.outOfMemory': (name: string, mb: number) => `template ${name}: rendering took more than ${mb} MB of memory and was stopped`,
  'markdown.loopsHint': loopsHint,
  'markdown.stopped': (name: string, code: number) => `template ${name}: the rendering stopped (exit code ${code})`,
  'markdown.tooSlow': (name: string, seconds: number) => `template ${name}: rendering took more than ${seconds} s and was stopped`,
  'markdown.tooLong': (name: string, millions: number) => `template ${name}: its loops wrote more than ${millions} million characters, and it was stopped`,
  'markdown.pleaseReport': 'please report it',
  'markdown.error': (name: string, what: string, expected: string | undefined) => `template ${name}: ${what}${expected ? `: ${expected}` : ''}`,
  'markdown.expected': (what: string) => `expected ${what}`,
  'markdown.onLine': (line: number) => ` on line ${line}`,
  'markdown.fixHint': 'fix the template, or delete it to use the bundled one',
  'markdown.bundledHint': 'this is a bundled template: please report it',

  // render/pdf.ts
  'pdf.noOffice': 'PDF needs LibreOffice, and it is not installed',
  'pdf.noOfficeHint':
    'install it (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui; macOS: brew install --cask libreoffice), ' +
    'set SEKR_SOFFICE to its soffice program, or leave pdf out of --format',
  'pdf.notPdfA': 'LibreOffice made a PDF, but not PDF/A-2 as the archive needs',
  'pdf.notPdfAHint': (office: string) => `LibreOffice 7.4 or later is needed (${office} --version says which it is), or leave pdf out of --format`,
  'pdf.failed': (message: string) => `LibreOffice could not make the PDF: ${message}`,
  'pdf.failedHint': 'try the conversion by hand: soffice --headless --convert-to pdf FILE.docx',

  // render/pdf-signature.ts
  'pdf-signature.unreadable': (path: string, message: string | undefined) => `cannot read the certificate ${path}: ${message ?? 'no such file'}`,
  'pdf-signature.unreadableHint': 'give the path of the organisation’s .p12 file with --sign',
  'pdf-signature.placeholder': (message: string) => `the PDF could not be prepared for a signature: ${message}`,
  'pdf-signature.cannotSign': (path: string, message: string | undefined) =>
    `cannot sign the PDF with ${path}: ${message ?? 'the password is wrong, or it is not a .p12 file'}`,
  'pdf-signature.cannotSignHint': 'the password is read from SEKR_SIGN_PASSWORD, or asked for on a terminal',

  // report/pool.ts
  'pool.workerStopped': (code: number) => `a worker thread stopped (exit code ${code})`,
  'pool.outOfMemory': (mb: number) => `rendering the report took more memory than a worker thread may have (${mb} MB), and was stopped`,
  'pool.outOfMemoryHint': 'if the data folder has templates of its own, look for #each blocks inside each other over long lists; nothing was written',
  'pool.failedToStart': 'a worker thread failed to start',
};

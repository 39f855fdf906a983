/** Swedish: the messages of records (see ../i18n.ts). Keys are "<file>.<what>"; a message with parts to fill in is a function. */
import { statusAfterIs } from './status.sv.js';

const av = (names: string[]) => (names.length ? ` av ${names.join(', ')}` : '');
const saknas = (count: number) => (count === 1 ? 'en sak saknas' : `${count} saker saknas`);
const loopsHint = 'leta efter #each-block inuti varandra över långa listor, eller ta bort mallen för att använda den medföljande';

export const records = {
  // commands/result.ts
  'result.wrote': 'skrev',
  'result.warning': 'varning: ',

  // commands/confirmation.ts
  'confirmation.noTerminal': (what: string) => `${what} kräver din bekräftelse, och här finns ingen terminal att fråga i`,
  'confirmation.noTerminalHint': 'lägg till --yes för att fortsätta utan att bli tillfrågad',
  'confirmation.notDone': (what: string) => `${what}: inget ändrades`,

  // commands/options.ts
  'options.notADate': (text: string) => `'${text}' är inte ett datum`,
  'options.notADateHint': 'skriv det som åååå-mm-dd, t.ex. 2026-09-11',
  'options.notAYear': (text: string) => `'${text}' är inte ett årtal`,
  'options.notAYearHint': 't.ex. 2027',
  'options.unknownFormat': (format: string) => `okänt format '${format}'`,
  'options.unknownFormatHint': (formats: string) => `den tar en lista av ${formats}, t.ex. --format md,docx`,
  'options.notA': (text: string, what: string) => `'${text}' är inte ${what}`,
  'options.seeHelp': 'se kommandots --help',

  // commands/adjust.ts
  'adjust.sayDate': 'ange vilken dag protokollet justerades',
  'adjust.sayDateHint': (meeting: string) => `t.ex. sekr adjust ${meeting} --date 2026-03-05`,
  'adjust.otherDocument': (group: string, protocols: boolean, command: string) =>
    `${group} för ${protocols ? 'protokoll' : 'mötesanteckningar'}: använd sekr ${command}`,
  'adjust.paragraphsOfProtocols': '--paragraphs gäller protokoll: mötesanteckningar godkänns i sin helhet',
  'adjust.already': (meeting: string, adjusted: boolean, date: string) => `${meeting} är redan ${adjusted ? 'justerat' : 'godkänt'} (${date})`,
  'adjust.verifyHint': 'sekr verify kontrollerar att det är oförändrat sedan dess',
  'adjust.statusWithoutSeal': (meeting: string, status: string) => `${meeting} har status: ${status}, men saknar försegling (adjusted:)`,
  'adjust.statusWithoutSealHint': (meeting: string) =>
    'sekr skriver den statusen bara tillsammans med en försegling; ' +
    `om protokollet är justerat, sätt status: sent och kör sekr adjust ${meeting} --date åååå-mm-dd`,
  'adjust.correctionWeek': (deadline: string, sent: string) =>
    `ledamöterna har till och med ${deadline} på sig att skicka rättelser (anteckningarna skickades ${sent})`,
  'adjust.correctionWeekHint': 'vänta tills rättelseveckan är över, eller lägg till --early om ledamöterna redan har godkänt anteckningarna',
  'adjust.notYet': (meeting: string, protocol: boolean, count: number) => `${meeting} kan inte ${protocol ? 'justeras' : 'godkännas'} än: ${saknas(count)}`,
  'adjust.range': (protocol: boolean, first: number, last: number): string => (protocol ? `§§ ${first}–${last}` : `punkt 1–${last}`),
  'adjust.summaryHead': (range: string, present: number) => `: ${range}, ${present} närvarande`,
  'adjust.summaryWhen': (protocol: boolean, date: string, names: string[], early: boolean) =>
    `${protocol ? 'Justeras' : 'Godkänns'} ${date}${av(names)}${early ? ', innan rättelseveckan är över' : ''}.`,
  'adjust.onceSealed': 'När det väl är förseglat ändrar sekr det aldrig mer; en rättelse tas upp vid ett senare möte.',
  'adjust.what': (protocol: boolean): string => (protocol ? 'Justering av ett protokoll' : 'Godkännande av mötesanteckningar'),
  'adjust.question': (protocol: boolean): string => (protocol ? 'Justera och försegla protokollet?' : 'Godkänna och försegla anteckningarna?'),
  'adjust.notDone': (protocol: boolean): string => (protocol ? 'inte justerat' : 'inte godkänt'),
  'adjust.notSigned': (message: string, hint: string | undefined) => `inte signerat av sekreteraren: ${message}${hint ? ` (${hint})` : ''}`,
  'adjust.done': (protocol: boolean): string => (protocol ? 'justerat' : 'godkänt'),
  'adjust.doneLine': (meeting: string, date: string, names: string[], early: boolean, frozen: string | undefined) =>
    ` ${meeting} den ${date}${av(names)}${early ? ' (i förtid: inom rättelseveckan)' : ''}` +
    `${frozen ? `; §§ ${frozen} är låsta` : ''}. sekr ändrar det inte från och med nu.`,
  'adjust.signed': 'signerat',
  'adjust.signedAs': (name: string, key: string) => ` som ${name} (sekreterare), nyckel ${key}`,
  'adjust.nextProtocol': (meeting: string, signer: string | undefined) =>
    `nästa steg: ${signer ? `sekr sign ${meeting} --as ${signer} (digital justering), ` : ''}` +
    `sekr anslag ${meeting} (anslaget om justering), sedan sekr publish`,
  'adjust.nextNotes': (meeting: string) => `nästa steg: sekr publish ${meeting}`,
  'adjust.allAdjusted': (meeting: string, date: string | undefined) => `${meeting} är redan justerat${date ? ` (${date})` : ''}: alla dess paragrafer är det`,
  'adjust.paragraphsNeeded': '--paragraphs behöver paragrafernas nummer',
  'adjust.paragraphsNeededHint': (meeting: string, date: string) => `t.ex. sekr adjust ${meeting} --paragraphs 13 --date ${date}`,
  'adjust.noParagraph': (text: string, meeting: string) => `--paragraphs: det finns ingen § ${text} i ${meeting}`,
  'adjust.itsParagraphs': (first: number, last: number) => `dess paragrafer är §§ ${first}–${last}`,
  'adjust.paragraphAlready': (n: number, date: string) => `§ ${n} är redan omedelbart justerad, den ${date}`,
  'adjust.notDeclared': (n: number, title: string) => `§ ${n} (${title}) förklarades inte omedelbart justerad vid mötet`,
  'adjust.notDeclaredHint': (meeting: string, n: number) =>
    `det är mötet som beslutar att en paragraf justeras omedelbart: sekr item set ${meeting} ${n} --urgent`,
  'adjust.paragraphsNotYet': (which: string, meeting: string, count: number) => `${which} i ${meeting} kan inte justeras än: ${saknas(count)}`,
  'adjust.atOnceWhat': 'Omedelbar justering av paragrafer',
  'adjust.atOnceWhen': (date: string, names: string[]) => `Justeras omedelbart ${date}${av(names)}; resten av protokollet justeras senare.`,
  'adjust.atOnceSealed': 'När de väl är förseglade ändrar sekr aldrig mer dessa paragrafer; en rättelse tas upp vid ett senare möte.',
  'adjust.atOnceQuestion': (which: string) => `Justera och försegla ${which}?`,
  'adjust.doneAtOnce': 'omedelbart justerat',
  'adjust.doneAtOnceLine': (which: string, meeting: string, date: string, names: string[], count: number) =>
    ` ${which} i ${meeting} den ${date}${av(names)}. sekr ändrar ${count === 1 ? 'den' : 'dem'} inte från och med nu.`,
  'adjust.nextAtOnce': (meeting: string, list: string) =>
    `nästa steg: sekr anslag ${meeting} --paragraphs ${list} (anslaget om justering); resten justeras med sekr adjust ${meeting} --date åååå-mm-dd`,
  'adjust.byNoPerson': (id: string) => `--by: det finns ingen person '${id}' i registret`,
  'adjust.byNotAdjuster': (id: string) => `--by ${id}: är inte justerare för det här mötet`,
  'adjust.theAdjusters': (ids: string[]) => `${ids.length > 1 ? 'justerarna är' : 'justeraren är'} ${ids.join(', ')}`,

  // commands/send.ts
  'send.nothingYet': (meeting: string, state: string) => `${meeting} är ${statusAfterIs(state)}: det finns inget att skicka än`,
  'send.nothingYetHint': (meeting: string) => `för in mötet först: sekr attendance, sedan sekr record ${meeting}`,
  'send.noItems': (meeting: string) => `${meeting} har inga punkter att skicka`,
  'send.recordFirst': 'för in mötet först',
  'send.dateBefore': (date: string, meetingDate: string) => `--date ${date} är före mötet (${meetingDate})`,
  'send.dateBeforeHint': 'dagen det skickas, t.ex. i dag',
  'send.label': (protocol: boolean, n: number): string => (protocol ? `§ ${n}` : `punkt ${n}`),
  'send.emptyItem': (label: string, title: string) => `${label} (${title}) har varken text eller beslut`,
  'send.emptyItemHint': 'för in något, eller ta bort den',
  'send.emptyItems': (meeting: string, count: number) => `${meeting} har ${count === 1 ? 'en punkt' : `${count} punkter`} där inget är infört; inget skickades`,
  'send.emptyItemsHint': 'skicka det som det är med --allow-empty',
  'send.what': (protocol: boolean): string => (protocol ? 'Att markera protokollsutkastet som skickat' : 'Att markera anteckningarna som skickade'),
  'send.summaryCount': (count: number, protocol: boolean, empty: number) =>
    `: ${count} ${protocol ? 'paragrafer' : 'punkter'}${empty ? `, varav ${empty} utan något infört` : ''}`,
  'send.summaryWhen': (date: string, protocol: boolean) =>
    `Skickas ${date}; ${protocol ? 'sedan granskar justeraren det' : 'ledamöterna har en vecka på sig att skicka rättelser'}.`,
  'send.question': (protocol: boolean): string =>
    protocol ? 'Markera protokollsutkastet som skickat och skriva kopian att mejla?' : 'Markera anteckningarna som skickade och skriva kopian att mejla?',
  'send.notDone': 'inte skickat',
  'send.nextProtocol': (by: string, meeting: string) => `justera det senast ${by}: sekr adjust ${meeting} --date åååå-mm-dd`,
  'send.nextNotes': (until: string, meeting: string) => `rättelser till och med ${until}; sedan sekr approve ${meeting}`,
  'send.sent': 'skickat',
  'send.sentLine': (meeting: string, date: string, next: string) => ` ${meeting} den ${date}; ${next}`,

  // commands/notice.ts
  'notice.notes': (group: string) => `${group} för mötesanteckningar, och de har inget anslag om justering`,
  'notice.notesHint': 'anteckningar godkänns (sekr approve) och publiceras (sekr publish)',
  'notice.notAtOnce': (n: number, meeting: string) => `§ ${n} i ${meeting} är inte omedelbart justerad`,
  'notice.notAtOnceHint': (meeting: string, n: number) => `justera den först: sekr adjust ${meeting} --paragraphs ${n} --date åååå-mm-dd`,
  'notice.notAdjusted': (meeting: string) => `${meeting} är inte justerat än`,
  'notice.onlyAtOnce': (which: string, meeting: string, list: string) => `bara ${which} är justerad: sekr anslag ${meeting} --paragraphs ${list}`,
  'notice.adjustFirst': (meeting: string) => `justera det först: sekr adjust ${meeting} --date åååå-mm-dd`,
  'notice.postedBefore': (posted: string, adjusted: string) => `--posted ${posted} är före justeringen (${adjusted})`,
  'notice.postedBeforeHint': 'anslaget sätts upp när protokollet är justerat',
  'notice.posted': (posted: string, takenDown: string) => `anslaget ${posted}, tas ned ${takenDown}`,

  // commands/extract.ts
  'extract.notes': (group: string) => `${group} för mötesanteckningar, och de har inga paragrafer att göra utdrag ur`,
  'extract.notesHint': 'ett protokollsutdrag görs ur ett protokoll',
  'extract.noParagraph': (text: string, meeting: string) => `det finns ingen § ${text} i ${meeting}`,
  'extract.nameParagraphs': 'ange vilka paragrafer utdraget ska omfatta',
  'extract.nameParagraphsHint': (meeting: string, first: number) => `t.ex. sekr extract ${meeting} ${first}`,
  'extract.notAdjusted': (which: string, meeting: string, count: number) =>
    `${which} i ${meeting} är inte ${count === 1 ? 'justerad' : 'justerade'} än: ett utdrag görs ur det justerade protokollet`,
  'extract.notAdjustedHint': (meeting: string, list: string) =>
    `justera det först: sekr adjust ${meeting} --date åååå-mm-dd, eller för en brådskande paragraf --paragraphs ${list}`,
  'extract.confidentialNeedsTo':
    '--include-confidential är till för en namngiven mottagare som har rätt att ta del av uppgifterna: ange --to, inte --send-list',
  'extract.confidentialNeedsToHint': (meeting: string, list: string) =>
    `t.ex. sekr extract ${meeting} ${list} --to "Förvaltningsrätten i Malmö" --include-confidential`,
  // One verb for one paragraph and for several: "anger" either way.
  'extract.noRecipients': (which: string, meeting: string, _count: number) => `${which} i ${meeting} anger ingen som beslutet ska skickas till`,
  'extract.noRecipientsHint': (meeting: string, n: number) =>
    `lägg till mottagare: sekr item set ${meeting} ${n} --send-to "Vårdsamverkan Skåne" (före justeringen), eller ange --to`,
  'extract.confidentialInFull': (which: string, to: string) => `${which} omfattas av sekretess, lämnas i sin helhet till ${to}: det framgår av utdraget`,
  'extract.confidentialMasked': (which: string) =>
    `sekretess, bara rubriken och sekretessgrunden anges: ${which} (--include-confidential --to för en myndighet som har rätt att ta del av uppgifterna)`,

  // commands/publish.ts
  'publish.notReady': (meeting: string, state: string, protocol: boolean) =>
    `${meeting} är ${statusAfterIs(state)}: bara ${protocol ? 'ett justerat protokoll' : 'slutliga (godkända) anteckningar'} kan publiceras`,
  'publish.adjustHint': (meeting: string) => `sekr adjust ${meeting} --date åååå-mm-dd`,
  'publish.approveHint': (meeting: string) => `sekr approve ${meeting}`,
  'publish.signNeedsPdf': '--sign signerar PDF-filen: lägg till pdf i --format',
  'publish.noCertificate': (path: string) => `--sign: det finns inget certifikat ${path}`,
  'publish.noCertificateHint': 'ange sökvägen till organisationens .p12-fil',
  'publish.signed': ' (signerad med certifikatet)',
  'publish.withheld': (list: string) => `sekretess, bara rubriken publicerad: ${list}`,

  // commands/report.ts
  'report.jobsWhat': 'ett antal trådar',
  'report.jobsExample': 't.ex. --jobs 2; 1 renderar i den här processen',
  'report.upToDate': (documents: number) => `inget har ändrats sedan förra körningen: alla ${documents} dokument är aktuella`,
  'report.rendered': (rendered: number, unchanged: number) => ` ${rendered} dokument${unchanged ? `, ${unchanged} oförändrade (hoppades över)` : ''}`,
  'report.head': (internal: boolean, year: number, groups: number) =>
    `${internal ? 'intern årsrapport' : 'årsrapport'} ${year}, ${groups} ${groups === 1 ? 'grupp' : 'grupper'}: `,
  'report.tail': (seconds: string, index: string) => ` på ${seconds.replace('.', ',')} s; index: ${index}`,
  'report.internal': (dir: string) => `${dir} innehåller sekretessbelagda paragrafer i sin helhet: förvara den inom kontoret och publicera den aldrig`,
  'report.yearProblems': (year: number) => `uppgifterna för ${year} har problem; inget skrevs`,

  // commands/validate.ts
  'validate.counts': (groups: number, people: number, meetings: number, plans: number) =>
    `${groups} ${groups === 1 ? 'grupp' : 'grupper'}, ${people} ${people === 1 ? 'person' : 'personer'}, ` +
    `${meetings} ${meetings === 1 ? 'möte' : 'möten'}, ${plans} ${plans === 1 ? 'plan' : 'planer'}`,
  'validate.warnings': (count: number) => (count ? `; ${count} ${count === 1 ? 'varning' : 'varningar'}` : ''),
  'validate.ok': (dir: string, counts: string, warnings: string) => ` ${dir}: ${counts}; inga problem${warnings}`,
  'validate.failed': (dir: string, count: number, warnings: string, counts: string) =>
    ` ${dir}: ${count} problem${warnings} (${counts})${count === 0 ? ', och --strict räknar varningar' : ''}`,

  // commands/migrate.ts
  'migrate.registryProblems': 'registret har problem: rätta dem först (sekr validate), migrera sedan',
  'migrate.newer': (from: number, to: number) => `datamappen har format ${from}, som är nyare än den här sekr (${to})`,
  'migrate.newerHint': 'uppdatera sekr',
  'migrate.nothing': (dir: string, format: number) => ` ${dir} har format ${format}, samma som den här sekr: inget att migrera`,
  'migrate.wouldLeaveProblems': 'migreringen skulle lämna filer med problem; inget skrevs',
  'migrate.sealFirst': 'försegla dessa först: från format 2 läses en slutlig status bara tillsammans med sin försegling; inget skrevs',
  'migrate.hunk': (line: number) => `  @@ rad ${line}`,
  'migrate.summary': (from: number, to: number, files: number) =>
    `format ${from} → ${to}: ${files} ${files === 1 ? 'fil' : 'filer'} att ändra; förseglade möten ändras aldrig`,
  'migrate.toDoFirst': 'gör först',
  'migrate.migrated': 'migrerat',
  'migrate.dryRun': 'inget skrevs: sekr migrate --yes gör ändringarna (kommentarer och resten av varje fil står kvar som de är skrivna)',
  'migrate.unsealed': (status: string) => `status: ${status} men ingen försegling`,
  'migrate.unsealedNotesHint': (meeting: string) => `sekr approve ${meeting} --date åååå-mm-dd förseglar anteckningarna som de står`,
  'migrate.unsealedProtocolHint': (meeting: string) => `om protokollet är justerat, sätt status: sent och kör sekr adjust ${meeting} --date åååå-mm-dd`,

  // commands/schema.ts
  'schema.firstLine': (first: string) =>
    `I en datafil ger första raden\n  ${first}\nkomplettering och kontroll i redigerare som använder YAML Language Server.`,

  // commands/completion.ts
  'completion.noShell': (shell: string) => `ingen komplettering för '${shell}'`,
  'completion.noShellHint': 'sekr completion bash, eller sekr completion zsh',

  // commands/templates-list.ts
  'templates-list.yoursOverrides': 'egen, ersätter medföljande',
  'templates-list.yours': 'egen',
  'templates-list.bundled': 'medföljande',

  // commands/templates-eject.ts
  'templates-eject.noBundled': (name: string) => `det finns ingen medföljande mall '${name}'`,
  'templates-eject.noBundledHint': (names: string) => `de medföljande mallarna är: ${names}`,
  'templates-eject.exists': (path: string) => `${path} finns redan`,
  'templates-eject.existsHint': 'redigera den, eller lägg till --force för att ersätta den med den medföljande',
  'templates-eject.copied': 'kopierade',
  'templates-eject.copiedLine': (name: string, path: string) => ` ${name} till ${path}: den används från och med nu i stället för den medföljande`,

  // render/markdown.ts
  'markdown.settings': (where: string | undefined, message: string) => `mallens inställningar: ${where ?? 'inledningen'}: ${message}`,
  'markdown.settingsHint': 'inställningarna mellan raderna med --- är header, footer och language',
  'markdown.unfinished': (name: string) => `mallen ${name}: renderingen blev aldrig klar`,
  'markdown.outOfMemory': (name: string, mb: number) => `mallen ${name}: renderingen behövde mer än ${mb} MB minne och stoppades`,
  'markdown.loopsHint': loopsHint,
  'markdown.stopped': (name: string, code: number) => `mallen ${name}: renderingen avbröts (slutkod ${code})`,
  'markdown.tooSlow': (name: string, seconds: number) => `mallen ${name}: renderingen tog mer än ${seconds} s och stoppades`,
  'markdown.tooLong': (name: string, millions: number) => `mallen ${name}: dess loopar skrev mer än ${millions} miljoner tecken, och den stoppades`,
  'markdown.pleaseReport': 'rapportera det som ett fel i sekr',
  'markdown.error': (name: string, what: string, expected: string | undefined) => `mallen ${name}: ${what}${expected ? `: ${expected}` : ''}`,
  'markdown.expected': (what: string) => `väntade ${what}`,
  'markdown.onLine': (line: number) => ` på rad ${line}`,
  'markdown.fixHint': 'rätta mallen, eller ta bort den för att använda den medföljande',
  'markdown.bundledHint': 'det här är en medföljande mall: rapportera det som ett fel i sekr',

  // render/pdf.ts
  'pdf.noOffice': 'PDF kräver LibreOffice, och det är inte installerat',
  'pdf.noOfficeHint':
    'installera det (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui; macOS: brew install --cask libreoffice), ' +
    'sätt SEKR_SOFFICE till dess soffice-program, eller ta bort pdf ur --format',
  'pdf.notPdfA': 'LibreOffice gjorde en PDF, men inte PDF/A-2 som arkivet kräver',
  'pdf.notPdfAHint': (office: string) => `LibreOffice 7.4 eller senare behövs (${office} --version visar vilken version det är), eller ta bort pdf ur --format`,
  'pdf.failed': (message: string) => `LibreOffice kunde inte göra PDF-filen: ${message}`,
  'pdf.failedHint': 'prova konverteringen för hand: soffice --headless --convert-to pdf FIL.docx',

  // render/pdf-signature.ts
  'pdf-signature.unreadable': (path: string, message: string | undefined) => `kan inte läsa certifikatet ${path}: ${message ?? 'filen finns inte'}`,
  'pdf-signature.unreadableHint': 'ange sökvägen till organisationens .p12-fil med --sign',
  'pdf-signature.placeholder': (message: string) => `PDF-filen kunde inte förberedas för en signatur: ${message}`,
  'pdf-signature.cannotSign': (path: string, message: string | undefined) =>
    `kan inte signera PDF-filen med ${path}: ${message ?? 'lösenordet är fel, eller så är det inte en .p12-fil'}`,
  'pdf-signature.cannotSignHint': 'lösenordet läses från SEKR_SIGN_PASSWORD, eller efterfrågas i en terminal',

  // report/pool.ts
  'pool.workerStopped': (code: number) => `en arbetstråd avslutades (slutkod ${code})`,
  'pool.outOfMemory': (mb: number) => `renderingen av årsrapporten behövde mer minne än en arbetstråd får använda (${mb} MB), och stoppades`,
  'pool.outOfMemoryHint': 'om datamappen har egna mallar, leta efter #each-block inuti varandra över långa listor; inget skrevs',
  'pool.failedToStart': 'en arbetstråd kunde inte starta',
};

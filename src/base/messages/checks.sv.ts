/** Swedish: the messages of checks (see ../i18n.ts). Keys are "<file>.<what>"; a message with parts to fill in is a function. */

/** A list in attendance, as the file names it (present, absent), in Swedish. */
const list = (l: string) => (l === 'present' ? 'närvarande' : l === 'absent' ? 'frånvarande' : l);

export const checks = {
  // check/located.ts
  'located.addPerson': 'lägg till personen under people: i registry.yaml',

  // check/paragraphs.ts
  'paragraphs.itemOne': 'punkt',
  'paragraphs.itemMany': 'punkter',
  'paragraphs.noneYet': 'inga ännu',
  'paragraphs.javProposal': (by: string, label: string) => `${by} lägger ett förslag i ${label} men är jävig där`,
  'paragraphs.javProposalHint': 'den som är jävig deltar inte i ärendet: ta bort förslaget',
  'paragraphs.spanOutside': (key: string, n: number, range: string) => `${key}: ${n} är ingen paragraf i det här sammanträdet (dess paragrafer: ${range})`,
  'paragraphs.spanOutsideHint': 'ange numret som det står i protokollet',
  'paragraphs.spanReversed': (person: string, from: string, to: string) => `${person} deltar från ${from} till ${to}: from kommer efter to`,
  'paragraphs.spanReversedHint': 'from är den första paragraf personen deltog i, to den sista',
  'paragraphs.substituteOverlap': (person: string, member: string, label: string) => `${person} tjänstgör för ${member} i ${label}, där ${member} själv deltar`,
  'paragraphs.substituteOverlapHint': 'en ersättare tjänstgör bara där ledamoten inte gör det: ange ledamotens to: eller ersättarens from:',
  'paragraphs.voteAndVotes': (label: string) => `${label} har både vote: och votes:`,
  'paragraphs.voteAndVotesHint': 'skriv alla paragrafens omröstningar under votes:, i den ordning de hölls',
  'paragraphs.closedNames': 'en sluten omröstning (closed: true) har inga namn',
  'paragraphs.closedNamesHint': 'ta bort votes: och ange bara röstsiffrorna: { ja: 4, nej: 3 } eller per kandidat',
  'paragraphs.closedCounts': 'en sluten omröstning behöver sina röstsiffror',
  'paragraphs.closedCountsHint': 'lägg till counts: { ja: 4, nej: 3 }, eller rösterna som varje kandidat fick',
  'paragraphs.voteNeedsVotes': 'en omröstning behöver rösterna med namn, eller closed: true och röstsiffrorna',
  'paragraphs.voteNeedsVotesHint': 'lägg till votes: { person-id: ja|nej|avstår, ... }, eller closed: true och counts:',
  'paragraphs.javVote': (id: string) => `${id} röstar men är jävig i den här paragrafen`,
  'paragraphs.javVoteHint': 'den som är jävig deltar inte: ta bort rösten',
  'paragraphs.voteNotServing': (id: string, choice: string, label: string, served: string) =>
    `${id} röstar ${choice} i ${label} men tjänstgör bara i ${served}`,
  'paragraphs.voteNotServingHint': 'bara de som tjänstgör i paragrafen röstar: kontrollera from: och to: i närvaron',
  'paragraphs.voteNotPresent': (id: string) => `${id} röstar men är varken närvarande ledamot eller tjänstgörande ersättare`,
  'paragraphs.voteNotPresentHint': 'bara närvarande ledamöter och tjänstgörande ersättare kan rösta',
  'paragraphs.countsMismatch': (stated: string, named: string) => `röstsiffrorna (${stated}) stämmer inte med namnen (${named})`,
  'paragraphs.countsMismatchHint': 'rätta namnen eller röstsiffrorna; sekr räknar namnen själv, så counts: kan utelämnas',
  'paragraphs.ballotTooMany': (cast: number, serving: number, label: string) => `omröstningen räknar ${cast} röster, men ${serving} tjänstgör i ${label}`,
  'paragraphs.ballotTooManyHint': 'varje tjänstgörande ledamot har högst en röst: rätta röstsiffrorna, eller vilka som tjänstgjorde',
  'paragraphs.electionCasting': 'ett val avgörs inte med utslagsröst',
  'paragraphs.electionCastingHint': 'lika röstetal vid val avgörs genom lottning: lot: <den som lotten föll på>',
  'paragraphs.electionTie': 'lika röstetal vid val: det avgörs genom lottning',
  'paragraphs.electionTieHint': 'lägg till lot: <den som lotten föll på>',
  'paragraphs.lotNotElection': 'lot gäller lika röstetal vid val',
  'paragraphs.lotNotElectionHint': 'lika röstetal i en sakfråga avgörs av ordförandens utslagsröst: castingVote: ja eller nej',
  'paragraphs.tie': (ja: number, nej: number) => `lika röstetal (${ja} ja, ${nej} nej): ordförandens utslagsröst avgör`,
  'paragraphs.tieHint': 'lägg till castingVote: ja eller nej, så som ordföranden röstade',
  'paragraphs.castingNoTie': (ja: number, nej: number) => `castingVote gäller lika röstetal, och den här omröstningen har ${ja} ja, ${nej} nej`,
  'paragraphs.castingNoTieHint': 'ta bort castingVote',
  'paragraphs.castingNotChair': (chair: string, voted: string, casting: string) => `ordföranden, ${chair}, röstade ${voted}, men utslagsrösten är ${casting}`,
  'paragraphs.castingNotChairHint': (voted: string) => `utslagsrösten är ordförandens egen: castingVote: ${voted}`,
  'paragraphs.reservesTwice': (by: string, label: string) => `${by} reserverar sig två gånger i ${label}`,
  'paragraphs.reservesTwiceHint': 'behåll en reservation per ledamot',
  'paragraphs.reserveJav': (by: string, label: string) => `${by} reserverar sig mot beslutet i ${label} men är jävig där och deltog inte i beslutet`,
  'paragraphs.reserveJavHint': 'bara en ledamot som deltagit i beslutet får reservera sig (kommunallagen 4 kap. 27 §): ta bort reservationen',
  'paragraphs.reserveNotServing': (by: string, label: string) => `${by} reserverar sig mot beslutet i ${label} men är inte tjänstgörande ledamot där`,
  'paragraphs.reserveNotServingHint': (name: string) =>
    `bara en ledamot som deltagit i beslutet får reservera sig (kommunallagen 4 kap. 27 §); ${name} kan i stället få en protokollsanteckning`,
  'paragraphs.reserveVotedFor': (by: string, label: string, choice: string) => `${by} reserverar sig mot beslutet i ${label} men röstade ${choice}, för det`,
  'paragraphs.reserveVotedForHint': 'man reserverar sig mot ett beslut man inte har stött: ta bort reservationen, eller rätta rösten',
  'paragraphs.reserveAbstained': (by: string, label: string) => `${by} reserverar sig mot beslutet i ${label} men avstod i omröstningen`,
  'paragraphs.reserveAbstainedHint': 'den som inte deltar i ett beslut kan inte reservera sig mot det: ta bort reservationen, eller rätta rösten',
  'paragraphs.reservationBefore': (by: string, submitted: string, date: string) =>
    `den skriftliga reservationen från ${by} är daterad ${submitted}, före sammanträdet (${date})`,
  'paragraphs.reservationBeforeHint': 'ange dagen då den lämnades in',
  'paragraphs.reservationLate': (by: string, submitted: string, deadline: string) =>
    `den skriftliga reservationen från ${by} lämnades in ${submitted}, efter den tid som satts för justering av protokollet (${deadline})`,
  'paragraphs.reservationLateHint':
    'en skriftlig reservation ska lämnas in senast vid justeringen (kommunallagen 4 kap. 27 §): rätta submitted:, ' +
    'eller för in reservationen utan skriftlig motivering',
  'paragraphs.noteNotServing': (by: string, label: string) => `${by} har fått en protokollsanteckning i ${label} men tjänstgör inte där`,
  'paragraphs.noteNotServingHint':
    'en anteckning av någon annan än en tjänstgörande ledamot kräver ordförandens medgivande: lägg till allowed: true när ordföranden har gett det',
  'paragraphs.quorum': (label: string, serving: number, members: number, fullmaktige: boolean, needed: number) =>
    `${label} beslutades med ${serving} av ${members} ledamöter tjänstgörande: ${fullmaktige ? 'fullmäktige' : 'en nämnd'} får besluta ` +
    `bara när mer än hälften deltar (${needed}; kommunallagen ${fullmaktige ? '5 kap. 42 §' : '6 kap. 27 §'})`,
  'paragraphs.quorumHint':
    'kontrollera närvaron (from:, to:, jäv och tjänstgörande ersättare); ' +
    'ett ärende som sammanträdet inte kunde besluta om bordläggs (deferred: bordläggning) utan beslut',

  // check/meeting.ts
  'meeting.noGroup': (group: string) => `ingen grupp '${group}' i registret (mappen meetings/${group}/ anger den)`,
  'meeting.noGroupHint': 'lägg till gruppen i registry.yaml eller flytta filen',
  'meeting.wrongFolder': (group: string, said: string) => `filen ligger i meetings/${group}/ men anger group: ${said}`,
  'meeting.wrongFolderHint': 'flytta filen eller rätta group:',
  'meeting.wrongDate': (date: string, said: string) => `filen heter ${date}.yaml men anger date: ${said}`,
  'meeting.wrongDateHint': 'byt namn på filen eller rätta date:',
  'meeting.unknownPerson': (id: string, what: string) => `okänd person '${id}' som ${what}`,
  'meeting.asChair': 'sammanträdets ordförande',
  'meeting.asSecretary': 'sekreterare',
  'meeting.asAdjuster': 'justerare',
  'meeting.asPresent': 'närvarande',
  'meeting.asAbsent': 'frånvarande',
  'meeting.asProposer': 'förslagsställare',
  'meeting.asDisqualified': 'jävig',
  'meeting.asReserving': 'reservant',
  'meeting.asPresenter': 'föredragande',
  'meeting.notesFirstParagraph': (group: string) => `${group} för mötesanteckningar, som numrerar punkterna från 1; firstParagraph gäller protokoll`,
  'meeting.removeFirstParagraph': 'ta bort firstParagraph',
  'meeting.listedTwice': (id: string, before: string, now: string) => `${id} står två gånger i närvaron (${list(before)} och ${list(now)})`,
  'meeting.keepOne': 'behåll en av dem',
  'meeting.absentNotMember': (id: string, group: string) => `${id} står som frånvarande men är inte ledamot i ${group}`,
  'meeting.absentNotMemberHint': 'bara ledamöter står som frånvarande; ta bort raden eller lägg till medlemskapet',
  'meeting.noSubstitutes': (group: string) => `${group} har inga ersättare (ersättare utses inte)`,
  'meeting.noSubstitutesHint': 'ta bort for:, eller sätt substitutes: true på gruppen',
  'meeting.standsInNotMember': (person: string, member: string, group: string) => `${person} ersätter '${member}', som inte är ledamot i ${group}`,
  'meeting.nameAbsentLedamot': 'ange en frånvarande ledamot',
  'meeting.standsInPresent': (person: string, member: string) => `${person} ersätter ${member}, som är närvarande`,
  'meeting.standsInPresentHint': 'en ersättare går bara in för en frånvarande ledamot',
  'meeting.chairNotPresent': (chair: string) => `sammanträdets ordförande, ${chair}, står inte som närvarande`,
  'meeting.chairNotPresentHint': 'lägg till personen under attendance.present, eller ange en annan ordförande',
  'meeting.adjusterNotPresent': (adjuster: string) => `justeraren ${adjuster} står inte som närvarande`,
  'meeting.adjusterNotPresentHint': 'justerare väljs bland de närvarande',
  'meeting.noAdjuster': (group: string, viceChair: boolean) =>
    `ett protokoll justeras av en justerare: ${viceChair ? `${group} justeras av sin vice ordförande, men gruppen har ingen` : 'ingen justerare är utsedd'}`,
  'meeting.noAdjusterHint': (viceChair: boolean): string =>
    viceChair ? 'lägg till viceChair: på gruppen i registry.yaml' : 'lägg till adjusters: [person-id]',
  'meeting.namedNotPresent': (id: string, what: string) => `${id} anges som ${what} men står inte som närvarande`,
  'meeting.namedNotPresentHint': 'lägg till personen under attendance.present, eller rätta id:t',
  'meeting.unknownInNote': (by: string) => `okänd person '${by}' i en protokollsanteckning`,
  'meeting.unknownVoter': (id: string, choice: string) => `okänd person '${id}' röstar ${choice}`,
  'meeting.statusNoActivity': 'activityStatus utan aktivitet',
  'meeting.statusNoActivityHint': 'lägg till activity: <aktivitetens id i verksamhetsplanen>, eller ta bort activityStatus',
  'meeting.noPlan': (activity: string, group: string, year: string) =>
    `punkten följer upp aktiviteten '${activity}', men ${group} har ingen verksamhetsplan för ${year}`,
  'meeting.noPlanHint': (group: string, year: string) => `lägg till plans/${group}/${year}.yaml, eller ta bort activity:`,
  'meeting.unknownActivity': (activity: string, year: string) => `okänd aktivitet '${activity}' i verksamhetsplanen för ${year}`,
  'meeting.activitiesAre': (ids: string) => `aktiviteterna är: ${ids}`,

  // check/registry.ts
  'registry.duplicateId': (id: string, list: string) => `id:t '${id}' finns två gånger i ${list}`,
  'registry.duplicateIdHint': (line: number) => `det används redan på rad ${line}: ge var och en ett eget id`,
  'registry.unknownPerson': (id: string, what: string) => `okänd person '${id}' som ${what}`,
  'registry.asChair': 'ordförande',
  'registry.asViceChair': 'vice ordförande',
  'registry.asSecretary': 'sekreterare',
  'registry.asConvener': 'sammankallande',
  'registry.asStandingAdjuster': 'ständig justerare',
  'registry.unknownKind': (kind: string) => `okänd grupptyp '${kind}'`,
  'registry.kindsAre': (kinds: string) => `grupptyperna under groupKinds: är ${kinds}`,
  'registry.unknownParent': (parent: string) => `okänd överordnad grupp '${parent}'`,
  'registry.nameGroupId': 'ange ett grupp-id från groups:',
  'registry.ownAncestor': (group: string) => `gruppen '${group}' är överordnad sig själv genom parent:`,
  'registry.ownAncestorHint': 'en grupp rapporterar till en grupp ovanför sig; bryt cirkeln',
  'registry.chairIsVice': (person: string, group: string) => `${person} är både ordförande och vice ordförande i ${group}`,
  'registry.chairIsViceHint': 'ange en annan vice ordförande, eller ta bort viceChair',
  'registry.unknownMember': (person: string, group: string) => `okänd person '${person}' bland ledamöterna i ${group}`,
  'registry.memberTwice': (person: string, group: string, first: string, second: string) =>
    `${person} står två gånger i ${group} (som ${first} och som ${second})`,
  'registry.memberTwiceHint': 'en person har en roll i en grupp: behåll en av raderna',
  'registry.noSubstitutes': (group: string, person: string) => `${group} har inga ersättare, men ${person} är ersättare`,
  'registry.noSubstitutesHint': 'sätt substitutes: true på gruppen, eller ge ledamoten en annan roll',
  'registry.forNotErsattare': (person: string, role: string) => `bara en ersättare går in för någon; ${person} är ${role}`,
  'registry.forNotErsattareHint': 'sätt role: ersättare, eller ta bort for:',
  'registry.standsInNotMember': (person: string, member: string, group: string) => `${person} ersätter '${member}', som inte är ledamot i ${group}`,
  'registry.nameLedamot': 'ange en ledamot i gruppen',
  'registry.standsInNotLedamot': (person: string, member: string, role: string) => `${person} ersätter ${member}, som är ${role}, inte ledamot`,
  'registry.standsInNotLedamotHint': 'en ersättare går in för en ledamot',
  'registry.unknownCategory': (category: string) => `okänd kategori '${category}'`,
  'registry.categoriesAre': (categories: string) => `kategorierna är ${categories}`,

  // check/plan.ts
  'plan.noGroup': (group: string) => `ingen grupp '${group}' i registret (mappen plans/${group}/ anger den)`,
  'plan.noGroupHint': 'lägg till gruppen i registry.yaml eller flytta filen',
  'plan.wrongFolder': (group: string, said: string) => `filen ligger i plans/${group}/ men anger group: ${said}`,
  'plan.wrongFolderHint': 'flytta filen eller rätta group:',
  'plan.wrongYear': (year: number, said: number) => `filen heter ${year}.yaml men anger year: ${said}`,
  'plan.wrongYearHint': 'byt namn på filen eller rätta year:',
  'plan.startNoEnd': 'planen har ett startdatum men inget slutdatum',
  'plan.startNoEndHint': 'lägg till end: åååå-mm-dd, eller ta bort start för ett kalenderår',
  'plan.endNoStart': 'planen har ett slutdatum men inget startdatum',
  'plan.endNoStartHint': 'lägg till start: åååå-mm-dd, eller ta bort end för ett kalenderår',
  'plan.startYear': (starts: string, year: number) => `planen börjar ${starts} men anger year: ${year}`,
  'plan.startYearHint': 'year är året då planen börjar (och filens namn)',
  'plan.endBeforeStart': (end: string, start: string) => `planen slutar (${end}) innan den börjar (${start})`,
  'plan.indicatorTwice': (id: string, first: number) => `två indikatorer har id:t ${id} (även indicators[${first}])`,
  'plan.indicatorTwiceHint': 'ge var och en ett eget id',
  'plan.whichUnit': (id: string) => `${id} följs upp per enhet: vilken enhet gäller resultatet?`,
  'plan.addUnit': (units: string) => `lägg till unit: (${units || 'ange enheterna under units:'})`,
  'plan.notPerUnit': (id: string) => `${id} följs inte upp per enhet`,
  'plan.notPerUnitHint': 'sätt perUnit: true på indikatorn, eller ta bort unit:',
  'plan.unknownUnit': (unit: string) => `okänd enhet '${unit}'`,
  'plan.unitsAre': (units: string) => `planens enheter är: ${units || 'inga (lägg till units:)'}`,
  'plan.unknownGoal': (goal: string, parent: string | undefined, group: string) =>
    `okänt mål '${goal}' (${parent !== undefined ? `målen för ${parent}` : `${group} har ingen överordnad grupp med mål`})`,
  'plan.goalsAre': (goals: string) => `målen är: ${goals}`,
  'plan.addParentGoals': 'lägg till goals: på den överordnade gruppen i registry.yaml',
  'plan.duplicateId': (id: string, before: string) => `id:t '${id}' finns två gånger i planen (även ${before})`,
  'plan.duplicateIdHint': 'ge varje mål och aktivitet ett eget id',

  // check/folder.ts
  'folder.formatTooNew': (format: number, max: number) => `datamappen har format ${format}, skrivet av en nyare sekr; den här läser upp till format ${max}`,
  'folder.updateSekr': 'uppdatera sekr',
  'folder.strayPlan': 'ingen planfil: plans/<grupp>/ innehåller filer som heter åååå.yaml',
  'folder.strayPlanHint': 'byt namn på filen till planens år, eller flytta den från plans/',
  'folder.strayMeeting': 'ingen mötesfil: meetings/<grupp>/ innehåller filer som heter åååå-mm-dd.yaml',
  'folder.strayMeetingHint': 'byt namn på filen till mötets datum, eller flytta den från meetings/',
  'folder.actionsNoGroup': (group: string) => `ingen grupp '${group}' i registret (filen data/actions/${group}.yaml anger den)`,
  'folder.actionsNoGroupHint': 'byt namn på filen till ett grupp-id',
  'folder.noMeetingOfAction': (group: string, date: string) => `inget möte i ${group} den ${date}`,
  'folder.noMeetingHint': 'mötet som beslutade åtgärdspunkten, så som sekr actions visar det',
  'folder.noAction': (id: string, date: string) => `ingen åtgärdspunkt '${id}' beslutades på mötet den ${date}`,
  'folder.actionsListIds': 'sekr actions visar id:na',
  'folder.olderFormat': (format: number, now: number) => `datamappen har format ${format}; den här sekr skriver format ${now}`,
  'folder.olderFormatHint': 'sekr migrate visar vad som ändras, och sekr migrate --yes gör ändringarna',

  // check/numbering.ts
  'numbering.gap': (from: number, to: number) => `en lucka: §§ ${from}–${to} finns inte i något sammanträde`,
  'numbering.overlap': (stated: number, previous: string) => `en överlappning: § ${stated} finns redan i sammanträdet den ${previous}`,
  'numbering.firstParagraph': (stated: number, previous: string, end: number, what: string) =>
    `firstParagraph är ${stated}, men föregående sammanträde (${previous}) slutar på § ${end}: ${what}`,
  'numbering.firstParagraphHint': (expected: number) => `sätt firstParagraph: ${expected}, eller ta bort det för att räkna vidare från föregående sammanträde`,
  'numbering.sealedKeeps': (date: string, adjusted: boolean, stated: number) =>
    `sammanträdet den ${date} är ${adjusted ? 'justerat' : 'förseglat'} och behåller sina nummer från § ${stated}`,
  'numbering.gapSealed': (previous: string, end: number, sealed: string, what: string) =>
    `föregående sammanträde (${previous}) slutar på § ${end}, men ${sealed}: ${what}`,
  'numbering.gapSealedOwn': (previous: string, first: number, last: number) =>
    ` eller, om inget hölls, ge sammanträdet den ${previous} firstParagraph: ${first} så att det slutar på § ${last}`,
  'numbering.gapSealedHint': (from: number, to: number, previous: string, date: string, own: string) =>
    `§§ ${from}–${to} hör till ett sammanträde mellan ${previous} och ${date}: ` +
    `lägg till dess fil med firstParagraph: ${from}${own} (den förseglade filen lämnas som den är)`,
  'numbering.overlapPrevious': (end: number, sealed: string, what: string) => `det här sammanträdets paragrafer går till § ${end}, men ${sealed}: ${what}`,
  'numbering.overlapPreviousHint': (date: string, last: number) =>
    `sammanträdena före ${date} måste sluta på § ${last}: kontrollera det här sammanträdets datum ` +
    `(hör det hemma efter ${date}?) och dess punkter; den förseglade filen lämnas som den är`,
  'numbering.bothSealed': (previous: string, date: string, what: string) => `de förseglade sammanträdena den ${previous} och ${date} överlappar: ${what}`,
  'numbering.bothSealedHint':
    'båda är förseglade som de justerades och ingen av dem ändras; kontrollera om en mötesfil mellan dem, eller en av dessa, har fel datum',

  // check/seal.ts
  'seal.missingSeal': (name: string, status: string) =>
    `${name} anger status: ${status}, som sekr bara skriver med en försegling, och har ingen: den kan inte läsas som den slutliga handlingen`,
  'seal.missingSealHint': 'sekr validate säger hur du rättar det',
  'seal.editedSince': (name: string, date: string, changed: string) => `${name} förseglades ${date} och har ändrats sedan dess: ${changed}`,
  'seal.editedSinceHint': 'återställ filen som den var när den förseglades (t.ex. git checkout -- FIL); en rättelse förs in vid ett senare sammanträde',
  'seal.atOnceEdited': (which: string, name: string, count: number, date: string, changed: string) =>
    `${which} i ${name} justerades omedelbart ${date} och har ändrats sedan dess: ${changed}`,
  'seal.atOnceEditedHint':
    'återställ filen som den var när den justerades (t.ex. git checkout -- FIL); en omedelbart justerad paragraf rättas bara vid ett senare sammanträde',
  'seal.brokenSeals': (count: number) =>
    count === 1
      ? 'ett förseglat sammanträde har ändrats för hand sedan dess; sekr läser det inte som den slutliga handlingen'
      : `${count} förseglade sammanträden har ändrats för hand sedan dess; sekr läser dem inte som slutliga handlingar`,
  'seal.brokenSealsHint': 'sekr verify visar varje ändring',
  'seal.statusNoSeal': (status: string, protocol: boolean, own: string, required: boolean, from: number) =>
    `status: ${status} säger att ${protocol ? 'protokollet är justerat' : 'anteckningarna är godkända'}, ` +
    `men förseglingen (${own}:) saknas: handlingen kan inte kontrolleras` +
    (required ? '' : `; från dataformat ${from} är detta ett fel`),
  'seal.statusNoSealHint': (protocol: boolean, name: string) =>
    protocol
      ? `sekr skriver den här statusen bara med en försegling; om protokollet har justerats, sätt status: sent och kör sekr adjust ${name} --date åååå-mm-dd`
      : `om anteckningarna är godkända, försegla dem som de är: sekr approve ${name} --date åååå-mm-dd`,
  'seal.otherSeal': (group: string, protocol: boolean, other: string) =>
    `${group} för ${protocol ? 'protokoll, som justeras' : 'mötesanteckningar, som godkänns'}: ${other}: hör inte hemma här`,
  'seal.removeKey': (key: string) => `ta bort ${key}:`,
  'seal.newerSeal': (version: number, mine: number) => `förseglingen har version ${version}, gjord av en nyare sekr än den här (${mine})`,
  'seal.newerSealHint': 'uppdatera sekr för att kunna kontrollera den',

  // check/changing.ts
  'changing.lockedAdjusted': (name: string, date: string) => `${name} justerades ${date}: det är nu den slutliga handlingen och sekr ändrar den inte`,
  'changing.lockedApproved': (name: string, date: string) => `${name} godkändes ${date}: det är nu den slutliga handlingen och sekr ändrar den inte`,
  'changing.lockedStatus': (name: string, status: string) => `${name} har status ${status}: det är nu den slutliga handlingen och sekr ändrar den inte`,
  'changing.lockedHint': (protocol: boolean): string =>
    protocol ? 'en rättelse förs in i en ny paragraf vid ett senare sammanträde' : 'en rättelse förs in i anteckningarna från ett senare möte',
  'changing.atOnceLocked': (which: string, count: number, date: string, changed: string) =>
    `${which} justerades omedelbart ${date}: det är den slutliga handlingen och sekr ändrar den inte (ändringen rör ${changed})`,
  'changing.atOnceLockedHint': 'en rättelse förs in i en paragraf vid ett senare sammanträde',

  // model/seal.ts
  'seal.newerVersion': (kind: string, version: number) => `${kind} (en försegling av version ${version}, nyare än den här sekr: uppdatera sekr)`,
  'seal.contentChanged': '(innehållet, på ett sätt som fälten inte visar)',
  'seal.sealMissing': (protocol: boolean, status: string) => `förseglingen (${protocol ? 'adjusted:' : 'approved:'}) saknas, men status anger ${status}`,
  'seal.statusNow': (status: string) => `status (nu ${status})`,
  'seal.whoAdjusted': 'vem som justerade och när (adjusted:)',
  'seal.whoApproved': 'vem som godkände och när (approved:)',
  'seal.itemLabel': (n: number) => `punkt ${n}`,
  'seal.removed': (label: string) => `${label} (borttagen)`,
  'seal.noSuchPerson': 'personen finns inte i registret',
  'seal.notSigner': 'undertecknar inte det här sammanträdet (ordföranden, justerarna och sekreteraren undertecknar)',
  'seal.unknownKey': (key: string, person: string) => `undertecknat med nyckeln ${key}, som registret inte anger för ${person}`,
  'seal.badSignature': 'underskriften stämmer inte med handlingen som den förseglades (handlingen, förseglingen eller underskriften har ändrats)',

  // model/paragraph-seal.ts
  'paragraph-seal.attendanceAt': (which: string) => `närvaron vid ${which}`,
  'paragraph-seal.removed': (n: number) => `§ ${n} (borttagen)`,
  'paragraph-seal.contentChanged': '(innehållet, på ett sätt som fälten inte visar)',

  // model/recording.ts

  // model/schedule.ts

  // model/migrations.ts
  'migrations.indicatorId': (name: string, id: string) => `indikatorn '${name}' får id:t ${id}`,
  'migrations.formatTwo': 'mappen anger sitt format: 2',

  // schema/*.ts: what zod says of a value of the wrong form
  'common.expectedId': 'ett id förväntas (text)',
  'common.expectedText': 'text förväntas',
  'common.notEmpty': 'får inte vara tom',
  'common.expectedDate': 'ett datum förväntas, som åååå-mm-dd',
  'common.noSuchDate': 'datumet finns inte i kalendern',
  'common.expectedTimeQuoted': 'en tid förväntas, t.ex. "10:00-12:00" (inom citattecken)',
  'common.expectedTime': 'en tid förväntas, t.ex. 10:00-12:00',
  'common.endsBeforeStart': 'mötet slutar innan det börjar',
  'common.expectedActionId': 'ett id för en åtgärdspunkt förväntas (text)',
  'common.actionIdForm': 'en åtgärdspunkts id är sex hexadecimala siffror, så som `sekr actions` visar det, t.ex. 3f9a2c',
  'common.modeIs': 'mode är digital eller fysiskt',
  'common.documentIs': 'document är protokoll eller mötesanteckning',
  'common.notAnId': 'inget giltigt id: ett id består av gemena a–z, siffror och enkla bindestreck, t.ex. styrgrupp-narvard',
  'plan.activityStatusIs': 'status är not-started, ongoing eller done',
  'plan.goalNeedsActivity': 'ett mål har minst en aktivitet',
  'plan.perUnitIs': 'perUnit är true eller false',
  'plan.yearIs': 'year är ett heltal, t.ex. 2026',
  'registry.roleIs': 'role är en av ledamot, ersättare, adjungerad, brukarrepresentant, kansli',
  'registry.adjusterIs': 'adjuster är "elected", "viceChair" eller { standing: person-id }',
  'registry.weekdayIs': 'weekday är måndag, tisdag, onsdag, torsdag eller fredag',
  'registry.everyQuoted': 'every är month, 2m, 1w, 2w ... (inom citattecken)',
  'registry.everyIs': 'every är month, 2m, 1w, 2w ...',
  'registry.weekIs': 'week är 1, 2, 3, 4 eller last',
  'registry.alternateTwo': 'alternate anger minst två mötesformer',
  'registry.expectedUrl': 'en webbadress förväntas',
  'registry.monthIs': 'en månad är 1–12',
  'registry.substitutesIs': 'substitutes är true eller false',
  'registry.politicalIs': 'political är nämnd eller fullmäktige',
  'registry.sinceLastIs': 'sinceLast är true eller false',
  'registry.expectedEmail': 'en e-postadress förväntas',
  'registry.keyForm': 'en nyckel skrivs av sekr keys init: ed25519:<44 tecken base64>',
  'registry.populationInt': 'population är ett heltal',
  'registry.populationPositive': 'population måste vara större än 0',
  'registry.expectedKronor': 'ett tal förväntas (kronor)',
  'registry.expectedShare': 'ett tal mellan 0 och 1 förväntas',
  'registry.languageIs': 'language är sv eller en',
  'registry.countryIs': 'country är en landskod med två bokstäver, t.ex. SE',
  'registry.notTimeZone': 'ingen tidszon: ange ett IANA-namn, t.ex. Europe/Stockholm',
  'registry.formatIs': 'format är ett heltal, som sekr skriver',
  'registry.kindsNeeded': 'ange minst en grupptyp',
  'meeting.statusIs': 'status är en av planned, agenda, held, draft, sent, final, adjusted, published',
  'meeting.paragraphInt': 'ett §-nummer är ett heltal',
  'meeting.paragraphPositive': 'ett §-nummer börjar på 1',
  'meeting.presentIs': 'en närvarorad är ett person-id, { person, for, note, from, to }, eller { name, organisation, note, from, to } för en gäst',
  'meeting.absentIs': 'en frånvarorad är ett person-id, eller { person, note }',
  'meeting.attachmentIs': 'en bilaga är en titel, eller { title, file }',
  'meeting.voteIs': 'en röst är ja, nej eller avstår',
  'meeting.votesIs': 'votes anger för varje person-id ja, nej eller avstår',
  'meeting.closedIs': 'closed är true, vid sluten omröstning',
  'meeting.countInt': 'en röstsiffra är ett heltal',
  'meeting.countMin': 'en röstsiffra är 0 eller mer',
  'meeting.countsIs': 'counts anger för det som röstades om (ja, nej, avstår eller ett namn) antalet röster',
  'meeting.castingVoteIs': 'castingVote är ja eller nej',
  'meeting.allowedIs': 'allowed är true, när ordföranden har medgett anteckningen',
  'meeting.bodyIs': 'body är text (Markdown)',
  'meeting.carryIs': 'carry är true, eller rubriken på punkten som tas upp nästa gång',
  'meeting.deferredIs': 'deferred är återremiss eller bordläggning',
  'meeting.keyForm': 'key skrivs av sekr: SHA256:<43 tecken>',
  'meeting.signatureForm': 'signature skrivs av sekr: 88 tecken base64',
  'meeting.versionForm': 'version skrivs av sekr: ett heltal',
  'meeting.fingerprintForm': 'fingerprint skrivs av sekr: sha256:<64 hexadecimala siffror>',
  'meeting.paragraphsNeeded': 'ange minst en §',
  'meeting.firstParagraphInt': 'firstParagraph är ett heltal',
  'meeting.firstParagraphPositive': 'firstParagraph börjar på 1',
  'meeting.expectedUrl': 'en webbadress förväntas',

  // check/registry-change.ts
  'registry-change.asItWouldBe': (file: string) => `${file} (som den skulle bli)`,
  'registry-change.refused': (count: number) => `ändringen skulle ge ${count === 1 ? 'ett problem' : `${count} problem`} i datamappen; inget skrevs`,
};

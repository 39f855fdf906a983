/** English: the messages of checks, the same keys as checks.sv.ts. */
import type { checks as sv } from './checks.sv.js';

export const checks: typeof sv = {
  // check/located.ts
  'located.addPerson': 'add the person under people: in registry.yaml',

  // check/paragraphs.ts
  'paragraphs.itemOne': 'item',
  'paragraphs.itemMany': 'items',
  'paragraphs.noneYet': 'none yet',
  'paragraphs.javProposal': (by, label) => `${by} makes a proposal in ${label} but is disqualified (jäv) there`,
  'paragraphs.javProposalHint': 'a member with a conflict of interest takes no part in the matter: remove the proposal',
  'paragraphs.spanOutside': (key, n, range) => `${key}: ${n} is not a paragraph of this meeting (its paragraphs: ${range})`,
  'paragraphs.spanOutsideHint': 'give the number as the protocol prints it',
  'paragraphs.spanReversed': (person, from, to) => `${person} takes part from ${from} to ${to}: from comes after to`,
  'paragraphs.spanReversedHint': 'from is the first paragraph they took part in, to the last',
  'paragraphs.substituteOverlap': (person, member, label) => `${person} serves for ${member} at ${label}, where ${member} takes part`,
  'paragraphs.substituteOverlapHint': `an ersättare serves only where the member does not: give the member's to: or the ersättare's from:`,
  'paragraphs.voteAndVotes': (label) => `${label} has both vote: and votes:`,
  'paragraphs.voteAndVotesHint': 'write every vote of the paragraph under votes:, in the order they were taken',
  'paragraphs.closedNames': 'a closed ballot (closed: true) records no names',
  'paragraphs.closedNamesHint': 'remove votes: and give only the counts: { ja: 4, nej: 3 } or by candidate',
  'paragraphs.closedCounts': 'a closed ballot needs its counts',
  'paragraphs.closedCountsHint': 'add counts: { ja: 4, nej: 3 }, or the votes each candidate got',
  'paragraphs.voteNeedsVotes': 'a vote needs the votes by name, or closed: true and the counts',
  'paragraphs.voteNeedsVotesHint': 'add votes: { person-id: ja|nej|avstår, ... }, or closed: true and counts:',
  'paragraphs.javVote': (id) => `${id} votes but is disqualified (jäv) in this paragraph`,
  'paragraphs.javVoteHint': 'a member with a conflict of interest takes no part: remove the vote',
  'paragraphs.voteNotServing': (id, choice, label, served) => `${id} votes ${choice} at ${label} but serves only at ${served}`,
  'paragraphs.voteNotServingHint': 'only those serving at the paragraph vote: check from: and to: in the attendance',
  'paragraphs.voteNotPresent': (id) => `${id} votes but is not a member present or a substitute serving today`,
  'paragraphs.voteNotPresentHint': 'only members present, and substitutes standing in, can vote',
  'paragraphs.countsMismatch': (stated, named) => `the counts (${stated}) do not match the names (${named})`,
  'paragraphs.countsMismatchHint': 'correct the names or the counts; sekr counts the names itself, so counts: may be left out',
  'paragraphs.ballotTooMany': (cast, serving, label) => `the ballot counts ${cast} votes, but ${serving} serve at ${label}`,
  'paragraphs.ballotTooManyHint': 'each member serving casts one vote at most: correct the counts, or who served',
  'paragraphs.electionCasting': 'an election is not settled by a casting vote',
  'paragraphs.electionCastingHint': 'a tied election is settled by lot: lot: <the one the lot fell on>',
  'paragraphs.electionTie': 'a tied election: it is settled by lot (lottning)',
  'paragraphs.electionTieHint': 'add lot: <the one the lot fell on>',
  'paragraphs.lotNotElection': 'lot is for a tied election',
  'paragraphs.lotNotElectionHint': 'a tie on a question is settled by the chair: castingVote: ja or nej',
  'paragraphs.tie': (ja, nej) => `a tie (${ja} ja, ${nej} nej): the chair's casting vote (utslagsröst) settles it`,
  'paragraphs.tieHint': 'add castingVote: ja or nej, as the chair voted',
  'paragraphs.castingNoTie': (ja, nej) => `castingVote is for a tie, and this vote has ${ja} ja, ${nej} nej`,
  'paragraphs.castingNoTieHint': 'remove castingVote',
  'paragraphs.castingNotChair': (chair, voted, casting) => `the chair, ${chair}, voted ${voted}, but the casting vote is ${casting}`,
  'paragraphs.castingNotChairHint': (voted) => `the casting vote is the chair's own: castingVote: ${voted}`,
  'paragraphs.reservesTwice': (by, label) => `${by} reserves twice in ${label}`,
  'paragraphs.reservesTwiceHint': 'keep one reservation by each member',
  'paragraphs.reserveJav': (by, label) => `${by} reserves against the decision in ${label} but is disqualified (jäv) there and took no part in it`,
  'paragraphs.reserveJavHint': 'only a member who took part in the decision may reserve (Kommunallagen 4 kap. 27 §): remove the reservation',
  'paragraphs.reserveNotServing': (by, label) => `${by} reserves against the decision in ${label} but is not a member serving there`,
  'paragraphs.reserveNotServingHint': (name) =>
    `only a member who took part in the decision may reserve (Kommunallagen 4 kap. 27 §); ${name} may have a protocol note entered instead`,
  'paragraphs.reserveVotedFor': (by, label, choice) => `${by} reserves against the decision in ${label} but voted ${choice}, for it`,
  'paragraphs.reserveVotedForHint': 'a reservation is against a decision one did not support: remove it, or correct the vote',
  'paragraphs.reserveAbstained': (by, label) => `${by} reserves against the decision in ${label} but abstained (avstår) in the vote`,
  'paragraphs.reserveAbstainedHint': 'who takes no part in a decision cannot reserve against it: remove the reservation, or correct the vote',
  'paragraphs.reservationBefore': (by, submitted, date) => `the written reservation of ${by} is dated ${submitted}, before the meeting (${date})`,
  'paragraphs.reservationBeforeHint': 'give the day it was handed in',
  'paragraphs.reservationLate': (by, submitted, deadline) =>
    `the written reservation of ${by} was handed in on ${submitted}, after the time set for adjusting the protocol (${deadline})`,
  'paragraphs.reservationLateHint':
    'a written reservation is due by the adjustment (Kommunallagen 4 kap. 27 §): correct submitted:, ' +
    'or record the reservation without its written reasons',
  'paragraphs.noteNotServing': (by, label) => `${by} has a protocol note entered in ${label} but does not serve there`,
  'paragraphs.noteNotServingHint': "a note by anyone but a member serving needs the chair's leave: add allowed: true when the chair gave it",
  'paragraphs.quorum': (label, serving, members, fullmaktige, needed) =>
    `${label} was decided with ${serving} of ${members} members serving: ${fullmaktige ? 'fullmäktige decides' : 'a nämnd decides'} ` +
    `only when more than half take part (${needed}; ${fullmaktige ? 'Kommunallagen 5 kap. 42 §' : 'Kommunallagen 6 kap. 27 §'})`,
  'paragraphs.quorumHint':
    'check the attendance (from:, to:, jäv and the ersättare serving); ' +
    'a matter the meeting could not decide is put off (deferred: bordläggning) without a decision',

  // check/meeting.ts
  'meeting.noGroup': (group) => `no group '${group}' in the registry (the folder meetings/${group}/ names it)`,
  'meeting.noGroupHint': 'add the group to registry.yaml or move the file',
  'meeting.wrongFolder': (group, said) => `the file is in meetings/${group}/ but says group: ${said}`,
  'meeting.wrongFolderHint': 'move the file or correct group:',
  'meeting.wrongDate': (date, said) => `the file is named ${date}.yaml but says date: ${said}`,
  'meeting.wrongDateHint': 'rename the file or correct date:',
  'meeting.unknownPerson': (id, what) => `unknown person '${id}' as ${what}`,
  'meeting.asChair': 'chair of the meeting',
  'meeting.asSecretary': 'secretary',
  'meeting.asAdjuster': 'adjuster',
  'meeting.asPresent': 'present',
  'meeting.asAbsent': 'absent',
  'meeting.asProposer': 'proposer',
  'meeting.asDisqualified': 'disqualified (jäv)',
  'meeting.asReserving': 'reserving',
  'meeting.asPresenter': 'presenter',
  'meeting.notesFirstParagraph': (group) => `${group} keeps meeting notes, which number items from 1; firstParagraph is for protocols`,
  'meeting.removeFirstParagraph': 'remove firstParagraph',
  'meeting.listedTwice': (id, before, now) => `${id} is listed twice in attendance (${before} and ${now})`,
  'meeting.keepOne': 'keep one entry',
  'meeting.absentNotMember': (id, group) => `${id} is absent but is not a member of ${group}`,
  'meeting.absentNotMemberHint': 'only members are listed as absent; remove the entry or add the membership',
  'meeting.noSubstitutes': (group) => `${group} has no substitutes (ersättare utses inte)`,
  'meeting.noSubstitutesHint': 'remove for:, or set substitutes: true on the group',
  'meeting.standsInNotMember': (person, member, group) => `${person} stands in for '${member}', who is not a member of ${group}`,
  'meeting.nameAbsentLedamot': 'name an absent ledamot',
  'meeting.standsInPresent': (person, member) => `${person} stands in for ${member}, who is present`,
  'meeting.standsInPresentHint': 'a substitute stands in only for an absent member',
  'meeting.chairNotPresent': (chair) => `the chair of the meeting, ${chair}, is not listed as present`,
  'meeting.chairNotPresentHint': 'add them under attendance.present, or name another chair',
  'meeting.adjusterNotPresent': (adjuster) => `the adjuster ${adjuster} is not listed as present`,
  'meeting.adjusterNotPresentHint': 'an adjuster is elected among those present',
  'meeting.noAdjuster': (group, viceChair) =>
    `a protocol is signed by an adjuster: ${viceChair ? `${group}'s adjuster is its vice chair, but it has none` : 'no adjuster is named'}`,
  'meeting.noAdjusterHint': (viceChair) => (viceChair ? 'add viceChair: to the group in registry.yaml' : 'add adjusters: [person-id]'),
  'meeting.namedNotPresent': (id, what) => `${id} is named as ${what} but is not listed as present`,
  'meeting.namedNotPresentHint': 'add them under attendance.present, or correct the id',
  'meeting.unknownInNote': (by) => `unknown person '${by}' in a protocol note`,
  'meeting.unknownVoter': (id, choice) => `unknown person '${id}' votes ${choice}`,
  'meeting.statusNoActivity': 'activityStatus without an activity',
  'meeting.statusNoActivityHint': 'add activity: <id of the plan activity>, or remove activityStatus',
  'meeting.noPlan': (activity, group, year) => `the item follows up activity '${activity}', but ${group} has no plan for ${year}`,
  'meeting.noPlanHint': (group, year) => `add plans/${group}/${year}.yaml, or remove activity:`,
  'meeting.unknownActivity': (activity, year) => `unknown activity '${activity}' in the plan for ${year}`,
  'meeting.activitiesAre': (ids) => `the activities are: ${ids}`,

  // check/registry.ts
  'registry.duplicateId': (id, list) => `duplicate id '${id}' in ${list}`,
  'registry.duplicateIdHint': (line) => `it is already used at line ${line}: give each an id of its own`,
  'registry.unknownPerson': (id, what) => `unknown person '${id}' as ${what}`,
  'registry.asChair': 'chair',
  'registry.asViceChair': 'vice chair',
  'registry.asSecretary': 'secretary',
  'registry.asConvener': 'convener',
  'registry.asStandingAdjuster': 'standing adjuster',
  'registry.unknownKind': (kind) => `unknown kind of group '${kind}'`,
  'registry.kindsAre': (kinds) => `the kinds under groupKinds: are ${kinds}`,
  'registry.unknownParent': (parent) => `unknown parent group '${parent}'`,
  'registry.nameGroupId': 'name a group id from groups:',
  'registry.ownAncestor': (group) => `group '${group}' is its own ancestor through parent:`,
  'registry.ownAncestorHint': 'a group reports to a group above it; break the circle',
  'registry.chairIsVice': (person, group) => `${person} is both chair and vice chair of ${group}`,
  'registry.chairIsViceHint': 'name another vice chair, or remove viceChair',
  'registry.unknownMember': (person, group) => `unknown person '${person}' in members of ${group}`,
  'registry.memberTwice': (person, group, first, second) => `${person} is listed twice in ${group} (as ${first} and as ${second})`,
  'registry.memberTwiceHint': 'a person has one role in a group: keep one entry',
  'registry.noSubstitutes': (group, person) => `${group} has no substitutes, but ${person} is an ersättare`,
  'registry.noSubstitutesHint': 'set substitutes: true on the group, or give the member another role',
  'registry.forNotErsattare': (person, role) => `only an ersättare stands in for someone; ${person} is ${role}`,
  'registry.forNotErsattareHint': 'set role: ersättare, or remove for:',
  'registry.standsInNotMember': (person, member, group) => `${person} stands in for '${member}', who is not a member of ${group}`,
  'registry.nameLedamot': 'name a ledamot of the group',
  'registry.standsInNotLedamot': (person, member, role) => `${person} stands in for ${member}, who is ${role}, not ledamot`,
  'registry.standsInNotLedamotHint': 'an ersättare stands in for a ledamot',
  'registry.unknownCategory': (category) => `unknown category '${category}'`,
  'registry.categoriesAre': (categories) => `the categories are ${categories}`,

  // check/plan.ts
  'plan.noGroup': (group) => `no group '${group}' in the registry (the folder plans/${group}/ names it)`,
  'plan.noGroupHint': 'add the group to registry.yaml or move the file',
  'plan.wrongFolder': (group, said) => `the file is in plans/${group}/ but says group: ${said}`,
  'plan.wrongFolderHint': 'move the file or correct group:',
  'plan.wrongYear': (year, said) => `the file is named ${year}.yaml but says year: ${said}`,
  'plan.wrongYearHint': 'rename the file or correct year:',
  'plan.startNoEnd': 'the plan has a start but no end',
  'plan.startNoEndHint': 'add end: yyyy-mm-dd, or remove start for a calendar year',
  'plan.endNoStart': 'the plan has an end but no start',
  'plan.endNoStartHint': 'add start: yyyy-mm-dd, or remove end for a calendar year',
  'plan.startYear': (starts, year) => `the plan starts in ${starts} but says year: ${year}`,
  'plan.startYearHint': 'year is the year the plan starts in (and its file name)',
  'plan.endBeforeStart': (end, start) => `the plan ends (${end}) before it starts (${start})`,
  'plan.indicatorTwice': (id, first) => `two indicators are ${id} (also indicators[${first}])`,
  'plan.indicatorTwiceHint': 'give each an id of its own',
  'plan.whichUnit': (id) => `${id} is followed per unit: which unit is this result of?`,
  'plan.addUnit': (units) => `add unit: (${units || 'list the units under units:'})`,
  'plan.notPerUnit': (id) => `${id} is not followed per unit`,
  'plan.notPerUnitHint': 'set perUnit: true on the indicator, or remove unit:',
  'plan.unknownUnit': (unit) => `unknown unit '${unit}'`,
  'plan.unitsAre': (units) => `the plan's units are: ${units || 'none (add units:)'}`,
  'plan.unknownGoal': (goal, parent, group) =>
    `unknown goal '${goal}' (${parent !== undefined ? `${parent}'s goals` : `${group} has no parent group with goals`})`,
  'plan.goalsAre': (goals) => `the goals are: ${goals}`,
  'plan.addParentGoals': 'add goals: to the parent group in registry.yaml',
  'plan.duplicateId': (id, before) => `duplicate id '${id}' in the plan (also ${before})`,
  'plan.duplicateIdHint': 'give each goal and activity an id of its own',

  // check/folder.ts
  'folder.newerFormat': (format, max) => `the data folder is of format ${format}, written by a newer sekr; this one reads up to ${max}`,
  'folder.updateSekr': 'update sekr',
  'folder.strayPlan': 'not a plan file: plans/<group>/ holds files named yyyy.yaml',
  'folder.strayPlanHint': 'rename it to the plan year, or move it out of plans/',
  'folder.strayMeeting': 'not a meeting file: meetings/<group>/ holds files named yyyy-mm-dd.yaml',
  'folder.strayMeetingHint': 'rename it to the meeting date, or move it out of meetings/',
  'folder.actionsNoGroup': (group) => `no group '${group}' in the registry (the file data/actions/${group}.yaml names it)`,
  'folder.actionsNoGroupHint': 'rename the file after a group id',
  'folder.noMeeting': (group, date) => `no meeting of ${group} on ${date}`,
  'folder.noMeetingHint': 'the meeting that decided the action point, as sekr actions shows it',
  'folder.noAction': (id, date) => `no action point '${id}' was decided at the meeting of ${date}`,
  'folder.actionsListIds': 'sekr actions lists the ids',
  'folder.olderFormat': (format, now) => `the data folder is of format ${format}; this sekr writes format ${now}`,
  'folder.olderFormatHint': 'sekr migrate shows what changes, and sekr migrate --yes makes the changes',

  // check/numbering.ts
  'numbering.gap': (from, to) => `a gap: §§ ${from}–${to} are in no meeting`,
  'numbering.overlap': (stated, previous) => `an overlap: § ${stated} is already in the meeting of ${previous}`,
  'numbering.firstParagraph': (stated, previous, end, what) => `firstParagraph is ${stated}, but the previous meeting (${previous}) ends at § ${end}: ${what}`,
  'numbering.firstParagraphHint': (expected) => `set firstParagraph: ${expected}, or remove it to count on from the previous meeting`,
  'numbering.sealedKeeps': (date, adjusted, stated) => `the meeting of ${date} is ${adjusted ? 'adjusted' : 'sealed'} and keeps its numbers from § ${stated}`,
  'numbering.gapSealed': (previous, end, sealed, what) => `the previous meeting (${previous}) ends at § ${end}, but ${sealed}: ${what}`,
  'numbering.gapSealedOwn': (previous, first, last) =>
    ` or, if none was held, give the meeting of ${previous} firstParagraph: ${first} so that it ends at § ${last}`,
  'numbering.gapSealedHint': (from, to, previous, date, own) =>
    `§§ ${from}–${to} belong to a meeting between ${previous} and ${date}: ` +
    `add its file with firstParagraph: ${from}${own} (the sealed file stays as it is)`,
  'numbering.overlapPrevious': (end, sealed, what) => `this meeting's paragraphs run to § ${end}, but ${sealed}: ${what}`,
  'numbering.overlapPreviousHint': (date, last) =>
    `the meetings before ${date} must end at § ${last}: check this meeting's date ` +
    `(does it belong after ${date}?) and its items; the sealed file stays as it is`,
  'numbering.bothSealed': (previous, date, what) => `the sealed meetings of ${previous} and ${date} overlap: ${what}`,
  'numbering.bothSealedHint':
    'both are the record as sealed, and neither is changed; check whether a meeting file between them, or one of these, has the wrong date',

  // check/seal.ts
  'seal.missingSeal': (name, status) => `${name} says status: ${status}, which sekr writes only with a seal, and has none: it cannot be read as the record`,
  'seal.missingSealHint': 'sekr validate says how to put it right',
  'seal.editedSince': (name, date, changed) => `${name} was sealed on ${date} and has been edited since: ${changed}`,
  'seal.editedSinceHint': 'put the file back as it was sealed (e.g. git checkout -- FILE); a correction goes into a later meeting',
  'seal.atOnceEdited': (which, name, count, date, changed) =>
    `${which} of ${name} ${count === 1 ? 'was' : 'were'} adjusted at once on ${date} ` + `and has been edited since: ${changed}`,
  'seal.atOnceEditedHint':
    'put the file back as it was adjusted (e.g. git checkout -- FILE); a paragraph adjusted at once is the record, corrected only at a later meeting',
  'seal.brokenSeals': (count) =>
    count === 1
      ? 'a sealed meeting has been edited by hand since; sekr will not read it as the record'
      : `${count} sealed meetings have been edited by hand since; sekr will not read them as the record`,
  'seal.brokenSealsHint': 'sekr verify names every change',
  'seal.statusNoSeal': (status, protocol, own, required, from) =>
    `status: ${status} says the ${protocol ? 'protocol is adjusted' : 'notes are final'}, ` +
    `but there is no seal (${own}:): the record cannot be verified` +
    (required ? '' : `; from data format ${from} on this is an error`),
  'seal.statusNoSealHint': (protocol, name) =>
    protocol
      ? `sekr writes this status only with a seal; if it was adjusted, set status: sent and run sekr adjust ${name} --date yyyy-mm-dd`
      : `if the notes are final, seal them as they stand: sekr approve ${name} --date yyyy-mm-dd`,
  'seal.otherSeal': (group, protocol, other) =>
    `${group} keeps ${protocol ? 'protocols, which are adjusted' : 'meeting notes, which are approved'}: ${other}: does not belong here`,
  'seal.removeKey': (key) => `remove ${key}:`,
  'seal.newerSeal': (version, mine) => `the seal is of version ${version}, made by a newer sekr than this one (${mine})`,
  'seal.newerSealHint': 'update sekr to verify it',

  // check/changing.ts
  'changing.lockedAdjusted': (name, date) => `${name} is adjusted on ${date}: it is the record now and sekr does not change it`,
  'changing.lockedApproved': (name, date) => `${name} is approved on ${date}: it is the record now and sekr does not change it`,
  'changing.lockedStatus': (name, status) => `${name} is ${status}: it is the record now and sekr does not change it`,
  'changing.lockedHint': (protocol) =>
    protocol ? 'a correction goes into a new paragraph at a later meeting' : 'a correction goes into the notes of a later meeting',
  'changing.atOnceLocked': (which, count, date, changed) =>
    `${which} ${count === 1 ? 'was' : 'were'} adjusted at once on ${date}: ` + `it is the record and sekr does not change it (the change touches ${changed})`,
  'changing.atOnceLockedHint': 'a correction goes into a paragraph of a later meeting',

  // model/seal.ts
  'seal.newerVersion': (kind, version) => `${kind} (a seal of version ${version}, newer than this sekr: update sekr)`,
  'seal.contentChanged': '(the content, in a way the fields do not show)',
  'seal.sealMissing': (protocol, status) => `the seal (${protocol ? 'adjusted:' : 'approved:'}) is missing, yet the status says ${status}`,
  'seal.statusNow': (status) => `status (now ${status})`,
  'seal.whoAdjusted': 'who adjusted it and when (adjusted:)',
  'seal.whoApproved': 'who approved them and when (approved:)',
  'seal.itemLabel': (n) => `item ${n}`,
  'seal.removed': (label) => `${label} (removed)`,
  'seal.noSuchPerson': 'no such person in the registry',
  'seal.notSigner': 'not a signer of this meeting (its chair, adjusters and secretary sign it)',
  'seal.unknownKey': (key, person) => `signed with key ${key}, which the registry does not list for ${person}`,
  'seal.badSignature': 'the signature does not match the record as sealed (the record, the seal or the signature was changed)',

  // model/paragraph-seal.ts
  'paragraph-seal.attendanceAt': (which) => `who was there at ${which}`,
  'paragraph-seal.removed': (n) => `§ ${n} (removed)`,
  'paragraph-seal.contentChanged': '(the content, in a way the fields do not show)',

  // model/recording.ts
  'recording.notAction': (text) => `'${text}' is not an action point: write it as "who|what|yyyy-mm-dd" (the date may be left out)`,
  'recording.notDate': (due) => `'${due}' is not a date: write the due date as yyyy-mm-dd`,

  // model/schedule.ts
  'schedule.badEvery': (every) => `every: '${every}' is not month, 2m, 1w, 2w ...`,
  'schedule.badWeekday': (weekday) => `weekday: '${weekday}' is not a weekday`,

  // model/migrations.ts
  'migrations.indicatorId': (name, id) => `indicator '${name}' gets the id ${id}`,
  'migrations.formatTwo': 'the folder says its format: 2',
};

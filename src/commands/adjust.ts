import { problemsError, SekrError } from '../base/errors.js';
import { t } from '../base/i18n.js';
import { openForChange, type OpenMeeting } from '../check/changing.js';
import { meetingDataDir } from '../data/folder.js';
import { editMeetingFile } from '../data/meeting-file.js';
import { displayPath, locate } from '../data/yaml-file.js';
import { placeFor } from '../model/calendar.js';
import { today } from '../model/dates.js';
import { correctionDeadline, sealingGaps } from '../model/life-cycle.js';
import { adjustersFor } from '../model/registry.js';
import { seal, signSeal } from '../model/seal.js';
import { signingKey } from '../check/signing.js';
import { sealNode } from './seal-node.js';
import { sealParagraphs } from '../model/paragraph-seal.js';
import { paragraphList } from '../model/serving.js';
import type { MeetingData } from '../schema/meeting.js';
import { goAhead, notDone } from './confirmation.js';
import { personHint } from './notices.js';
import { commandOptions, Flag, IsoDate, List, type Parsed } from './options.js';
import { bold, dim, lines, ok, warn, type Context, type Result } from './result.js';

export const options = commandOptions({ date: IsoDate, by: List, early: Flag, yes: Flag, json: Flag, paragraphs: List });
type Options = Parsed<typeof options>;

/** `sekr adjust`: the adjuster has checked the protocol; its content and § numbers are locked. */
export function runAdjust(meetingRef: string, opts: Options, context: Context): Promise<Result> {
  return lock(meetingRef, opts, context, 'protokoll');
}

/** `sekr approve`: the notes are final (approved, or the correction week is over); their content is locked. */
export function runApprove(meetingRef: string, opts: Options, context: Context): Promise<Result> {
  return lock(meetingRef, opts, context, 'mötesanteckning');
}

async function lock(meetingRef: string, opts: Options, context: Context, document: 'protokoll' | 'mötesanteckning'): Promise<Result> {
  const protocol = document === 'protokoll';
  const now = today();
  const date = opts.date ?? (protocol ? undefined : now);
  if (!date) throw new SekrError(t('adjust.sayDate'), { hint: t('adjust.sayDateHint', meetingRef) });
  const dataDir = meetingDataDir(opts.data, meetingRef);
  // Approving notes that are already final seals them; nothing of their content changes.
  const open = openForChange(dataDir, meetingRef, `sekr ${protocol ? 'adjust' : 'approve'}`, { lifeCycle: true, sealing: true });
  try {
    const { meeting, group, ref, numbers, org, yf } = open;
    if (group.document !== document) {
      throw new SekrError(t('adjust.otherDocument', group.name, group.document === 'protokoll', protocol ? 'approve' : 'adjust'), {
        hint: `sekr ${protocol ? 'approve' : 'adjust'} ${meetingRef}`,
      });
    }
    if (opts.paragraphs !== undefined) {
      // not translated: the hint is the command to type
      if (!protocol) throw new SekrError(t('adjust.paragraphsOfProtocols'), { hint: `sekr approve ${meetingRef}` });
      return await adjustAtOnce(open, opts, context, date, now);
    }
    const existing = meeting.adjusted ?? meeting.approved;
    if (existing) {
      throw new SekrError(t('adjust.already', `${ref.group}/${ref.date}`, meeting.adjusted !== undefined, existing.date), {
        file: displayPath(ref.path),
        hint: t('adjust.verifyHint'),
      });
    }
    if (protocol && (meeting.status === 'adjusted' || meeting.status === 'published')) {
      throw new SekrError(t('adjust.statusWithoutSeal', `${ref.group}/${ref.date}`, meeting.status), {
        file: displayPath(ref.path),
        hint: t('adjust.statusWithoutSealHint', `${ref.group}/${ref.date}`),
      });
    }

    const place = meeting.place ?? placeFor(group, meeting.mode ?? group.defaults.mode) ?? meeting.link ?? group.defaults.link;
    const gaps = sealingGaps({ group, meeting, date, today: now, place, time: meeting.time ?? group.defaults.time, firstNumber: numbers.first });
    // Members have a week to send corrections to notes sent to them; approving before it ends is a choice, made with --early.
    const early = !protocol && meeting.sent !== undefined && date <= correctionDeadline(meeting.sent);
    if (early && !opts.early) {
      gaps.push({
        message: t('adjust.correctionWeek', correctionDeadline(meeting.sent!), meeting.sent!),
        path: ['sent'],
        hint: t('adjust.correctionWeekHint'),
      });
    }
    if (gaps.length) {
      const problems = gaps.map((g) => ({ file: yf.file, ...(g.path ? locate(yf, g.path) : {}), message: g.message, hint: g.hint }));
      throw problemsError(problems, t('adjust.notYet', `${ref.group}/${ref.date}`, protocol, gaps.length));
    }

    const by = signers(open, opts.by, protocol);
    const names = by.map((id) => org.people.get(id)?.name ?? id);
    const range = t('adjust.range', protocol, numbers.first, numbers.last);
    const go = await goAhead(context, {
      yes: opts.yes,
      what: t('adjust.what', protocol),
      summary: [
        [bold(`${group.name} ${ref.date}`), t('adjust.summaryHead', range, meeting.attendance.present.length)],
        [t('adjust.summaryWhen', protocol, date, names, early)],
        [dim(t('adjust.onceSealed'))],
      ],
      question: t('adjust.question', protocol),
    });
    if (!go) return notDone(t('adjust.notDone', protocol));

    // The § numbers are frozen: written out, they no longer follow the earlier meetings.
    const frozen: MeetingData = protocol ? { ...meeting, firstParagraph: numbers.first } : meeting;
    const sealed = seal(frozen, date, by, protocol ? 'adjusted' : 'approved', early);
    // The secretary signs as she seals, when her key is on this computer; the others sign with sekr sign.
    const secretary = meeting.secretary ?? group.secretary;
    let unsigned: string | undefined;
    if (secretary) {
      try {
        const key = signingKey(dataDir, org, secretary, false);
        sealed.signatures.push(signSeal(`${ref.group}/${ref.date}`, sealed, secretary, today(), key.pem));
      } catch (e) {
        if (!(e instanceof SekrError)) throw e;
        unsigned = t('adjust.notSigned', e.message, e.hint);
      }
    }
    editMeetingFile(ref.path, (doc) => {
      if (protocol) doc.set('firstParagraph', numbers.first);
      // Notes published without a seal keep their status: approving them seals them as they stand.
      if (meeting.status !== 'published') doc.set('status', protocol ? 'adjusted' : 'final');
      doc.set(protocol ? 'adjusted' : 'approved', sealNode(doc, sealed));
    });
    const text = lines();
    const frozenRange = protocol ? `${numbers.first}–${numbers.last}` : undefined;
    text.info(ok(t('adjust.done', protocol)), t('adjust.doneLine', `${group.name} ${ref.date}`, date, names, early, frozenRange));
    for (const sig of sealed.signatures) text.info(ok(t('adjust.signed')), t('adjust.signedAs', org.people.get(sig.person)?.name ?? sig.person, sig.key));
    if (unsigned) text.notice(warn(unsigned));
    const others = protocol ? by.filter((id) => id !== secretary) : [];
    text.info(dim(protocol ? t('adjust.nextProtocol', `${ref.group}/${ref.date}`, others[0]) : t('adjust.nextNotes', `${ref.group}/${ref.date}`)));
    const data = {
      meeting: `${ref.group}/${ref.date}`,
      status: protocol ? 'adjusted' : 'final',
      date,
      by,
      early,
      fingerprint: sealed.fingerprint,
      signatures: sealed.signatures.map(({ person, date, key }) => ({ person, date, key })),
    };
    return { data, lines: text.list };
  } finally {
    open.lock.release();
  }
}

/**
 * `sekr adjust MEETING --paragraphs 100 --date D`: omedelbar justering. The paragraphs the meeting declared
 * adjusted at once are adjusted on their own, with a seal of their own (model/paragraph-seal.ts); the rest of
 * the protocol stays a draft and is adjusted later. The § numbers are frozen, as a full adjustment freezes them.
 */
async function adjustAtOnce(open: OpenMeeting, opts: Options, context: Context, date: string, now: string): Promise<Result> {
  const { meeting, group, ref, numbers, org, yf } = open;
  if (meeting.adjusted || meeting.status === 'adjusted' || meeting.status === 'published')
    throw new SekrError(t('adjust.allAdjusted', `${ref.group}/${ref.date}`, meeting.adjusted?.date), {
      file: displayPath(ref.path),
      hint: t('adjust.verifyHint'),
    });
  const wanted = [...new Set((opts.paragraphs ?? []).map((p) => p.replace(/^§\s*/, '')))];
  if (!wanted.length) throw new SekrError(t('adjust.paragraphsNeeded'), { hint: t('adjust.paragraphsNeededHint', `${ref.group}/${ref.date}`, date) });
  const paragraphs = wanted.map((text) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < numbers.first || n > numbers.last)
      throw new SekrError(t('adjust.noParagraph', text, `${ref.group}/${ref.date}`), { hint: t('adjust.itsParagraphs', numbers.first, numbers.last) });
    const before = meeting.adjustedAtOnce?.find((s) => s.paragraphs.includes(n));
    if (before)
      throw new SekrError(t('adjust.paragraphAlready', n, before.date), {
        file: displayPath(ref.path),
        hint: t('adjust.verifyHint'),
      });
    return n;
  });
  paragraphs.sort((a, b) => a - b);
  const indexes = paragraphs.map((n) => n - numbers.first);
  const place = meeting.place ?? placeFor(group, meeting.mode ?? group.defaults.mode) ?? meeting.link ?? group.defaults.link;
  const gaps = sealingGaps({ group, meeting, date, today: now, place, time: meeting.time ?? group.defaults.time, firstNumber: numbers.first, only: indexes });
  // A paragraph is adjusted at once because the meeting decided so (Paragrafen förklaras omedelbart justerad).
  for (const i of indexes) {
    if (!meeting.items[i]!.urgent)
      gaps.push({
        message: t('adjust.notDeclared', numbers.first + i, meeting.items[i]!.title),
        path: ['items', i],
        hint: t('adjust.notDeclaredHint', `${ref.group}/${ref.date}`, numbers.first + i),
      });
  }
  if (gaps.length) {
    const problems = gaps.map((g) => ({ file: yf.file, ...(g.path ? locate(yf, g.path) : {}), message: g.message, hint: g.hint }));
    throw problemsError(problems, t('adjust.paragraphsNotYet', paragraphList(paragraphs), `${ref.group}/${ref.date}`, gaps.length));
  }
  const by = signers(open, opts.by, true);
  const names = by.map((id) => org.people.get(id)?.name ?? id);
  const go = await goAhead(context, {
    yes: opts.yes,
    what: t('adjust.atOnceWhat'),
    summary: [
      [bold(`${group.name} ${ref.date}`), `: ${paragraphs.map((n) => `§ ${n} ${meeting.items[n - numbers.first]!.title}`).join('; ')}`],
      [t('adjust.atOnceWhen', date, names)],
      [dim(t('adjust.atOnceSealed'))],
    ],
    question: t('adjust.atOnceQuestion', paragraphList(paragraphs)),
  });
  if (!go) return notDone(t('adjust.notDone', true));

  // The § numbers are frozen: the paragraphs keep them whatever is added to the agenda later.
  const frozen: MeetingData = { ...meeting, firstParagraph: numbers.first };
  const entry = sealParagraphs(frozen, paragraphs, date, by);
  editMeetingFile(ref.path, (doc) => {
    doc.set('firstParagraph', numbers.first);
    // The list as sekr wrote it, with this adjustment added; each entry's fingerprints on one line.
    const node = doc.createNode([...(meeting.adjustedAtOnce ?? []), entry]) as unknown as {
      items: { get(k: string, keep: true): { flow?: boolean } | undefined }[];
    };
    for (const item of node.items) {
      const fields = item.get('fields', true);
      if (fields) fields.flow = true;
    }
    doc.set('adjustedAtOnce', node);
  });
  const text = lines();
  const which = paragraphList(paragraphs);
  text.info(ok(t('adjust.doneAtOnce')), t('adjust.doneAtOnceLine', which, `${group.name} ${ref.date}`, date, names, paragraphs.length));
  text.info(dim(t('adjust.nextAtOnce', `${ref.group}/${ref.date}`, paragraphs.join(','))));
  const data = { meeting: `${ref.group}/${ref.date}`, paragraphs, date, by, fingerprint: entry.fingerprint };
  return { data, lines: text.list };
}

/** Who adjusted: the named ones, who must be the meeting's adjusters. */
function signers({ meeting, group, org }: OpenMeeting, by: string[] | undefined, protocol: boolean): string[] {
  const adjusters = adjustersFor(group, meeting.adjusters);
  if (by === undefined) return protocol ? adjusters : [];
  for (const id of by) {
    if (!org.people.has(id)) throw new SekrError(t('adjust.byNoPerson', id), { hint: personHint(org, group, id) });
    if (protocol && !adjusters.includes(id)) {
      throw new SekrError(t('adjust.byNotAdjuster', id), { hint: t('adjust.theAdjusters', adjusters) });
    }
  }
  return by;
}

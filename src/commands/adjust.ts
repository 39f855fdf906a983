import { problemsError, SekrError } from '../base/errors.js';
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
import type { MeetingData } from '../schema/meeting.js';
import { goAhead, notDone } from './confirmation.js';
import { personHint } from './notices.js';
import { commandOptions, Flag, IsoDate, List, type Parsed } from './options.js';
import { bold, dim, lines, ok, warn, type Context, type Result } from './result.js';

export const options = commandOptions({ date: IsoDate, by: List, early: Flag, yes: Flag, json: Flag });
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
  if (!date) throw new SekrError('say the day the protocol was adjusted', { hint: `e.g. sekr adjust ${meetingRef} --date 2026-03-05` });
  const dataDir = meetingDataDir(opts.data, meetingRef);
  // Approving notes that are already final seals them; nothing of their content changes.
  const open = openForChange(dataDir, meetingRef, `sekr ${protocol ? 'adjust' : 'approve'}`, { lifeCycle: true, sealing: true });
  try {
    const { meeting, group, ref, numbers, org, yf } = open;
    if (group.document !== document) {
      throw new SekrError(
        `${group.name} keeps ${group.document === 'protokoll' ? 'protocols' : 'meeting notes'}: use sekr ${protocol ? 'approve' : 'adjust'}`,
        {
          hint: `sekr ${protocol ? 'approve' : 'adjust'} ${meetingRef}`,
        },
      );
    }
    const existing = meeting.adjusted ?? meeting.approved;
    if (existing) {
      throw new SekrError(`${ref.group}/${ref.date} is ${meeting.adjusted ? 'adjusted' : 'approved'} already (on ${existing.date})`, {
        file: displayPath(ref.path),
        hint: 'sekr verify checks that it is unchanged since',
      });
    }
    if (protocol && (meeting.status === 'adjusted' || meeting.status === 'published')) {
      throw new SekrError(`${ref.group}/${ref.date} says status: ${meeting.status}, but has no seal (adjusted:)`, {
        file: displayPath(ref.path),
        hint: `sekr writes that status only with a seal; if it was adjusted, set status: sent and run sekr adjust ${ref.group}/${ref.date} --date yyyy-mm-dd`,
      });
    }

    const place = meeting.place ?? placeFor(group, meeting.mode ?? group.defaults.mode) ?? meeting.link ?? group.defaults.link;
    const gaps = sealingGaps({ group, meeting, date, today: now, place, time: meeting.time ?? group.defaults.time, firstNumber: numbers.first });
    // Members have a week to send corrections to notes sent to them; approving before it ends is a choice, made with --early.
    const early = !protocol && meeting.sent !== undefined && date <= correctionDeadline(meeting.sent);
    if (early && !opts.early) {
      gaps.push({
        message: `the members have until ${correctionDeadline(meeting.sent!)} to send corrections (the notes were sent on ${meeting.sent})`,
        path: ['sent'],
        hint: 'wait until the correction week is over, or add --early when the members have approved the notes already',
      });
    }
    if (gaps.length) {
      const problems = gaps.map((g) => ({ file: yf.file, ...(g.path ? locate(yf, g.path) : {}), message: g.message, hint: g.hint }));
      throw problemsError(
        problems,
        `${ref.group}/${ref.date} cannot be ${protocol ? 'adjusted' : 'approved'} yet: ` +
          (gaps.length === 1 ? 'one thing is missing' : `${gaps.length} things are missing`),
      );
    }

    const by = signers(open, opts.by, protocol);
    const names = by.map((id) => org.people.get(id)?.name ?? id);
    const byWhom = names.length ? ` by ${names.join(', ')}` : '';
    const range = protocol ? `§§ ${numbers.first}–${numbers.last}` : `items 1–${numbers.last}`;
    const go = await goAhead(context, {
      yes: opts.yes,
      what: protocol ? 'Adjusting a protocol' : 'Approving meeting notes',
      summary: [
        [bold(`${group.name} ${ref.date}`), `: ${range}, ${meeting.attendance.present.length} present`],
        [`${protocol ? 'Adjusted' : 'Approved'} on ${date}${byWhom}${early ? ', before the correction week is over' : ''}.`],
        [dim('Once sealed, sekr never changes it again; a correction goes into a later meeting.')],
      ],
      question: protocol ? 'Adjust and seal the protocol?' : 'Approve and seal the notes?',
    });
    if (!go) return notDone(protocol ? 'not adjusted' : 'not approved');

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
        unsigned = `not signed by the secretary: ${e.message}${e.hint ? ` (${e.hint})` : ''}`;
      }
    }
    editMeetingFile(ref.path, (doc) => {
      if (protocol) doc.set('firstParagraph', numbers.first);
      // Notes published without a seal keep their status: approving them seals them as they stand.
      if (meeting.status !== 'published') doc.set('status', protocol ? 'adjusted' : 'final');
      doc.set(protocol ? 'adjusted' : 'approved', sealNode(doc, sealed));
    });
    const text = lines();
    const frozenText = protocol ? `; §§ ${numbers.first}–${numbers.last} are frozen` : '';
    const earlyText = early ? ' (early: inside the correction week)' : '';
    text.info(
      ok(protocol ? 'adjusted' : 'approved'),
      ` ${group.name} ${ref.date} on ${date}${byWhom}${earlyText}${frozenText}. sekr will not change it from now on.`,
    );
    for (const sig of sealed.signatures) text.info(ok('signed'), ` as ${org.people.get(sig.person)?.name ?? sig.person} (sekreterare), key ${sig.key}`);
    if (unsigned) text.notice(warn(unsigned));
    const others = protocol ? by.filter((id) => id !== secretary) : [];
    text.info(
      dim(
        protocol
          ? `next: ${others.length ? `sekr sign ${ref.group}/${ref.date} --as ${others[0]} (digital justering), ` : ''}` +
              `sekr notice ${ref.group}/${ref.date} (the notice of adjustment), then sekr publish`
          : `next: sekr publish ${ref.group}/${ref.date}`,
      ),
    );
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

/** Who adjusted: the named ones, who must be the meeting's adjusters. */
function signers({ meeting, group, org }: OpenMeeting, by: string[] | undefined, protocol: boolean): string[] {
  const adjusters = adjustersFor(group, meeting.adjusters);
  if (by === undefined) return protocol ? adjusters : [];
  for (const id of by) {
    if (!org.people.has(id)) throw new SekrError(`--by: no person '${id}' in the registry`, { hint: personHint(org, group, id) });
    if (protocol && !adjusters.includes(id)) {
      throw new SekrError(`--by ${id}: not an adjuster of this meeting`, {
        hint: `the adjuster${adjusters.length > 1 ? 's are' : ' is'} ${adjusters.join(', ')}`,
      });
    }
  }
  return by;
}

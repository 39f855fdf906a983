import { openForChange, type OpenMeeting } from '../check/changing.js';
import { editMeetingFile } from '../data/meeting-file.js';
import { resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { SekrError } from '../base/errors.js';
import { today } from '../model/dates.js';
import { adjustersFor } from '../model/registry.js';
import { seal, signSeal } from '../model/seal.js';
import { signingKey } from '../check/signing.js';
import { sealNode } from './seal-node.js';
import type { MeetingData } from '../schema/meeting.js';
import { commandOptions, Flag, IsoDate, List, type Parsed } from './options.js';
import { dim, lines, ok, warn, type Result } from './result.js';

export const options = commandOptions({ date: IsoDate, by: List, json: Flag });
type Options = Parsed<typeof options>;

/** `sekr adjust`: the adjuster has checked the protocol; its content and § numbers are locked. */
export function runAdjust(meetingRef: string, opts: Options): Result {
  return lock(meetingRef, opts, 'protokoll');
}

/** `sekr approve`: the notes are final (approved, or the correction week is over); their content is locked. */
export function runApprove(meetingRef: string, opts: Options): Result {
  return lock(meetingRef, opts, 'mötesanteckning');
}

function lock(meetingRef: string, opts: Options, document: 'protokoll' | 'mötesanteckning'): Result {
  const protocol = document === 'protokoll';
  const date = opts.date ?? (protocol ? undefined : today());
  if (!date) throw new SekrError('say the day the protocol was adjusted', { hint: `e.g. sekr adjust ${meetingRef} --date 2026-03-05` });
  const dataDir = resolveDataDir(opts.data);
  // Approving notes that are already final seals them; nothing of their content changes.
  const open = openForChange(dataDir, meetingRef, `sekr ${protocol ? 'adjust' : 'approve'}`, { lifeCycle: true });
  try {
    const { meeting, group, ref, numbers, org } = open;
    if (group.document !== document) {
      throw new SekrError(
        `${group.name} keeps ${group.document === 'protokoll' ? 'protocols' : 'meeting notes'}: use sekr ${protocol ? 'approve' : 'adjust'}`,
        { hint: `sekr ${protocol ? 'approve' : 'adjust'} ${meetingRef}` },
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
    // Notes marked final (or published) by hand are sealed as they stand: approving them changes none of their content.
    if (!['held', 'draft', 'sent', ...(protocol ? [] : ['final', 'published'])].includes(meeting.status)) {
      throw new SekrError(`${ref.group}/${ref.date} is ${meeting.status}: only a held meeting is ${protocol ? 'adjusted' : 'approved'}`, {
        file: displayPath(ref.path),
        hint: 'record the meeting first',
      });
    }
    if (date < meeting.date) throw new SekrError(`--date ${date} is before the meeting (${meeting.date})`, { hint: 'the day it was adjusted' });

    const by = signers(open, opts.by, protocol);
    // The § numbers are frozen: written out, they no longer follow the earlier meetings.
    const frozen: MeetingData = protocol ? { ...meeting, firstParagraph: numbers.first } : meeting;
    const sealed = seal(frozen, date, by, protocol ? 'adjusted' : 'approved');
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
      if (meeting.status !== 'published') doc.set('status', protocol ? 'adjusted' : 'final');
      doc.set(protocol ? 'adjusted' : 'approved', sealNode(doc, sealed));
    });
    const names = by.map((id) => org.people.get(id)?.name ?? id);
    const text = lines();
    const byWhom = names.length ? ` by ${names.join(', ')}` : '';
    const frozenText = protocol ? `; §§ ${numbers.first}–${numbers.last} are frozen` : '';
    text.info(ok(protocol ? 'adjusted' : 'approved'), ` ${group.name} ${ref.date} on ${date}${byWhom}${frozenText}. sekr will not change it from now on.`);
    for (const s of sealed.signatures) text.info(ok('signed'), ` as ${org.people.get(s.person)?.name ?? s.person} (sekreterare), key ${s.key}`);
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
    return {
      data: {
        meeting: `${ref.group}/${ref.date}`,
        status: protocol ? 'adjusted' : 'final',
        date,
        by,
        fingerprint: sealed.fingerprint,
        signatures: sealed.signatures.map(({ person, date, key }) => ({ person, date, key })),
      },
      lines: text.list,
    };
  } finally {
    open.lock.release();
  }
}

/** Who adjusted: the named ones, who must be the meeting's adjusters; chair, adjuster and secretary must all be known. */
function signers({ meeting, group, org, ref }: OpenMeeting, by: string[] | undefined, protocol: boolean): string[] {
  const chair = meeting.chair ?? group.chair;
  const secretary = meeting.secretary ?? group.secretary;
  const adjusters = adjustersFor(group, meeting.adjusters);
  if (protocol) {
    const missing = [!chair && 'a chair (chair:)', !adjusters.length && 'an adjuster (adjusters:)', !secretary && 'a secretary (secretary:)'].filter(Boolean);
    if (missing.length) {
      throw new SekrError(`a protocol is signed by its chair, adjuster and secretary; ${ref.group}/${ref.date} has no ${missing.join(', no ')}`, {
        file: displayPath(ref.path),
        hint: 'name them in the meeting file, or with sekr attendance ... --chair id --adjuster id --secretary id',
      });
    }
  }
  if (by === undefined) return protocol ? adjusters : [];
  for (const id of by) {
    if (!org.people.has(id)) throw new SekrError(`--by: no person '${id}' in the registry`, { hint: `see sekr members ${group.id}` });
    if (protocol && !adjusters.includes(id)) {
      throw new SekrError(`--by ${id}: not an adjuster of this meeting`, {
        hint: `the adjuster${adjusters.length > 1 ? 's are' : ' is'} ${adjusters.join(', ')}`,
      });
    }
  }
  return by;
}

/**
 * A sealed meeting (an adjusted protocol, approved notes) is the record: wherever sekr reads one,
 * it first checks that the file is as it was sealed. One edited by hand since stops the command
 * that reads it (exit 1), naming the file and what changed, rather than passing the edit on.
 */
import { EXIT, SekrError, type Problem } from '../base/errors.js';
import type { MeetingFile } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import type { Group } from '../model/registry.js';
import { paragraphBreaches } from '../model/paragraph-seal.js';
import { breachOf, describeChanges, sealOf } from '../model/seal.js';
import type { MeetingData } from '../schema/meeting.js';

/** The problem with a sealed meeting edited since it was sealed; undefined when it is intact, or not sealed. */
export function brokenSeal(meeting: MeetingData, ref: MeetingFile, group: Group | undefined): Problem | undefined {
  const breach = breachOf(meeting);
  if (!breach) return brokenParagraphSeal(meeting, ref);
  const changed = describeChanges(meeting, breach.changed, group?.document === 'protokoll');
  return {
    file: displayPath(ref.path),
    message: `${ref.group}/${ref.date} was sealed on ${sealOf(meeting)?.date ?? '?'} and has been edited since: ${changed.join(', ')}`,
    hint: 'put the file back as it was sealed (e.g. git checkout -- FILE); a correction goes into a later meeting',
  };
}

/** The problem with paragraphs adjusted at once (omedelbar justering) that have been edited since; undefined when they are intact. */
function brokenParagraphSeal(meeting: MeetingData, ref: MeetingFile): Problem | undefined {
  const [breach] = paragraphBreaches(meeting);
  if (!breach) return undefined;
  const which = breach.paragraphs.map((n) => `§ ${n}`).join(', ');
  return {
    file: displayPath(ref.path),
    message:
      `${which} of ${ref.group}/${ref.date} ${breach.paragraphs.length === 1 ? 'was' : 'were'} adjusted at once on ${breach.date} ` +
      `and has been edited since: ${breach.changed.join(', ')}`,
    hint: 'put the file back as it was adjusted (e.g. git checkout -- FILE); a paragraph adjusted at once is the record, corrected only at a later meeting',
  };
}

/** Stops the command (exit 1) when any of the meetings read has a broken seal. */
export function refuseBrokenSeals(broken: Problem[]): void {
  if (!broken.length) return;
  throw new SekrError(
    broken.length === 1
      ? 'a sealed meeting has been edited by hand since; sekr will not read it as the record'
      : `${broken.length} sealed meetings have been edited by hand since; sekr will not read them as the record`,
    {
      problems: broken,
      exitCode: EXIT.failure,
      hint: 'sekr verify names every change',
    },
  );
}

/**
 * A sealed meeting (an adjusted protocol, approved notes) is the record. Wherever sekr reads one,
 * it first checks that the file is as it was sealed: one edited by hand since stops the command
 * that reads it (exit 1), naming the file and what changed, rather than passing the edit on.
 * `sekr validate` checks the seal itself: a status only sekr writes with a seal has one, of the
 * kind the group's document takes, and of a version this sekr knows.
 */
import { EXIT, SekrError, type Problem } from '../base/errors.js';
import type { MeetingFile } from '../data/folder.js';
import { displayPath, type YamlFile } from '../data/yaml-file.js';
import type { Group, Organisation } from '../model/registry.js';
import { breachOf, describeChanges, saysSealed, SEAL_VERSION, sealOf, sealVersion } from '../model/seal.js';
import type { MeetingData } from '../schema/meeting.js';
import { reporter } from './located.js';

/**
 * The format from which a status only sekr writes with a seal (final, adjusted, published) must
 * have one: folders of format 1 kept final notes without a seal, and still read as they are.
 */
const SEAL_REQUIRED_FROM = 2;

/** Whether a status that says sealed, without a seal, is an error in this folder (rather than a warning). */
export const sealRequired = (registry: Organisation['registry']) => (registry.format ?? 1) >= SEAL_REQUIRED_FROM;

/**
 * The problem with a sealed meeting edited since it was sealed; undefined when it is intact, or not sealed.
 * `sealing`: the command seals it now (approve, adjust), so a missing seal is what it puts right.
 */
export function brokenSeal(meeting: MeetingData, ref: MeetingFile, org: Organisation, options: { sealing?: boolean } = {}): Problem | undefined {
  const breach = breachOf(meeting);
  if (!breach) return undefined;
  const sealed = sealOf(meeting);
  const group = org.groups.get(ref.group);
  if (!sealed) {
    if (options.sealing || !sealRequired(org.registry)) return undefined;
    return {
      file: displayPath(ref.path),
      message: `${ref.group}/${ref.date} says status: ${meeting.status}, which sekr writes only with a seal, and has none: it cannot be read as the record`,
      hint: 'sekr validate says how to put it right',
    };
  }
  const changed = describeChanges(meeting, breach.changed, group?.document === 'protokoll');
  return {
    file: displayPath(ref.path),
    message: `${ref.group}/${ref.date} was sealed on ${sealed.date} and has been edited since: ${changed.join(', ')}`,
    hint: 'put the file back as it was sealed (e.g. git checkout -- FILE); a correction goes into a later meeting',
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

/** The seal's problems; `warnings` takes a missing seal of a format-1 folder, which reads as it is. */
export function checkSeal(group: Group, meeting: MeetingData, yf: YamlFile, ref: MeetingFile, org: Organisation, warnings: Problem[]): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(yf, problems);
  const name = `${ref.group}/${ref.date}`;
  const protocol = group.document === 'protokoll';
  const own = protocol ? 'adjusted' : 'approved';
  const other = protocol ? 'approved' : 'adjusted';
  const sealed = sealOf(meeting);
  if (!sealed) {
    if (saysSealed(meeting)) {
      const required = sealRequired(org.registry);
      (required ? report : reporter(yf, warnings))(
        ['status'],
        `status: ${meeting.status} says the ${protocol ? 'protocol is adjusted' : 'notes are final'}, ` +
          `but there is no seal (${own}:): the record cannot be verified` +
          (required ? '' : `; from data format ${SEAL_REQUIRED_FROM} on this is an error`),
        protocol
          ? `sekr writes this status only with a seal; if it was adjusted, set status: sent and run sekr adjust ${name} --date yyyy-mm-dd`
          : `if the notes are final, seal them as they stand: sekr approve ${name} --date yyyy-mm-dd`,
        true,
      );
    }
    return problems;
  }
  if (meeting[other])
    report(
      [other],
      `${group.id} keeps ${protocol ? 'protocols, which are adjusted' : 'meeting notes, which are approved'}: ${other}: does not belong here`,
      `remove ${other}:`,
      true,
    );
  const version = sealVersion(sealed);
  if (version > SEAL_VERSION) {
    report(
      [meeting.adjusted ? 'adjusted' : 'approved', 'version'],
      `the seal is of version ${version}, made by a newer sekr than this one (${SEAL_VERSION})`,
      'update sekr to verify it',
    );
  }
  return problems;
}

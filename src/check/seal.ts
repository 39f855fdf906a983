/**
 * A sealed meeting's seal as `sekr validate` checks it: a status that only sekr
 * writes with a seal (adjusted, final, published) has one, of the kind the
 * group's document takes, and of a version this sekr knows. Whether the record
 * is unchanged since is `sekr verify`'s (and every reader's) question.
 */
import type { Problem } from '../base/errors.js';
import type { MeetingFile } from '../data/folder.js';
import type { YamlFile } from '../data/yaml-file.js';
import type { Group } from '../model/registry.js';
import { saysSealed, SEAL_VERSION, sealOf, sealVersion } from '../model/seal.js';
import type { MeetingData } from '../schema/meeting.js';
import { reporter } from './located.js';

export function checkSeal(group: Group, meeting: MeetingData, yf: YamlFile, ref: MeetingFile): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(yf, problems);
  const name = `${ref.group}/${ref.date}`;
  const protocol = group.document === 'protokoll';
  const own = protocol ? 'adjusted' : 'approved';
  const other = protocol ? 'approved' : 'adjusted';
  const sealed = sealOf(meeting);
  if (!sealed) {
    if (saysSealed(meeting)) {
      report(
        ['status'],
        `status: ${meeting.status} says the ${protocol ? 'protocol is adjusted' : 'notes are final'}, ` +
          `but there is no seal (${own}:): the record cannot be verified`,
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

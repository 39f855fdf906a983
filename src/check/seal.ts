/**
 * A sealed meeting (an adjusted protocol, approved notes) is the record. Wherever sekr reads one,
 * it first checks that the file is as it was sealed: one edited by hand since stops the command
 * that reads it (exit 1), naming the file and what changed, rather than passing the edit on.
 * `sekr validate` checks the seal itself: a status only sekr writes with a seal has one, of the
 * kind the group's document takes, and of a version this sekr knows.
 */
import { t } from '../base/i18n.js';
import { EXIT, SekrError, type Problem } from '../base/errors.js';
import type { MeetingFile } from '../data/folder.js';
import { displayPath, type YamlFile } from '../data/yaml-file.js';
import { groupForMeeting, type Group, type Organisation } from '../model/registry.js';
import { paragraphBreaches } from '../model/paragraph-seal.js';
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
  if (!breach) return brokenParagraphSeal(meeting, ref);
  const sealed = sealOf(meeting);
  const registered = org.groups.get(ref.group);
  const group = registered && groupForMeeting(registered, meeting);
  if (!sealed) {
    if (options.sealing || !sealRequired(org.registry)) return undefined;
    return {
      file: displayPath(ref.path),
      message: t('seal.missingSeal', `${ref.group}/${ref.date}`, meeting.status),
      hint: t('seal.missingSealHint'),
    };
  }
  const changed = describeChanges(meeting, breach.changed, group?.document === 'protokoll');
  return {
    file: displayPath(ref.path),
    message: t('seal.editedSince', `${ref.group}/${ref.date}`, sealed.date, changed.join(', ')),
    hint: t('seal.editedSinceHint'),
  };
}

/** The problem with paragraphs adjusted at once (omedelbar justering) that have been edited since; undefined when they are intact. */
function brokenParagraphSeal(meeting: MeetingData, ref: MeetingFile): Problem | undefined {
  const [breach] = paragraphBreaches(meeting);
  if (!breach) return undefined;
  const which = breach.paragraphs.map((n) => `§ ${n}`).join(', ');
  return {
    file: displayPath(ref.path),
    message: t('seal.atOnceEdited', which, `${ref.group}/${ref.date}`, breach.paragraphs.length, breach.date, breach.changed.join(', ')),
    hint: t('seal.atOnceEditedHint'),
  };
}

/** Stops the command (exit 1) when any of the meetings read has a broken seal. */
export function refuseBrokenSeals(broken: Problem[]): void {
  if (!broken.length) return;
  throw new SekrError(t('seal.brokenSeals', broken.length), {
    problems: broken,
    exitCode: EXIT.failure,
    hint: t('seal.brokenSealsHint'),
  });
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
        t('seal.statusNoSeal', meeting.status, protocol, own, required, SEAL_REQUIRED_FROM),
        t('seal.statusNoSealHint', protocol, name),
        true,
      );
    }
    return problems;
  }
  if (meeting[other]) report([other], t('seal.otherSeal', group.id, protocol, other), t('seal.removeKey', other), true);
  const version = sealVersion(sealed);
  if (version > SEAL_VERSION) {
    report([meeting.adjusted ? 'adjusted' : 'approved', 'version'], t('seal.newerSeal', version, SEAL_VERSION), t('seal.newerSealHint'));
  }
  return problems;
}

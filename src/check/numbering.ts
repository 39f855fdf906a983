/** The § numbers of a protocol group's year: gaps and overlaps where a meeting states its firstParagraph. */
import { t } from '../base/i18n.js';
import type { Problem } from '../base/errors.js';
import type { MeetingFile } from '../data/folder.js';
import { locate, type YamlFile } from '../data/yaml-file.js';
import { isLocked } from '../model/life-cycle.js';
import { numberMeetings, numberParagraphs } from '../model/numbering.js';
import { groupForMeeting, type Organisation } from '../model/registry.js';
import type { MeetingData } from '../schema/meeting.js';

export interface ReadMeeting {
  ref: MeetingFile;
  yf: YamlFile;
  meeting: MeetingData;
}

/** Gaps and overlaps of § numbers between a protocol group's meetings of one year. */
export function checkNumbering(org: Organisation, meetings: readonly ReadMeeting[]): Problem[] {
  const problems: Problem[] = [];
  const byGroup = new Map<string, ReadMeeting[]>();
  for (const m of meetings) byGroup.set(m.ref.group, [...(byGroup.get(m.ref.group) ?? []), m]);
  for (const [groupId, all] of byGroup) {
    const group = org.groups.get(groupId);
    // § numbers run on through a group's protocols: a meeting that keeps notes (its own kind, or its group's) takes none.
    const list = group ? all.filter((m) => groupForMeeting(group, m.meeting).document === 'protokoll') : [];
    if (!list.length) continue;
    const { problems: found } = numberParagraphs(
      list.map((m) => ({ date: m.meeting.date, firstParagraph: m.meeting.firstParagraph, itemCount: m.meeting.items.length })),
    );
    for (const p of found) {
      const m = list.find((x) => x.meeting.date === p.date)!;
      const previous = list.find((x) => x.meeting.date === p.previousDate)!;
      const what = p.kind === 'gap' ? t('numbering.gap', p.expected, p.stated - 1) : t('numbering.overlap', p.stated, p.previousDate);
      if (!isLocked(m.meeting)) {
        problems.push({
          file: m.yf.file,
          ...locate(m.yf, ['firstParagraph']),
          message: t('numbering.firstParagraph', p.stated, p.previousDate, p.expected - 1, what),
          hint: t('numbering.firstParagraphHint', p.expected),
        });
        continue;
      }
      // The meeting that states its number is sealed: its numbers stand, and the fix is elsewhere.
      const sealed = t('numbering.sealedKeeps', p.date, Boolean(m.meeting.adjusted) || m.meeting.status === 'adjusted', p.stated);
      if (p.kind === 'gap') {
        const count = previous.meeting.items.length;
        const own = !isLocked(previous.meeting) && p.stated - count >= 1 ? t('numbering.gapSealedOwn', p.previousDate, p.stated - count, p.stated - 1) : '';
        problems.push({
          file: m.yf.file,
          ...locate(m.yf, ['firstParagraph']),
          message: t('numbering.gapSealed', p.previousDate, p.expected - 1, sealed, what),
          hint: t('numbering.gapSealedHint', p.expected, p.stated - 1, p.previousDate, p.date, own),
        });
      } else if (!isLocked(previous.meeting)) {
        problems.push({
          file: previous.yf.file,
          ...locate(previous.yf, previous.meeting.firstParagraph !== undefined ? ['firstParagraph'] : ['items']),
          message: t('numbering.overlapPrevious', p.expected - 1, sealed, what),
          hint: t('numbering.overlapPreviousHint', p.date, p.stated - 1),
        });
      } else {
        problems.push({
          file: m.yf.file,
          ...locate(m.yf, ['firstParagraph']),
          message: t('numbering.bothSealed', p.previousDate, p.date, what),
          hint: t('numbering.bothSealedHint'),
        });
      }
    }
  }
  return problems;
}

/** The number of each meeting's first item: its first § for a protocol, 1 for notes; meetings of unknown groups have none. */
export function firstNumbers(org: Organisation, meetings: readonly ReadMeeting[]): Map<ReadMeeting, number> {
  const byYear = new Map<string, ReadMeeting[]>();
  for (const m of meetings) {
    const key = `${m.ref.group}/${m.meeting.date.slice(0, 4)}`;
    byYear.set(key, [...(byYear.get(key) ?? []), m]);
  }
  const first = new Map<ReadMeeting, number>();
  for (const list of byYear.values()) {
    const group = org.groups.get(list[0]!.ref.group);
    if (!group) continue;
    const numbers = numberMeetings(
      list.map((m) => ({
        date: m.meeting.date,
        firstParagraph: m.meeting.firstParagraph,
        itemCount: m.meeting.items.length,
        isProtocol: groupForMeeting(group, m.meeting).document === 'protokoll',
      })),
    );
    for (const m of list) first.set(m, numbers.get(m.meeting.date)!.first);
  }
  return first;
}

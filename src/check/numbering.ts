/** The § numbers of a protocol group's year: gaps and overlaps where a meeting states its firstParagraph. */
import type { Problem } from '../base/errors.js';
import type { MeetingFile } from '../data/folder.js';
import { locate, type YamlFile } from '../data/yaml-file.js';
import { isLocked } from '../model/life-cycle.js';
import { numberParagraphs } from '../model/numbering.js';
import type { Organisation } from '../model/registry.js';
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
  for (const [groupId, list] of byGroup) {
    if (org.groups.get(groupId)?.document !== 'protokoll') continue;
    const { problems: found } = numberParagraphs(
      list.map((m) => ({ date: m.meeting.date, firstParagraph: m.meeting.firstParagraph, itemCount: m.meeting.items.length })),
    );
    for (const p of found) {
      const m = list.find((x) => x.meeting.date === p.date)!;
      const previous = list.find((x) => x.meeting.date === p.previousDate)!;
      const what =
        p.kind === 'gap'
          ? `a gap: §§ ${p.expected}–${p.stated - 1} are in no meeting`
          : `an overlap: § ${p.stated} is already in the meeting of ${p.previousDate}`;
      if (!isLocked(m.meeting)) {
        problems.push({
          file: m.yf.file,
          ...locate(m.yf, ['firstParagraph']),
          message: `firstParagraph is ${p.stated}, but the previous meeting (${p.previousDate}) ends at § ${p.expected - 1}: ${what}`,
          hint: `set firstParagraph: ${p.expected}, or remove it to count on from the previous meeting`,
        });
        continue;
      }
      // The meeting that states its number is sealed: its numbers stand, and the fix is elsewhere.
      const how = m.meeting.adjusted || m.meeting.status === 'adjusted' ? 'adjusted' : 'sealed';
      const sealed = `the meeting of ${p.date} is ${how} and keeps its numbers from § ${p.stated}`;
      if (p.kind === 'gap') {
        const count = previous.meeting.items.length;
        const own =
          !isLocked(previous.meeting) && p.stated - count >= 1
            ? ` or, if none was held, give the meeting of ${p.previousDate} firstParagraph: ${p.stated - count} so that it ends at § ${p.stated - 1}`
            : '';
        problems.push({
          file: m.yf.file,
          ...locate(m.yf, ['firstParagraph']),
          message: `the previous meeting (${p.previousDate}) ends at § ${p.expected - 1}, but ${sealed}: ${what}`,
          hint:
            `§§ ${p.expected}–${p.stated - 1} belong to a meeting between ${p.previousDate} and ${p.date}: ` +
            `add its file with firstParagraph: ${p.expected}${own} (the sealed file stays as it is)`,
        });
      } else if (!isLocked(previous.meeting)) {
        problems.push({
          file: previous.yf.file,
          ...locate(previous.yf, previous.meeting.firstParagraph !== undefined ? ['firstParagraph'] : ['items']),
          message: `this meeting's paragraphs run to § ${p.expected - 1}, but ${sealed}: ${what}`,
          hint:
            `the meetings before ${p.date} must end at § ${p.stated - 1}: check this meeting's date ` +
            `(does it belong after ${p.date}?) and its items; the sealed file stays as it is`,
        });
      } else {
        problems.push({
          file: m.yf.file,
          ...locate(m.yf, ['firstParagraph']),
          message: `the sealed meetings of ${p.previousDate} and ${p.date} overlap: ${what}`,
          hint: 'both are the record as sealed, and neither is changed; check whether a meeting file between them, or one of these, has the wrong date',
        });
      }
    }
  }
  return problems;
}

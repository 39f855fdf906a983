/** The § numbers of a protocol group's year: gaps and overlaps where a meeting states its firstParagraph. */
import type { Problem } from '../base/errors.js';
import type { MeetingFile } from '../data/folder.js';
import { locate, type YamlFile } from '../data/yaml-file.js';
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
      const what =
        p.kind === 'gap'
          ? `a gap: §§ ${p.expected}–${p.stated - 1} are in no meeting`
          : `an overlap: § ${p.stated} is already in the meeting of ${p.previousDate}`;
      problems.push({
        file: m.yf.file,
        ...locate(m.yf, ['firstParagraph']),
        message: `firstParagraph is ${p.stated}, but the previous meeting (${p.previousDate}) ends at § ${p.expected - 1}: ${what}`,
        hint: `set firstParagraph: ${p.expected}, or remove it to count on from the previous meeting`,
      });
    }
  }
  return problems;
}

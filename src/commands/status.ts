import { listMeetingFiles, loadRegistry, readMeeting, requireGroup, resolveDataDir } from '../data/folder.js';
import { groupForMeeting } from '../model/registry.js';
import { t } from '../base/i18n.js';
import { displayPath } from '../data/yaml-file.js';
import { today } from '../model/dates.js';
import { statusLine } from '../model/life-cycle.js';
import type { Problem } from '../base/errors.js';
import { brokenSeal, refuseBrokenSeals } from '../check/seal.js';
import { commandOptions, Flag, Text, type Parsed } from './options.js';
import { bad, bold, dim, lines, type Result } from './result.js';

export const options = commandOptions({ group: Text, json: Flag });

interface Row {
  meeting: string;
  group: string;
  date: string;
  document: string;
  status: string;
  next: string;
  overdue?: string;
  /** Notes approved inside their correction week (sekr approve --early). */
  approvedEarly?: boolean;
  /** Paragraphs adjusted at once, before the rest of the protocol: their numbers and the day. */
  adjustedAtOnce?: { paragraphs: number[]; date: string }[];
}

/** `sekr status`: every meeting's status, what comes next, and what is late. */
export function run(opts: Parsed<typeof options>): Result {
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const only = opts.group === undefined ? undefined : requireGroup(org, opts.group).id;
  const now = today();
  const rows: Row[] = [];
  const broken: Problem[] = [];
  for (const f of listMeetingFiles(dataDir).meetings) {
    const registered = org.groups.get(f.group);
    if (!registered || (only && f.group !== only)) continue;
    const { value: found } = readMeeting(f.path);
    const group = found ? groupForMeeting(registered, found) : registered;
    const meeting = found;
    if (!meeting) {
      rows.push({
        meeting: `${f.group}/${f.date}`,
        group: group.name,
        date: f.date,
        document: group.document,
        status: 'invalid',
        next: t('status.fix', displayPath(f.path)),
      });
      continue;
    }
    const seal = brokenSeal(meeting, f, org);
    if (seal) broken.push(seal);
    const line = statusLine(group, meeting, now);
    rows.push({
      meeting: `${f.group}/${f.date}`,
      group: group.name,
      date: f.date,
      document: group.document,
      status: meeting.status,
      next: line.next,
      overdue: line.overdue,
      approvedEarly: meeting.approved?.early,
      adjustedAtOnce: meeting.adjustedAtOnce?.map((s) => ({ paragraphs: s.paragraphs, date: s.date })),
    });
  }
  refuseBrokenSeals(broken);
  rows.sort((a, b) => a.date.localeCompare(b.date) || a.meeting.localeCompare(b.meeting));
  const text = lines();
  if (!rows.length) {
    text.out(dim(t('status.noMeetings')));
    return { data: { today: now, meetings: rows }, lines: text.list };
  }
  const shown = (r: Row) => t('status.shown', r.status, Boolean(r.approvedEarly));
  const [hDate, hGroup, hStatus, hNext] = [t('status.headDate'), t('status.headGroup'), t('status.headStatus'), t('status.headNext')];
  const w = (k: keyof Row, head: string) => Math.max(...rows.map((r) => String(r[k] ?? '').length), head.length);
  const [wd, wg, ws] = [w('date', hDate), Math.min(w('group', hGroup), 36), Math.max(hStatus.length, ...rows.map((r) => shown(r).length))];
  text.out(bold(`${hDate.padEnd(wd)}  ${hGroup.padEnd(wg)}  ${hStatus.padEnd(ws)}  ${hNext}`));
  for (const r of rows) {
    const main = `${r.date.padEnd(wd)}  ${r.group.slice(0, wg).padEnd(wg)}  ${shown(r).padEnd(ws)}  ${r.next}`;
    if (r.overdue) {
      text.out(main);
      text.out(' '.repeat(wd + wg + ws + 6), bad(t('status.overdue', r.overdue)));
    } else text.out(r.status === 'published' ? dim(main) : main);
  }
  const late = rows.filter((r) => r.overdue).length;
  text.out(dim(t('status.count', rows.length, late, now)));
  return { data: { today: now, meetings: rows }, lines: text.list };
}

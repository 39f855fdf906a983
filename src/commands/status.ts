import { listMeetingFiles, loadRegistry, readMeeting, requireGroup, resolveDataDir } from '../data/folder.js';
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
    const group = org.groups.get(f.group);
    if (!group || (only && f.group !== only)) continue;
    const { value: meeting } = readMeeting(f.path);
    if (!meeting) {
      rows.push({
        meeting: `${f.group}/${f.date}`,
        group: group.name,
        date: f.date,
        document: group.document,
        status: 'invalid',
        next: `fix ${displayPath(f.path)} (sekr validate)`,
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
    });
  }
  refuseBrokenSeals(broken);
  rows.sort((a, b) => a.date.localeCompare(b.date) || a.meeting.localeCompare(b.meeting));
  const text = lines();
  if (!rows.length) {
    text.out(dim('no meetings yet: plan the year with sekr schedule GROUP --year YYYY'));
    return { data: { today: now, meetings: rows }, lines: text.list };
  }
  const shown = (r: Row) => (r.approvedEarly ? `${r.status} (approved early)` : r.status);
  const w = (k: keyof Row) => Math.max(...rows.map((r) => String(r[k] ?? '').length), k.length);
  const [wd, wg, ws] = [w('date'), Math.min(w('group'), 36), Math.max('status'.length, ...rows.map((r) => shown(r).length))];
  text.out(bold(`${'date'.padEnd(wd)}  ${'group'.padEnd(wg)}  ${'status'.padEnd(ws)}  next`));
  for (const r of rows) {
    const main = `${r.date.padEnd(wd)}  ${r.group.slice(0, wg).padEnd(wg)}  ${shown(r).padEnd(ws)}  ${r.next}`;
    if (r.overdue) {
      text.out(main);
      text.out(' '.repeat(wd + wg + ws + 6), bad(`overdue: ${r.overdue}`));
    } else text.out(r.status === 'published' ? dim(main) : main);
  }
  const late = rows.filter((r) => r.overdue).length;
  text.out(dim(`${rows.length} meeting${rows.length === 1 ? '' : 's'}${late ? `, ${late} overdue` : ''} (as of ${now})`));
  return { data: { today: now, meetings: rows }, lines: text.list };
}

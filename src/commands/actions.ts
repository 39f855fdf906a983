import { listMeetingFiles, loadRegistry, readMeeting, requireGroup, resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { problemsError } from '../base/errors.js';
import { actionPoints, isFor, type MeetingForActions } from '../model/actions.js';
import { today } from '../model/dates.js';
import { itemNumbers, numberParagraphs } from '../model/numbering.js';
import type { MeetingData } from '../schema/meeting.js';
import { commandOptions, Flag, Text, type Parsed } from './options.js';
import { bad, bold, dim, lines, type Result } from './result.js';

export const options = commandOptions({ group: Text, person: Text, open: Flag, json: Flag });

/** `sekr actions`: action points across meetings, with where they were decided; overdue ones marked. */
export function run(opts: Parsed<typeof options>): Result {
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const only = opts.group === undefined ? undefined : requireGroup(org, opts.group).id;
  const files = listMeetingFiles(dataDir).meetings.filter((m) => (only ? m.group === only : true) && org.groups.has(m.group));

  const byGroup = new Map<string, MeetingData[]>();
  for (const f of files) {
    const { value, problems } = readMeeting(f.path);
    if (!value) throw problemsError(problems, `${displayPath(f.path)} has problems`);
    byGroup.set(f.group, [...(byGroup.get(f.group) ?? []), value]);
  }
  const meetings: MeetingForActions[] = [];
  for (const [id, list] of byGroup) {
    const group = org.groups.get(id)!;
    const { ranges } = numberParagraphs(list.map((m) => ({ date: m.date, firstParagraph: m.firstParagraph, itemCount: m.items.length })));
    for (const meeting of list) meetings.push({ group, meeting, firstNumber: itemNumbers(group.document === 'protokoll', ranges.get(meeting.date)!).first });
  }

  const now = today();
  const points = actionPoints(org, meetings, now).filter((p) => (opts.open ? !p.done : true) && (opts.person ? isFor(p, opts.person) : true));
  const data = points.map((p) => ({
    who: p.who,
    name: p.whoName,
    what: p.what,
    due: p.due ?? null,
    done: Boolean(p.done),
    overdue: p.overdue,
    group: p.group.id,
    date: p.date,
    item: p.label,
    title: p.itemTitle,
  }));
  const text = lines();
  if (!points.length) {
    text.out(dim(`no ${opts.open ? 'open ' : ''}action points${opts.group ? ` in ${opts.group}` : ''}${opts.person ? ` for ${opts.person}` : ''}`));
    return { data, lines: text.list };
  }
  const rows = points.map((p) => [p.due ?? '–', p.whoName, p.what, `${p.group.name} ${p.date} ${p.label}`, p.done ? 'done' : p.overdue ? 'OVERDUE' : '']);
  const widths = [10, Math.min(28, Math.max(...rows.map((r) => r[1]!.length))), Math.min(60, Math.max(...rows.map((r) => r[2]!.length)))];
  text.out(bold(['due'.padEnd(widths[0]!), 'who'.padEnd(widths[1]!), 'what'.padEnd(widths[2]!), 'from'].join('  ')));
  for (const r of rows) {
    const line = [r[0]!.padEnd(widths[0]!), r[1]!.padEnd(widths[1]!), r[2]!.padEnd(widths[2]!), r[3]].join('  ');
    if (r[4] === 'OVERDUE') text.out(bad(line), '  ', bad('overdue'));
    else text.out(r[4] === 'done' ? dim(`${line}  done`) : line);
  }
  const overdue = points.filter((p) => p.overdue).length;
  text.out(dim(`${points.length} action point${points.length === 1 ? '' : 's'}${overdue ? `, ${overdue} overdue` : ''} (as of ${now})`));
  return { data, lines: text.list };
}

import type { GlobalOptions } from '../cli.js';
import { listMeetingFiles, loadRegistry, readMeeting, requireGroup, resolveDataDir } from '../data/folder.js';
import { problemsError } from '../errors.js';
import { actionPoints, isFor, type MeetingForActions } from '../model/actions.js';
import { today } from '../model/dates.js';
import { numberParagraphs } from '../model/numbering.js';
import { out, printJson, style } from '../output.js';
import { displayPath } from '../data/yaml-file.js';

interface Options extends GlobalOptions {
  group?: string;
  person?: string;
  open?: boolean;
  json?: boolean;
}

export function run(opts: Options): void {
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const only = opts.group === undefined ? undefined : requireGroup(org, opts.group).id;
  const files = listMeetingFiles(dataDir).meetings.filter((m) => (only ? m.group === only : true) && org.groups.has(m.group));

  // Paragraph numbers run on through a group's year, so each group-year is numbered together.
  const meetings: MeetingForActions[] = [];
  const byGroupYear = new Map<string, { date: string; meeting: MeetingForActions['meeting'] }[]>();
  for (const f of files) {
    const { value, problems } = readMeeting(f.path);
    if (!value) throw problemsError(problems, `${displayPath(f.path)} has problems`);
    const key = `${f.group}/${f.date.slice(0, 4)}`;
    byGroupYear.set(key, [...(byGroupYear.get(key) ?? []), { date: f.date, meeting: value }]);
  }
  for (const [key, list] of byGroupYear) {
    const group = org.groups.get(key.split('/')[0]!)!;
    const { ranges } = numberParagraphs(list.map((m) => ({ date: m.date, firstParagraph: m.meeting.firstParagraph, itemCount: m.meeting.items.length })));
    for (const m of list) meetings.push({ group, meeting: m.meeting, firstNumber: group.document === 'protokoll' ? ranges.get(m.date)!.first : 1 });
  }

  const now = today();
  const points = actionPoints(org, meetings, now).filter((p) => (opts.open ? !p.done : true) && (opts.person ? isFor(p, opts.person) : true));
  if (opts.json) {
    printJson(points.map((p) => ({ who: p.who, name: p.whoName, what: p.what, due: p.due ?? null, done: Boolean(p.done), overdue: p.overdue, group: p.group.id, date: p.date, item: p.label, title: p.itemTitle })));
    return;
  }
  if (!points.length) {
    out(style.dim(`no ${opts.open ? 'open ' : ''}action points${opts.group ? ` in ${opts.group}` : ''}${opts.person ? ` for ${opts.person}` : ''}`));
    return;
  }
  const rows = points.map((p) => [p.due ?? '–', p.whoName, p.what, `${p.group.name} ${p.date} ${p.label}`, p.done ? 'done' : p.overdue ? 'OVERDUE' : '']);
  const widths = [10, Math.min(28, Math.max(...rows.map((r) => r[1]!.length))), Math.min(60, Math.max(...rows.map((r) => r[2]!.length)))];
  out(style.bold(['due'.padEnd(widths[0]!), 'who'.padEnd(widths[1]!), 'what'.padEnd(widths[2]!), 'from'].join('  ')));
  for (const r of rows) {
    const line = [r[0]!.padEnd(widths[0]!), r[1]!.padEnd(widths[1]!), r[2]!.padEnd(widths[2]!), r[3]].join('  ');
    out(r[4] === 'OVERDUE' ? `${style.red(line)}  ${style.red.bold('overdue')}` : r[4] === 'done' ? style.dim(`${line}  done`) : line);
  }
  const overdue = points.filter((p) => p.overdue).length;
  out(style.dim(`${points.length} action point${points.length === 1 ? '' : 's'}${overdue ? `, ${overdue} overdue` : ''} (as of ${now})`));
}

import { constants, copyFileSync, existsSync } from 'node:fs';
import type { GlobalOptions } from '../cli.js';
import { createMeetingFile, editMeetingFile } from '../data/meeting-file.js';
import { listMeetingFiles, loadPlan, loadRegistry, meetingPath, readMeeting, requireGroup, resolveDataDir, type MeetingFile } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { writeError } from '../data/atomic.js';
import { problemsError, SekrError } from '../errors.js';
import { buildAgenda, hasRecordedContent, mergeAgenda, type AgendaItem, type PreviousMeeting } from '../model/agenda.js';
import { today } from '../model/dates.js';
import { isLocked } from '../model/life-cycle.js';
import { numberParagraphs } from '../model/numbering.js';
import type { Group } from '../model/registry.js';
import { info, out, printJson, style } from '../output.js';
import { isRealDate, type ItemData, type MeetingData } from '../validate/schema.js';
import { loadAgendaTitles } from '../data/agenda-titles.js';

interface Options extends GlobalOptions {
  date?: string;
  force?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

export function run(groupId: string, opts: Options): void {
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const group = requireGroup(org, groupId);
  const files = listMeetingFiles(dataDir).meetings.filter((m) => m.group === group.id);
  const date = opts.date ?? nextPlanned(files);
  if (!isRealDate(date)) throw new SekrError(`--date '${date}' is not a date`, { hint: 'give it as yyyy-mm-dd, e.g. --date 2026-09-11' });
  const path = meetingPath(dataDir, group.id, date);
  const meeting = existsSync(path) ? loadValid(path) : undefined;

  if (meeting && isLocked(meeting)) {
    throw new SekrError(`${group.id}/${date} is ${meeting.status}: it is the record now and its agenda is not rewritten`, { file: displayPath(path), hint: 'a locked meeting is never changed, not even with --force' });
  }
  if (meeting && hasRecordedContent(meeting) && !opts.force) {
    throw new SekrError(`${group.id}/${date} has recorded content (attendance, notes or decisions); its agenda is not rewritten`, {
      file: displayPath(path),
      hint: 'add --force to rewrite it anyway (a backup of the file is kept)',
    });
  }

  const meetings = files.filter((f) => f.date < date).map((f) => ({ ref: f, meeting: loadValid(f.path) }));
  const previous = previousMeeting(group, meetings);
  const rules = { group, date, titles: loadAgendaTitles(dataDir), previous, plan: loadPlan(dataDir, group.id, Number(date.slice(0, 4))) };
  const items = buildAgenda({ ...rules, own: ownItems(meeting?.items ?? [], buildAgenda(rules)) });

  const sameYear = meetings.filter((m) => m.ref.date.startsWith(date.slice(0, 4)));
  const { ranges } = numberParagraphs([
    ...sameYear.map((m) => ({ date: m.ref.date, firstParagraph: m.meeting.firstParagraph, itemCount: m.meeting.items.length })),
    { date, firstParagraph: meeting?.firstParagraph, itemCount: items.length },
  ]);
  const first = group.document === 'protokoll' ? ranges.get(date)!.first : 1;

  if (!opts.dryRun) write(path, group, date, items, meeting, opts);
  if (opts.json) printJson({ meeting: `${group.id}/${date}`, file: displayPath(path), dryRun: Boolean(opts.dryRun), firstNumber: first, items });
  else {
    out(style.bold(`${group.name} ${date}`));
    items.forEach((item, i) => {
      const number = group.document === 'protokoll' ? `§ ${first + i}.` : `${first + i}.`;
      const from = item.carriedFrom ? style.dim(`  (från ${item.carriedFrom.date}${item.carriedFrom.number ? `, ${group.document === 'protokoll' ? '§' : 'punkt'} ${item.carriedFrom.number}` : ''})`) : '';
      out(`${number.padStart(6)} ${item.title}${from}`);
      for (const sub of item.items ?? []) out(`         - ${sub.title}`);
    });
    if (opts.dryRun) info('(dry run: nothing written)', opts.quiet);
    else info(`${style.green('wrote')} the agenda to ${displayPath(path)}`, opts.quiet);
  }
}

function nextPlanned(files: MeetingFile[]): string {
  const from = today();
  for (const f of files.filter((m) => m.date >= from)) {
    const m = readMeeting(f.path).value;
    if (m && (m.status === 'planned' || m.status === 'agenda')) return f.date;
  }
  throw new SekrError(`no planned meeting on or after ${from}`, { hint: 'name one with --date yyyy-mm-dd, or plan the year with `sekr schedule GROUP --year YYYY`' });
}

function loadValid(path: string): MeetingData {
  const { value, problems } = readMeeting(path);
  if (!value) throw problemsError(problems, `${displayPath(path)} has problems`);
  return value;
}

function previousMeeting(group: Group, meetings: { ref: MeetingFile; meeting: MeetingData }[]): PreviousMeeting | undefined {
  const last = meetings.at(-1);
  if (!last) return undefined;
  if (group.document !== 'protokoll') return { meeting: last.meeting, firstNumber: 1 };
  const year = last.ref.date.slice(0, 4);
  const { ranges } = numberParagraphs(
    meetings.filter((m) => m.ref.date.startsWith(year)).map((m) => ({ date: m.ref.date, firstParagraph: m.meeting.firstParagraph, itemCount: m.meeting.items.length })),
  );
  return { meeting: last.meeting, firstNumber: ranges.get(last.ref.date)!.first };
}

/** Items on the agenda that the rules would not write: the secretary's own points. */
function ownItems(existing: ItemData[], generated: AgendaItem[]): AgendaItem[] {
  const titles = new Set(generated.flatMap((g) => [g.title, ...(g.items ?? []).map((s) => s.title)]));
  return existing
    .filter((item) => !titles.has(item.title))
    .map((item) => ({ title: item.title, ...(item.activity ? { activity: item.activity } : {}), ...(item.carriedFrom ? { carriedFrom: item.carriedFrom } : {}) }));
}

function write(path: string, group: Group, date: string, items: AgendaItem[], meeting: MeetingData | undefined, opts: Options): void {
  if (!meeting) {
    const data: Record<string, unknown> = { date };
    if (group.defaults.time) data.time = group.defaults.time;
    if (group.defaults.place) data.place = group.defaults.place;
    if (group.defaults.mode) data.mode = group.defaults.mode;
    data.status = 'agenda';
    data.items = items;
    createMeetingFile(path, data, 'Agenda written with sekr agenda.');
    return;
  }
  if (hasRecordedContent(meeting)) {
    // Never over an earlier backup: a second --force must not lose the first.
    const stamp = new Date().toISOString().replace(/[-:.]/g, '').slice(0, 18);
    let backup = `${path}.${stamp}.bak`;
    for (let n = 2; ; n++) {
      try {
        copyFileSync(path, backup, constants.COPYFILE_EXCL);
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw writeError(backup, e);
        backup = `${path}.${stamp}-${n}.bak`;
      }
    }
    info(`kept a backup of the meeting in ${displayPath(backup)}`, opts.quiet);
  }
  editMeetingFile(path, (doc) => {
    doc.set('items', doc.createNode(mergeAgenda(items, meeting.items)));
    if (meeting.status === 'planned') doc.set('status', 'agenda');
  });
}

import { sameText } from '../base/text.js';
import { constants, copyFileSync, existsSync } from 'node:fs';
import { SekrError, problemsError } from '../base/errors.js';
import { t } from '../base/i18n.js';
import { loadAgendaTitles } from '../data/agenda-titles.js';
import { writeError } from '../data/atomic.js';
import { listGroupMeetings, loadPlan, loadRegistry, meetingPath, readMeeting, requireGroup, resolveDataDir, type MeetingFile } from '../data/folder.js';
import { createMeetingFile, editMeetingFile } from '../data/meeting-file.js';
import { rangeInYear } from '../data/year.js';
import { displayPath } from '../data/yaml-file.js';
import { buildAgenda, hasRecordedContent, mergeAgenda, type AgendaItem, type PreviousMeeting } from '../model/agenda.js';
import { today } from '../model/dates.js';
import { maskConfidential } from '../model/confidential.js';
import { isLocked } from '../model/life-cycle.js';
import { itemNumbers } from '../model/numbering.js';
import { groupForMeeting, type Group } from '../model/registry.js';
import type { ItemData, MeetingData } from '../schema/meeting.js';
import { commandOptions, Flag, IsoDate, type Parsed } from './options.js';
import { bold, dim, lines, ok, type Lines, type Result } from './result.js';

export const options = commandOptions({ date: IsoDate, force: Flag, dryRun: Flag, json: Flag });

/** `sekr agenda GROUP`: the agenda of the next planned meeting (or --date) from the rules of practice. */
export function run(groupId: string, opts: Parsed<typeof options>): Result {
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const group = requireGroup(org, groupId);
  const files = listGroupMeetings(dataDir, group.id);
  const date = opts.date ?? nextPlanned(files);
  const path = meetingPath(dataDir, group.id, date);
  const meeting = existsSync(path) ? loadValid(path) : undefined;

  if (meeting && isLocked(meeting)) {
    throw new SekrError(t('agenda.locked', `${group.id}/${date}`, meeting.status), { file: displayPath(path), hint: t('agenda.lockedHint') });
  }
  if (meeting && hasRecordedContent(meeting) && !opts.force) {
    throw new SekrError(t('agenda.recorded', `${group.id}/${date}`), { file: displayPath(path), hint: t('agenda.recordedHint') });
  }

  const previous = previousMeeting(dataDir, group, files.filter((f) => f.date < date).at(-1));
  const previousIsProtocol = (previous ? groupForMeeting(group, previous.meeting) : group).document === 'protokoll';
  const rules = { group, date, titles: loadAgendaTitles(dataDir), previous, plan: loadPlan(dataDir, group.id, Number(date.slice(0, 4))) };
  const items = buildAgenda({ ...rules, own: ownItems(meeting?.items ?? [], buildAgenda(rules)) });
  const own = meeting ? groupForMeeting(group, meeting) : group;
  const range = rangeInYear(dataDir, group.id, { date, firstParagraph: meeting?.firstParagraph, itemCount: items.length }, group.document);
  const first = itemNumbers(own.document === 'protokoll', range).first;

  const text = lines();
  if (!opts.dryRun) write(text, path, group, date, items, meeting);
  text.out(bold(`${group.name} ${date}`));
  items.forEach((item, i) => {
    const number = own.document === 'protokoll' ? `§ ${first + i}.` : `${first + i}.`;
    const where = item.carriedFrom?.number ? `, ${previousIsProtocol ? '§' : 'punkt'} ${item.carriedFrom.number}` : '';
    const deferred = item.carriedFrom?.deferred;
    const how = deferred === 'återremiss' ? 'återremitterat' : deferred === 'bordläggning' ? 'bordlagt' : 'från';
    const from = item.carriedFrom ? [dim(`  (${how} ${item.carriedFrom.date}${where})`)] : [];
    text.out(`${number.padStart(6)} ${item.title}`, ...from);
    for (const sub of item.items ?? []) text.out(`         - ${sub.title}`);
  });
  if (opts.dryRun) text.info(t('agenda.dryRun'));
  else text.info(ok(t('agenda.wrote')), t('agenda.wroteTo', displayPath(path)));
  return { data: { meeting: `${group.id}/${date}`, file: displayPath(path), dryRun: Boolean(opts.dryRun), firstNumber: first, items }, lines: text.list };
}

function nextPlanned(files: MeetingFile[]): string {
  const from = today();
  for (const f of files.filter((m) => m.date >= from)) {
    const m = readMeeting(f.path).value;
    if (m && (m.status === 'planned' || m.status === 'agenda')) return f.date;
  }
  throw new SekrError(t('agenda.noPlanned', from), { hint: t('agenda.noPlannedHint') });
}

function loadValid(path: string): MeetingData {
  const { value, problems } = readMeeting(path);
  if (!value) throw problemsError(problems, t('agenda.hasProblems', displayPath(path)));
  return value;
}

/** The group's meeting before this one (of this year or an earlier one), whose carried points come on the agenda. */
function previousMeeting(dataDir: string, group: Group, file: MeetingFile | undefined): PreviousMeeting | undefined {
  if (!file) return undefined;
  const meeting = loadValid(file.path);
  const range = rangeInYear(dataDir, group.id, { date: meeting.date, firstParagraph: meeting.firstParagraph, itemCount: meeting.items.length }, group.document);
  // What a confidential paragraph carries on is its heading alone.
  return { meeting: maskConfidential(meeting, group.id), firstNumber: itemNumbers(groupForMeeting(group, meeting).document === 'protokoll', range).first };
}

/** Items on the agenda that the rules would not write: the secretary's own points. */
function ownItems(existing: ItemData[], generated: AgendaItem[]): AgendaItem[] {
  const titles = new Set(generated.flatMap((g) => [g.title, ...(g.items ?? []).map((s) => s.title)]).map(sameText));
  return existing
    .filter((item) => !titles.has(sameText(item.title)))
    .map((item) => ({
      title: item.title,
      ...(item.activity ? { activity: item.activity } : {}),
      ...(item.carriedFrom ? { carriedFrom: item.carriedFrom } : {}),
    }));
}

function write(text: Lines, path: string, group: Group, date: string, items: AgendaItem[], meeting: MeetingData | undefined): void {
  if (!meeting) {
    const data: Record<string, unknown> = { date };
    if (group.defaults.time) data.time = group.defaults.time;
    if (group.defaults.place) data.place = group.defaults.place;
    if (group.defaults.mode) data.mode = group.defaults.mode;
    data.status = 'agenda';
    data.items = items;
    // not translated: the comment written into the meeting file, which stays the same whoever ran sekr
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
    text.info(t('agenda.keptBackup', displayPath(backup)));
  }
  editMeetingFile(path, (doc) => {
    doc.set('items', doc.createNode(mergeAgenda(items, meeting.items)));
    if (meeting.status === 'planned') doc.set('status', 'agenda');
  });
}

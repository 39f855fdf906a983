import { EXIT } from '../base/errors.js';
import { t } from '../base/i18n.js';
import { openForChange } from '../check/changing.js';
import { loadMeeting } from '../check/loaded.js';
import { loadPlan, meetingDataDir } from '../data/folder.js';
import { setInMeeting } from '../data/meeting-file.js';
import { fileItemStore, insertItem } from '../data/meeting-items.js';
import { displayPath } from '../data/yaml-file.js';
import { mayVote, presentPersonId } from '../model/attendance.js';
import { statusWhenRecorded } from '../model/life-cycle.js';
import { agendaEntries, resumeAt, type AgendaEntry } from '../model/recording.js';
import type { Participant } from '../prompts/record.js';
import { isPromptExit, requireTerminal } from '../prompts/terminal.js';
import type { ActivityStatusName } from '../schema/plan.js';
import { tookOverLine } from './notices.js';
import { commandOptions, type Parsed } from './options.js';
import { dim, lines, ok, warn, type Context, type Result, type Span } from './result.js';

export const options = commandOptions({});

/** The meeting as the next question needs it, read afresh after every change: its items as the document numbers them, and who is present. */
interface Agenda {
  entries: AgendaEntry[];
  participants: Participant[];
}

/** `sekr record MEETING`: the meeting item by item in the terminal; every answer saved at once. */
export async function run(meetingRef: string, _opts: Parsed<typeof options>, context: Context): Promise<Result> {
  requireTerminal('record', [
    `sekr item add ${meetingRef} --title "..." [--notes-file notes.md] [--decision "..."] [--action "who|what|yyyy-mm-dd"] [--carry]`,
    `sekr item set ${meetingRef} <number> [--notes-file notes.md] [--decision "..."] [--status pågår --comment "..."]`,
  ]);
  const dataDir = meetingDataDir(_opts.data, meetingRef);
  const open = openForChange(dataDir, meetingRef, 'sekr record');
  const { ref, group, lock } = open;
  const say = (...spans: Span[]) => context.say({ spans, stream: 'out', always: true });
  const text = lines();
  try {
    if (lock.tookOver) context.say(tookOverLine(lock.tookOver));
    if (statusWhenRecorded(open.meeting.status) !== open.meeting.status) setInMeeting(ref.path, ['status'], statusWhenRecorded(open.meeting.status));

    const plan = loadPlan(dataDir, group.id, Number(ref.date.slice(0, 4)));
    const planStatus = (activity: string | undefined): ActivityStatusName | undefined =>
      plan?.goals.flatMap((g) => g.activities).find((a) => a.id === activity)?.status;
    // Read afresh after every change: the numbers shown are those the document will print, and attendance may change between items.
    const agenda = (): Agenda => {
      const { meeting, org, numbers, isProtocol } = loadMeeting(dataDir, ref);
      const participants = meeting.attendance.present.flatMap((entry) => {
        const id = presentPersonId(entry);
        return id ? [{ id, name: org.people.get(id)?.name ?? id, voter: mayVote(group, entry) }] : [];
      });
      return { entries: agendaEntries(meeting, numbers.first, isProtocol), participants };
    };
    const { chooseMove, recordItem, askNewItem } = await import('../prompts/record.js');

    let now = agenda();
    if (!now.entries.length) {
      context.say({
        spans: [warn(t('record.noAgenda', `${ref.group}/${ref.date}`, group.id, ref.date))],
        stream: 'err',
        always: true,
      });
    }
    let at = resumeAt(now.entries) ?? 0;
    if (now.entries.some((e) => e.item.recorded))
      say(dim(resumeAt(now.entries) === undefined ? t('record.allRecorded') : t('record.resuming', `${now.entries[at]!.label} ${now.entries[at]!.title}`)));

    try {
      for (;;) {
        const list = now.entries;
        if (!list.length) {
          const title = await askNewItem();
          insertItem(ref.path, { index: 0 }, { title });
          now = agenda();
          at = 0;
          continue;
        }
        const move = await chooseMove(list, at);
        if (move.kind === 'finish') break;
        if (move.kind === 'goto') {
          at = move.index;
          continue;
        }
        if (move.kind === 'add') {
          const title = await askNewItem();
          const path = insertItem(ref.path, { after: list[at]!.path }, { title });
          now = agenda();
          at = now.entries.findIndex((e) => e.path.join('.') === path.join('.'));
          continue;
        }
        if (move.kind === 'record') {
          const entry = list[at]!;
          await recordItem(entry, fileItemStore(ref.path, entry.path), {
            isProtocol: group.document === 'protokoll',
            participants: now.participants,
            planStatus: planStatus(entry.item.activity),
            say: (line) => say(dim(line)),
          });
          now = agenda();
        }
        at += 1;
        if (at >= now.entries.length) {
          const next = resumeAt(now.entries);
          if (next === undefined) {
            say(ok(t('record.everyItemRecorded', `${group.name} ${ref.date}`)));
            break;
          }
          say(dim(t('record.backTo', `${now.entries[next]!.label} ${now.entries[next]!.title}`)));
          at = next;
        }
      }
    } catch (e) {
      if (!isPromptExit(e)) throw e;
      text.notice(warn(t('record.stopped', displayPath(ref.path), meetingRef)));
      return { lines: text.list, exitCode: EXIT.stopped };
    }
  } finally {
    lock.release();
  }
  text.notice(ok(t('record.saved')), t('record.savedIn', displayPath(ref.path), `${ref.group}/${ref.date}`));
  return { lines: text.list };
}

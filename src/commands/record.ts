import type { GlobalOptions } from '../cli.js';
import { openForChange } from '../data/changing.js';
import { fileItemStore, insertItem } from '../data/meeting-items.js';
import { setInMeeting } from '../data/meeting-file.js';
import { loadPlan, resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { statusWhenRecorded } from '../model/life-cycle.js';
import { agendaEntries, resumeAt, type AgendaEntry } from '../model/recording.js';
import { info, out, style } from '../output.js';
import { loadForRender } from '../render/meeting.js';
import { isPromptExit, requireTerminal } from '../prompts/terminal.js';
import type { ActivityStatusName } from '../validate/schema.js';
import type { Participant } from '../prompts/record.js';
import { mayVote, presentPersonId } from '../model/attendance.js';

export async function run(meetingRef: string, opts: GlobalOptions): Promise<void> {
  requireTerminal('record', [
    `sekr item add ${meetingRef} --title "..." [--notes-file notes.md] [--decision "..."] [--action "who|what|yyyy-mm-dd"] [--carry]`,
    `sekr item set ${meetingRef} <number> [--notes-file notes.md] [--decision "..."] [--status ongoing --comment "..."]`,
  ]);
  const dataDir = resolveDataDir(opts.data);
  const open = openForChange(dataDir, meetingRef, 'sekr record');
  const { ref, group, lock } = open;
  if (lock.tookOver) info(style.yellow(`took over a stale lock: process ${lock.tookOver.pid} (${lock.tookOver.command}, since ${lock.tookOver.since}) is gone`));
  if (statusWhenRecorded(open.meeting.status) !== open.meeting.status) setInMeeting(ref.path, ['status'], statusWhenRecorded(open.meeting.status));

  const plan = loadPlan(dataDir, group.id, Number(ref.date.slice(0, 4)));
  const planStatus = (activity: string | undefined): ActivityStatusName | undefined =>
    plan?.goals.flatMap((g) => g.activities).find((a) => a.id === activity)?.status;
  // Read afresh after every change, so the numbers shown are those the document will print.
  const entries = (): AgendaEntry[] => {
    const { meeting, view } = loadForRender(dataDir, meetingRef);
    return agendaEntries(meeting, view.firstNumber, view.isProtocol);
  };
  const { chooseMove, recordItem, askNewItem } = await import('../prompts/record.js');
  // Those present, as the paragraph may name them; read afresh, as attendance may change between items.
  const participants = (): Participant[] => {
    const { meeting, org } = loadForRender(dataDir, meetingRef);
    return meeting.attendance.present.flatMap((entry) => {
      const id = presentPersonId(entry);
      if (!id) return [];
      return [{ id, name: org.people.get(id)?.name ?? id, voter: mayVote(group, entry) }];
    });
  };

  let list = entries();
  if (!list.length) {
    info(style.yellow(`${ref.group}/${ref.date} has no agenda yet: fill it with \`sekr agenda ${group.id} --date ${ref.date}\`, or add an item now`));
  }
  let at = resumeAt(list) ?? 0;
  if (list.some((e) => e.item.recorded)) out(style.dim(resumeAt(list) === undefined ? 'every item is recorded; choose one to add to' : `resuming at ${list[at]!.label} ${list[at]!.title}`));

  try {
    for (;;) {
      if (!list.length) {
        const title = await askNewItem();
        insertItem(ref.path, { index: 0 }, { title });
        list = entries();
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
        list = entries();
        at = list.findIndex((e) => e.path.join('.') === path.join('.'));
        continue;
      }
      if (move.kind === 'record') {
        const entry = list[at]!;
        await recordItem(entry, fileItemStore(ref.path, entry.path), {
          isProtocol: group.document === 'protokoll',
          participants: participants(),
          planStatus: planStatus(entry.item.activity),
          say: (line) => out(style.dim(line)),
        });
        list = entries();
      }
      at += 1;
      if (at >= list.length) {
        const next = resumeAt(list);
        if (next === undefined) {
          out(style.green(`every item of ${group.name} ${ref.date} is recorded`));
          break;
        }
        out(style.dim(`back to the first item not recorded: ${list[next]!.label} ${list[next]!.title}`));
        at = next;
      }
    }
  } catch (e) {
    if (!isPromptExit(e)) throw e;
    info(style.yellow(`stopped: every answer given is saved in ${displayPath(ref.path)}; \`sekr record ${meetingRef}\` goes on where you left off`));
    process.exitCode = 130;
    return;
  }
  info(`${style.green('saved')} in ${displayPath(ref.path)}; render it with \`sekr render ${ref.group}/${ref.date}\``);
}

import { EXIT, SekrError } from '../base/errors.js';
import { editChecked, openForChange, type OpenMeeting } from '../check/changing.js';
import { meetingDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { statusWhenRecorded } from '../model/life-cycle.js';
import { attendanceOf, defaultChair, regularMembers, rollCallOf, rollCallProblems, type Guest, type RollCall } from '../model/roll-call.js';
import { membershipOf } from '../model/registry.js';
import { isPromptExit, requireTerminal } from '../prompts/terminal.js';
import { personHint, tookOverLine } from './notices.js';
import { commandOptions, Flag, List, Repeated, Text, type Parsed } from './options.js';
import { lines, ok, warn, type Context, type Result } from './result.js';

export const options = commandOptions({
  present: List,
  absent: List,
  allPresent: Flag,
  substitute: Repeated,
  guest: Repeated,
  chair: Text,
  adjuster: List,
  secretary: Text,
});
type Options = Parsed<typeof options>;

const FLAGS = ['present', 'absent', 'allPresent', 'substitute', 'guest', 'chair', 'adjuster', 'secretary'] as const;

/** `sekr attendance MEETING`: who is present, substitutes, guests, the chair and the adjuster; asked, or given as flags. */
export async function run(meetingRef: string, opts: Options, context: Context): Promise<Result> {
  const dataDir = meetingDataDir(opts.data, meetingRef);
  const byFlags = FLAGS.some((f) => opts[f] !== undefined);
  if (!byFlags) {
    requireTerminal('attendance', [
      `sekr attendance ${meetingRef} --all-present [--absent id,id] [--substitute ersättare:member] ` +
        `[--guest "Name, Organisation"] [--chair id] [--adjuster id]`,
      `sekr attendance ${meetingRef} --present id,id,... [--chair id]`,
    ]);
  }
  const open = openForChange(dataDir, meetingRef, 'sekr attendance');
  const { org, group, meeting, ref, lock } = open;
  const text = lines();
  if (lock.tookOver) context.say(tookOverLine(lock.tookOver));

  const save = (call: RollCall) => {
    const problems = rollCallProblems(org, group, call);
    if (problems.length) {
      throw new SekrError(`the attendance of ${ref.group}/${ref.date} does not add up`, {
        problems: problems.map((p) => ({ file: displayPath(ref.path), message: p.message, hint: p.hint })),
      });
    }
    editChecked(open, (doc) => {
      doc.set('attendance', doc.createNode(attendanceOf(group, call)));
      for (const [key, value] of [
        ['chair', call.chair],
        ['secretary', call.secretary],
      ] as const) {
        if (value) doc.set(key, value);
        else doc.delete(key);
      }
      if (call.adjusters.length) doc.set('adjusters', doc.createNode(call.adjusters));
      else doc.delete('adjusters');
      doc.set('status', statusWhenRecorded(meeting.status));
    });
  };

  let call: RollCall;
  try {
    if (byFlags) {
      call = fromFlags(open, opts);
      save(call);
    } else {
      const { askRollCall } = await import('../prompts/attendance.js');
      try {
        // Each step is saved as soon as it is answered.
        call = await askRollCall(org, group, rollCallOf(group, meeting), save);
      } catch (e) {
        if (!isPromptExit(e)) throw e;
        text.notice(warn(`stopped: what you answered is saved in ${displayPath(ref.path)}; run the command again to go on`));
        return { lines: text.list, exitCode: EXIT.stopped };
      }
    }
  } finally {
    lock.release();
  }
  const name = (id?: string) => (id ? (org.people.get(id)?.name ?? id) : '–');
  const data = attendanceOf(group, call);
  const adjuster = call.adjusters.length ? `, adjuster ${call.adjusters.map(name).join(', ')}` : '';
  text.info(
    ok('saved'),
    ` the attendance of ${group.name} ${ref.date}: ${data.present.length} present, ${data.absent.length} absent; chair ${name(call.chair)}${adjuster}`,
  );
  return { lines: text.list };
}

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

function fromFlags({ org, group, meeting }: OpenMeeting, opts: Options): RollCall {
  const start = rollCallOf(group, meeting);
  const absent = new Set(opts.absent ?? []);
  let present: string[];
  if (opts.allPresent)
    present = regularMembers(group)
      .map((m) => m.person)
      .filter((id) => !absent.has(id));
  else if (opts.present !== undefined) present = opts.present.filter((id) => !absent.has(id));
  else present = start.present.filter((id) => !absent.has(id));
  for (const id of absent) {
    if (!membershipOf(group, id)) throw new SekrError(`--absent ${id}: not a member of ${group.name}`, { hint: personHint(org, group, id) });
  }
  // Substitutes recorded earlier stay unless flags say otherwise (or the member they stood in for is now present).
  const substitutes =
    opts.substitute === undefined
      ? start.substitutes.filter((s) => !present.includes(s.for) && !absent.has(s.person))
      : opts.substitute.flatMap(list).map((pair) => {
          const [person, forWhom] = pair.split(':').map((s) => s.trim());
          const standsFor = forWhom || (person ? membershipOf(group, person)?.for : undefined);
          if (!person || !standsFor)
            throw new SekrError(`--substitute '${pair}': say who stands in for whom`, { hint: 'e.g. --substitute lena-axelsson:per-svensson' });
          return { person, for: standsFor };
        });
  const guests: Guest[] = (opts.guest ?? []).map((g) => {
    if (org.people.has(g.trim())) return { person: g.trim() };
    const [name, ...rest] = g.split(',').map((s) => s.trim());
    if (!name) throw new SekrError(`--guest '${g}': give a person id or "Name, Organisation"`, { hint: 'e.g. --guest "Eva Ek, Borås kommun"' });
    return rest.length ? { name, organisation: rest.join(', ') } : { name };
  });
  const here = [...present, ...substitutes.map((s) => s.person)];
  const chair = opts.chair ?? (start.chair && here.includes(start.chair) ? start.chair : defaultChair(group, here));
  if (!chair && group.chair) {
    throw new SekrError(`the chair (${org.people.get(group.chair)?.name ?? group.chair}) is not present`, {
      hint: 'name the chair of the day with --chair id',
    });
  }
  const adjusters = opts.adjuster ?? start.adjusters.filter((a) => here.includes(a));
  return {
    present,
    substitutes,
    guests: opts.guest ? guests : start.guests,
    chair,
    adjusters,
    secretary: opts.secretary ?? start.secretary ?? group.secretary,
    notes: start.notes,
  };
}

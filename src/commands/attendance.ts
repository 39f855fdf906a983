import { EXIT, SekrError } from '../base/errors.js';
import { t } from '../base/i18n.js';
import { editChecked, openForChange, type OpenMeeting } from '../check/changing.js';
import { meetingDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { statusWhenRecorded } from '../model/life-cycle.js';
import { attendanceOf, defaultChair, regularMembers, rollCallOf, rollCallProblems, type Guest, type PartSpan, type RollCall } from '../model/roll-call.js';
import { fold } from '../base/text.js';
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
  arrived: Repeated,
  left: Repeated,
});
type Options = Parsed<typeof options>;

const FLAGS = ['present', 'absent', 'allPresent', 'substitute', 'guest', 'chair', 'adjuster', 'secretary', 'arrived', 'left'] as const;

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
      throw new SekrError(t('attendance.doesNotAddUp', `${ref.group}/${ref.date}`), {
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
        text.notice(warn(t('attendance.stopped', displayPath(ref.path))));
        return { lines: text.list, exitCode: EXIT.stopped };
      }
    }
  } finally {
    lock.release();
  }
  const name = (id?: string) => (id ? (org.people.get(id)?.name ?? id) : '–');
  const data = attendanceOf(group, call);
  text.info(
    ok(t('attendance.saved')),
    t('attendance.savedLine', `${group.name} ${ref.date}`, data.present.length, data.absent.length, name(call.chair), call.adjusters.map(name)),
  );
  return { lines: text.list };
}

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** "101", "102-", "95-101", "-101": the §§ of a part of the meeting. */
function readSpan(flag: string, given: string, text: string): PartSpan {
  const m = /^(\d*)\s*(-?)\s*(\d*)$/.exec(text);
  const from = m?.[1] ? Number(m[1]) : undefined;
  const to = m?.[3] ? Number(m[3]) : m && !m[2] ? from : undefined;
  if (!m || (from === undefined && to === undefined)) throw new SekrError(t('attendance.notASpan', flag, given, text), { hint: t('attendance.notASpanHint') });
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

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
    if (!membershipOf(group, id)) throw new SekrError(t('attendance.absentNotMember', id, group.name), { hint: personHint(org, group, id) });
  }
  const spans: Record<string, PartSpan> = { ...start.spans };
  // Substitutes recorded earlier stay unless flags say otherwise (or the member they stood in for is now present).
  let substitutes =
    opts.substitute === undefined
      ? start.substitutes.filter((s) => (!present.includes(s.for) || spans[s.person] !== undefined) && !absent.has(s.person))
      : opts.substitute.flatMap(list).map((given) => {
          const [person, forWhom, paragraphs, ...rest] = given.split(':').map((s) => s.trim());
          const standsFor = forWhom || (person ? membershipOf(group, person)?.for : undefined);
          // An ersättare named alone, who stands in for no one: present without serving (ej tjänstgörande ersättare).
          if (person && !standsFor && !rest.length && membershipOf(group, person)?.role === 'ersättare') return { person, for: '' };
          if (!person || !standsFor || rest.length) throw new SekrError(t('attendance.substituteForm', given), { hint: t('attendance.substituteFormHint') });
          delete spans[person];
          if (paragraphs) spans[person] = readSpan('--substitute', given, paragraphs);
          return { person, for: standsFor };
        });
  const notServing = substitutes.filter((s) => !s.for).map((s) => ({ person: s.person }));
  substitutes = substitutes.filter((s) => s.for);
  // --arrived id:N (took part from § N) and --left id:N (took part up to § N, then left).
  for (const [flag, values, key] of [
    ['--arrived', opts.arrived, 'from'],
    ['--left', opts.left, 'to'],
  ] as const) {
    for (const given of values ?? []) {
      const [person, number, ...rest] = given.split(':').map((x) => x.trim());
      const n = Number(number);
      if (!person || !Number.isInteger(n) || n < 1 || rest.length)
        throw new SekrError(t('attendance.spanForm', flag, given), { hint: t('attendance.spanFormHint', flag, key === 'from' ? 97 : 101) });
      if (!org.people.has(person)) throw new SekrError(t('attendance.noPerson', flag, person), { hint: personHint(org, group, person) });
      spans[person] = { ...spans[person], [key]: n };
    }
  }
  const guests: Guest[] = (opts.guest ?? []).map((g) => {
    if (org.people.has(g.trim())) return { person: g.trim() };
    const [name, ...rest] = g.split(',').map((s) => s.trim());
    if (!name) throw new SekrError(t('attendance.guestForm', g), { hint: t('attendance.guestFormHint') });
    // A guest who is in the registry is linked by id: the documents then give their title, and the registry stays the one source.
    const organisation = rest.join(', ');
    const known = [...org.people.values()].filter(
      (p) => fold(p.name) === fold(name) && (!organisation || !p.organisation || fold(p.organisation) === fold(organisation)),
    );
    if (known.length === 1) return { person: known[0]!.id };
    // The §§ a guest was there for, recorded before, stay with them.
    const before = start.guests.find((b) => 'name' in b && fold(b.name) === fold(name));
    const span =
      before && 'name' in before ? { ...(before.from !== undefined ? { from: before.from } : {}), ...(before.to !== undefined ? { to: before.to } : {}) } : {};
    return { name, ...(rest.length ? { organisation } : {}), ...span };
  });
  const here = [...present, ...substitutes.map((s) => s.person)];
  const chair = opts.chair ?? (start.chair && here.includes(start.chair) ? start.chair : defaultChair(group, here));
  if (!chair && group.chair) {
    throw new SekrError(t('attendance.chairAbsent', org.people.get(group.chair)?.name ?? group.chair), { hint: t('attendance.chairAbsentHint') });
  }
  const adjusters = opts.adjuster ?? start.adjusters.filter((a) => here.includes(a));
  return {
    present,
    substitutes,
    guests: [
      ...(opts.substitute ? notServing : start.guests.filter((g) => 'person' in g && membershipOf(group, g.person)?.role === 'ersättare')),
      ...(opts.guest ? guests : start.guests.filter((g) => !('person' in g && membershipOf(group, g.person)?.role === 'ersättare'))),
    ],
    chair,
    adjusters,
    secretary: opts.secretary ?? start.secretary ?? group.secretary,
    notes: start.notes,
    spans,
  };
}

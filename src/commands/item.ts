import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { SekrError } from '../base/errors.js';
import { sameText } from '../base/text.js';
import { editChecked, openForChange, type OpenMeeting } from '../check/changing.js';
import { loadAgendaTitles } from '../data/agenda-titles.js';
import { loadPlan, meetingDataDir } from '../data/folder.js';
import { insertItemInDocument, type ItemPosition } from '../data/meeting-items.js';
import { maskConfidential } from '../model/confidential.js';
import { statusWhenRecorded } from '../model/life-cycle.js';
import { agendaEntries, findEntry, itemYamlPath, parseAction } from '../model/recording.js';
import type { MeetingData } from '../schema/meeting.js';
import { personHint, tookOverLine } from './notices.js';
import { commandOptions, Flag, List, Repeated, Text, type Parsed } from './options.js';
import { lines, ok, type Result } from './result.js';
import { ActivityStatus } from '../schema/plan.js';
import { type ActionData, type ItemData } from '../schema/meeting.js';

const ITEM = {
  title: Text,
  presenter: Text,
  notes: Text,
  notesFile: Text,
  decision: Repeated,
  action: Repeated,
  attachment: Repeated,
  carry: z.optional(z.union([z.boolean(), z.string()])),
  activity: Text,
  status: Text,
  comment: Text,
  caseNumber: Text,
  proposal: Repeated,
  proposition: Text,
  vote: Text,
  voteQuestion: Text,
  disqualified: List,
  reservation: Repeated,
  protocolNote: Repeated,
  sendTo: Repeated,
  urgent: Flag,
  confidential: z.optional(z.union([z.literal(false), z.string()])),
  json: Flag,
};
export const addOptions = commandOptions({ ...ITEM, after: Text });
export const setOptions = commandOptions({ ...ITEM, recorded: Flag });
type Options = Parsed<typeof addOptions> & Parsed<typeof setOptions>;

/** The item fields the flags give; only what was given. */
function fieldsFromFlags(open: OpenMeeting, opts: Options): Record<string, unknown> {
  const { org, group } = open;
  const fields: Record<string, unknown> = {};
  if (opts.title !== undefined) {
    if (!opts.title.trim()) throw new SekrError('--title is empty', { hint: 'give the item a title, e.g. --title "Övrigt"' });
    fields.title = opts.title.normalize('NFC').trim();
  }
  if (opts.presenter !== undefined) {
    if (!org.people.has(opts.presenter))
      throw new SekrError(`--presenter: no person '${opts.presenter}' in the registry`, { hint: personHint(org, group, opts.presenter) });
    fields.presenter = opts.presenter;
  }
  if (opts.notes !== undefined && opts.notesFile !== undefined) throw new SekrError('give --notes or --notes-file, not both');
  const notes = opts.notesFile !== undefined ? readNotes(opts.notesFile) : opts.notes;
  if (notes !== undefined) fields.body = notes.trim() ? `${notes.replace(/\s+$/, '')}\n` : undefined;
  if (opts.decision) fields.decisions = opts.decision;
  if (opts.action) {
    fields.actions = opts.action.map((text): ActionData => {
      const a = parseAction(text);
      if ('error' in a) throw new SekrError(`--action: ${a.error}`, { hint: 'e.g. --action "anna-lena-hardtmann|Skicka ut inbjudan|2026-10-01"' });
      return a;
    });
  }
  if (opts.attachment) fields.attachments = opts.attachment;
  if (opts.carry !== undefined) fields.carry = opts.carry === false ? undefined : opts.carry === true ? true : opts.carry;
  if (opts.activity !== undefined) {
    const activities = loadPlan(open.dataDir, group.id, Number(open.ref.date.slice(0, 4)))?.goals.flatMap((g) => g.activities.map((a) => a.id)) ?? [];
    if (!activities.includes(opts.activity)) {
      throw new SekrError(`--activity: no activity '${opts.activity}' in the ${open.ref.date.slice(0, 4)} plan of ${group.name}`, {
        hint: activities.length
          ? `the plan's activities: ${activities.join(', ')}`
          : `there is no plan: add data/plans/${group.id}/${open.ref.date.slice(0, 4)}.yaml`,
      });
    }
    fields.activity = opts.activity;
  }
  if (opts.status !== undefined) {
    const status = ActivityStatus.safeParse(opts.status);
    if (!status.success) throw new SekrError(`--status '${opts.status}' is not a status`, { hint: 'not-started, ongoing or done' });
    fields.activityStatus = opts.comment ? { status: status.data, comment: opts.comment } : { status: status.data };
  } else if (opts.comment !== undefined)
    throw new SekrError('--comment goes with --status', { hint: 'e.g. --status ongoing --comment "Pilot i två kommuner"' });
  if (opts.recorded !== undefined) fields.recorded = opts.recorded || undefined;
  Object.assign(fields, protocolFields(open, opts));
  return fields;
}

/** What a protocol paragraph records besides notes and decisions. */
function protocolFields({ org, group }: OpenMeeting, opts: Options): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const person = (flag: string, id: string) => {
    if (!org.people.has(id)) throw new SekrError(`--${flag}: no person '${id}' in the registry`, { hint: personHint(org, group, id) });
    return id;
  };
  const pair = (flag: string, text: string, example: string) => {
    const [by, ...rest] = text.split('|');
    if (!by?.trim() || !rest.join('|').trim())
      throw new SekrError(`--${flag} '${text}': write it as "person-id|text"`, { hint: `e.g. --${flag} "${example}"` });
    return { by: person(flag, by.trim()), text: rest.join('|').trim() };
  };
  if (opts.caseNumber !== undefined) fields.caseNumber = opts.caseNumber || undefined;
  if (opts.proposal) fields.proposals = opts.proposal.map((p) => pair('proposal', p, 'nina-landstrom|bifall till beredningens förslag'));
  if (opts.proposition !== undefined) fields.proposition = opts.proposition || undefined;
  if (opts.vote !== undefined) {
    const votes: Record<string, string> = {};
    for (const part of opts.vote
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const [id, choice] = part.split('=').map((s) => s.trim());
      if (!id || !choice || !['ja', 'nej', 'avstår'].includes(choice)) {
        throw new SekrError(`--vote: '${part}' is not person=ja|nej|avstår`, { hint: 'e.g. --vote "nina-landstrom=ja,tina-isaksson=nej,gun-bylund=avstår"' });
      }
      votes[person('vote', id)] = choice;
    }
    fields.vote = opts.voteQuestion ? { question: opts.voteQuestion, votes } : { votes };
  } else if (opts.voteQuestion !== undefined) throw new SekrError('--vote-question goes with --vote', { hint: 'give the votes with --vote "id=ja,id=nej"' });
  if (opts.disqualified !== undefined) fields.disqualified = opts.disqualified.map((id) => person('disqualified', id));
  if (opts.reservation) {
    fields.reservations = opts.reservation.map((r) => {
      const [by, text, attachment] = r.split('|').map((s) => s.trim());
      if (!by)
        throw new SekrError(`--reservation '${r}': who reserves?`, {
          hint: 'e.g. --reservation "tina-isaksson" or "tina-isaksson|till förmån för eget yrkande|Reservation T. Isaksson"',
        });
      return { by: person('reservation', by), ...(text ? { text } : {}), ...(attachment ? { attachment } : {}) };
    });
  }
  if (opts.protocolNote) fields.protocolNotes = opts.protocolNote.map((n) => pair('protocol-note', n, 'gun-bylund|Anser att frågan bör utredas vidare'));
  if (opts.sendTo) fields.sendTo = opts.sendTo;
  if (opts.urgent !== undefined) fields.urgent = opts.urgent || undefined;
  if (opts.confidential !== undefined) fields.confidential = opts.confidential || undefined;
  return fields;
}

function readNotes(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8').replace(/\r\n?/g, '\n');
  } catch (e) {
    throw new SekrError(`cannot read the notes from ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`, {
      hint: 'give the path of a Markdown file, or - to read standard input',
    });
  }
}

const hasContent = (item: ItemData) => Boolean(item.body?.trim() || item.decisions.length || item.actions.length || item.attachments.length);

/** `sekr item add`: a new point on the agenda, or the agenda's own empty point of that title filled in. */
export function runAdd(meetingRef: string, opts: Parsed<typeof addOptions>): Result {
  if (opts.title === undefined) throw new SekrError('an item needs a title', { hint: 'add --title "..."' });
  const dataDir = meetingDataDir(opts.data, meetingRef);
  const open = openForChange(dataDir, meetingRef, 'sekr item add');
  try {
    const { meeting, numbers, isProtocol } = open;
    const fields = fieldsFromFlags(open, opts);
    const entries = agendaEntries(meeting, numbers.first, isProtocol);
    const same = entries.filter((e) => e.path.length === 1 && sameText(e.title) === sameText(String(fields.title)));
    if (opts.after === undefined && same.length === 1 && !hasContent(same[0]!.item)) {
      const path = same[0]!.path;
      return told(open, path, write(open, path, fields), 'filled');
    }
    const position: ItemPosition =
      opts.after !== undefined ? { after: entryAt(entries, opts.after).path } : { index: beforeClosing(meeting.items, loadAgendaTitles(dataDir)) };
    let path: number[] = [];
    const written = editChecked(open, (doc) => {
      path = insertItemInDocument(doc, position, pruned(fields));
      doc.set('status', statusWhenRecorded(meeting.status));
    });
    return told(open, path, written, 'added');
  } finally {
    open.lock.release();
  }
}

/** `sekr item set`: changes the fields given of the item with that number. */
export function runSet(meetingRef: string, number: string, opts: Parsed<typeof setOptions>): Result {
  const dataDir = meetingDataDir(opts.data, meetingRef);
  const open = openForChange(dataDir, meetingRef, 'sekr item set');
  try {
    const fields = fieldsFromFlags(open, opts);
    if (!Object.keys(fields).length)
      throw new SekrError('nothing to set', { hint: 'give what to change, e.g. --decision "..." or --notes-file notes.md (see sekr item set --help)' });
    const entry = entryAt(agendaEntries(open.meeting, open.numbers.first, open.isProtocol), number);
    return told(open, entry.path, write(open, entry.path, fields), 'changed');
  } finally {
    open.lock.release();
  }
}

function entryAt(entries: ReturnType<typeof agendaEntries>, ref: string) {
  const entry = findEntry(entries, ref);
  if (!entry) {
    const known = entries.filter((e) => e.path.length === 1).map((e) => e.label.replace('§ ', ''));
    throw new SekrError(`no item ${ref} in this meeting`, {
      hint: known.length ? `its items are ${known[0]}–${known.at(-1)} (sub-items as 3.1)` : 'the meeting has no items yet: use sekr item add',
    });
  }
  return entry;
}

/** New points go before Övrigt and the closing item when the agenda ends with them. */
function beforeClosing(items: ItemData[], titles: ReturnType<typeof loadAgendaTitles>): number {
  const closing = new Set([titles.other, titles.protokoll.closing, titles.mötesanteckning.closing].map(sameText));
  let index = items.length;
  while (index > 0 && closing.has(sameText(items[index - 1]!.title))) index--;
  return index;
}

const pruned = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));

function write(open: OpenMeeting, path: number[], fields: Record<string, unknown>): MeetingData {
  return editChecked(open, (doc) => {
    for (const [key, value] of Object.entries(fields)) {
      const at = itemYamlPath(path, key);
      if (value === undefined) doc.deleteIn(at);
      else doc.setIn(at, doc.createNode(value));
    }
    doc.set('status', statusWhenRecorded(open.meeting.status));
  });
}

/** The item as it now stands in the file, numbered as the document numbers it. */
function told(open: OpenMeeting, path: number[], written: MeetingData, what: string): Result {
  const { ref, numbers, isProtocol, lock } = open;
  // The item as --json gives it: a confidential paragraph's content stays in the internal protocol.
  const entry = agendaEntries(maskConfidential(written, open.group.id), numbers.first, isProtocol).find((e) => e.path.join('.') === path.join('.'))!;
  const text = lines();
  if (lock.tookOver) text.list.push(tookOverLine(lock.tookOver));
  text.info(ok(what), ` ${entry.label} ${entry.title} in ${ref.group}/${ref.date}`);
  return { data: { meeting: `${ref.group}/${ref.date}`, [what]: { number: entry.label, title: entry.title, item: entry.item } }, lines: text.list };
}

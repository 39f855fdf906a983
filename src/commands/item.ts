import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { SekrError } from '../base/errors.js';
import { t } from '../base/i18n.js';
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
import { activityStatusFrom } from '../schema/plan.js';
import { type ActionData, type ItemData } from '../schema/meeting.js';
import { isRealDate } from '../schema/common.js';

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
  vote: Repeated,
  voteQuestion: Repeated,
  voteProposition: Repeated,
  voteYes: Repeated,
  voteNo: Repeated,
  castingVote: Repeated,
  lot: Repeated,
  deferred: z.optional(z.union([z.literal(false), z.string()])),
  disqualified: List,
  reservation: Repeated,
  removeReservation: List,
  protocolNote: Repeated,
  sendTo: Repeated,
  urgent: Flag,
  confidential: z.optional(z.union([z.literal(false), z.string()])),
  json: Flag,
};
export const addOptions = commandOptions({ ...ITEM, after: Text });
export const setOptions = commandOptions({ ...ITEM, recorded: Flag });
type Options = Parsed<typeof addOptions> & Parsed<typeof setOptions>;

/** The item fields the flags give; only what was given. `existing`: the item as it stands, for the flags that add to it. */
function fieldsFromFlags(open: OpenMeeting, opts: Options, existing?: ItemData): Record<string, unknown> {
  const { org, group } = open;
  const fields: Record<string, unknown> = {};
  if (opts.title !== undefined) {
    if (!opts.title.trim()) throw new SekrError(t('item.titleEmpty'), { hint: t('item.titleEmptyHint') });
    fields.title = opts.title.normalize('NFC').trim();
  }
  if (opts.presenter !== undefined) {
    if (!org.people.has(opts.presenter)) throw new SekrError(t('item.noPerson', 'presenter', opts.presenter), { hint: personHint(org, group, opts.presenter) });
    fields.presenter = opts.presenter;
  }
  if (opts.notes !== undefined && opts.notesFile !== undefined) throw new SekrError(t('item.notesTwice'));
  const notes = opts.notesFile !== undefined ? readNotes(opts.notesFile) : opts.notes;
  if (notes !== undefined) fields.body = notes.trim() ? `${notes.replace(/\s+$/, '')}\n` : undefined;
  if (opts.decision) fields.decisions = opts.decision;
  if (opts.action) {
    fields.actions = opts.action.map((text): ActionData => {
      const a = parseAction(text);
      if ('error' in a) throw new SekrError(`--action: ${a.error}`, { hint: t('item.actionHint') });
      return a;
    });
  }
  if (opts.attachment) fields.attachments = opts.attachment;
  if (opts.carry !== undefined) fields.carry = opts.carry === false ? undefined : opts.carry === true ? true : opts.carry;
  if (opts.activity !== undefined) {
    const activities = loadPlan(open.dataDir, group.id, Number(open.ref.date.slice(0, 4)))?.goals.flatMap((g) => g.activities.map((a) => a.id)) ?? [];
    if (!activities.includes(opts.activity)) {
      throw new SekrError(t('item.noActivity', opts.activity, open.ref.date.slice(0, 4), group.name), {
        hint: activities.length ? t('item.planActivities', activities.join(', ')) : t('item.noPlan', group.id, open.ref.date.slice(0, 4)),
      });
    }
    fields.activity = opts.activity;
  }
  if (opts.status !== undefined) {
    const status = activityStatusFrom(opts.status);
    if (status === undefined) throw new SekrError(t('item.notAStatus', opts.status), { hint: t('item.notAStatusHint') });
    fields.activityStatus = opts.comment ? { status, comment: opts.comment } : { status };
  } else if (opts.comment !== undefined) throw new SekrError(t('item.commentWithoutStatus'), { hint: t('item.commentWithoutStatusHint') });
  if (opts.recorded !== undefined) fields.recorded = opts.recorded || undefined;
  Object.assign(fields, protocolFields(open, opts));
  const reservations = reservationsAfter(open, opts, existing?.reservations ?? []);
  if (reservations) fields.reservations = reservations.length ? reservations : undefined;
  return fields;
}

/**
 * The reservations once --reservation (each adds one, or replaces that member's) and
 * --remove-reservation (takes one away) are applied: those already there stay.
 */
function reservationsAfter({ org, group }: OpenMeeting, opts: Options, existing: ItemData['reservations']): ItemData['reservations'] | undefined {
  if (opts.reservation === undefined && opts.removeReservation === undefined) return undefined;
  let list = [...existing];
  for (const id of opts.removeReservation ?? []) {
    if (!list.some((r) => r.by === id))
      throw new SekrError(t('item.noReservationBy', id), {
        hint: list.length ? t('item.reservationsBy', list.map((r) => r.by).join(', ')) : t('item.noReservations'),
      });
    list = list.filter((r) => r.by !== id);
  }
  for (const text of opts.reservation ?? []) {
    const [by, reason, attachment, submitted, ...rest] = text.split('|').map((x) => x.trim());
    if (!by || rest.length) throw new SekrError(t('item.reservationForm', text), { hint: t('item.reservationFormHint') });
    if (!org.people.has(by)) throw new SekrError(t('item.noPerson', 'reservation', by), { hint: personHint(org, group, by) });
    if (submitted && !isRealDate(submitted)) throw new SekrError(t('item.reservationDate', text, submitted), { hint: t('item.reservationDateHint') });
    const reservation = { by, ...(reason ? { text: reason } : {}), ...(attachment ? { attachment } : {}), ...(submitted ? { submitted } : {}) };
    const at = list.findIndex((r) => r.by === by);
    if (at >= 0) list[at] = reservation;
    else list.push(reservation);
  }
  return list;
}

/**
 * One --vote: "id=ja,id=nej,id=avstår" by name, or "closed: ja=4, nej=3" (a closed ballot, the counts
 * only; for an election the candidates: "closed: Eva Bergkvist=4, Per Persson=3").
 */
function parseVote(spec: string, person: (id: string) => string): Record<string, unknown> {
  const closed = /^\s*closed\s*:/i.exec(spec);
  const parts = spec
    .slice(closed ? closed[0].length : 0)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (closed) {
    const counts: Record<string, number> = {};
    for (const part of parts) {
      const m = /^(.+?)\s*=\s*(\d+)$/.exec(part);
      if (!m) throw new SekrError(t('item.voteCount', part), { hint: t('item.voteCountHint') });
      counts[m[1]!] = Number(m[2]);
    }
    if (!parts.length) throw new SekrError(t('item.voteClosedEmpty'), { hint: t('item.voteClosedEmptyHint') });
    return { closed: true, counts };
  }
  const votes: Record<string, string> = {};
  for (const part of parts) {
    const [id, choice] = part.split('=').map((s) => s.trim());
    if (!id || !choice || !['ja', 'nej', 'avstår'].includes(choice)) {
      throw new SekrError(t('item.voteChoice', part), { hint: t('item.voteChoiceHint') });
    }
    votes[person(id)] = choice;
  }
  return { votes };
}

/** What a protocol paragraph records besides notes and decisions. */
function protocolFields({ org, group }: OpenMeeting, opts: Options): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const person = (flag: string, id: string) => {
    if (!org.people.has(id)) throw new SekrError(t('item.noPerson', flag, id), { hint: personHint(org, group, id) });
    return id;
  };
  const pair = (flag: string, text: string, example: string) => {
    const [by, ...rest] = text.split('|');
    if (!by?.trim() || !rest.join('|').trim()) throw new SekrError(t('item.pairForm', flag, text), { hint: t('item.example', flag, example) });
    return { by: person(flag, by.trim()), text: rest.join('|').trim() };
  };
  if (opts.caseNumber !== undefined) fields.caseNumber = opts.caseNumber || undefined;
  if (opts.proposal) fields.proposals = opts.proposal.map((p) => pair('proposal', p, 'nina-landstrom|bifall till beredningens förslag'));
  if (opts.proposition !== undefined) fields.proposition = opts.proposition || undefined;
  if (opts.vote !== undefined) {
    const votes = opts.vote.map((spec) => parseVote(spec, (id) => person('vote', id)));
    const attribute = (flag: string, values: string[] | undefined, key: string, check?: (v: string) => boolean) => {
      if (!values) return;
      if (values.length > votes.length)
        throw new SekrError(t('item.voteFlagTooMany', flag, values.length, votes.length), { hint: t('item.voteFlagTooManyHint', flag) });
      values.forEach((value, i) => {
        if (!value.trim()) return;
        if (check && !check(value.trim())) throw new SekrError(t('item.notJaNej', flag, value), { hint: t('item.example', flag, 'ja') });
        votes[i]![key] = value.trim();
      });
    };
    attribute('vote-question', opts.voteQuestion, 'question');
    attribute('vote-proposition', opts.voteProposition, 'proposition');
    attribute('vote-yes', opts.voteYes, 'yes');
    attribute('vote-no', opts.voteNo, 'no');
    attribute('casting-vote', opts.castingVote, 'castingVote', (v) => v === 'ja' || v === 'nej');
    attribute('lot', opts.lot, 'lot');
    // One vote is written as vote:, as files have always had it; several as votes:, in order.
    if (votes.length === 1) {
      fields.vote = votes[0];
      fields.votes = undefined;
    } else {
      fields.vote = undefined;
      fields.votes = votes;
    }
  } else {
    const orphan = (['voteQuestion', 'voteProposition', 'voteYes', 'voteNo', 'castingVote', 'lot'] as const).find((k) => opts[k] !== undefined);
    if (orphan) {
      const flag = orphan.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      throw new SekrError(t('item.withoutVote', flag), { hint: t('item.withoutVoteHint') });
    }
  }
  if (opts.deferred !== undefined) {
    if (opts.deferred !== false && opts.deferred !== 'återremiss' && opts.deferred !== 'bordläggning')
      throw new SekrError(t('item.deferred', opts.deferred), { hint: t('item.deferredHint') });
    fields.deferred = opts.deferred || undefined;
  }
  if (opts.disqualified !== undefined) fields.disqualified = opts.disqualified.map((id) => person('disqualified', id));
  if (opts.protocolNote)
    fields.protocolNotes = opts.protocolNote.map((n) => {
      const [by, text, allowed, ...rest] = n.split('|').map((x) => x.trim());
      if (!by || !text || rest.length || (allowed !== undefined && allowed !== 'allowed'))
        throw new SekrError(t('item.protocolNoteForm', n), { hint: t('item.protocolNoteFormHint') });
      return { by: person('protocol-note', by), text, ...(allowed ? { allowed: true } : {}) };
    });
  if (opts.sendTo) fields.sendTo = opts.sendTo;
  if (opts.urgent !== undefined) fields.urgent = opts.urgent || undefined;
  if (opts.confidential !== undefined) fields.confidential = opts.confidential || undefined;
  return fields;
}

function readNotes(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8').replace(/\r\n?/g, '\n');
  } catch (e) {
    throw new SekrError(t('item.cannotReadNotes', file, (e as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : (e as Error).message), {
      hint: t('item.cannotReadNotesHint'),
    });
  }
}

const hasContent = (item: ItemData) => Boolean(item.body?.trim() || item.decisions.length || item.actions.length || item.attachments.length);

/** `sekr item add`: a new point on the agenda, or the agenda's own empty point of that title filled in. */
export function runAdd(meetingRef: string, opts: Parsed<typeof addOptions>): Result {
  if (opts.title === undefined) throw new SekrError(t('item.needsTitle'), { hint: t('item.needsTitleHint') });
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
    const entry = entryAt(agendaEntries(open.meeting, open.numbers.first, open.isProtocol), number);
    const fields = fieldsFromFlags(open, opts, entry.item);
    if (!Object.keys(fields).length) throw new SekrError(t('item.nothingToSet'), { hint: t('item.nothingToSetHint') });
    return told(open, entry.path, write(open, entry.path, fields), 'changed');
  } finally {
    open.lock.release();
  }
}

function entryAt(entries: ReturnType<typeof agendaEntries>, ref: string) {
  const entry = findEntry(entries, ref);
  if (!entry) {
    const known = entries.filter((e) => e.path.length === 1).map((e) => e.label.replace('§ ', ''));
    throw new SekrError(t('item.noItem', ref), {
      hint: known.length ? t('item.itemsAre', known[0]!, known.at(-1)!) : t('item.noItemsYet'),
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
const TOLD = { filled: 'item.filled', added: 'item.added', changed: 'item.changed' } as const;

function told(open: OpenMeeting, path: number[], written: MeetingData, what: keyof typeof TOLD): Result {
  const { ref, numbers, isProtocol, lock } = open;
  // The item as --json gives it: a confidential paragraph's content stays in the internal protocol.
  const entry = agendaEntries(maskConfidential(written, open.group.id), numbers.first, isProtocol).find((e) => e.path.join('.') === path.join('.'))!;
  const text = lines();
  if (lock.tookOver) text.list.push(tookOverLine(lock.tookOver));
  text.info(ok(t(TOLD[what])), t('item.toldWhere', entry.label, entry.title, `${ref.group}/${ref.date}`));

  return { data: { meeting: `${ref.group}/${ref.date}`, [what]: { number: entry.label, title: entry.title, item: entry.item } }, lines: text.list };
}

/**
 * Recording one item in the terminal: notes, decisions, action points,
 * attachments, the activity's status, and whether it is carried to the next
 * meeting. Each answer goes to `store` the moment it is given, so a crash
 * costs at most the answer being typed.
 */
import { confirm, editor, input, select } from '@inquirer/prompts';
import { SekrError } from '../base/errors.js';
import { findProgram } from '../base/programs.js';
import { notes } from './notes.js';
import type { AgendaEntry, ItemStore } from '../model/recording.js';
import { isRealDate } from '../schema/common.js';
import { type ActivityStatusName } from '../schema/plan.js';
import { type ItemData } from '../schema/meeting.js';

const STATUS_NAMES: Record<ActivityStatusName, string> = { 'not-started': 'not started', ongoing: 'ongoing', done: 'done' };

/**
 * The editor that $VISUAL or $EDITOR names must be a program that can be started: otherwise the
 * prompt would fail deep inside, where nothing says which setting is wrong.
 */
function requireEditor(variable: 'VISUAL' | 'EDITOR'): void {
  const value = process.env[variable]!;
  const program = value.trim().split(/\s+/)[0] ?? '';
  if (findProgram(program)) return;
  throw new SekrError(`$${variable} is '${value}', and there is no program '${program}' here to write the notes in`, {
    hint: `install it, set ${variable} to an editor you have (e.g. export ${variable}=nano), or unset ${variable} to write the notes in the terminal`,
  });
}

/** Asks line after line until an empty one; each line is handed on as it comes. */
async function lines(message: string, each: (line: string) => void): Promise<void> {
  for (;;) {
    const line = (await input({ message })).trim();
    if (!line) return;
    each(line);
  }
}

/** Who may be named in a paragraph: those present, as id and name. */
export interface Participant {
  id: string;
  name: string;
  /** A member present or a substitute serving: may vote. */
  voter: boolean;
}

export interface RecordContext {
  isProtocol: boolean;
  participants: Participant[];
  planStatus?: ActivityStatusName;
  say: (line: string) => void;
}

export async function recordItem(entry: AgendaEntry, store: ItemStore, context: RecordContext): Promise<void> {
  const { planStatus, say } = context;
  const item: ItemData = entry.item;
  const editorVariable = process.env.VISUAL ? 'VISUAL' : process.env.EDITOR ? 'EDITOR' : undefined;
  if (editorVariable) {
    requireEditor(editorVariable);
    const body = await editor({ message: 'Notes (opens your editor)', default: item.body ?? '', postfix: '.md', waitForUserInput: false });
    store.setBody(body.trim() ? `${body.replace(/\s+$/, '')}\n` : undefined);
  } else {
    if (item.body) say(`  notes so far:\n${item.body.replace(/\s+$/, '').replace(/^/gm, '    ')}`);
    // The paragraphs as written so far stay as they are; what is typed now comes after them.
    const before = item.body?.replace(/\s+$/, '') ?? '';
    await notes({
      message: 'Notes (one paragraph a line; an empty line when done)',
      paragraphs: [],
      onChange: (paragraphs) => {
        const body = [before, ...paragraphs].filter(Boolean).join('\n\n');
        store.setBody(body ? `${body}\n` : undefined);
      },
    });
  }

  for (const d of item.decisions) say(`  decision so far: ${d}`);
  await lines('Decision (empty when there is none, or no more)', (text) => store.addDecision(text));

  if (context.isProtocol) await recordProtocolParts(item, store, context);

  for (const a of item.actions) say(`  action point so far: ${a.who}: ${a.what}${a.due ? ` (by ${a.due})` : ''}`);
  for (;;) {
    const what = (await input({ message: 'Action point: what is to be done? (empty when none, or no more)' })).trim();
    if (!what) break;
    const who = (await input({ message: 'Who does it? (a person id or a name)', validate: (v) => v.trim() !== '' || 'someone has to do it' })).trim();
    const due = (
      await input({ message: 'By when? (yyyy-mm-dd, or empty)', validate: (v) => !v.trim() || isRealDate(v.trim()) || 'a date as yyyy-mm-dd, e.g. 2026-10-30' })
    ).trim();
    store.addAction(due ? { who, what, due } : { who, what });
  }

  await lines('Attachment (its title; empty when none, or no more)', (title) => store.addAttachment(title));

  if (item.activity) {
    const current = item.activityStatus?.status ?? planStatus ?? 'ongoing';
    const status = await select<ActivityStatusName>({
      message: `Status of the activity '${item.activity}'`,
      choices: (Object.keys(STATUS_NAMES) as ActivityStatusName[]).map((s) => ({ value: s, name: STATUS_NAMES[s] })),
      default: current,
    });
    const comment = (await input({ message: 'Comment on the status (may be empty)', default: item.activityStatus?.comment ?? '' })).trim();
    store.setActivityStatus(status, comment || undefined);
  }

  const carry = await confirm({ message: 'Carry this item to the next meeting?', default: Boolean(item.carry) });
  if (carry !== Boolean(item.carry)) store.setCarry(carry);
  store.markRecorded();
}

export type Move = { kind: 'record' } | { kind: 'skip' } | { kind: 'goto'; index: number } | { kind: 'add' } | { kind: 'finish' };

/** What to do at an item: record it (the default), skip it, go to another, add one after it, or stop. */
export async function chooseMove(entries: AgendaEntry[], at: number): Promise<Move> {
  const entry = entries[at]!;
  const choice = await select<Move['kind']>({
    message: `${entry.label} (${at + 1}/${entries.length}) ${entry.title}${entry.item.recorded ? ' (recorded)' : ''}`,
    choices: [
      { value: 'record', name: entry.item.recorded ? 'record more' : 'record' },
      { value: 'skip', name: 'skip to the next item' },
      { value: 'goto', name: 'go to another item…' },
      { value: 'add', name: 'add an item after this one (a point is added to the agenda)' },
      { value: 'finish', name: 'finish for now' },
    ],
  });
  if (choice !== 'goto') return { kind: choice } as Move;
  const index = await select<number>({
    message: 'Go to',
    choices: entries.map((e, i) => ({ value: i, name: `${e.label} ${e.title}${e.item.recorded ? '  ✓' : ''}` })),
    default: at,
  });
  return { kind: 'goto', index };
}

export async function askNewItem(): Promise<string> {
  return (await input({ message: 'Title of the new item', validate: (v) => v.trim() !== '' || 'a title, please' })).trim();
}

type Part =
  'done' | 'proposal' | 'proposition' | 'vote' | 'reservation' | 'disqualified' | 'protocolNote' | 'caseNumber' | 'sendTo' | 'urgent' | 'confidential';

/** What a protocol paragraph records besides notes and decisions, asked for only when the secretary wants it. */
async function recordProtocolParts(item: ItemData, store: ItemStore, { participants, say }: RecordContext): Promise<void> {
  const pick = (message: string, who = participants) => select<string>({ message, choices: who.map((p) => ({ value: p.id, name: p.name })) });
  for (;;) {
    const part = await select<Part>({
      message: 'Anything more for this paragraph?',
      choices: [
        { value: 'done', name: 'no, go on' },
        { value: 'proposal', name: 'a proposal (yrkande)' },
        { value: 'proposition', name: 'how the chair put the proposals (propositionsordning)' },
        { value: 'vote', name: 'an open vote (omröstning)' },
        { value: 'reservation', name: 'a reservation' },
        { value: 'disqualified', name: 'someone disqualified (jäv)' },
        { value: 'protocolNote', name: 'a protocol note (protokollsanteckning)' },
        { value: 'caseNumber', name: `case number (diarienummer)${item.caseNumber ? `: ${item.caseNumber}` : ''}` },
        { value: 'sendTo', name: 'who the decision is sent to' },
        { value: 'urgent', name: 'adjusted at once (omedelbar justering)' },
        { value: 'confidential', name: 'confidential (sekretess)' },
      ],
    });
    if (part === 'done') return;
    const text = async (message: string, initial = '') =>
      (await input({ message, default: initial, validate: (v) => v.trim() !== '' || 'write something, or Ctrl-C' })).trim();
    switch (part) {
      case 'proposal':
        store.appendField('proposals', { by: await pick('Who proposes?'), text: await text('Proposes (yrkar)') });
        break;
      case 'proposition':
        store.setField('proposition', await text('How the chair put them', item.proposition ?? ''));
        break;
      case 'vote': {
        const votes: Record<string, string> = {};
        for (const p of participants.filter((x) => x.voter)) {
          votes[p.id] = await select({ message: `${p.name} votes`, choices: ['ja', 'nej', 'avstår', 'did not vote'].map((v) => ({ value: v, name: v })) });
          if (votes[p.id] === 'did not vote') delete votes[p.id];
        }
        const count = (c: string) => Object.values(votes).filter((v) => v === c).length;
        store.setField('vote', { votes });
        say(`  result: ${count('ja')} ja, ${count('nej')} nej, ${count('avstår')} avstår`);
        break;
      }
      case 'reservation': {
        const by = await pick('Who reserves against the decision?');
        const reason = (await input({ message: 'The reservation in words (may be empty)' })).trim();
        const written = (await input({ message: 'Title of a written reservation attached (may be empty)' })).trim();
        store.appendField('reservations', { by, ...(reason ? { text: reason } : {}), ...(written ? { attachment: written } : {}) });
        break;
      }
      case 'disqualified':
        store.appendField('disqualified', await pick('Who takes no part (jäv)?'));
        break;
      case 'protocolNote':
        store.appendField('protocolNotes', { by: await pick('Whose note?'), text: await text('The note') });
        break;
      case 'caseNumber':
        store.setField('caseNumber', await text('Diarienummer', item.caseNumber ?? ''));
        break;
      case 'sendTo':
        store.appendField('sendTo', await text('Send the decision to'));
        break;
      case 'urgent':
        store.setField('urgent', (await confirm({ message: 'Adjusted at once?', default: true })) || undefined);
        break;
      case 'confidential': {
        const reason = await text('Reason and legal reference, e.g. "Uppgifter om enskilds hälsa, OSL 25 kap. 1 §"', item.confidential ?? '');
        store.setField('confidential', reason);
        break;
      }
    }
  }
}

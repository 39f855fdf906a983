/**
 * Recording one item in the terminal: notes, decisions, action points,
 * attachments, the activity's status, and whether it is carried to the next
 * meeting. Each answer goes to `store` the moment it is given, so a crash
 * costs at most the answer being typed.
 */
import { confirm, editor, input, select } from '@inquirer/prompts';
import { SekrError } from '../base/errors.js';
import { t } from '../base/i18n.js';
import { findProgram } from '../base/programs.js';
import { notes } from './notes.js';
import type { AgendaEntry, ItemStore } from '../model/recording.js';
import { votesOf } from '../model/votes.js';
import { isRealDate } from '../schema/common.js';
import { type ActivityStatusName } from '../schema/plan.js';
import { type ItemData } from '../schema/meeting.js';

const STATUS_NAMES: Record<ActivityStatusName, () => string> = {
  'not-started': () => t('prompts.record.notStarted'),
  ongoing: () => t('prompts.record.ongoing'),
  done: () => t('prompts.record.done'),
};

/**
 * The editor that $VISUAL or $EDITOR names must be a program that can be started: otherwise the
 * prompt would fail deep inside, where nothing says which setting is wrong.
 */
function requireEditor(variable: 'VISUAL' | 'EDITOR'): void {
  const value = process.env[variable]!;
  const program = value.trim().split(/\s+/)[0] ?? '';
  if (findProgram(program)) return;
  throw new SekrError(t('prompts.record.noEditor', variable, value, program), { hint: t('prompts.record.noEditorHint', variable) });
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
    const body = await editor({ message: t('prompts.record.notesEditor'), default: item.body ?? '', postfix: '.md', waitForUserInput: false });
    store.setBody(body.trim() ? `${body.replace(/\s+$/, '')}\n` : undefined);
  } else {
    if (item.body) say(t('prompts.record.notesSoFar', item.body.replace(/\s+$/, '').replace(/^/gm, '    ')));
    // The paragraphs as written so far stay as they are; what is typed now comes after them.
    const before = item.body?.replace(/\s+$/, '') ?? '';
    await notes({
      message: t('prompts.record.notes'),
      paragraphs: [],
      onChange: (paragraphs) => {
        const body = [before, ...paragraphs].filter(Boolean).join('\n\n');
        store.setBody(body ? `${body}\n` : undefined);
      },
    });
  }

  for (const d of item.decisions) say(t('prompts.record.decisionSoFar', d));
  await lines(t('prompts.record.decision'), (text) => store.addDecision(text));

  if (context.isProtocol) await recordProtocolParts(item, store, context);

  for (const a of item.actions) say(t('prompts.record.actionSoFar', a.who, a.what, a.due));
  for (;;) {
    const what = (await input({ message: t('prompts.record.actionWhat') })).trim();
    if (!what) break;
    const who = (await input({ message: t('prompts.record.actionWho'), validate: (v) => v.trim() !== '' || t('prompts.record.actionWhoNeeded') })).trim();
    const due = (
      await input({ message: t('prompts.record.actionDue'), validate: (v) => !v.trim() || isRealDate(v.trim()) || t('prompts.record.actionDueInvalid') })
    ).trim();
    store.addAction(due ? { who, what, due } : { who, what });
  }

  await lines(t('prompts.record.attachment'), (title) => store.addAttachment(title));

  if (item.activity) {
    const current = item.activityStatus?.status ?? planStatus ?? 'ongoing';
    const status = await select<ActivityStatusName>({
      message: t('prompts.record.activityStatus', item.activity),
      choices: (Object.keys(STATUS_NAMES) as ActivityStatusName[]).map((s) => ({ value: s, name: STATUS_NAMES[s]() })),
      default: current,
    });
    const comment = (await input({ message: t('prompts.record.statusComment'), default: item.activityStatus?.comment ?? '' })).trim();
    store.setActivityStatus(status, comment || undefined);
  }

  const carry = await confirm({ message: t('prompts.record.carry'), default: Boolean(item.carry) });
  if (carry !== Boolean(item.carry)) store.setCarry(carry);
  store.markRecorded();
}

export type Move = { kind: 'record' } | { kind: 'skip' } | { kind: 'goto'; index: number } | { kind: 'add' } | { kind: 'finish' };

/** What to do at an item: record it (the default), skip it, go to another, add one after it, or stop. */
export async function chooseMove(entries: AgendaEntry[], at: number): Promise<Move> {
  const entry = entries[at]!;
  const choice = await select<Move['kind']>({
    message: `${entry.label} (${at + 1}/${entries.length}) ${entry.title}${entry.item.recorded ? t('prompts.record.recordedMark') : ''}`,
    choices: [
      { value: 'record', name: entry.item.recorded ? t('prompts.record.recordMore') : t('prompts.record.record') },
      { value: 'skip', name: t('prompts.record.skip') },
      { value: 'goto', name: t('prompts.record.goto') },
      { value: 'add', name: t('prompts.record.add') },
      { value: 'finish', name: t('prompts.record.finish') },
    ],
  });
  if (choice !== 'goto') return { kind: choice } as Move;
  const index = await select<number>({
    message: t('prompts.record.goTo'),
    choices: entries.map((e, i) => ({ value: i, name: `${e.label} ${e.title}${e.item.recorded ? '  ✓' : ''}` })),
    default: at,
  });
  return { kind: 'goto', index };
}

export async function askNewItem(): Promise<string> {
  return (await input({ message: t('prompts.record.newTitle'), validate: (v) => v.trim() !== '' || t('prompts.record.titleNeeded') })).trim();
}

type Part =
  'done' | 'proposal' | 'proposition' | 'vote' | 'reservation' | 'disqualified' | 'protocolNote' | 'caseNumber' | 'sendTo' | 'urgent' | 'confidential';

/** What a protocol paragraph records besides notes and decisions, asked for only when the secretary wants it. */
async function recordProtocolParts(item: ItemData, store: ItemStore, { participants, say }: RecordContext): Promise<void> {
  const pick = (message: string, who = participants) => select<string>({ message, choices: who.map((p) => ({ value: p.id, name: p.name })) });
  const taken: unknown[] = [...votesOf(item)];
  for (;;) {
    const part = await select<Part>({
      message: t('prompts.record.more'),
      choices: [
        { value: 'done', name: t('prompts.record.moreDone') },
        { value: 'proposal', name: t('prompts.record.moreProposal') },
        { value: 'proposition', name: t('prompts.record.moreProposition') },
        { value: 'vote', name: t('prompts.record.moreVote') },
        { value: 'reservation', name: t('prompts.record.moreReservation') },
        { value: 'disqualified', name: t('prompts.record.moreDisqualified') },
        { value: 'protocolNote', name: t('prompts.record.moreProtocolNote') },
        { value: 'caseNumber', name: t('prompts.record.moreCaseNumber', item.caseNumber) },
        { value: 'sendTo', name: t('prompts.record.moreSendTo') },
        { value: 'urgent', name: t('prompts.record.moreUrgent') },
        { value: 'confidential', name: t('prompts.record.moreConfidential') },
      ],
    });
    if (part === 'done') return;
    const text = async (message: string, initial = '') =>
      (await input({ message, default: initial, validate: (v) => v.trim() !== '' || t('prompts.record.writeSomething') })).trim();
    switch (part) {
      case 'proposal':
        store.appendField('proposals', { by: await pick(t('prompts.record.whoProposes')), text: await text(t('prompts.record.proposes')) });
        break;
      case 'proposition':
        store.setField('proposition', await text(t('prompts.record.proposition'), item.proposition ?? ''));
        break;
      case 'vote': {
        const question = (await input({ message: t('prompts.record.voteQuestion') })).trim();
        const votes: Record<string, string> = {};
        const NOT_VOTED = '';
        for (const p of participants.filter((x) => x.voter)) {
          votes[p.id] = await select({
            message: t('prompts.record.votes', p.name),
            choices: [...['ja', 'nej', 'avstår'].map((v) => ({ value: v, name: v })), { value: NOT_VOTED, name: t('prompts.record.didNotVote') }],
          });
          if (votes[p.id] === NOT_VOTED) delete votes[p.id];
        }
        const count = (c: string) => Object.values(votes).filter((v) => v === c).length;
        const vote: Record<string, unknown> = { ...(question ? { question } : {}), votes };
        // A tie is settled by the chair's casting vote (utslagsröst).
        if (count('ja') === count('nej') && count('ja') > 0) {
          const casting = await select({
            message: t('prompts.record.castingVote'),
            choices: [...['ja', 'nej'].map((v) => ({ value: v, name: v })), { value: '', name: t('prompts.record.noCastingVote') }],
          });
          if (casting) vote.castingVote = casting;
        }
        // A second vote of the paragraph (e.g. the main question after återremiss) joins the first under votes:.
        taken.push(vote);
        if (taken.length === 1) store.setField('vote', vote);
        else {
          store.setField('vote', undefined);
          store.setField('votes', taken);
        }
        say(t('prompts.record.voteResult', count('ja'), count('nej'), count('avstår')));
        break;
      }
      case 'reservation': {
        const by = await pick(t('prompts.record.whoReserves'));
        const reason = (await input({ message: t('prompts.record.reservationText') })).trim();
        const written = (await input({ message: t('prompts.record.reservationAttached') })).trim();
        store.appendField('reservations', { by, ...(reason ? { text: reason } : {}), ...(written ? { attachment: written } : {}) });
        break;
      }
      case 'disqualified':
        store.appendField('disqualified', await pick(t('prompts.record.whoDisqualified')));
        break;
      case 'protocolNote':
        store.appendField('protocolNotes', { by: await pick(t('prompts.record.whoseNote')), text: await text(t('prompts.record.note')) });
        break;
      case 'caseNumber':
        store.setField('caseNumber', await text(t('prompts.record.caseNumber'), item.caseNumber ?? ''));
        break;
      case 'sendTo':
        store.appendField('sendTo', await text(t('prompts.record.sendTo')));
        break;
      case 'urgent':
        store.setField('urgent', (await confirm({ message: t('prompts.record.urgent'), default: true })) || undefined);
        break;
      case 'confidential': {
        const reason = await text(t('prompts.record.confidential'), item.confidential ?? '');
        store.setField('confidential', reason);
        break;
      }
    }
  }
}

/**
 * Recording a meeting item by item: where each item is in the file, what the
 * secretary calls it ("§ 15", "4", "3.2"), where to resume, and parsing what
 * she types for an action point. Pure.
 */
import { t } from '../base/i18n.js';
import { isRealDate } from '../schema/common.js';
import { type ActionData, type ItemData, type MeetingData } from '../schema/meeting.js';
import { type ActivityStatusName } from '../schema/plan.js';

export interface AgendaEntry {
  /** Index path into the items: [2] is the third item, [2, 0] its first sub-item. */
  path: number[];
  /** "§ 15", "4" or "3.2": the number the documents print, sub-items by position. */
  label: string;
  title: string;
  item: ItemData;
}

/** Every item and sub-item in document order, numbered as the document will number them. */
export function agendaEntries(meeting: MeetingData, firstNumber: number, isProtocol: boolean): AgendaEntry[] {
  const entries: AgendaEntry[] = [];
  const walk = (items: ItemData[], parent: number[], parentLabel: string | undefined) => {
    items.forEach((item, i) => {
      const path = [...parent, i];
      const number = parentLabel === undefined ? `${firstNumber + i}` : `${parentLabel}.${i + 1}`;
      entries.push({ path, label: isProtocol && parentLabel === undefined ? `§ ${number}` : number, title: item.title, item });
      walk(item.items, path, number);
    });
  };
  walk(meeting.items, [], undefined);
  return entries;
}

/** The YAML path of an item's field: ['items', 2, 'items', 0, 'body']. */
export function itemYamlPath(path: readonly number[], ...field: (string | number)[]): (string | number)[] {
  return [...path.flatMap((i) => ['items', i]), ...field];
}

/** The entry a secretary means by "15", "§ 15", "3.2" or "3". */
export function findEntry(entries: AgendaEntry[], ref: string): AgendaEntry | undefined {
  const wanted = ref.replace(/^§\s*/, '').trim();
  return entries.find((e) => e.label.replace(/^§ /, '') === wanted);
}

/** The first item not yet marked recorded; undefined when all are. */
export function resumeAt(entries: AgendaEntry[]): number | undefined {
  const i = entries.findIndex((e) => !e.item.recorded);
  return i === -1 ? undefined : i;
}

/** "who|what|yyyy-mm-dd" (the date optional) as an action point. */
export function parseAction(text: string): ActionData | { error: string } {
  const parts = text.split('|').map((p) => p.trim());
  const [who, what, due] = parts;
  if (parts.length < 2 || parts.length > 3 || !who || !what) return { error: t('recording.notAnAction', text) };
  if (due && !isRealDate(due)) return { error: t('recording.notADate', due) };
  return due ? { who, what, due } : { who, what };
}

/** Where the answers about one item go, one at a time. */
export interface ItemStore {
  setBody(body: string | undefined): void;
  addDecision(text: string): void;
  addAction(action: ActionData): void;
  addAttachment(title: string): void;
  setActivityStatus(status: ActivityStatusName, comment: string | undefined): void;
  setCarry(carry: boolean): void;
  markRecorded(): void;
  /** Any other field of the item: set it (undefined removes it) or add to its list. */
  setField(field: string, value: unknown): void;
  appendField(field: string, value: unknown): void;
}

/**
 * People and memberships as the registry commands and the import of member
 * lists handle them: ids made from names, the words a member list uses for
 * roles and functions, and who a meeting names. Pure.
 */
import { fold } from '../base/text.js';
import type { MemberData } from '../schema/registry.js';
import type { Group } from './registry.js';

/** "Anna-Lena Hårdtmann" → anna-lena-hardtmann: lower case, without accents, words joined by hyphens. */
export function idFromName(name: string): string {
  return fold(name)
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The id itself when free, else the first of id-2, id-3 ... that is. */
export function freeId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`;
}

export type MemberRole = MemberData['role'];

/** The functions a group gives a person besides the membership (the group's chair, viceChair, secretary, conveners). */
export type GroupFunction = 'chair' | 'viceChair' | 'secretary' | 'convener';

/** How member lists and secretaries write roles and functions, folded (no accents, lower case). */
const ROLE_WORDS: Record<string, MemberRole> = {
  ledamot: 'ledamot',
  ordinarie: 'ledamot',
  'ordinarie ledamot': 'ledamot',
  member: 'ledamot',
  ersattare: 'ersättare',
  substitute: 'ersättare',
  adjungerad: 'adjungerad',
  'adjungerad ledamot': 'adjungerad',
  brukarrepresentant: 'brukarrepresentant',
  brukarforetradare: 'brukarrepresentant',
  kansli: 'kansli',
  tjansteperson: 'kansli',
};
const FUNCTION_WORDS: Record<string, GroupFunction> = {
  ordforande: 'chair',
  chair: 'chair',
  'vice ordforande': 'viceChair',
  'vice-ordforande': 'viceChair',
  '1:e vice ordforande': 'viceChair',
  'forste vice ordforande': 'viceChair',
  'vice chair': 'viceChair',
  sekreterare: 'secretary',
  secretary: 'secretary',
  sammankallande: 'convener',
  convener: 'convener',
};

export interface RoleWords {
  /** The membership role, when the words name one (a chair with none is a ledamot). */
  role?: MemberRole;
  functions: GroupFunction[];
}

export const ROLE_HELP = 'ledamot, ersättare, adjungerad, brukarrepresentant or kansli, and/or ordförande, vice ordförande, sekreterare, sammankallande';

/** "Ordförande", "ersättare", "ledamot, sammankallande": the role and functions, or what is not understood. */
export function readRoleWords(text: string): RoleWords | { unknown: string } {
  const words: RoleWords = { functions: [] };
  const parts = fold(text)
    .split(/\s*(?:,|;|\/|\soch\s|\sand\s)\s*/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  for (const part of parts) {
    const role = ROLE_WORDS[part];
    const fn = FUNCTION_WORDS[part];
    if (role && (!words.role || words.role === role)) words.role = role;
    else if (fn) words.functions.push(fn);
    else return { unknown: part };
  }
  return words;
}

/** The Swedish word of a function, as the documents write it. */
export const FUNCTION_NAME: Record<GroupFunction, string> = {
  chair: 'ordförande',
  viceChair: 'vice ordförande',
  secretary: 'sekreterare',
  convener: 'sammankallande',
};

/** The functions a person holds in a group. */
export function functionsOf(group: Group, person: string): GroupFunction[] {
  return [
    group.chair === person && 'chair',
    group.viceChair === person && 'viceChair',
    group.secretary === person && 'secretary',
    group.conveners.includes(person) && 'convener',
  ].filter((f): f is GroupFunction => typeof f === 'string');
}

/**
 * Whether a meeting's data names a person: as a value anywhere (present,
 * absent, chair, adjuster, presenter, proposals, reservations...) or as a key
 * (a vote). Free text never equals an id, so only whole values count.
 */
export function namesPerson(data: unknown, id: string): boolean {
  if (data === id) return true;
  if (Array.isArray(data)) return data.some((d) => namesPerson(d, id));
  if (data && typeof data === 'object') return Object.entries(data).some(([k, v]) => k === id || namesPerson(v, id));
  return false;
}

/** `sekr group add ID`: a new group in the registry. */
import { t } from '../base/i18n.js';
import { SekrError } from '../base/errors.js';
import { didYouMean } from '../base/suggest.js';
import { fold } from '../base/text.js';
import { changeRegistry } from '../check/registry-change.js';
import { loadRegistry, resolveDataDir } from '../data/folder.js';
import { idFromName } from '../model/people.js';
import { findPerson, GROUP_KEYS } from '../model/registry-edits.js';
import type { Organisation } from '../model/registry.js';
import { Id, Mode, TimeRange } from '../schema/common.js';
import { commandOptions, Flag, Text, type Parsed } from './options.js';
import { lines, ok, type Result } from './result.js';

export const addOptions = commandOptions({
  name: Text,
  kind: Text,
  parent: Text,
  document: Text,
  chair: Text,
  viceChair: Text,
  secretary: Text,
  adjuster: Text,
  substitutes: Flag,
  sinceLast: Flag,
  time: Text,
  place: Text,
  mode: Text,
  json: Flag,
});

/** The kind named (id or name), else the one the group's id or name begins with. */
function kindOf(org: Organisation, id: string, name: string, given: string | undefined): string {
  const kinds = org.registry.groupKinds;
  if (given !== undefined) {
    const kind = kinds.find((k) => k.id === given || fold(k.name) === fold(given));
    if (kind) return kind.id;
    throw new SekrError(t('group.noKind', given), {
      hint:
        didYouMean(
          given,
          kinds.map((k) => k.id),
        ) ?? t('group.kindsAre', kinds.map((k) => k.id).join(', ')),
    });
  }
  const guess = kinds.find((k) => id.startsWith(k.id) || idFromName(name).startsWith(k.id));
  if (guess) return guess.id;
  throw new SekrError(t('group.whichKind'), { hint: t('group.giveKind', kinds.map((k) => k.id).join(', ')) });
}

function documentOf(text: string | undefined): 'protokoll' | 'mötesanteckning' {
  const folded = text === undefined ? undefined : fold(text);
  if (folded === 'protokoll') return 'protokoll';
  if (folded === 'motesanteckning' || folded === 'motesanteckningar') return 'mötesanteckning';
  throw new SekrError(text === undefined ? t('group.whatDocument') : t('group.notDocument', text), { hint: t('group.documentHint') });
}

/** `sekr group add ID --name ... --document ...` */
export function runAdd(id: string, opts: Parsed<typeof addOptions>): Result {
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  if (!Id.safeParse(id).success) throw new SekrError(t('group.notId', id), { hint: t('group.idHint') });
  if (org.groups.has(id)) throw new SekrError(t('group.exists', id, org.groups.get(id)!.name), { hint: t('group.chooseAnotherId') });
  const name = opts.name?.trim();
  if (!name) throw new SekrError(t('group.needsName'), { hint: t('group.needsNameHint') });
  const kind = kindOf(org, id, name, opts.kind);
  const document = documentOf(opts.document);
  if (opts.parent !== undefined && !org.groups.has(opts.parent))
    throw new SekrError(t('group.noParent', opts.parent), { hint: didYouMean(opts.parent, org.groups.keys()) ?? t('group.seeGroups') });
  const person = (flag: string, named: string | undefined) => (named === undefined ? undefined : findPersonFor(org, flag, named));
  const chair = person('chair', opts.chair);
  const viceChair = person('vice-chair', opts.viceChair);
  const secretary = person('secretary', opts.secretary);
  let adjuster: unknown;
  if (opts.adjuster !== undefined) {
    adjuster = opts.adjuster === 'elected' || opts.adjuster === 'viceChair' ? opts.adjuster : { standing: findPersonFor(org, 'adjuster', opts.adjuster) };
  } else if (document === 'protokoll') adjuster = 'elected';
  if (opts.time !== undefined && !TimeRange.safeParse(opts.time).success) throw new SekrError(t('group.notTime', opts.time), { hint: t('group.timeHint') });
  if (opts.mode !== undefined && !Mode.safeParse(opts.mode).success) throw new SekrError(t('group.notMode', opts.mode), { hint: t('group.modeHint') });
  const defaults = Object.fromEntries(Object.entries({ time: opts.time, place: opts.place, mode: opts.mode }).filter(([, v]) => v !== undefined));
  // The group's members: its chair and vice chair sit in it.
  const members = [chair, viceChair].filter((p): p is string => p !== undefined).map((p) => ({ person: p }));
  const entry: Record<string, unknown> = {
    id,
    name,
    kind,
    parent: opts.parent,
    document,
    chair,
    viceChair,
    secretary,
    adjuster,
    substitutes: opts.substitutes || undefined,
    sinceLast: opts.sinceLast || undefined,
    defaults: Object.keys(defaults).length ? defaults : undefined,
    members,
  };
  const group = Object.fromEntries([...GROUP_KEYS, 'defaults', 'members'].filter((k) => entry[k] !== undefined).map((k) => [k, entry[k]]));
  changeRegistry(dataDir, 'sekr group add', (change) => change.append(['groups'], group));
  const text = lines();
  const kindName = org.registry.groupKinds.find((k) => k.id === kind)!.name;
  text.info(ok(t('group.added')), ` ${t('group.addedLine', name, id, kindName, document, opts.parent)}`);
  text.info(t('group.next', id));
  return { data: { added: group }, lines: text.list };
}

function findPersonFor(org: Organisation, flag: string, named: string): string {
  try {
    return findPerson(org, named).id;
  } catch (e) {
    if (e instanceof SekrError) throw new SekrError(`--${flag}: ${e.message}`, { hint: e.hint });
    throw e;
  }
}

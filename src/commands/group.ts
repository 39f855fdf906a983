/** `sekr group add ID`: a new group in the registry. */
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
    throw new SekrError(`--kind: no kind of group '${given}'`, {
      hint:
        didYouMean(
          given,
          kinds.map((k) => k.id),
        ) ?? `the kinds under groupKinds: in registry.yaml are ${kinds.map((k) => k.id).join(', ')}`,
    });
  }
  const guess = kinds.find((k) => id.startsWith(k.id) || idFromName(name).startsWith(k.id));
  if (guess) return guess.id;
  throw new SekrError('which kind of group is it?', { hint: `give --kind, one of ${kinds.map((k) => k.id).join(', ')}` });
}

function documentOf(text: string | undefined): 'protokoll' | 'mötesanteckning' {
  const folded = text === undefined ? undefined : fold(text);
  if (folded === 'protokoll') return 'protokoll';
  if (folded === 'motesanteckning' || folded === 'motesanteckningar') return 'mötesanteckning';
  throw new SekrError(text === undefined ? 'what does the group keep of its meetings?' : `--document: '${text}' is neither protokoll nor mötesanteckning`, {
    hint: 'give --document protokoll (paragraphs, adjusted and signed) or --document mötesanteckning (numbered items, no signatures)',
  });
}

/** `sekr group add ID --name ... --document ...` */
export function runAdd(id: string, opts: Parsed<typeof addOptions>): Result {
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  if (!Id.safeParse(id).success) throw new SekrError(`'${id}' is not an id`, { hint: 'lower-case a–z, digits and hyphens, e.g. politiskt-samrad' });
  if (org.groups.has(id)) throw new SekrError(`there is a group ${id} already: ${org.groups.get(id)!.name}`, { hint: 'choose another id' });
  const name = opts.name?.trim();
  if (!name) throw new SekrError('a group needs a name', { hint: `e.g. --name "Politiskt samråd"` });
  const kind = kindOf(org, id, name, opts.kind);
  const document = documentOf(opts.document);
  if (opts.parent !== undefined && !org.groups.has(opts.parent))
    throw new SekrError(`--parent: no group '${opts.parent}'`, { hint: didYouMean(opts.parent, org.groups.keys()) ?? 'see sekr groups' });
  const person = (flag: string, named: string | undefined) => (named === undefined ? undefined : findPersonFor(org, flag, named));
  const chair = person('chair', opts.chair);
  const viceChair = person('vice-chair', opts.viceChair);
  const secretary = person('secretary', opts.secretary);
  let adjuster: unknown;
  if (opts.adjuster !== undefined) {
    adjuster = opts.adjuster === 'elected' || opts.adjuster === 'viceChair' ? opts.adjuster : { standing: findPersonFor(org, 'adjuster', opts.adjuster) };
  } else if (document === 'protokoll') adjuster = 'elected';
  if (opts.time !== undefined && !TimeRange.safeParse(opts.time).success)
    throw new SekrError(`--time '${opts.time}' is not a time range`, { hint: 'e.g. --time 10:00-12:00' });
  if (opts.mode !== undefined && !Mode.safeParse(opts.mode).success) throw new SekrError(`--mode '${opts.mode}' is not a mode`, { hint: 'digital or fysiskt' });
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
  text.info(ok('added'), ` ${name} (${id}): ${kindName}, ${document}${opts.parent ? `, under ${opts.parent}` : ''}`);
  text.info(`next: sekr member add ${id} PERSON --role ordförande, or sekr import members FILE.xlsx --group ${id}`);
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

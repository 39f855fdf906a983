import { t } from '../base/i18n.js';
import { loadRegistry, resolveDataDir } from '../data/folder.js';
import { groupTree, type GroupNode, type Organisation } from '../model/registry.js';
import { commandOptions, Flag, type Parsed } from './options.js';
import { bold, dim, lines, type Lines, type Result } from './result.js';

export const options = commandOptions({ json: Flag });

/** `sekr groups`: the groups as a tree by parent. */
export function run(opts: Parsed<typeof options>): Result {
  const org = loadRegistry(resolveDataDir(opts.data));
  const tree = groupTree(org.registry);
  const text = lines();
  text.out(bold(org.registry.organisation.name));
  tree.forEach((node, i) => printNode(text, org, node, '', i === tree.length - 1));
  return { data: tree.map((n) => asJson(n)), lines: text.list };
}

function kindName(org: Organisation, kind: string): string {
  return org.registry.groupKinds.find((k) => k.id === kind)?.name ?? kind;
}

function printNode(text: Lines, org: Organisation, node: GroupNode, indent: string, last: boolean): void {
  const g = node.group;
  const chair = g.chair ? `, ordförande ${org.people.get(g.chair)?.name ?? g.chair}` : '';
  text.out(
    `${indent}${last ? '└─ ' : '├─ '}`,
    bold(g.name),
    ' ',
    dim(`(${g.id})`),
    `  ${kindName(org, g.kind)}, ${g.document}, ${t('groups.members', g.members.length)}${chair}`,
  );
  node.children.forEach((c, i) => printNode(text, org, c, indent + (last ? '   ' : '│  '), i === node.children.length - 1));
}

interface GroupJson {
  id: string;
  name: string;
  kind: string;
  document: string;
  parent: string | null;
  chair: string | null;
  members: number;
  children: GroupJson[];
}

function asJson(node: GroupNode): GroupJson {
  const g = node.group;
  return {
    id: g.id,
    name: g.name,
    kind: g.kind,
    document: g.document,
    parent: g.parent ?? null,
    chair: g.chair ?? null,
    members: g.members.length,
    children: node.children.map((c) => asJson(c)),
  };
}

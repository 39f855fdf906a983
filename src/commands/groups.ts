import type { GlobalOptions } from '../cli.js';
import { loadRegistry, resolveDataDir } from '../data/folder.js';
import { groupTree, type GroupNode, type Organisation } from '../model/registry.js';
import { out, printJson, style } from '../output.js';

export function run(opts: GlobalOptions & { json?: boolean }): void {
  const org = loadRegistry(resolveDataDir(opts.data));
  const tree = groupTree(org.registry);
  if (opts.json) {
    printJson(tree.map((n) => asJson(org, n)));
    return;
  }
  out(style.bold(org.registry.organisation.name));
  tree.forEach((node, i) => printNode(org, node, '', i === tree.length - 1));
}

function kindName(org: Organisation, kind: string): string {
  return org.registry.groupKinds.find((k) => k.id === kind)?.name ?? kind;
}

function printNode(org: Organisation, node: GroupNode, indent: string, last: boolean): void {
  const g = node.group;
  const chair = g.chair ? `, ordförande ${org.people.get(g.chair)?.name ?? g.chair}` : '';
  out(`${indent}${last ? '└─ ' : '├─ '}${style.bold(g.name)} ${style.dim(`(${g.id})`)}  ${kindName(org, g.kind)}, ${g.document}, ${g.members.length} members${chair}`);
  node.children.forEach((c, i) => printNode(org, c, indent + (last ? '   ' : '│  '), i === node.children.length - 1));
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

function asJson(org: Organisation, node: GroupNode): GroupJson {
  const g = node.group;
  return {
    id: g.id,
    name: g.name,
    kind: g.kind,
    document: g.document,
    parent: g.parent ?? null,
    chair: g.chair ?? null,
    members: g.members.length,
    children: node.children.map((c) => asJson(org, c)),
  };
}

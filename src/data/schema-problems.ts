/**
 * Runs a schema over a parsed YAML file and turns every issue into a Problem
 * at the file, line and column where it is, with a way to fix it.
 */
import type { z } from 'zod/mini';
import type { Problem } from '../base/errors.js';
import { locate, type YamlFile } from './yaml-file.js';
import { didYouMean } from '../base/suggest.js';

export type SchemaResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function checkSchema<S extends z.ZodMiniType>(schema: S, yf: YamlFile): SchemaResult<z.output<S>> {
  // jitless: zod's fast path compiles a parser for each object schema with new Function, the first
  // time it is used; a file is checked once a run, and that compiling cost more than it saved (and the code cache cannot hold it).
  const result = schema.safeParse(yf.data, { reportInput: true, jitless: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => toProblem(schema, yf, issue)) };
}

type Issue = z.core.$ZodIssue;

function toProblem(schema: z.ZodMiniType, yf: YamlFile, issue: Issue): Problem {
  const path = issue.path;
  const field = path.length ? String(path[path.length - 1]) : 'the file';
  const where = path.length ? pathText(path) : 'the file';

  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const at = locate(yf, [...path, key], true);
    const known = knownFields(schema, path);
    const fix = didYouMean(key, known) ?? (known.length ? `the fields here are: ${known.join(', ')}` : 'remove it');
    const more = issue.keys.length > 1 ? ` (and ${issue.keys.slice(1).map((k) => `'${k}'`).join(', ')})` : '';
    return { file: yf.file, ...at, message: `unknown field '${key}'${more}${path.length ? ` in ${where}` : ''}`, hint: fix };
  }

  const input = (issue as { input?: unknown }).input;
  if (issue.code === 'invalid_type' && input === undefined) {
    const at = locate(yf, path.slice(0, -1));
    return {
      file: yf.file,
      ...at,
      message: `missing field '${field}'${path.length > 1 ? ` in ${pathText(path.slice(0, -1))}` : ''}`,
      hint: `add ${field}: (${issue.message.replace(/^expected /, '')})`,
    };
  }

  const at = locate(yf, path);
  const got = input === undefined ? '' : `, got ${describe(input)}`;
  return { file: yf.file, ...at, message: `${where}: ${issue.message}${got}`, hint: hintFor(issue) };
}

function hintFor(issue: Issue): string | undefined {
  if (issue.code === 'invalid_type' && issue.expected === 'string') return 'put the value in quotes';
  if (issue.code === 'too_small' && issue.origin === 'string') return 'fill it in, or remove the field';
  return undefined;
}

/** "groups[2].members[0].person", the way a reader counts in the file. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : s ? `${s}.${String(seg)}` : String(seg)), '');
}

function describe(v: unknown): string {
  if (v === null) return 'nothing (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  const s = JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

/** The field names an object schema allows at `path`, for "did you mean". */
function knownFields(schema: z.ZodMiniType, path: readonly PropertyKey[]): string[] {
  let nodes: unknown[] = [schema];
  for (const seg of [...path, null]) {
    nodes = nodes.flatMap(unwrap);
    if (seg === null) break;
    nodes = nodes.flatMap((n) => {
      const def = zdef(n);
      if (def.type === 'object' && typeof seg === 'string') return [shapeOf(n)[seg]].filter(Boolean);
      if (def.type === 'array' && typeof seg === 'number') return [def.element];
      return [];
    });
  }
  return [...new Set(nodes.flatMap((n) => (zdef(n).type === 'object' ? Object.keys(shapeOf(n)) : [])))];
}

interface Def {
  type: string;
  innerType?: unknown;
  in?: unknown;
  options?: unknown[];
  element?: unknown;
}
const zdef = (n: unknown): Def => (n as { _zod: { def: Def } })._zod.def;
const shapeOf = (n: unknown): Record<string, unknown> => (n as { shape: Record<string, unknown> }).shape;

function unwrap(n: unknown): unknown[] {
  const def = zdef(n);
  if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  if (def.type === 'union' && def.options) return def.options.flatMap(unwrap);
  return [n];
}

/**
 * Runs a schema over a parsed YAML file and turns every issue into a Problem
 * at the file, line and column where it is, with a way to fix it.
 */
import type { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { t } from '../base/i18n.js';
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
  const field = path.length ? String(path[path.length - 1]) : t('schema-problems.theFile');
  const where = path.length ? pathText(path) : t('schema-problems.theFile');

  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const at = locate(yf, [...path, key], true);
    const known = knownFields(schema, path);
    const fix = didYouMean(key, known) ?? (known.length ? t('schema-problems.fieldsHere', known) : t('schema-problems.removeIt'));
    const message = t('schema-problems.unknownField', key, issue.keys.slice(1), path.length ? where : undefined);
    return { file: yf.file, ...at, message, hint: fix };
  }

  const input = (issue as { input?: unknown }).input;
  if (issue.code === 'invalid_type' && input === undefined) {
    const at = locate(yf, path.slice(0, -1));
    return {
      file: yf.file,
      ...at,
      message: t('schema-problems.missingField', field, path.length > 1 ? pathText(path.slice(0, -1)) : undefined),
      hint: t('schema-problems.addField', field, issue.message, isDefault(issue) ? issue.expected : undefined),
    };
  }

  const at = locate(yf, path);
  const got = input === undefined ? undefined : describe(input);
  return { file: yf.file, ...at, message: t('schema-problems.issue', where, issueText(issue), got), hint: hintFor(issue) };
}

const english = en().localeError;

/** Whether zod said it in its own words (its English locale), not in the words a schema gave. */
const isDefault = (issue: Issue): boolean => english(issue as unknown as Parameters<typeof english>[0]) === issue.message;

/** What is wrong, in the user's language: a schema's own words as they are, zod's told anew by the kind of issue. */
function issueText(issue: Issue): string {
  if (!isDefault(issue)) return issue.message;
  const i = issue as Issue & Record<string, unknown>;
  const facts = {
    code: issue.code,
    message: issue.message,
    expected: typeof i.expected === 'string' ? i.expected : undefined,
    values: Array.isArray(i.values) ? (i.values as unknown[]).map((v) => JSON.stringify(v) ?? String(v)) : [],
    origin: typeof i.origin === 'string' ? i.origin : undefined,
    limit: bound(i.minimum) ?? bound(i.maximum),
    exact: i.exact === true,
    inclusive: i.inclusive !== false,
    format: typeof i.format === 'string' ? i.format : undefined,
    pattern: i.pattern instanceof RegExp ? String(i.pattern) : typeof i.pattern === 'string' ? i.pattern : undefined,
    divisor: typeof i.divisor === 'number' ? i.divisor : undefined,
  };
  return t('schema-problems.zodIssue', facts);
}

const bound = (v: unknown): string | undefined => (typeof v === 'number' || typeof v === 'bigint' ? String(v) : undefined);

function hintFor(issue: Issue): string | undefined {
  if (issue.code === 'invalid_type' && issue.expected === 'string') return t('schema-problems.putInQuotes');
  if (issue.code === 'too_small' && issue.origin === 'string') return t('schema-problems.fillInOrRemove');
  return undefined;
}

/** "groups[2].members[0].person", the way a reader counts in the file. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : s ? `${s}.${String(seg)}` : String(seg)), '');
}

function describe(v: unknown): string {
  if (v === null) return t('schema-problems.null');
  if (Array.isArray(v)) return t('schema-problems.aList');
  if (typeof v === 'object') return t('schema-problems.aMapping');
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

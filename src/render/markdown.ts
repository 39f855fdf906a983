/**
 * Rendering a document's Markdown from its Handlebars template. This is the
 * single source of both output formats: the DOCX is built from this text.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import '../schema/zod-setup.js';
import * as z from 'zod/mini';
import { SekrError } from '../base/errors.js';
import { displayPath } from '../data/yaml-file.js';
import { attendanceLine, escapeMarkdown, paragraphRange, swedishDate, swedishTime, weekday, type RoleLabels } from './helpers.js';
import { PRECOMPILED, type Precompiled } from './precompiled.js';
import { mark } from '../base/timing.js';
import { readTemplate, TEMPLATE_EXT, templateFiles, type TemplateEntry } from '../data/templates.js';

/** The Word document's settings, from the template's front matter. */
const Settings = z.strictObject({
  header: z._default(z.string(), '{organisation} – {group}'),
  footer: z._default(z.string(), '{page} / {pages}'),
  language: z._default(z.string(), 'sv-SE'),
});
type TemplateSettings = z.output<typeof Settings>;

export interface RenderedMarkdown {
  markdown: string;
  settings: TemplateSettings;
  /** The first level-1 heading: the document's title. */
  title: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

function splitFrontMatter(entry: TemplateEntry, text: string): { settings: TemplateSettings; body: string; offsetLines: number } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { settings: Settings.parse({}), body: text, offsetLines: 0 };
  const result = Settings.safeParse(parseYaml(m[1]!) ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new SekrError(`template settings: ${issue.path.join('.') || 'front matter'}: ${issue.message}`, {
      file: displayPath(entry.path),
      line: 2,
      hint: 'the settings between the --- lines are header, footer and language',
    });
  }
  return { settings: result.data, body: text.slice(m[0].length), offsetLines: m[0].split('\n').length - 1 };
}

/** Blank lines that templates leave behind are folded, outside code blocks. */
function tidyMarkdown(md: string): string {
  const out: string[] = [];
  let fenced = false;
  for (const raw of md.split('\n')) {
    const line = fenced ? raw : raw.replace(/[ \t]+$/, '');
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (!fenced && line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

export async function renderMarkdown(dataDir: string, templateName: string, view: object): Promise<RenderedMarkdown> {
  return (await markdownRenderer(dataDir))(templateName, view);
}

export type MarkdownRenderer = (templateName: string, view: object) => RenderedMarkdown;

/** The helpers templates may call; nothing else is available to them. */
const helpers = (hb: Hb) => ({
  swedishDate: (iso: string, options: { hash: { year?: boolean } }) => swedishDate(iso, options.hash.year !== false),
  weekday: (iso: string) => weekday(iso),
  time: (range: string) => swedishTime(range),
  paragraphRange: (first: number, last: number) => paragraphRange(first, last),
  attendanceLine: (line: Parameters<typeof attendanceLine>[0], options: { hash: RoleLabels }) => attendanceLine(line, options.hash),
  eq: (a: unknown, b: unknown) => a === b,
  /** "1 möte", "3 möten": the count with the word in the right number. */
  plural: (count: number, one: string, many: string) => `${count} ${Number(count) === 1 ? one : many}`,
  /** Text for a table cell: on one line, so a line break cannot end the row. */
  cell: (text: unknown) =>
    String(text ?? '')
      .replace(/\s*\n\s*/g, ' ')
      .trim(),
  /** The text as a sentence: with a full stop unless it ends in one already. */
  sentence: (text: string) => {
    const t = String(text ?? '').trim();
    return t && !/[.!?…]$/.test(t) ? `${t}.` : t;
  },
  statusName: (status: string) => ({ done: 'klar', ongoing: 'pågår', 'not-started': 'ej påbörjad' })[status] ?? status,
  markLetter: (mark: string) => ({ present: 'N', substituted: 'E', absent: 'F' })[mark] ?? '–',
  heading: (level: number) => new hb.SafeString('#'.repeat(Math.min(Math.max(Number(level) || 1, 1), 6))),
});

/**
 * A renderer with Handlebars, the helpers and the partials set up once, and
 * each template compiled the first time it is used: a batch renders hundreds
 * of documents from a handful of templates.
 */
export async function markdownRenderer(dataDir: string): Promise<MarkdownRenderer> {
  // The template folders are listed, and the templates read, once for the renderer.
  const entries = templateFiles(dataDir);
  const templates = new Map<string, { entry: TemplateEntry; text: string }>();
  for (const entry of entries.filter((e) => e.file.endsWith(TEMPLATE_EXT))) templates.set(entry.name, { entry, text: readFileSync(entry.path, 'utf8') });
  const hb = await handlebars(
    [...templates.values()].every(({ entry, text }) => precompiledSpec(entry, entry.partial ? text : text.replace(FRONT_MATTER, ''))),
  );
  // Data is escaped for Markdown rather than HTML; see escapeMarkdown.
  hb.Utils.escapeExpression = (value: unknown) => {
    if (value && typeof (value as { toHTML?: unknown }).toHTML === 'function') return (value as { toHTML: () => string }).toHTML();
    if (value === null || value === undefined || value === false) return '';
    return escapeMarkdown(String(value));
  };
  hb.registerHelper(helpers(hb));
  for (const { entry, text } of templates.values()) {
    if (entry.partial) hb.registerPartial(entry.name.slice('partials/'.length), compile(hb, entry, text, 0));
  }
  mark('partials');
  const compiled = new Map<string, { entry: TemplateEntry; settings: TemplateSettings; template: ReturnType<Hb['compile']>; offsetLines: number }>();
  return (templateName, view) => {
    let c = compiled.get(templateName);
    if (!c) {
      const { entry, text } = templates.get(templateName) ?? readTemplate(dataDir, templateName, entries);
      const { settings, body, offsetLines } = splitFrontMatter(entry, text);
      c = { entry, settings, template: compile(hb, entry, body, offsetLines), offsetLines };
      compiled.set(templateName, c);
    }
    let markdown: string;
    try {
      markdown = tidyMarkdown(c.template(view));
    } catch (e) {
      throw templateError(c.entry, e, c.offsetLines);
    }
    const title = /^# (.+)$/m.exec(markdown)?.[1]?.replace(/\\(.)/g, '$1') ?? '';
    return { markdown, settings: c.settings, title };
  };
}

/**
 * Handlebars of our own: only its runtime when every template was compiled by the build (the
 * compiler is most of Handlebars to load), all of it when a template is the secretary's own or changed.
 */
async function handlebars(allPrecompiled: boolean): Promise<Hb> {
  const { default: Handlebars } = allPrecompiled ? await import('handlebars/runtime') : await import('handlebars');
  mark(allPrecompiled ? 'handlebars runtime loaded' : 'handlebars loaded');
  return (Handlebars as Hb).create();
}

type Hb = typeof import('handlebars');

function compile(hb: Hb, entry: TemplateEntry, text: string, offsetLines: number): ReturnType<Hb['compile']> {
  const fn = precompiled(hb, entry, text) ?? compileNow(hb, entry, text, offsetLines);
  return (ctx: unknown, options?: unknown) => {
    try {
      return fn(ctx, options as never);
    } catch (e) {
      throw templateError(entry, e, offsetLines);
    }
  };
}

/** A bundled template as the build compiled it (see precompiled.ts), unless its file has changed since. */
function precompiledSpec(entry: TemplateEntry, text: string): Precompiled['spec'] | undefined {
  const found = entry.source === 'bundled' ? PRECOMPILED[entry.file] : undefined;
  return found && found.source === text ? found.spec : undefined;
}

function precompiled(hb: Hb, entry: TemplateEntry, text: string): ReturnType<Hb['compile']> | undefined {
  const spec = precompiledSpec(entry, text);
  return spec ? hb.template(spec) : undefined;
}

function compileNow(hb: Hb, entry: TemplateEntry, text: string, offsetLines: number): ReturnType<Hb['compile']> {
  // Parsed now, so a syntax error names its file; compiled from the parse, once, when first used.
  let ast: ReturnType<Hb['parse']>;
  try {
    ast = hb.parse(text);
  } catch (e) {
    throw templateError(entry, e, offsetLines);
  }
  // scripts/build.mjs precompiles the bundled templates with the same options.
  return hb.compile(ast, { strict: false, preventIndent: true });
}

function templateError(entry: TemplateEntry, e: unknown, offsetLines: number): SekrError {
  if (e instanceof SekrError) return e;
  const message = (e as Error).message ?? String(e);
  const found = /line (\d+)/.exec(message)?.[1];
  const line = found ? Number(found) + offsetLines : undefined;
  // Handlebars says where on its first line and what it expected further down; the line is the file's.
  const [first = message, ...rest] = message.split('\n');
  const expected = rest.find((l) => /^Expecting|got '/.test(l));
  const what = first.replace(/ on line \d+:?/, line ? ` on line ${line}` : '').replace(/:$/, '');
  return new SekrError(`template ${entry.name}: ${what}${expected ? `: ${expected.replace(/^Expecting /, 'expected ')}` : ''}`, {
    file: displayPath(entry.path),
    line,
    hint: entry.source === 'data' ? 'fix the template, or delete it to use the bundled one' : 'this is a bundled template: please report it',
  });
}

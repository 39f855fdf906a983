/**
 * Rendering a document's Markdown from its Handlebars template. This is the
 * single source of both output formats: the DOCX is built from this text.
 */
import { language, t } from '../base/i18n.js';
import { parse as parseYaml } from 'yaml';
import '../schema/zod-setup.js';
import * as z from 'zod/mini';
import { SekrError } from '../base/errors.js';
import { displayPath } from '../data/yaml-file.js';
import { attendanceLine, escapeMarkdown, paragraphRange, swedishDate, swedishTime, weekday, type RoleLabels } from './helpers.js';
import { PRECOMPILED, type Precompiled } from './precompiled.js';
import { mark } from '../base/timing.js';
import { readTemplate, readTemplateFile, TEMPLATE_EXT, templateFiles, type TemplateEntry } from '../data/templates.js';
import { ACTIVITY_STATUS_WORDS } from '../schema/plan.js';

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
    throw new SekrError(t('markdown.settings', issue.path.join('.') || undefined, issue.message), {
      file: displayPath(entry.path),
      line: 2,
      hint: t('markdown.settingsHint'),
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

/**
 * A document's Markdown. With templates of the data folder's own it is made
 * in a worker thread with a bounded heap, so a template that would take all
 * the memory stops with a clear error instead of the machine; sekr's own
 * templates are rendered here, at no cost of starting a thread.
 */
export async function renderMarkdown(dataDir: string, templateName: string, view: object): Promise<RenderedMarkdown> {
  const worker = templateFiles(dataDir).some((e) => e.source === 'data') ? workerFile() : undefined;
  if (worker) return renderInWorker(worker, dataDir, templateName, view);
  return (await markdownRenderer(dataDir))(templateName, view);
}

/** The heap a worker rendering one document may use. */
const TEMPLATE_MEMORY_MB = 256;

/** The bundle's worker (dist/worker.cjs, which renders a template when asked to); none when sekr runs unbundled. */
function workerFile(): URL | undefined {
  const url = new URL('./worker.cjs', import.meta.url);
  const { existsSync } = process.getBuiltinModule('node:fs');
  return existsSync(url) ? url : undefined;
}

async function renderInWorker(file: URL, dataDir: string, templateName: string, view: object): Promise<RenderedMarkdown> {
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const worker = new Worker(file, {
    // The worker says what went wrong in the user's language too.
    workerData: { template: { dataDir, templateName, view }, language: language() },
    resourceLimits: { maxOldGenerationSizeMb: TEMPLATE_MEMORY_MB, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
  });
  const entry = templateFiles(dataDir).find((e) => e.name === templateName);
  const where = entry ? { file: displayPath(entry.path) } : {};
  try {
    return await new Promise<RenderedMarkdown>((resolve, reject) => {
      // The template's own time limit stops it first; this is for a worker that cannot even say so.
      const timer = setTimeout(() => reject(new SekrError(t('markdown.unfinished', templateName), where)), (TEMPLATE_SECONDS + 30) * 1000);
      const done = () => clearTimeout(timer);
      worker.once('message', (reply: { rendered?: RenderedMarkdown; error?: { message: string; sekr?: ConstructorParameters<typeof SekrError>[1] } }) => {
        done();
        if (reply.rendered) resolve(reply.rendered);
        else if (reply.error?.sekr) reject(new SekrError(reply.error.message, reply.error.sekr));
        else reject(new Error(reply.error?.message ?? 'the template worker failed'));
      });
      worker.once('error', (e: NodeJS.ErrnoException) => {
        done();
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          reject(
            new SekrError(t('markdown.outOfMemory', templateName, TEMPLATE_MEMORY_MB), {
              ...where,
              hint: t('markdown.loopsHint'),
            }),
          );
        } else reject(e);
      });
      worker.once('exit', (code) => {
        done();
        reject(new SekrError(t('markdown.stopped', templateName, code), where));
      });
    });
  } finally {
    await worker.terminate();
  }
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
  statusName: (status: string) => ACTIVITY_STATUS_WORDS[status as keyof typeof ACTIVITY_STATUS_WORDS] ?? status,
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
  const own = entries.some((e) => e.source === 'data');
  const templates = new Map<string, { entry: TemplateEntry; text: string }>();
  for (const entry of entries.filter((e) => e.file.endsWith(TEMPLATE_EXT))) templates.set(entry.name, { entry, text: readTemplateFile(entry.path) });
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
  const budget = { used: 0 };
  if (own) boundLoops(hb, budget);
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
      const { template } = c;
      // The bundled templates are sekr's own; a data folder's own may loop, and is given a time limit and an output budget.
      budget.used = 0;
      markdown = tidyMarkdown(own ? withinTime(() => template(view)) : template(view));
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

/**
 * How much a template's loops may write in one document, in characters (what
 * nested loops write is counted at each level): a document is some tens of kB,
 * and this bounds the memory a template can take long before any limit of V8.
 */
const OUTPUT_BUDGET = 20_000_000;

class OverBudget extends Error {}

/** #each of a data folder's own template counts what each round writes, and stops the render past the budget. */
function boundLoops(hb: Hb, budget: { used: number }): void {
  const each = hb.helpers.each!;
  hb.registerHelper('each', function (this: unknown, context: unknown, options: { fn: (...a: unknown[]) => string }) {
    const fn = options.fn;
    const counted = Object.assign((...args: unknown[]) => {
      const out = fn(...args);
      budget.used += out.length;
      if (budget.used > OUTPUT_BUDGET) throw new OverBudget();
      return out;
    }, fn);
    return each.call(this, context, { ...options, fn: counted });
  });
}

/** How long a template may take to render: a document takes milliseconds; a template that loops (nested #each over large lists) is stopped. */
const TEMPLATE_SECONDS = 10;

let clock: { run: (fn: () => string) => string } | undefined;

/**
 * Runs a template with a time limit. V8 stops whatever runs past the limit of
 * a vm script, the functions it calls too, so a template that would go on for
 * minutes is stopped in this very thread.
 */
function withinTime(render: () => string): string {
  if (!clock) {
    const vm = process.getBuiltinModule('node:vm');
    const context = vm.createContext({ render: undefined as unknown });
    const script = new vm.Script('render()');
    clock = {
      run: (fn) => {
        context.render = fn;
        try {
          return script.runInContext(context, { timeout: TEMPLATE_SECONDS * 1000 }) as string;
        } finally {
          context.render = undefined;
        }
      },
    };
  }
  return clock.run(render);
}

function templateError(entry: TemplateEntry, e: unknown, offsetLines: number): SekrError {
  if (e instanceof SekrError) return e;
  if ((e as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
    return new SekrError(t('markdown.tooSlow', entry.name, TEMPLATE_SECONDS), {
      file: displayPath(entry.path),
      hint: entry.source === 'data' ? t('markdown.loopsHint') : t('markdown.pleaseReport'),
    });
  }
  if (e instanceof OverBudget || (e instanceof RangeError && /string length|Array length/i.test(e.message))) {
    return new SekrError(t('markdown.tooLong', entry.name, OUTPUT_BUDGET / 1_000_000), {
      file: displayPath(entry.path),
      hint: entry.source === 'data' ? t('markdown.loopsHint') : t('markdown.pleaseReport'),
    });
  }
  const message = (e as Error).message ?? String(e);
  const found = /line (\d+)/.exec(message)?.[1];
  const line = found ? Number(found) + offsetLines : undefined;
  // Handlebars says where on its first line and what it expected further down; the line is the file's.
  const [first = message, ...rest] = message.split('\n');
  const expected = rest.find((l) => /^Expecting|got '/.test(l));
  const what = first.replace(/ on line \d+:?/, line ? t('markdown.onLine', line) : '').replace(/:$/, '');
  const said = expected?.replace(/^Expecting (.*)$/s, (_, rest: string) => t('markdown.expected', rest));
  return new SekrError(t('markdown.error', entry.name, what, said), {
    file: displayPath(entry.path),
    line,
    hint: entry.source === 'data' ? t('markdown.fixHint') : t('markdown.bundledHint'),
  });
}

/**
 * Where templates come from: the bundled templates/ folder, overridden by
 * name by <data>/templates/. Reads files only; Handlebars is not loaded here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { SekrError } from '../base/errors.js';
import { packagePath } from '../base/package.js';
import type { DocumentKindName } from '../schema/common.js';
import type { GroupData } from '../schema/registry.js';

export const BUNDLED_TEMPLATES = packagePath('templates/');
export const TEMPLATE_EXT = '.md.hbs';
/** Templates are Handlebars files; agenda.yaml holds the standing item titles. */
const EXTENSIONS = [TEMPLATE_EXT, '.yaml'];

export const userTemplatesDir = (dataDir: string) => join(dataDir, 'templates');

/** The template of each document kind. */
export const TEMPLATE_OF: Record<DocumentKindName, string> = {
  protokoll: 'protokoll',
  mötesanteckning: 'motesanteckning',
};

/**
 * The template of a group's meeting document: a political body's protocol (Kommunallagen) has one of
 * its own, with beslutande and ersättare, the adjustment and the anslag on its first page, and the
 * närvaro- och omröstningslista; its page footer has room for the adjusters' signatures.
 */
export function templateFor(group: Pick<GroupData, 'document' | 'political'>): string {
  return group.document === 'protokoll' && group.political ? 'protokoll-kl' : TEMPLATE_OF[group.document];
}

export interface TemplateEntry {
  /** e.g. "protokoll", "partials/signatures" or "agenda" */
  name: string;
  /** The file name below the template folder, e.g. "protokoll.md.hbs". */
  file: string;
  partial: boolean;
  source: 'bundled' | 'data';
  path: string;
  /** The bundled template that a data folder's copy overrides. */
  overrides?: string;
}

/** The template files below a folder, as paths relative to it. */
function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const p = join(d, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (EXTENSIONS.some((ext) => entry.endsWith(ext))) files.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return files;
}

const nameOf = (file: string) => file.slice(0, -(EXTENSIONS.find((ext) => file.endsWith(ext))!.length));

/**
 * Every template and partial, with the file that is used for it, in no
 * particular order: the bundled ones, then the data folder's own.
 */
export function templateFiles(dataDir: string): TemplateEntry[] {
  const bundled = filesIn(BUNDLED_TEMPLATES);
  const own = new Set(filesIn(userTemplatesDir(dataDir)));
  return [...new Set([...bundled, ...own])].map((file) => {
    const mine = own.has(file);
    return {
      name: nameOf(file),
      file,
      partial: file.startsWith('partials/'),
      source: mine ? 'data' : 'bundled',
      path: join(mine ? userTemplatesDir(dataDir) : BUNDLED_TEMPLATES, file),
      overrides: mine && bundled.includes(file) ? join(BUNDLED_TEMPLATES, file) : undefined,
    };
  });
}

/** Templates before partials, then by file name. */
const listOrder = (a: TemplateEntry, b: TemplateEntry) => Number(a.file.includes('/')) - Number(b.file.includes('/')) || a.file.localeCompare(b.file);

/** Every template and partial, with the file that is used for it, as listed to the user. */
export function listTemplates(dataDir: string): TemplateEntry[] {
  return templateFiles(dataDir).sort(listOrder);
}

export function checkTemplateName(name: string): string {
  const ext = EXTENSIONS.find((e) => name.endsWith(e));
  const clean = ext ? name.slice(0, -ext.length) : name;
  if (!/^(partials\/)?[a-z0-9][a-z0-9-]*$/.test(clean)) {
    throw new SekrError(`not a template name: '${name}'`, { hint: 'names are like protokoll or partials/signatures; see `sekr templates list`' });
  }
  return clean;
}

export interface TemplateSource {
  entry: TemplateEntry;
  text: string;
}

/**
 * The template of a name: the first of listTemplates' order when two files
 * have it (agenda.md.hbs and agenda.yaml). Sorted only then: the first
 * localeCompare of a process loads the collation, which a cold render feels.
 * `entries` is templateFiles(dataDir), when the caller has it already.
 */
export function readTemplate(dataDir: string, name: string, entries = templateFiles(dataDir)): TemplateSource {
  const named = entries.filter((t) => t.name === name);
  const entry = named.length > 1 ? named.sort(listOrder)[0] : named[0];
  if (!entry) {
    throw new SekrError(`no template '${name}'`, { hint: `the templates are: ${listTemplates(dataDir).map((t) => t.name).join(', ')}` });
  }
  return { entry, text: readFileSync(entry.path, 'utf8') };
}

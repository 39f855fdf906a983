/**
 * Where templates come from: the bundled templates/ folder, overridden by
 * name by <data>/templates/. Reads files only; Handlebars is not loaded here.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { EXIT, SekrError } from '../base/errors.js';
import { t } from '../base/i18n.js';
import { displayPath } from './yaml-file.js';
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

/** A template larger than this is refused before it is read: no template of a document is near it. */
const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** What is at a path, following links; a link that leads nowhere or round in a loop is a clear error. */
function statFollowing(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    let link: boolean;
    try {
      link = lstatSync(path).isSymbolicLink();
    } catch {
      return undefined; // not there at all
    }
    if (!link && code === 'ENOENT') return undefined;
    const why =
      code === 'ELOOP'
        ? t('templates.linkLoop')
        : code === 'ENOENT'
          ? t('templates.linkToNothing')
          : t('templates.cannotBeRead', (e as Error).message);
    throw new SekrError(why, { file: displayPath(path), hint: t('templates.linkHint') });
  }
}

/**
 * The template files below a folder, as paths relative to it. The folder and
 * every template must stay inside `roots` (the data folder, or the bundled
 * templates) when links are followed, and be of a template's size.
 */
function filesIn(dir: string, roots: string[]): string[] {
  const top = statFollowing(dir);
  if (!top) return [];
  if (!top.isDirectory()) {
    throw new SekrError(t('templates.fileWhereFolder'), {
      file: displayPath(dir),
      hint: t('templates.fileWhereFolderHint'),
    });
  }
  const inside = realRoots(roots);
  const files: string[] = [];
  const seen = new Set<string>();
  const walk = (d: string) => {
    let entries: string[];
    try {
      entries = readdirSync(d).sort();
    } catch (e) {
      throw folderError(d, e);
    }
    for (const entry of entries) {
      const p = join(d, entry);
      const stats = statFollowing(p);
      if (!stats) continue;
      const isTemplate = EXTENSIONS.some((ext) => entry.endsWith(ext));
      if (!stats.isDirectory() && !isTemplate) continue;
      const real = realpathSync(p);
      if (!inside.some((root) => real === root || real.startsWith(root + sep))) {
        throw new SekrError(t('templates.linkOutside', real), {
          file: displayPath(p),
          exitCode: EXIT.badInput,
          hint: t('templates.linkOutsideHint'),
        });
      }
      if (stats.isDirectory()) {
        // A folder reached twice through links is walked once.
        if (seen.has(real)) continue;
        seen.add(real);
        walk(p);
      } else {
        if (!stats.isFile()) {
          throw new SekrError(t('templates.notAFile'), { file: displayPath(p), hint: t('templates.notAFileHint') });
        }
        if (stats.size > MAX_TEMPLATE_BYTES) {
          throw new SekrError(t('templates.tooLarge', Math.ceil(stats.size / 1024), MAX_TEMPLATE_BYTES / 1024), {
            file: displayPath(p),
            hint: t('templates.tooLargeHint'),
          });
        }
        files.push(relative(dir, p).split(sep).join('/'));
      }
    }
  };
  walk(dir);
  return files;
}

function realRoots(roots: string[]): string[] {
  return roots.flatMap((root) => {
    try {
      return [realpathSync(root)];
    } catch {
      return [];
    }
  });
}

function folderError(dir: string, e: unknown): SekrError {
  const code = (e as NodeJS.ErrnoException).code;
  const denied = code === 'EACCES' || code === 'EPERM';
  return new SekrError(t('templates.cannotReadFolder', displayPath(dir), denied ? t('atomic.permissionDenied') : (e as Error).message), {
    file: displayPath(dir),
    exitCode: denied ? EXIT.failure : EXIT.badInput,
    hint: denied ? t('templates.checkPermissions') : t('templates.checkFolder'),
  });
}

const nameOf = (file: string) => file.slice(0, -(EXTENSIONS.find((ext) => file.endsWith(ext))!.length));

/**
 * Every template and partial, with the file that is used for it, in no
 * particular order: the bundled ones, then the data folder's own.
 */
export function templateFiles(dataDir: string): TemplateEntry[] {
  const bundled = filesIn(BUNDLED_TEMPLATES, [BUNDLED_TEMPLATES]);
  const own = new Set(filesIn(userTemplatesDir(dataDir), [dataDir, BUNDLED_TEMPLATES]));
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
    throw new SekrError(t('templates.notAName', name), { hint: t('templates.notANameHint') });
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
  const named = entries.filter((e) => e.name === name);
  const entry = named.length > 1 ? named.sort(listOrder)[0] : named[0];
  if (!entry) {
    throw new SekrError(t('templates.noTemplate', name), { hint: t('templates.theTemplatesAre', listTemplates(dataDir).map((e) => e.name)) });
  }
  return { entry, text: readTemplateFile(entry.path) };
}

/** A template's text (templateFiles has checked where it leads and its size). */
export function readTemplateFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const denied = code === 'EACCES' || code === 'EPERM';
    throw new SekrError(t('templates.cannotReadTemplate', displayPath(path), denied ? t('atomic.permissionDenied') : (e as Error).message), {
      file: displayPath(path),
      exitCode: denied ? EXIT.failure : EXIT.badInput,
      hint: denied ? t('templates.checkPermissions') : t('atomic.checkTheFile'),
    });
  }
}

/**
 * The data folder: where the registry, meetings and templates are, and
 * loading them into the typed model (through the one schema, at the border).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { problemsError, SekrError, type Problem } from '../base/errors.js';
import { indexRegistry, type Group, type Organisation } from '../model/registry.js';
import { t } from '../base/i18n.js';
import { didYouMean, nearest } from '../base/suggest.js';
import { isRealDate } from '../schema/common.js';
import { checkSchema } from './schema-problems.js';
import { Meeting, type MeetingData } from '../schema/meeting.js';
import { Plan, type PlanData } from '../schema/plan.js';
import { DATA_FORMAT, Registry } from '../schema/registry.js';
import { displayPath, readYamlFile, type YamlFile } from './yaml-file.js';
import { mark } from '../base/timing.js';
import { cachedRegistry, keepRegistry } from './registry-cache.js';
import { fileAt, folderAt, namesIn, statAt } from './shapes.js';

function readBytes(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined; // readRegistry says what is wrong
  }
}

/**
 * The data folder: --data, else $SEKR_DATA, else the first folder from here upwards that is one
 * (it holds registry.yaml) or holds one as data/, the way git finds .git from any folder inside.
 */
export function resolveDataDir(option?: string): string {
  if (option !== undefined) return resolve(option);
  if (process.env.SEKR_DATA) return resolve(process.env.SEKR_DATA);
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    if (existsSync(registryPath(dir))) return dir;
    if (existsSync(registryPath(join(dir, 'data')))) return join(dir, 'data');
    if (dirname(dir) === dir) {
      notFoundFrom = process.cwd();
      return resolve('data'); // none: requireDataDir says so
    }
  }
}

/** Set when no data folder was found from the current folder up: requireDataDir says so. */
let notFoundFrom: string | undefined;

/** The data folder of a command that names a meeting: a meeting given as its file's path implies its own. */
export function meetingDataDir(option: string | undefined, meetingRef: string): string {
  if (/\.ya?ml$/.test(meetingRef) && existsSync(meetingRef)) {
    const dir = resolve(dirname(meetingRef), '..', '..');
    if (basename(dirname(dirname(resolve(meetingRef)))) === 'meetings' && existsSync(registryPath(dir))) return dir;
  }
  return resolveDataDir(option);
}

/**
 * Where documents go: --out, else out/ beside a data/ folder (a repository holding data/ and out/),
 * else out/ inside the data folder: one made by `sekr init` (~/styrelsen) keeps its documents with
 * it, where out/ beside it would be a folder of the user's home that two organisations shared.
 */
export function outDir(option: string | undefined, dataDir: string): string {
  if (option !== undefined) return resolve(option);
  return basename(dataDir) === 'data' ? join(dirname(dataDir), 'out') : join(dataDir, 'out');
}

const registryPath = (dir: string) => join(dir, 'registry.yaml');
const meetingsDir = (dir: string) => join(dir, 'meetings');
export const meetingPath = (dir: string, group: string, date: string) => join(meetingsDir(dir), group, `${date}.yaml`);
const plansDir = (dir: string) => join(dir, 'plans');
const planPath = (dir: string, group: string, year: number) => join(plansDir(dir), group, `${year}.yaml`);

export function requireDataDir(dir: string): void {
  folderAt(dir, t('folder.theDataFolder'));
  if (!fileAt(registryPath(dir), t('folder.registryFile'))) {
    const searched = dir === resolve('data') ? notFoundFrom : undefined;
    const where = searched !== undefined ? t('folder.noDataFolder', searched) : t('folder.noRegistry', displayPath(dir));
    throw new SekrError(where, {
      hint: t('folder.noDataFolderHint'),
    });
  }
}

/** A file read and checked against its schema: the value when it passed, its problems otherwise. */
export interface Checked<T> {
  yf?: YamlFile;
  value?: T;
  problems: Problem[];
}

function readChecked<T>(path: string, check: (yf: YamlFile) => { ok: true; value: T } | { ok: false; problems: Problem[] }): Checked<T> {
  let yf: YamlFile;
  try {
    yf = readYamlFile(path);
  } catch (e) {
    if (e instanceof SekrError) return { problems: e.problems.length ? e.problems : [toProblem(e)] };
    throw e;
  }
  mark(`parsed ${yf.file}`);
  const result = check(yf);
  mark(`schema of ${yf.file}`);
  return result.ok ? { yf, value: result.value, problems: [] } : { yf, problems: result.problems };
}

function toProblem(e: SekrError): Problem {
  return { file: e.file ?? '?', line: e.line, col: e.col, message: e.message, hint: e.hint };
}

export function readRegistry(dir: string): Checked<Organisation> {
  const checked = readChecked(registryPath(dir), (yf) => checkSchema(Registry, yf));
  return { ...checked, value: checked.value && indexRegistry(checked.value) };
}

/** The registry, or exit 2 with every problem in it. A registry checked before from the same bytes is taken from the cache. */
export function loadRegistry(dir: string): Organisation {
  requireDataDir(dir);
  const file = registryPath(dir);
  const bytes = readBytes(file);
  const kept = bytes && cachedRegistry(file, bytes);
  if (kept) {
    mark('registry from the cache');
    return indexRegistry(kept);
  }
  const { value, problems } = readRegistry(dir);
  if (!value) throw problemsError(problems, t('folder.registryProblems', problems.length));
  refuseNewerFormat(file, value.registry.format);
  if (bytes) keepRegistry(file, bytes, value.registry);
  return value;
}

/** A data folder written by a newer sekr is not read as if it were this one's: what it says may mean more than this sekr knows. */
function refuseNewerFormat(file: string, format: number | undefined): void {
  if (format === undefined || format <= DATA_FORMAT) return;
  throw new SekrError(t('folder.newerFormat', format, DATA_FORMAT), {
    file: displayPath(file),
    hint: t('folder.newerFormatHint'),
  });
}

/** The group a command names, or exit 2 with the id meant. */
export function requireGroup(org: Organisation, id: string): Group {
  const group = org.groups.get(id);
  if (!group) throw new SekrError(t('folder.noGroup', id), { hint: didYouMean(id, org.groups.keys()) ?? t('folder.noGroupHint') });
  return group;
}

export interface MeetingFile {
  group: string;
  date: string;
  path: string;
}

const DATE_FILE = /^(\d{4}-\d{2}-\d{2})\.yaml$/;

/**
 * The files <root>/<group>/<name>.yaml whose name the pattern takes; other
 * .yaml files there (and .yaml files loose in the root) are strays.
 */
function filesByGroup(root: string, name: RegExp): { group: string; key: string; path: string }[] & { strays: string[] } {
  const found = Object.assign([] as { group: string; key: string; path: string }[], { strays: [] as string[] });
  if (!folderAt(root)) return found;
  for (const group of namesIn(root)) {
    const groupDir = join(root, group);
    if (!statAt(groupDir)?.isDirectory()) {
      if (/\.ya?ml$/.test(group)) found.strays.push(groupDir);
      continue;
    }
    for (const file of namesIn(groupDir)) {
      const m = name.exec(file);
      // Checked now, so that nothing later blocks on a named pipe or trips over a link to nothing.
      if (m) {
        fileAt(join(groupDir, file));
        found.push({ group, key: m[1]!, path: join(groupDir, file) });
      } else if (/\.ya?ml$/.test(file)) found.strays.push(join(groupDir, file));
    }
  }
  return found;
}

/** Every meeting file under meetings/, by group folder; files not named yyyy-mm-dd.yaml are returned as strays. */
export function listMeetingFiles(dir: string): { meetings: MeetingFile[]; strays: string[] } {
  const found = filesByGroup(meetingsDir(dir), DATE_FILE);
  return { meetings: found.map(({ group, key, path }) => ({ group, date: key, path })), strays: found.strays };
}

/** The meeting files of one group, by date (files of other names are left out: `sekr validate` reports them). */
export function listGroupMeetings(dir: string, group: string): MeetingFile[] {
  const groupDir = join(meetingsDir(dir), group);
  folderAt(meetingsDir(dir));
  if (!folderAt(groupDir, t('folder.groupFolder'))) return [];
  return namesIn(groupDir).flatMap((file) => {
    const date = DATE_FILE.exec(file)?.[1];
    if (!date) return [];
    fileAt(join(groupDir, file));
    return [{ group, date, path: join(groupDir, file) }];
  });
}

export interface PlanFile {
  group: string;
  year: number;
  path: string;
}

/** Every annual plan under plans/<group>/<yyyy>.yaml; other .yaml files there are strays. */
export function listPlanFiles(dir: string): { plans: PlanFile[]; strays: string[] } {
  const found = filesByGroup(plansDir(dir), /^(\d{4})\.yaml$/);
  return { plans: found.map(({ group, key, path }) => ({ group, year: Number(key), path })), strays: found.strays };
}

export function readPlan(path: string): Checked<PlanData> {
  return readChecked(path, (yf) => checkSchema(Plan, yf));
}

/** The group's plan for a year, when there is one and it is valid. */
export function loadPlan(dir: string, group: string, year: number): PlanData | undefined {
  const path = planPath(dir, group, year);
  if (!fileAt(path)) return undefined;
  const { value, problems } = readPlan(path);
  if (!value) throw problemsError(problems, t('folder.planProblems', displayPath(path)));
  return value;
}

export function readMeeting(path: string): Checked<MeetingData> {
  return readChecked(path, (yf) => checkSchema(Meeting, yf));
}

const REF = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/(\d{4}-\d{2}-\d{2})$/;

/** MEETING as the user typed it: "group/yyyy-mm-dd", or a path to a meeting file. */
export function resolveMeetingRef(dir: string, ref: string, groups: Iterable<string> = []): MeetingFile {
  const m = REF.exec(ref);
  if (m) {
    const [group, date] = [m[1]!, m[2]!];
    if (!isRealDate(date)) {
      throw new SekrError(t('folder.notADate', ref, date), { hint: t('folder.notADateHint') });
    }
    const path = meetingPath(dir, group, date);
    if (!existsSync(path)) {
      const known = listGroupMeetings(dir, group).map((f) => f.date);
      const folders = folderAt(meetingsDir(dir)) ? namesIn(meetingsDir(dir)).filter((g) => statAt(join(meetingsDir(dir), g))?.isDirectory()) : [];
      const hint = known.length
        ? t('folder.meetingsOf', group, nearest(date, known, 3).join(', ') || known.join(', '), known.length)
        : (didYouMean(group, [...folders, ...groups]) ?? t('folder.checkGroupId'));
      throw new SekrError(t('folder.noMeeting', ref, displayPath(path)), { hint });
    }
    return { group, date, path };
  }
  if ((ref.endsWith('.yaml') || ref.endsWith('.yml')) && existsSync(ref)) {
    const path = resolve(ref);
    const date = DATE_FILE.exec(basename(path))?.[1];
    if (!date) throw new SekrError(t('folder.meetingFileName', ref), { file: ref });
    return { group: basename(dirname(path)), date, path };
  }
  throw new SekrError(t('folder.notAMeeting', ref), {
    hint: t('folder.notAMeetingHint'),
  });
}

import { SekrError } from '../base/errors.js';
import { t } from '../base/i18n.js';
import { nearest } from '../base/suggest.js';
import { loadActionPoints } from '../check/actions.js';
import { recordDone, removeDone, followUpPath } from '../data/actions-file.js';
import { loadRegistry, requireGroup, resolveDataDir } from '../data/folder.js';
import { withLock } from '../data/lock.js';
import { displayPath } from '../data/yaml-file.js';
import { isFor, type ActionPoint } from '../model/actions.js';
import { today } from '../model/dates.js';
import { commandOptions, Flag, IsoDate, Text, type Parsed } from './options.js';
import { bad, bold, dim, lines, ok, type Result } from './result.js';

export const options = commandOptions({ group: Text, person: Text, open: Flag, json: Flag });

const asData = (p: ActionPoint) => ({
  id: p.id,
  who: p.who,
  name: p.whoName,
  what: p.what,
  due: p.due ?? null,
  done: Boolean(p.done),
  doneOn: p.doneOn ?? null,
  comment: p.comment ?? null,
  overdue: p.overdue,
  group: p.group.id,
  date: p.date,
  item: p.label,
  title: p.itemTitle,
  confidential: p.confidential,
});

/** `sekr actions`: action points across meetings, with where they were decided; overdue ones marked. */
export function run(opts: Parsed<typeof options>): Result {
  const dataDir = resolveDataDir(opts.data);
  const org = loadRegistry(dataDir);
  const only = opts.group === undefined ? undefined : requireGroup(org, opts.group).id;
  const now = today();
  const points = loadActionPoints(dataDir, org, now, only).filter((p) => (opts.open ? !p.done : true) && (opts.person ? isFor(p, opts.person) : true));
  const data = points.map(asData);
  const text = lines();
  if (!points.length) {
    text.out(dim(t('actions.none', Boolean(opts.open), opts.group, opts.person)));
    return { data, lines: text.list };
  }
  const rows = points.map((p) => [p.id, p.due ?? '–', p.whoName, p.what, `${p.group.name} ${p.date} ${p.label}`]);
  const widths = [6, 10, Math.min(28, Math.max(...rows.map((r) => r[2]!.length))), Math.min(60, Math.max(...rows.map((r) => r[3]!.length)))];
  const head = [t('actions.headId'), t('actions.headDue'), t('actions.headWho'), t('actions.headWhat'), t('actions.headFrom')];
  text.out(bold(head.map((h, i) => (i < 4 ? h.padEnd(widths[i]!) : h)).join('  ')));
  points.forEach((p, n) => {
    const line = rows[n]!.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]!) : cell)).join('  ');
    if (p.overdue) text.out(bad(line), '  ', bad(t('actions.overdue')));
    else if (p.done) text.out(dim(`${line}  ${t('actions.doneOn', p.doneOn, p.comment)}`));
    else text.out(line);
  });
  const overdue = points.filter((p) => p.overdue).length;
  text.out(dim(t('actions.count', points.length, overdue, now)));
  text.info(dim(t('actions.howToMark')));
  return { data, lines: text.list };
}

export const doneOptions = commandOptions({ date: IsoDate, comment: Text, json: Flag });

/** `sekr actions done ID`: the action point is done; recorded in data/actions/<group>.yaml, the meeting stays as it is. */
export function runDone(id: string, opts: Parsed<typeof doneOptions>): Result {
  const dataDir = resolveDataDir(opts.data);
  const point = find(dataDir, id);
  const date = opts.date ?? today();
  if (date < point.date) throw new SekrError(t('actions.dateBeforeMeeting', date, point.date), { hint: t('actions.dateBeforeMeetingHint') });
  const path = followUpPath(dataDir, point.group.id);
  withLock(path, 'sekr actions done', () => recordDone(dataDir, point.group.id, { id: point.id, meeting: point.date, date, comment: opts.comment }));
  const text = lines();
  text.info(ok(t('actions.done')), t('actions.doneLine', point.id, point.what, `${point.group.name} ${point.date} ${point.label}`, date, opts.comment));
  text.info(dim(t('actions.recordedIn', displayPath(path))));
  return { data: { ...asData(point), done: true, doneOn: date, comment: opts.comment ?? null, file: displayPath(path) }, lines: text.list };
}

export const reopenOptions = commandOptions({ json: Flag });

/** `sekr actions reopen ID`: the action point is open again. */
export function runReopen(id: string, opts: Parsed<typeof reopenOptions>): Result {
  const dataDir = resolveDataDir(opts.data);
  const point = find(dataDir, id);
  if (!point.doneOn) {
    throw new SekrError(t('actions.cannotReopen', point.id, Boolean(point.done)), { hint: t('actions.cannotReopenHint') });
  }
  const path = followUpPath(dataDir, point.group.id);
  withLock(path, 'sekr actions reopen', () => removeDone(dataDir, point.group.id, point.id));
  const text = lines();
  text.info(ok(t('actions.reopened')), ` ${point.id} ${point.what} (${point.group.name} ${point.date} ${point.label})`);
  return { data: { ...asData(point), done: false, doneOn: null, comment: null, file: displayPath(path) }, lines: text.list };
}

function find(dataDir: string, id: string): ActionPoint {
  const org = loadRegistry(dataDir);
  const points = loadActionPoints(dataDir, org, today());
  const wanted = id.trim().toLowerCase();
  const point = points.find((p) => p.id === wanted);
  if (!point) {
    const near = nearest(
      wanted,
      points.map((p) => p.id),
    );
    throw new SekrError(t('actions.noSuchPoint', id), { hint: t('actions.noSuchPointHint', near) });
  }
  return point;
}

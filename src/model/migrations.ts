/**
 * The changes of the data format from one release to the next, as edits of the files
 * (`sekr migrate` shows them, then makes them). Each migration brings a folder from one format
 * to the next; files written by an older release keep working without them, but a migrated
 * folder says what it is (registry.yaml's `format:`) and uses the forms the new commands
 * name things by. A sealed meeting is never migrated: it is the record as sealed. Pure.
 */
import { t } from '../base/i18n.js';
import type { RegistryChange } from './registry-edits.js';
import { freeId, idFromName } from './people.js';

/** What a migration is given of a file: its data as read, and a way to change its text. */
interface MigrationInput {
  data: Record<string, unknown>;
  change: RegistryChange;
}

export interface Migration {
  /** The format it brings the folder to. */
  to: number;
  /** Which files it reads. */
  files: 'registry' | 'plan';
  /** Makes its changes and says each, in a few words. */
  migrate(input: MigrationInput): string[];
}

const MIGRATIONS: readonly Migration[] = [
  {
    // Indicators are named by id (`sekr indicator set PLAN INDICATOR`): each gets the id its name would make.
    to: 2,
    files: 'plan',
    migrate({ data, change }) {
      const indicators = Array.isArray(data.indicators) ? (data.indicators as Record<string, unknown>[]) : [];
      const taken = new Set(indicators.map((i) => i.id).filter((id): id is string => typeof id === 'string'));
      const said: string[] = [];
      indicators.forEach((indicator, i) => {
        if (typeof indicator.id === 'string' || typeof indicator.name !== 'string') return;
        const id = freeId(idFromName(indicator.name) || 'indikator', taken);
        taken.add(id);
        change.set(['indicators', i], 'id', id, []);
        said.push(t('migrations.indicatorId', indicator.name, id));
      });
      return said;
    },
  },
  {
    to: 2,
    files: 'registry',
    migrate({ change }) {
      change.set([], 'format', 2, 'first');
      return [t('migrations.formatTwo')];
    },
  },
];

/** The migrations that bring a folder of format `from` to `to`, in order. */
export const migrationsBetween = (from: number, to: number) => MIGRATIONS.filter((m) => m.to > from && m.to <= to);

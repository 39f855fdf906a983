/** What a command tells along the way, the same in every command that says it. */
import { didYouMean } from '../base/suggest.js';
import { t } from '../base/i18n.js';
import type { LockInfo } from '../data/lock.js';
import type { Group, Organisation } from '../model/registry.js';
import { lines, warn, type Line } from './result.js';

/** A lock left by a process that is gone was taken over: the session that left it will not come back to it. */
export function tookOverLine(holder: LockInfo): Line {
  const text = lines();
  text.notice(warn(t('notices.tookOver', holder.pid, holder.command, holder.since)));
  return text.list[0]!;
}

/** How to find the id meant: the nearest ids of the group's members, then of everyone; else where the ids are listed. */
export function personHint(org: Organisation, group: Group, id: string): string {
  return (
    didYouMean(
      id,
      group.members.map((m) => m.person),
    ) ??
    didYouMean(id, org.people.keys()) ??
    t('notices.seeMembers', group.id)
  );
}

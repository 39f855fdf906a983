/** What a command tells along the way, the same in every command that says it. */
import type { LockInfo } from '../data/lock.js';
import { lines, warn, type Line } from './result.js';

/** A lock left by a process that is gone was taken over: the session that left it will not come back to it. */
export function tookOverLine(holder: LockInfo): Line {
  const text = lines();
  text.notice(warn(`took over a stale lock: process ${holder.pid} (${holder.command}, since ${holder.since}) is gone`));
  return text.list[0]!;
}

/** English: the messages of checks, the same keys as checks.sv.ts. */
import type { checks as sv } from './checks.sv.js';

export const checks: typeof sv = {};

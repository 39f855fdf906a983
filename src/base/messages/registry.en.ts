/** English: the messages of registry, the same keys as registry.sv.ts. */
import type { registry as sv } from './registry.sv.js';

export const registry: typeof sv = {};

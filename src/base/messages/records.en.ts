/** English: the messages of records, the same keys as records.sv.ts. */
import type { records as sv } from './records.sv.js';

export const records: typeof sv = {};

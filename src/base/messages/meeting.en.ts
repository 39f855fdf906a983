/** English: the messages of meeting, the same keys as meeting.sv.ts. */
import type { meeting as sv } from './meeting.sv.js';

export const meeting: typeof sv = {};

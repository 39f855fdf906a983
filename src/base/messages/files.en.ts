/** English: the messages of files, the same keys as files.sv.ts. */
import type { files as sv } from './files.sv.js';

export const files: typeof sv = {};

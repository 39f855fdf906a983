/** English: the same keys as sv.ts, for --lang en or a locale of en*. */
import { checks } from './checks.en.js';
import { cli } from './cli.en.js';
import { files } from './files.en.js';
import { meeting } from './meeting.en.js';
import { records } from './records.en.js';
import { registry } from './registry.en.js';
import type { Catalog } from './sv.js';

export const en: Catalog = { ...cli, ...registry, ...meeting, ...records, ...checks, ...files };

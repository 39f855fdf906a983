/**
 * Swedish: the messages, prompts, help and words sekr uses, in the words of the documents.
 * Each area of the program keeps its messages in a file of its own; this puts them together.
 * en.ts has the same keys, in English.
 */
import { checks } from './checks.sv.js';
import { cli } from './cli.sv.js';
import { files } from './files.sv.js';
import { meeting } from './meeting.sv.js';
import { records } from './records.sv.js';
import { registry } from './registry.sv.js';

export const sv = { ...cli, ...registry, ...meeting, ...records, ...checks, ...files };

export type Catalog = typeof sv;

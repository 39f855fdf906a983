/**
 * JSON Schema for the data files, generated from the very zod schemas that
 * `sekr validate` uses, so an editor checks what sekr checks (checks across
 * files, such as unknown person ids, remain sekr's).
 */
import * as z from 'zod/mini';
import { Meeting } from './meeting.js';
import { Plan } from './plan.js';
import { Registry } from './registry.js';

// not translated: the JSON Schema files are read by editors and machines, and stay the same whatever the user's language.
const DOCS: Record<string, { title: string; description: string; schema: z.ZodMiniType }> = {
  registry: { title: 'sekr registry', description: 'The organisation: registry.yaml of a sekr data folder.', schema: Registry },
  // not translated: as above
  meeting: { title: 'sekr meeting', description: 'One meeting: meetings/<group>/<yyyy-mm-dd>.yaml of a sekr data folder.', schema: Meeting },
  plan: { title: 'sekr annual plan', description: "A group's annual plan: plans/<group>/<yyyy>.yaml of a sekr data folder.", schema: Plan },
};

export async function jsonSchemas(): Promise<Record<string, object>> {
  const out: Record<string, object> = {};
  for (const [name, { title, description, schema }] of Object.entries(DOCS)) {
    // What a file may say (input), not what sekr makes of it; date checks beyond the pattern cannot be written in JSON Schema.
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
    out[name] = { ...json, title, description };
  }
  return out;
}

/**
 * JSON Schema for the data files, generated from the very zod schemas that
 * `sekr validate` uses, so an editor checks what sekr checks (checks across
 * files, such as unknown person ids, remain sekr's).
 */
import * as z from 'zod/mini';
import { t } from '../base/i18n.js';
import { Meeting } from './meeting.js';
import { Plan } from './plan.js';
import { Registry } from './registry.js';

// The title and description are what an editor shows of the schema, in the language of whoever wrote it out.
const docs = (): Record<string, { title: string; description: string; schema: z.ZodMiniType }> => ({
  registry: { title: t('json-schema.registryTitle'), description: t('json-schema.registryDescription'), schema: Registry },
  meeting: { title: t('json-schema.meetingTitle'), description: t('json-schema.meetingDescription'), schema: Meeting },
  plan: { title: t('json-schema.planTitle'), description: t('json-schema.planDescription'), schema: Plan },
});

export async function jsonSchemas(): Promise<Record<string, object>> {
  const out: Record<string, object> = {};
  for (const [name, { title, description, schema }] of Object.entries(docs())) {
    // What a file may say (input), not what sekr makes of it; date checks beyond the pattern cannot be written in JSON Schema.
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
    out[name] = { ...json, title, description };
  }
  return out;
}

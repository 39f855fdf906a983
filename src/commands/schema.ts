import { t } from '../base/i18n.js';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../data/atomic.js';
import { displayPath } from '../data/yaml-file.js';
import { jsonSchemas } from '../schema/json-schema.js';
import { commandOptions, Flag, Path, type Parsed } from './options.js';
import { dim, lines, ok, type Result } from './result.js';

export const options = commandOptions({ out: Path, json: Flag });

/** `sekr schema`: JSON Schema for the data files, for editors' completion and checking. */
export async function run(opts: Parsed<typeof options>): Promise<Result> {
  const schemas = await jsonSchemas();
  const written: string[] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    const path = join(resolve(opts.out), `${name}.schema.json`);
    writeFileAtomic(path, `${JSON.stringify(schema, null, 2)}\n`);
    written.push(displayPath(path));
  }
  const text = lines();
  for (const f of written) text.info(ok(t('result.wrote')), ` ${f}`);
  const first = `# yaml-language-server: $schema=${written[1] ?? 'schema/meeting.schema.json'}`;
  text.info(dim(t('schema.firstLine', first)));
  return { data: { files: written }, lines: text.list };
}

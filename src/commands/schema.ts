import { join, resolve } from 'node:path';
import type { GlobalOptions } from '../cli.js';
import { writeFileAtomic } from '../data/atomic.js';
import { displayPath } from '../data/yaml-file.js';
import { info, printJson, style } from '../output.js';
import { jsonSchemas } from '../validate/json-schema.js';

/** `sekr schema`: JSON Schema for the data files, for editors' completion and checking. */
export async function run(opts: GlobalOptions & { out: string; json?: boolean }): Promise<void> {
  const schemas = await jsonSchemas();
  const written: string[] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    const path = join(resolve(opts.out), `${name}.schema.json`);
    writeFileAtomic(path, `${JSON.stringify(schema, null, 2)}\n`);
    written.push(displayPath(path));
  }
  if (opts.json) {
    printJson({ files: written });
    return;
  }
  for (const f of written) info(`${style.green('wrote')} ${f}`, opts.quiet);
  info(style.dim(`In a data file, the first line\n  # yaml-language-server: $schema=${written[1] ?? 'schema/meeting.schema.json'}\ngives completion and checking in editors with the YAML language server.`), opts.quiet);
}

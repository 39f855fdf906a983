import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../data/atomic.js';
import { displayPath } from '../data/yaml-file.js';
import { SekrError } from '../base/errors.js';
import { commandOptions, type Parsed } from './options.js';
import { lines, ok, type Result } from './result.js';

const REGISTRY = `# The registry of your organisation. Fill in the names; \`sekr validate\`
# tells you file:line:col of anything that is wrong, and how to fix it.

organisation:
  name: Min organisation
  office: Kansliet

# Member municipalities, with the population the financing split counts.
municipalities: []
#  - { id: exempel, name: Exempelby, population: 10000, populationDate: 2025-07-01 }

# The kinds of group your organisation has: add, rename or remove freely.
groupKinds:
  - { id: styrgrupp, name: Styrgrupp }
  - { id: arbetsgrupp, name: Arbetsgrupp }

# Categories for the participant count of an annual plan.
categories: [Kommun, Region]

people:
  - { id: sekreterare, name: Sekreterare, organisation: Kansliet }

groups:
  - id: styrgrupp
    name: Styrgrupp
    kind: styrgrupp
    document: protokoll        # or mötesanteckning
    secretary: sekreterare
    adjuster: elected          # or viceChair, or { standing: person-id }
    substitutes: false
    defaults:
      time: "10:00-12:00"
      place: Digitalt via Teams
      mode: digital
    members:
      - { person: sekreterare, role: kansli }
`;

const MEETINGS_README = `Meeting files go here, one folder per group and one file per meeting:

    meetings/<group-id>/<yyyy-mm-dd>.yaml

See the README of sekr for the fields of a meeting.
`;

const TEMPLATES_README = `Templates here override the bundled ones of the same name.
\`sekr templates list\` shows which are used; \`sekr templates eject protokoll\`
copies one here for you to change.
`;

export const options = commandOptions({});

/** `sekr init DIR`: a new, minimal data folder that validates. */
export function run(dir: string, _opts: Parsed<typeof options>): Result {
  const target = resolve(dir);
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new SekrError(`${displayPath(target)} exists and is not empty`, { hint: 'name a new folder; sekr init never writes over existing files' });
  }
  writeFileAtomic(join(target, 'registry.yaml'), REGISTRY);
  writeFileAtomic(join(target, 'meetings', 'README.md'), MEETINGS_README);
  writeFileAtomic(join(target, 'templates', 'README.md'), TEMPLATES_README);
  const text = lines();
  text.info(ok('created'), ` ${displayPath(target)}: registry.yaml, meetings/, templates/`);
  text.info(`next: edit ${displayPath(join(target, 'registry.yaml'))}, then run: sekr --data ${displayPath(target)} validate`);
  return { lines: text.list };
}

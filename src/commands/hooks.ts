/**
 * `sekr hooks install`: a git pre-commit hook in the repository that holds
 * the data folder, so that no secretary commits data that does not validate,
 * or a locked meeting edited by hand (sekr verify).
 */
import { t } from '../base/i18n.js';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { SekrError } from '../base/errors.js';
import { packagePath } from '../base/package.js';
import { writeFileAtomic } from '../data/atomic.js';
import { requireDataDir, resolveDataDir } from '../data/folder.js';
import { displayPath } from '../data/yaml-file.js';
import { commandOptions, Flag, type Parsed } from './options.js';
import { lines, ok, type Result } from './result.js';

export const installOptions = commandOptions({ force: Flag, json: Flag });

const MARK = '# sekr: pre-commit hook';

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new SekrError(code === 'ENOENT' ? t('hooks.noGit') : t('hooks.notRepo', displayPath(cwd)), {
      hint: code === 'ENOENT' ? t('hooks.installGit') : t('hooks.makeRepo', displayPath(cwd)),
    });
  }
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function runInstall(opts: Parsed<typeof installOptions>): Result {
  const dataDir = resolveDataDir(opts.data);
  requireDataDir(dataDir);
  const top = git(dataDir, ['rev-parse', '--show-toplevel']);
  const hooks = git(dataDir, ['rev-parse', '--git-path', 'hooks']);
  const hook = join(isAbsolute(hooks) ? hooks : resolve(dataDir, hooks), 'pre-commit');
  if (existsSync(hook) && !readFileSync(hook, 'utf8').includes(MARK) && !opts.force) {
    throw new SekrError(t('hooks.notOurs', displayPath(hook)), { hint: t('hooks.notOursHint') });
  }
  const data = relative(top, dataDir) || '.';
  // This sekr, by its full path (the hook runs without the shell's PATH of npx); SEKR overrides it.
  const sekr = `${quote(process.execPath)} ${quote(packagePath('bin/sekr.js'))}`;
  const script = `#!/bin/sh
${MARK}, written by \`sekr hooks install\`. It stops a commit whose data does not
# validate, or that changes a locked (adjusted or approved) meeting. Delete this file to stop it;
# \`git commit --no-verify\` passes it once.
# Silent when all is well; when a commit is stopped, all that sekr said is shown.
cd "$(git rev-parse --show-toplevel)" || exit 1
SEKR=\${SEKR:-${sekr.replace(/\$/g, '\\$')}}
said=$($SEKR --data ${quote(data)} validate 2>&1) || { printf '%s\\n' "$said" >&2; echo "${t('hooks.stoppedValidate')}" >&2; exit 1; }
said=$($SEKR --data ${quote(data)} verify 2>&1) || { printf '%s\\n' "$said" >&2; echo "${t('hooks.stoppedVerify')}" >&2; exit 1; }
`;
  writeFileAtomic(hook, script);
  chmodSync(hook, 0o755);
  const text = lines();
  text.info(ok(t('hooks.installed')), ` ${t('hooks.installedLine', displayPath(hook), data)}`);
  return { data: { hook: displayPath(hook), data }, lines: text.list };
}

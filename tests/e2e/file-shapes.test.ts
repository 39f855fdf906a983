/**
 * Every fault of the user's files is a clear error: a table of filesystem
 * shapes (a file where a folder should be, a folder where a file should be,
 * links to nothing, loops of links, a named pipe, no permission) walked
 * through every command that reads the data folder. None may say "internal
 * error" or show a stack; none may hang; a failure names the path.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, configOf, workspace } from '../helpers.js';

const PROTOCOL = 'styrgrupp-narvard/2026-02-27';
const PLANNED = 'strategi-for-halsa/2026-09-11';
const isRoot = process.getuid?.() === 0;
const canDropPrivileges =
  isRoot &&
  (() => {
    try {
      execFileSync('setpriv', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

/** Every command that reads the data folder, as a user types it. */
const COMMANDS: string[][] = [
  ['validate'],
  ['groups'],
  ['members', 'styrgrupp-narvard'],
  ['render', PROTOCOL, '--format', 'md'],
  ['schedule', 'strategi-for-halsa', '--year', '2027', '--dry-run'],
  ['agenda', 'strategi-for-halsa', '--date', '2026-09-11', '--dry-run'],
  ['kallelse', PLANNED, '--format', 'md'],
  ['attendance', PLANNED, '--all-present', '--chair', 'carolina-svensson'],
  ['record', PLANNED],
  ['item', 'add', PLANNED, '--title', 'Ny punkt'],
  ['item', 'set', PROTOCOL, '12', '--title', 'Öppnande'],
  ['actions'],
  ['status'],
  ['send', PROTOCOL, '--format', 'md'],
  ['adjust', PROTOCOL, '--date', '2026-03-05'],
  ['approve', 'strategi-for-halsa/2026-05-22'],
  ['verify'],
  ['notice', PROTOCOL, '--format', 'md'],
  ['publish', PROTOCOL, '--format', 'md'],
  ['report', '--year', '2026', '--format', 'md', '--jobs', '1'],
  ['templates', 'list'],
  ['templates', 'eject', 'protokoll'],
  ['sign', PROTOCOL, '--as', 'tina-isaksson'],
  ['keys', 'init', '--as', 'gun-bylund'],
];

interface Shape {
  name: string;
  /** The path made wrong, relative to the workspace: a failure is expected to name it. */
  path: string;
  make: (ws: string) => void;
  /** A permission: run as a user other than root, whom it does not stop. */
  permission?: boolean;
}

const file = (ws: string, rel: string) => {
  rmSync(join(ws, rel), { recursive: true, force: true });
  writeFileSync(join(ws, rel), 'not a folder\n');
};
const folder = (ws: string, rel: string) => {
  rmSync(join(ws, rel), { recursive: true, force: true });
  mkdirSync(join(ws, rel), { recursive: true });
};
const link = (ws: string, rel: string, target: string) => {
  rmSync(join(ws, rel), { recursive: true, force: true });
  mkdirSync(join(ws, rel, '..'), { recursive: true });
  symlinkSync(target, join(ws, rel));
};

const SHAPES: Shape[] = [
  { name: 'the data folder is a file', path: 'data', make: (ws) => file(ws, 'data') },
  { name: 'meetings/ is a file', path: 'data/meetings', make: (ws) => file(ws, 'data/meetings') },
  { name: "a group's meetings folder is a file", path: 'data/meetings/styrgrupp-narvard', make: (ws) => file(ws, 'data/meetings/styrgrupp-narvard') },
  { name: 'templates/ is a file', path: 'data/templates', make: (ws) => file(ws, 'data/templates') },
  { name: 'plans/ is a file', path: 'data/plans', make: (ws) => file(ws, 'data/plans') },
  { name: 'registry.yaml is a folder', path: 'data/registry.yaml', make: (ws) => folder(ws, 'data/registry.yaml') },
  {
    name: 'a meeting file is a folder',
    path: 'data/meetings/styrgrupp-narvard/2026-02-27.yaml',
    make: (ws) => folder(ws, 'data/meetings/styrgrupp-narvard/2026-02-27.yaml'),
  },
  { name: 'a plan file is a folder', path: 'data/plans/strategi-for-halsa/2026.yaml', make: (ws) => folder(ws, 'data/plans/strategi-for-halsa/2026.yaml') },
  {
    name: 'a meeting file is a named pipe',
    path: 'data/meetings/styrgrupp-narvard/2026-02-27.yaml',
    make: (ws) => {
      rmSync(join(ws, 'data/meetings/styrgrupp-narvard/2026-02-27.yaml'));
      execFileSync('mkfifo', [join(ws, 'data/meetings/styrgrupp-narvard/2026-02-27.yaml')]);
    },
  },
  { name: 'registry.yaml is a link to nothing', path: 'data/registry.yaml', make: (ws) => link(ws, 'data/registry.yaml', 'gone.yaml') },
  { name: 'registry.yaml is a loop of links', path: 'data/registry.yaml', make: (ws) => link(ws, 'data/registry.yaml', 'registry.yaml') },
  {
    name: 'a meeting file is a link to nothing',
    path: 'data/meetings/styrgrupp-narvard/2026-02-27.yaml',
    make: (ws) => link(ws, 'data/meetings/styrgrupp-narvard/2026-02-27.yaml', 'gone.yaml'),
  },
  {
    name: "a group's meetings folder is a loop of links",
    path: 'data/meetings/strategi-for-halsa',
    make: (ws) => link(ws, 'data/meetings/strategi-for-halsa', 'strategi-for-halsa'),
  },
  {
    name: 'a template is a link to nothing',
    path: 'data/templates/protokoll.md.hbs',
    make: (ws) => link(ws, 'data/templates/protokoll.md.hbs', 'gone.md.hbs'),
  },
  {
    name: 'a partial is a loop of links',
    path: 'data/templates/partials/item.md.hbs',
    make: (ws) => link(ws, 'data/templates/partials/item.md.hbs', 'item.md.hbs'),
  },
  {
    name: "a group's meetings folder cannot be read",
    path: 'data/meetings/styrgrupp-narvard',
    permission: true,
    make: (ws) => chmodSync(join(ws, 'data/meetings/styrgrupp-narvard'), 0o000),
  },
  {
    name: 'the meetings folders are read-only (no lock can be made)',
    path: 'data/meetings',
    permission: true,
    make: (ws) => {
      for (const g of ['styrgrupp-narvard', 'strategi-for-halsa']) chmodSync(join(ws, 'data/meetings', g), 0o555);
    },
  },
  {
    name: 'registry.yaml cannot be read',
    path: 'data/registry.yaml',
    permission: true,
    make: (ws) => chmodSync(join(ws, 'data/registry.yaml'), 0o000),
  },
];

interface Exit {
  code: number | null;
  stderr: string;
  stdout: string;
}

/** The built sekr, as the user (as nobody when the tests run as root and the shape is a permission); killed after 60 s, which counts as a hang. */
function run(args: string[], ws: string, asNobody: boolean): Promise<Exit> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', XDG_CONFIG_HOME: configOf(ws), SEKR_CACHE: '0' };
  delete env.SEKR_DATA;
  const [cmd, argv] = asNobody
    ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args]]
    : [process.execPath, [BIN, ...args]];
  return new Promise((resolve) => {
    const child = spawn(cmd, argv as string[], { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: signal ? null : code, stdout, stderr: signal ? `${stderr}\n(killed after 60 s: it hung)` : stderr });
    });
  });
}

describe('every command on every shape of the data folder', () => {
  it.each(SHAPES.map((s) => [s.name, s] as const))(
    '%s: no internal error, no stack, no hang; a failure names the path',
    async (_, shape) => {
      if (shape.permission && isRoot && !canDropPrivileges) return; // root is not stopped by permissions, and cannot become another user here
      const ws = workspace();
      if (shape.permission && isRoot) execFileSync('chmod', ['-R', 'a+rwX', ws]);
      chmodSync(ws, 0o777);
      shape.make(ws);
      const asNobody = Boolean(shape.permission && isRoot);
      const bad: string[] = [];
      let named = 0;
      // Four at a time: the machine is shared.
      const queue = [...COMMANDS];
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          for (let args = queue.shift(); args; args = queue.shift()) {
            const r = await run(args, ws, asNobody);
            const what = `sekr ${args.join(' ')}: exit ${r.code}\n${r.stderr}`;
            if (r.code === null) bad.push(`${what} (hung)`);
            else if (/internal error/.test(r.stderr) || /^\s+at /m.test(r.stderr) || /FATAL/.test(r.stderr)) bad.push(what);
            else if (![0, 1, 2].includes(r.code)) bad.push(what);
            else if (r.code !== 0 && !r.stderr.startsWith('sekr: ') && !r.stderr.includes('\nsekr: ') && !/✗/.test(r.stderr + r.stdout))
              bad.push(`${what} (no sekr: message)`);
            if (r.code !== 0 && (r.stderr + r.stdout).includes(shape.path)) named++;
          }
        }),
      );
      if (shape.permission) chmodSync(join(ws, shape.path), 0o755);
      expect(bad).toEqual([]);
      // The shape stops some commands, and those say where.
      expect(named, 'no command named the path').toBeGreaterThan(0);
    },
    600_000,
  );
});

/**
 * The checked registry kept between runs (src/data/registry-cache.ts): what a
 * command shows is always what registry.yaml says now, a bad registry is
 * refused every time, and a cache that is damaged or turned off changes nothing.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sekr, workspace } from '../helpers.js';

const cacheHome = () => mkdtempSync(join(tmpdir(), 'sekr-cache-'));
const kept = (home: string) => readdirSync(join(home, 'sekr')).filter((f) => f.endsWith('.v8'));

describe('the registry kept between runs', () => {
  it('is kept after a command reads it, and a changed registry is read again', () => {
    const ws = workspace();
    const home = cacheHome();
    const env = { XDG_CACHE_HOME: home };
    const first = sekr(['members', 'styrgrupp-narvard'], { cwd: ws, env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Nina Landström');
    expect(kept(home)).toHaveLength(1);

    const registry = join(ws, 'data/registry.yaml');
    writeFileSync(registry, readFileSync(registry, 'utf8').replace(/Nina Landström/g, 'Nina Landström-Ek'));
    const second = sekr(['members', 'styrgrupp-narvard'], { cwd: ws, env });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('Nina Landström-Ek');
    expect(kept(home)).toHaveLength(1);
  });

  it('never keeps a registry with a problem: it is refused every time', () => {
    const ws = workspace();
    const home = cacheHome();
    const env = { XDG_CACHE_HOME: home };
    expect(sekr(['members', 'styrgrupp-narvard'], { cwd: ws, env }).code).toBe(0);
    const registry = join(ws, 'data/registry.yaml');
    writeFileSync(registry, readFileSync(registry, 'utf8').replace('document: protokoll', 'document: protokol'));
    for (let i = 0; i < 2; i++) {
      const r = sekr(['members', 'styrgrupp-narvard'], { cwd: ws, env });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/registry\.yaml:\d+:\d+ .*protokol/);
    }
  });

  it('changes nothing when damaged or turned off', () => {
    const ws = workspace();
    const home = cacheHome();
    expect(sekr(['members', 'styrgrupp-narvard'], { cwd: ws, env: { XDG_CACHE_HOME: home } }).code).toBe(0);
    const [file] = kept(home);
    writeFileSync(join(home, 'sekr', file!), 'not what sekr wrote');
    const damaged = sekr(['members', 'styrgrupp-narvard'], { cwd: ws, env: { XDG_CACHE_HOME: home } });
    expect(damaged.code, damaged.stderr).toBe(0);
    expect(damaged.stdout).toContain('Nina Landström');

    const off = cacheHome();
    const r = sekr(['members', 'styrgrupp-narvard'], { cwd: ws, env: { XDG_CACHE_HOME: off, SEKR_CACHE: '0' } });
    expect(r.code).toBe(0);
    expect(readdirSync(off)).toEqual([]);
  });
});

// The committed lock must install with `npm ci` on a clean clone (what CI and deployment
// pipelines run). Two checks, no network: every optional (per-platform) dependency a locked
// package declares has its own entry, and `npm ci --dry-run --offline` accepts the lock
// together with package.json.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
}
interface Lock {
  packages: Record<string, LockEntry>;
}

const run = promisify(execFile);

/** Optional dependencies a locked package declares but the lock has no entry for. */
export function missingOptionalEntries(lock: Lock): string[] {
  const paths = Object.keys(lock.packages);
  const missing: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      const suffix = `node_modules/${name}`;
      if (!paths.some((candidate) => candidate === suffix || candidate.endsWith(`/${suffix}`))) missing.push(`${path || '(root)'} → ${name}`);
    }
  }
  return missing;
}

/** Runs `npm ci --dry-run --offline` on the given lock and package.json (by default the real one). */
async function npmCiAccepts(lockText: string, packageText?: string): Promise<{ ok: boolean; output: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'sentinelle-lock-'));
  try {
    await writeFile(join(dir, 'package.json'), packageText ?? (await readFile('package.json', 'utf8')));
    await writeFile(join(dir, 'package-lock.json'), lockText);
    try {
      const { stdout, stderr } = await run('npm', ['ci', '--dry-run', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir });
      return { ok: true, output: stdout + stderr };
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      return { ok: false, output: stdout + stderr };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The lock without one per-platform package entry, as the lock npm 11 once wrote. */
function withoutOnePlatformEntry(lock: Lock): { lock: Lock; removed: string } {
  const removed = Object.keys(lock.packages).find((path) => /node_modules\/@rollup\/rollup-/.test(path));
  if (!removed) throw new Error('the lock has no @rollup/rollup-* platform entry to remove');
  const packages = Object.fromEntries(Object.entries(lock.packages).filter(([path]) => path !== removed));
  return { lock: { ...lock, packages }, removed };
}

describe('package-lock.json', () => {
  const lockText = readFile('package-lock.json', 'utf8');

  it('has an entry for every optional per-platform dependency', async () => {
    expect(missingOptionalEntries(JSON.parse(await lockText) as Lock)).toEqual([]);
  });

  it('is accepted by npm ci together with package.json', async () => {
    const result = await npmCiAccepts(await lockText);
    expect(result.output).not.toMatch(/EUSAGE|Missing:/);
    expect(result.ok).toBe(true);
  });

  it('fails both checks once a platform entry is removed', async () => {
    const { lock, removed } = withoutOnePlatformEntry(JSON.parse(await lockText) as Lock);
    expect(missingOptionalEntries(lock).join('\n')).toContain(removed.replace(/^.*node_modules\//, ''));
    const result = await npmCiAccepts(JSON.stringify(lock, null, 2));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/Missing: @rollup\/rollup-/);
  });

  it('is refused when package.json asks for a dependency the lock does not pin', async () => {
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { dependencies: Record<string, string> };
    manifest.dependencies['is-number'] = '^7.0.0';
    const result = await npmCiAccepts(await lockText, JSON.stringify(manifest, null, 2));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/is-number/);
  });
});

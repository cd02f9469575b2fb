import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectOriginsFor, contentSecurityPolicy } from './security-headers';

const dirs: string[] = [];
const build = (config?: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'sentinelle-csp-'));
  dirs.push(dir);
  if (config !== undefined) writeFileSync(join(dir, 'config.json'), config);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe('the preview CSP', () => {
  it("allows the LRS origin of the build's config.json in connect-src, and nothing more", () => {
    const dir = build('{"lrs": {"endpoint": "https://lrs.example.org/xapi/", "auth": "Basic a"}}');
    const policy = contentSecurityPolicy(connectOriginsFor(dir, {}));
    expect(policy).toContain("connect-src 'self' https://lrs.example.org;");
    expect(policy).toContain("script-src 'self';");
  });
  it('adds SENTINELLE_CONNECT_SRC, and allows only the own origin without either', () => {
    expect(connectOriginsFor(build(), { SENTINELLE_CONNECT_SRC: 'http://127.0.0.1:4193 https://a.example' })).toEqual(['http://127.0.0.1:4193', 'https://a.example']);
    expect(contentSecurityPolicy(connectOriginsFor(build(), {}))).toContain("connect-src 'self';");
  });
  it('keeps serving, with no LRS origin, when config.json is broken', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(connectOriginsFor(build('{"lrs":'), {})).toEqual([]);
  });
});

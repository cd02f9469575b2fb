/**
 * The Content-Security-Policy the app runs under: everything from its own origin, no inline
 * script or style, no eval. `connect-src` also allows the Learning Record Store the site sends
 * statements to (the origin of `lrs.endpoint` in `config.json`). Set for `vite preview` and
 * documented in docs/hosting.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lrsOrigin, parseDeploymentConfig } from '../src/domain/lrs/deployment-config.ts';

export function contentSecurityPolicy(connectOrigins: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    ["connect-src 'self'", ...new Set(connectOrigins)].join(' '),
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy with nothing but the app's own origin. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * Origins a served build must be able to reach: the LRS of `<outDir>/config.json` when there is
 * one, and any listed in SENTINELLE_CONNECT_SRC (space-separated; an LRS learners enter in
 * settings must be allowed this way by the host).
 */
export function connectOriginsFor(outDir: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const origins = (env.SENTINELLE_CONNECT_SRC ?? '').split(/\s+/).filter(Boolean);
  const file = join(outDir, 'config.json');
  if (existsSync(file)) {
    const reading = parseDeploymentConfig(readFileSync(file, 'utf8'));
    // A broken file must not take the site down: serve the policy without it (the app keeps
    // the last good copy it read, and says so in settings).
    if (!reading.ok) console.warn(`${file}: ${reading.reason}; connect-src allows no LRS from it`);
    const origin = reading.ok ? lrsOrigin(reading.config) : undefined;
    if (origin) origins.push(origin);
  }
  return origins;
}

/**
 * The site's deployment configuration, `config.json` at the site root:
 * `{"lrs": {"endpoint": "https://lrs.example.org/xapi/", "auth": "Basic …"}, "actor": {"homePage": "https://training.example.org"}}`.
 * Every member is optional; a file that is absent means no LRS. A file that is present but
 * wrong is refused whole, with the reason, rather than half used.
 */
import { z } from 'zod';

const httpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return isSafeOrigin(url) && url.username === '' && url.password === '';
    } catch {
      return false;
    }
  }, 'an https address without credentials in it (http only on this machine: localhost, 127.0.0.1)');

/** https, or http on the loopback only: credentials never cross a network in clear. */
export function isSafeOrigin(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]'));
}

export const deploymentConfigSchema = z
  .object({
    lrs: z.object({ endpoint: httpUrl, auth: z.string().trim().min(1, 'an Authorization value such as "Basic …"') }).strict().optional(),
    actor: z.object({ homePage: httpUrl }).strict().optional(),
  })
  .strict();

export type DeploymentConfig = z.infer<typeof deploymentConfigSchema>;

export type ConfigReading = { ok: true; config: DeploymentConfig } | { ok: false; problem: 'notJson' | 'invalid'; path: string; reason: string };

/** Reads the text of `config.json`. */
export function parseDeploymentConfig(text: string): ConfigReading {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson', path: '', reason: 'config.json is not JSON' };
  }
  const parsed = deploymentConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    return { ok: false, problem: 'invalid', path, reason: `config.json${path ? ` at ${path}` : ''}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, config: parsed.data };
}

/** The origin of the configured LRS, for a Content-Security-Policy's connect-src. */
export function lrsOrigin(config: DeploymentConfig): string | undefined {
  return config.lrs ? new URL(config.lrs.endpoint).origin : undefined;
}

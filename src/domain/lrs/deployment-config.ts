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
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
    } catch {
      return false;
    }
  }, 'an http(s) address without credentials in it');

export const deploymentConfigSchema = z
  .object({
    lrs: z.object({ endpoint: httpUrl, auth: z.string().trim().min(1, 'an Authorization value such as "Basic …"') }).strict().optional(),
    actor: z.object({ homePage: httpUrl }).strict().optional(),
  })
  .strict();

export type DeploymentConfig = z.infer<typeof deploymentConfigSchema>;

export type ConfigReading = { ok: true; config: DeploymentConfig } | { ok: false; reason: string };

/** Reads the text of `config.json`. */
export function parseDeploymentConfig(text: string): ConfigReading {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'config.json is not JSON' };
  }
  const parsed = deploymentConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `config.json${issue?.path.length ? ` at ${issue.path.join('.')}` : ''}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, config: parsed.data };
}

/** The origin of the configured LRS, for a Content-Security-Policy's connect-src. */
export function lrsOrigin(config: DeploymentConfig): string | undefined {
  return config.lrs ? new URL(config.lrs.endpoint).origin : undefined;
}

/**
 * Prerenders every page of the app into the client build: `dist/fr.html`,
 * `dist/fr/chronology.html`, `dist/en/introduction/why-terrorism.html`… (`/x` is served
 * from `x.html` by vite preview, the service worker and the hosts of docs/hosting.md).
 *
 * At the start of the client build it builds src/app/entry-server.tsx for Node (a Vite SSR
 * build of the same config) into node_modules/.sentinelle-prerender-*; when the client
 * bundle is written it renders each address with it into the built index.html and emits
 * the pages as assets, with the script they start with (assets/start-*.js, see
 * prerender-html.ts), so the service worker's precache (generated after) lists them. The
 * build fails when a page would hold inline code the CSP blocks, or fails to render.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { inlineCode, pageHtml, shellScripts, startScript } from './prerender-html.ts';

const SERVER_ENTRY = 'src/app/entry-server.tsx';

interface ServerEntry {
  prerenderAddresses: () => Promise<string[]>;
  render: (address: string) => Promise<{ lang: string; status: number; html: string }>;
  notFoundAddress: (lang: 'fr' | 'en') => string;
}

/** The file an address is written to: `/fr/a/b` → `fr/a/b.html`. */
export const pageFile = (address: string) => `${address.replace(/^\//, '')}.html`;

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  let serverDir: string | null = null;
  const cleanUp = () => {
    if (serverDir) rmSync(serverDir, { recursive: true, force: true });
    serverDir = null;
  };

  return {
    name: 'sentinelle-prerender',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      if (config.build.ssr) return;
      serverDir = mkdtempSync(join(config.root, 'node_modules', '.sentinelle-prerender-'));
      await build({
        configFile: config.configFile,
        root: config.root,
        mode: config.mode,
        logLevel: 'warn',
        build: { ssr: SERVER_ENTRY, outDir: serverDir, emptyOutDir: true, copyPublicDir: false, manifest: false, minify: false },
      });
    },
    async generateBundle(_options, bundle) {
      if (config.build.ssr || !serverDir) return;
      const shell = bundle['index.html'];
      if (shell?.type !== 'asset') this.error('the client build has no index.html');
      const server = (await import(pathToFileURL(join(serverDir, 'entry-server.js')).href)) as ServerEntry;
      const { entry, preloads } = shellScripts(String(shell.source));
      const startRef = this.emitFile({ type: 'asset', name: 'start.js', source: startScript(entry, preloads) });
      const start = `${config.base}${this.getFileName(startRef)}`;
      const notFound = new Set([server.notFoundAddress('fr'), server.notFoundAddress('en')]);
      const problems: string[] = [];
      for (const address of await server.prerenderAddresses()) {
        try {
          const page = await server.render(address);
          const expected = notFound.has(address) ? 404 : 200;
          if (page.status !== expected) throw new Error(`status ${page.status}, expected ${expected}`);
          const html = pageHtml(String(shell.source), page, start);
          const inline = inlineCode(html);
          if (inline.length > 0) throw new Error(`inline code the CSP blocks: ${inline.join('; ')}`);
          this.emitFile({ type: 'asset', fileName: pageFile(address), source: html });
        } catch (error) {
          problems.push(`${address}: ${(error as Error).message}`);
        }
      }
      if (problems.length > 0) this.error(`Prerendering failed:\n${problems.join('\n')}`);
    },
    buildEnd(error) {
      if (error) cleanUp();
    },
    closeBundle: cleanUp,
  };
}

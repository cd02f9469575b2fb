/**
 * Serves a built folder the way docs/hosting.md asks a static host to: `/x` from `x.html`
 * (the prerendered pages), else the file itself, else the app shell index.html, the app's CSP, `no-cache` on index.html and sw.js, a year's cache on hashed
 * assets, and text compressed with brotli (gzip for clients that do not take brotli), as
 * Netlify or Cloudflare Pages send it. Loopback only. Used by the benchmarks and the update test.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { CONTENT_SECURITY_POLICY } from './security-headers.ts';

/** Content types by file extension, for the test servers (this one and the test LMS). */
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.webmanifest', '.json']);

export interface StaticServer {
  url: string;
  /** Serves another folder from now on (the update test's "a new version is deployed"). */
  serve: (dir: string) => void;
  close: () => Promise<void>;
}

export async function serveStatic(dir: string, port: number): Promise<StaticServer> {
  let root = resolve(dir);
  const compressed = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const pathname = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
    const isFile = (candidate: string) => candidate.startsWith(root) && existsSync(candidate) && !statSync(candidate).isDirectory();
    const asked = join(root, pathname);
    // As nginx's `try_files $uri $uri.html /index.html` (docs/hosting.md).
    const file = [asked, `${asked}.html`].find(isFile) ?? join(root, 'index.html');
    const type = extname(file);
    const accept = String(request.headers['accept-encoding'] ?? '');
    const encoding = COMPRESSIBLE.has(type) ? (/\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined) : undefined;
    let body: Buffer = readFileSync(file);
    if (encoding) {
      const key = `${encoding}:${file}`;
      const packed = compressed.get(key) ?? (encoding === 'br' ? brotliCompressSync(body) : gzipSync(body));
      compressed.set(key, packed);
      body = packed;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[type] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': file.startsWith(join(root, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  return {
    url: `http://localhost:${port}`,
    serve: (next) => {
      root = resolve(next);
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

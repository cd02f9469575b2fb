/**
 * The floor React itself sets: a page that renders one <h1> with React 19 (createRoot,
 * StrictMode), built by Vite with @vitejs/plugin-react and the app's build target, served
 * the same way as the app. `npm run bench` runs Lighthouse on it and compares LCPs.
 * Its sources are written under dist-bench/ (inside the project, so `react` resolves).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { BENCH_DIR } from './site.ts';

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="An empty React page: the floor for the benchmarks." />
    <title>Empty React page</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/main.tsx"></script>
  </body>
</html>
`;

const MAIN_TSX = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <main>
      <h1>Sentinelle</h1>
    </main>
  </StrictMode>,
);
`;

/** Writes and builds the empty page; returns the folder to serve. */
export async function buildEmptyReact(): Promise<string> {
  const source = resolve(BENCH_DIR, 'empty-react-src');
  const outDir = resolve(BENCH_DIR, 'empty-react');
  mkdirSync(source, { recursive: true });
  writeFileSync(join(source, 'index.html'), INDEX_HTML);
  writeFileSync(join(source, 'main.tsx'), MAIN_TSX);
  await build({
    root: source,
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  return outDir;
}

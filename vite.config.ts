/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { coursePlugin } from './scripts/vite-plugin-course.ts';
import { prerenderPlugin } from './scripts/vite-plugin-prerender.ts';
import { connectOriginsFor, contentSecurityPolicy } from './scripts/security-headers.ts';

/**
 * Identifies a build (the update test builds twice and needs them to differ). Kept in the
 * environment so that the prerendering build of the same run (scripts/vite-plugin-prerender.ts)
 * writes the same id into the pages as the client code holds.
 */
const BUILD_ID = (process.env.SENTINELLE_BUILD_ID ??= new Date().toISOString());
/** Where xAPI activity ids live: set it to an https address your organisation controls. */
const XAPI_BASE = process.env.SENTINELLE_XAPI_BASE ?? 'https://sentinelle.invalid/xapi';
if (!/^https:\/\/[^\s/]+/.test(XAPI_BASE)) throw new Error(`SENTINELLE_XAPI_BASE must be an https address, not ${XAPI_BASE}`);

/**
 * `vite preview` serves the strict CSP, with the origin of the LRS named in the build's
 * config.json (read on every request, so a config.json dropped into dist/ counts at once).
 */
function previewSecurityHeaders(): Plugin {
  return {
    name: 'sentinelle-preview-csp',
    configurePreviewServer(server) {
      const outDir = server.config.build.outDir;
      server.middlewares.use((_request, response, next) => {
        response.setHeader('Content-Security-Policy', contentSecurityPolicy(connectOriginsFor(outDir)));
        next();
      });
    },
  };
}

/**
 * `vite build --mode lms` (run by `npm run package`, scripts/lms/package.ts) builds the app an
 * LMS serves from a package: relative addresses (the LMS chooses the path), no prerendered pages
 * (the LMS opens only the launch document), no service worker (the LMS serves the updates).
 */
export const LMS_MODE = 'lms';

export default defineConfig(({ isSsrBuild, mode }) => ({
  base: mode === LMS_MODE ? './' : '/',
  // Unit tests compile the course themselves (and report its errors as failures).
  plugins: [
    react(),
    previewSecurityHeaders(),
    ...(process.env.VITEST ? [] : [coursePlugin(), ...(mode === LMS_MODE ? [] : [prerenderPlugin()])]),
    VitePWA({
      disable: mode === LMS_MODE,
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon-180x180.png'],
      manifest: {
        id: '/',
        name: 'Sentinelle — L’OTAN et la lutte contre le terrorisme / NATO and the fight against terrorism',
        short_name: 'Sentinelle',
        description: 'Formation bilingue hors ligne sur la lutte de l’OTAN contre le terrorisme. Bilingual offline training on NATO’s fight against terrorism.',
        lang: 'fr',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#12325e',
        background_color: '#f6f7f9',
        categories: ['education'],
        icons: [
          { src: '/pwa-64x64.png', sizes: '64x64', type: 'image/png' },
          { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: '/maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        screenshots: [
          { src: '/screenshot-wide.png', sizes: '1366x900', type: 'image/png', form_factor: 'wide', label: 'A lesson on a desktop' },
          { src: '/screenshot-narrow.png', sizes: '1082x2202', type: 'image/png', form_factor: 'narrow', label: 'A lesson on a phone' },
        ],
      },
      workbox: {
        // The whole course, both languages: every lesson and quiz chunk, locales, icons.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The font for names the built-in PDF fonts cannot write (and its engine): 550 kB gzip
        // most learners never need. Cached the first time a certificate uses it.
        globIgnores: ['screenshot-*.png', 'assets/name-fonts-*.js', 'assets/DejaVu*.ttf'],
        runtimeCaching: [{ urlPattern: /\/assets\/(name-fonts-.*\.js|DejaVu.*\.ttf)$/, handler: 'CacheFirst', options: { cacheName: 'certificate-fonts' } }],
        // Each page is precached as its own file, found for its address (`/fr/x` → `fr/x.html`:
        // workbox's cleanURLs, on by default) before the fallback: the empty shell answers only
        // addresses the course does not have.
        navigateFallback: '/index.html',
        // A launch from an LMS (cmi5) adds these to the address: they must not hide the page.
        ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^endpoint$/, /^fetch$/, /^actor$/, /^registration$/, /^activityId$/],
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
  define: { __BUILD_ID__: JSON.stringify(BUILD_ID), __XAPI_BASE__: JSON.stringify(XAPI_BASE), __LMS_PACKAGE__: JSON.stringify(mode === LMS_MODE) },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    outDir: mode === LMS_MODE ? 'dist-lms' : 'dist',
    sourcemap: false,
    // The build-time render (scripts/vite-plugin-prerender.ts) runs in Node: one bundle, no groups.
    rolldownOptions: isSsrBuild
      ? {}
      : {
          output: {
            // What the first page needs (React, react-router, i18next, Dexie, zustand, the app
            // shell: every module main.tsx imports statically, `$initial`) in one chunk instead of
            // a dozen: fewer requests, and about 3 kB less gzip (scripts/bench/budget.ts holds the
            // budget). main.tsx stays a tiny entry chunk of its own, so lazy chunks import from
            // `app`, never from the entry: a lazy import started during the entry's top-level
            // await would otherwise wait on the entry itself. The group is closed under static
            // imports, so not pulling dependencies in again cannot split a module from its own.
            codeSplitting: {
              groups: [{ name: 'app', tags: ['$initial'], test: (id) => !id.endsWith('/src/app/main.tsx'), includeDependenciesRecursively: false }],
            },
          },
        },
  },
  preview: {
    port: 4173,
    strictPort: true,
    // The policy is set per request by previewSecurityHeaders(): it reads dist/config.json.
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Property tests run hundreds of quizzes; a loaded CI machine must not fail them on time.
    testTimeout: 30_000,
  },
}));

// Lint: zero warnings. Forbids HTML injection and untranslated JSX text, and enforces the
// one-way imports of ../shared/STYLE.md: domain/content ← db ← features ← app, by package name
// (no-restricted-imports) and by resolved path, so that relative imports are caught too
// (import-x/no-restricted-paths); no import cycle anywhere in src (import-x/no-cycle); and
// keeps src/domain and src/content pure: no browser or Node globals, no clock, no randomness
// (time and random sources come in as arguments).
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import i18next from 'eslint-plugin-i18next';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI = ['react', 'react-*', 'react-dom/*'];
const STORAGE = ['dexie', 'dexie-*'];

const BASE_SYNTAX = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render course text as React elements, never as HTML.' },
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'No HTML injection.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML injection.' },
];

/**
 * Globals of a browser or of Node that plain ECMAScript lacks: none of them belongs in pure
 * code, except URL (the same in every host; the xAPI ids use it).
 */
const UNIVERSAL = new Set(['URL']);
const HOST_GLOBALS = [...new Set([...Object.keys(globals.browser), ...Object.keys(globals.node)])].filter((name) => !Object.hasOwn(globals.es2025, name) && !UNIVERSAL.has(name));

/** Which layer may not import which: each zone's `target` files may not import from its `from` folders. */
const LAYERS = [
  { target: ['src/domain', 'src/content'], from: ['src/db', 'src/features', 'src/app', 'src/components', 'src/i18n'], message: 'domain and content are pure: they import nothing above them.' },
  { target: 'src/db', from: ['src/features', 'src/app', 'src/components', 'src/i18n'], message: 'db sits below features and app.' },
  { target: ['src/features', 'src/components', 'src/i18n'], from: 'src/app', message: 'features never import the app.' },
];

/** One rule entry per folder: flat config replaces, not merges, a rule set twice for a file. */
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'dist-update', 'dist-bench', 'dist-lms', 'dist-packages', 'node_modules', 'test-results', 'playwright-report', 'screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...BASE_SYNTAX],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx'],
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { ...importX.flatConfigs.typescript.settings, 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYERS }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/content/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...HOST_GLOBALS.map((name) => ({ name, message: 'domain and content are pure: no browser or Node globals.' }))],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass the time in as an argument.' },
        { object: 'Math', property: 'random', message: 'Pass a seeded random source in (src/domain/quiz/random.ts).' },
      ],
      'no-restricted-syntax': [
        'error',
        ...BASE_SYNTAX,
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass the time in as an argument.' },
        { selector: "CallExpression[callee.name='Date']", message: 'Pass the time in as an argument.' },
      ],
    },
  },
  layer(['src/domain/**', 'src/content/**'], [...UI, ...STORAGE, 'zustand', 'i18next', '@/db/*', '@/features/*', '@/app/*', '@/components/*'], 'domain and content are pure: no React, storage, state or UI.'),
  layer(['src/db/**'], [...UI, '@/features/*', '@/app/*', '@/components/*'], 'db sits below features and app.'),
  layer(['src/features/**', 'src/components/**'], [...STORAGE, '@/app/*'], 'features reach storage through src/db only (live queries in feature hooks), and never import the app.'),
  layer(['src/features/*/hooks/**'], ['dexie', '@/app/*'], 'features reach storage through src/db only, and never import the app.'),
  layer(['src/app/**', 'src/i18n/**'], STORAGE, 'Only src/db imports Dexie.'),
);

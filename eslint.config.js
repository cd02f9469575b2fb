// Lint: zero warnings. Forbids HTML injection and untranslated JSX text, and enforces the
// one-way imports of ../shared/STYLE.md: domain/content ← db ← features ← app.
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI = ['react', 'react-*', 'react-dom/*'];
const STORAGE = ['dexie', 'dexie-*'];

/** One rule entry per folder: flat config replaces, not merges, a rule set twice for a file. */
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'dist-update', 'dist-bench', 'node_modules', 'test-results', 'playwright-report', 'screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render course text as React elements, never as HTML.' },
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'No HTML injection.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML injection.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx'],
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }] },
  },
  layer(['src/domain/**', 'src/content/**'], [...UI, ...STORAGE, 'zustand', 'i18next', '@/db/*', '@/features/*', '@/app/*', '@/components/*'], 'domain and content are pure: no React, storage, state or UI.'),
  layer(['src/db/**'], [...UI, '@/features/*', '@/app/*', '@/components/*'], 'db sits below features and app.'),
  layer(['src/features/**', 'src/components/**'], [...STORAGE, '@/app/*'], 'features reach storage through src/db only (live queries in feature hooks), and never import the app.'),
  layer(['src/features/*/hooks/**'], ['dexie', '@/app/*'], 'features reach storage through src/db only, and never import the app.'),
  layer(['src/app/**', 'src/i18n/**'], STORAGE, 'Only src/db imports Dexie.'),
);

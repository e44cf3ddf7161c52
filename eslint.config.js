// @ts-check
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers (README, "Architecture"), as the editor sees them while typing; the same rules are
 * checked over every import by tests/unit/architecture/layers.test.ts. A layer imports its own
 * folder or the ones it sits on: entrypoints → app | background → components → lib.
 */
const LAYER_ZONES = [
  { target: './lib', from: ['./components', './app', './background', './entrypoints'], message: 'lib/ is the bottom layer: it imports only lib/.' },
  { target: './components', from: ['./app', './background', './entrypoints'], message: 'components/ import only components/ and lib/.' },
  { target: './app', from: ['./background', './entrypoints'], message: 'Page code (app/) never imports the worker (background/) or an entrypoint.' },
  { target: './background', from: ['./components', './app', './entrypoints'], message: 'The worker (background/) never imports page UI (components/, app/) or an entrypoint.' },
];

/** The pure core (lib/core): it gets `now` and facts as arguments and imports only itself, zod and dayjs. */
const CORE_ZONE = {
  target: './lib/core',
  from: './lib',
  except: ['./core'],
  message: 'The pure core (lib/core: rules, engine, playbook, dates, …) imports no browser, storage, DOM, site or UI code.',
};

/**
 * Classic zod in a module the page bundles import brings all of zod into each of them (≈ 20 kB
 * gzipped, issue 25): schemas use zod/mini through lib/core/zod.ts. The worker-only and
 * extension-page-only ones (the audit bundle, its frozen versions) may stay classic.
 */
const CLASSIC_ZOD = {
  name: 'zod',
  message: "Import { z } from lib/core/zod (zod/mini, English messages): classic zod weighs ≈ 20 kB gzipped in every page bundle.",
};

export default tseslint.config(
  {
    ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tools/couch-server/node_modules/**', 'tests/e2e/artifacts*/**', 'test-results/**', 'playwright-report/**'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    plugins: { 'import-x': importX },
    settings: {
      // import-x reads the imported files too (no-cycle follows them): TypeScript's parser for .ts/.tsx.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // A `let` read by a closure before its one assignment (a callback wired before the value exists) stays a let.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': ['error', { zones: [...LAYER_ZONES, CORE_ZONE] }],
    },
  },
  {
    files: ['lib/core/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Relative imports stay inside lib (checked by no-restricted-paths above); of the packages only zod and dayjs.
              regex: '^(?!\\.|zod($|/)|dayjs($|/)).',
              message: 'The pure core uses only zod and dayjs among packages.',
            },
          ],
          paths: [CLASSIC_ZOD],
        },
      ],
    },
  },
  {
    // The page bundles' schemas outside the core (store items, messages, settings, sync, events).
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    ignores: ['lib/core/**', 'lib/audit/**', 'lib/store/versions/bundle-v*.ts', 'lib/store/versions/shipped.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [CLASSIC_ZOD] }] },
  },
  {
    // Node's CommonJS (the test server's preload): `require` is how it loads what it patches.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The offline host-page simulators are browser modules the fixture pages load: no Node there.
    files: ['tests/fixtures/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);

// @ts-check
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', '**/*.partial/', '**/*.previous/', '.astro/', '.tmp/', 'node_modules/', 'screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Type-aware rules for the TypeScript files: a promise is awaited or deliberately let go, and every
  // non-null assertion is one the code has a reason for.
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  // The layers of src/ (README, "Code layout"): what each may import. Types may cross (they leave no code).
  {
    files: ['src/lib/pure/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(node:|astro:)',
              message: 'src/lib/pure/ runs anywhere: no Node and no Astro (use src/lib/build-time/).',
            },
            {
              regex: '^\\.\\.?/(\\.\\./)*(build-time|collections|client|components|layouts|pages|integrations)(/|$)',
              allowTypeImports: true,
              message: 'src/lib/pure/ imports only packages and src/lib/pure/ (it is beneath every other layer).',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname', '__filename', 'require'],
    },
  },
  {
    files: ['src/client/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(node:|astro:)', message: 'src/client/ is shipped to the browser: no Node and no Astro.' },
            {
              regex: '^\\.\\.?/(\\.\\./)*(lib/build-time|collections|components|layouts|pages|integrations)(/|$)',
              allowTypeImports: true,
              message: 'src/client/ is shipped to the browser: it imports only src/lib/pure/ and src/client/.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname', '__filename', 'require'],
    },
  },
  // The framework and its collections: the collections plug into src/lib/, which never reaches back. src/lib/ reads
  // the project's list of collections through the registry (src/lib/build-time/site-collections.ts), never by its path.
  {
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/pure/**', 'src/lib/collection-api/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\.?/(\\.\\./)*collections(/|$)',
              allowTypeImports: true,
              message:
                'src/lib/ never imports a collection: read the registry (src/lib/build-time/site-collections.ts), or let the collection bring it through its definition (src/lib/collection-api/define.ts).',
            },
            {
              regex: '^#collections$',
              allowTypeImports: true,
              message:
                'the registry reaches src/lib/ one way only: import it from src/lib/build-time/site-collections.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/build-time/site-collections.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  // The framework's contract, which the collections import: nothing here may reach the registry or the build.
  {
    files: ['src/lib/collection-api/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(virtual:|#|\\.\\.?/(\\.\\./)*(build-time|collections|client|components|layouts|pages|integrations)(/|$))',
              allowTypeImports: true,
              message:
                'src/lib/collection-api/ is what the collections import: it imports only packages, src/lib/pure/ and itself (types may cross).',
            },
          ],
        },
      ],
    },
  },
  // A collection's modules are loaded with the registry, before any page: they import the framework's contract and
  // pure code, never the modules that read the registry (which would read it half made).
  {
    files: ['src/collections/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(virtual:|astro:|#|\\.\\.?/(\\.\\./)*(lib/build-time|build-time|client|components|layouts|pages|integrations)(/|$))',
              allowTypeImports: true,
              message:
                "a collection's modules import only packages, src/lib/pure/, src/lib/collection-api/ and src/collections/ (types may cross); what needs the built site belongs in its .astro components.",
            },
          ],
        },
      ],
    },
  },
  // src/lib/ by runtime (README, "Code layout"): render/ runs inside Astro; build-time/ (shared), search/ and tools/ run
  // in Astro and in the command-line tools alike, so they never import what needs Astro.
  {
    files: ['src/lib/build-time/**/*.ts', 'src/lib/search/**/*.ts', 'src/lib/tools/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(astro:|\\.\\.?/(\\.\\./)*render(/|$))',
              message:
                'only src/lib/render/ runs inside Astro: what the command-line tools also run imports neither astro: modules nor src/lib/render/.',
            },
          ],
        },
      ],
    },
  },
  // In tests a missing value fails the test either way: there `x!` states what the test expects to exist.
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
);

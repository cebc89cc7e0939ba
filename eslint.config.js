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
  // In tests a missing value fails the test either way: there `x!` states what the test expects to exist.
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
);

// Lint rules the code already follows: ESLint's and typescript-eslint's recommended sets, plus a
// few that keep the house style (no stray console output in product code, no unused names).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', '.output*/', '.wxt/', 'dist/', 'artifacts/', 'tests/fixtures/', 'demo/pages/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
      'prefer-const': 'error',
      'no-var': 'error',
    },
  },
  {
    // Product code reports through the UI; only failures go to the console.
    files: ['utils/**', 'components/**', 'entrypoints/**'],
    rules: { 'no-console': ['error', { allow: ['warn', 'error'] }] },
  },
);

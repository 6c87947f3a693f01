// Lint rules the code already follows: ESLint's and typescript-eslint's recommended sets, plus a
// few that keep the house style (no stray console output in product code, no unused names).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import noWordList from './eslint-rules/no-word-list.js';

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
  {
    // The content script evaluates these modules in every frame of every page, with no code
    // cache: a module-level regular expression is parsed there whether the frame ever uses it or
    // not (PERFORMANCE.md, fourteenth session). Made on first use instead: utils/lazy-regexp.ts.
    files: ['utils/detection/*.ts', 'utils/dom/**', 'utils/settings/**', 'utils/guard/**', 'entrypoints/content/**', 'components/cover/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['Literal[regex]', "NewExpression[callee.name='RegExp']"].flatMap((pattern) =>
          ['Program >', 'Program > ExportNamedDeclaration >'].map((parent) => ({
            selector: `${parent} VariableDeclaration > VariableDeclarator > ${pattern}`,
            message: 'A module-level regular expression is built in every frame: make it lazy (utils/lazy-regexp.ts).',
          })),
        ),
      ],
    },
  },
  {
    // Detection's words are lexicon data a translator edits (eslint-rules/no-word-list.js).
    files: ['utils/detection/**/*.ts'],
    plugins: { forewarn: { rules: { 'no-word-list': noWordList } } },
    rules: { 'forewarn/no-word-list': 'error' },
  },
);

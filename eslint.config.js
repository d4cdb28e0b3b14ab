// Lint rules, and the layer rules of the house: imports point one way
// (shared ← models ← renderer; electron ← shared). Each message names the
// layers a folder may import.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// HyperFormula is GPL-3.0 (a dev dependency for the benchmark's side-by-side
// figures): it must never reach a bundle we ship, so only test/bench/ may load
// it. A folder's own no-restricted-imports replaces the global one, so every
// layer repeats it.
const gplMessage = 'HyperFormula is GPL-3.0: only the benchmark (test/bench/) may import it, so it never reaches a bundle we ship.';
const noHyperformula = { group: ['hyperformula', 'hyperformula/*'], message: gplMessage };

const layer = (files, message, patterns) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [...patterns.map((group) => ({ group, message })), noHyperformula] }],
  },
});

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'process', 'util', 'url', 'crypto', 'stream', 'events'];
const uiAndShell = ['electron', 'electron/*', 'react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'ag-grid-*', 'echarts-for-react'];

const rendererForbidden = ['../electron/*', '../../electron/*', '../../../electron/*', 'electron', 'electron/*', ...nodeBuiltins];
const rendererMessage = 'renderer/ may import models/ and shared/, never electron/ or Node: it talks to the main process through window.tokencast.';

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    ignores: ['test/bench/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noHyperformula] }],
      // import() and require() too, which no-restricted-imports does not see.
      'no-restricted-syntax': ['error',
        { selector: 'ImportExpression[source.value=/^hyperformula\\b/]', message: gplMessage },
        { selector: "CallExpression[callee.name='require'][arguments.0.value=/^hyperformula\\b/]", message: gplMessage }],
    },
  },
  layer(['shared/**'], 'shared/ imports nothing of ours: it is the bottom layer (IPC contract, file format).',
    [['../models/*', '../../models/*', '../renderer/*', '../../renderer/*', '../electron/*', '../../electron/*', ...nodeBuiltins, ...uiAndShell]]),
  layer(['models/**'], 'models/ may import only shared/ and pure libraries (no DOM, Node, Electron or React); only models/cli touches Node.',
    [['../renderer/*', '../../renderer/*', '../../../renderer/*', '../electron/*', '../../electron/*', '../../../electron/*', ...uiAndShell]]),
  {
    files: ['models/**'],
    ignores: ['models/cli/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['../renderer/*', '../../renderer/*', '../../../renderer/*', '../electron/*', '../../electron/*', '../../../electron/*', '../cli/*', ...nodeBuiltins, ...uiAndShell],
          message: 'models/ may import only shared/ and pure libraries (no DOM, Node, Electron or React); only models/cli touches Node.',
        }, noHyperformula],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer'],
    },
  },
  layer(['renderer/**'], rendererMessage, [rendererForbidden]),
  {
    files: ['renderer/**'],
    ignores: ['renderer/app/**', 'renderer/main.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: rendererForbidden, message: rendererMessage },
          { group: ['../app/*', '../../app/*'], message: 'renderer/app/ composes the UI and wires the host: nothing below it imports it (hooks and services live in renderer/hooks/).' },
        ],
      }],
    },
  },
  layer(['electron/**'], 'electron/ may import shared/ only, never models/ or renderer/.',
    [['../models/*', '../../models/*', '../renderer/*', '../../renderer/*']]),
  {
    files: ['*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    files: ['scripts/**', 'bin/**', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);

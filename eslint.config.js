// Lint: typescript-eslint's `recommended` rules on the sources and the tests,
// and regular expressions checked for catastrophic and polynomial backtracking
// (eslint-plugin-regexp) and for the mistakes that change what a pattern
// matches. Style rules are left to the formatter (prettier).
import {defineConfig} from 'eslint/config'
import regexp from 'eslint-plugin-regexp'
import tseslint from 'typescript-eslint'

export default defineConfig(
  {ignores: ['dist/**', 'node_modules/**', 'coverage/**']},
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [tseslint.configs.recommended]
  },
  {
    files: ['src/**/*.ts'],
    plugins: {regexp},
    rules: {
      // Backtracking: exponential or polynomial time on crafted input.
      'regexp/no-super-linear-backtracking': ['error', {report: 'certain'}],
      'regexp/no-super-linear-move': ['error', {report: 'certain', ignoreSticky: true, ignorePartial: true}],
      'regexp/no-misleading-capturing-group': 'error',
      // Mistakes.
      'regexp/no-dupe-disjunctions': 'error',
      'regexp/no-empty-alternative': 'error',
      'regexp/no-empty-character-class': 'error',
      'regexp/no-invalid-regexp': 'error',
      'regexp/no-lazy-ends': 'error',
      'regexp/no-optional-assertion': 'error',
      'regexp/no-potentially-useless-backreference': 'error',
      'regexp/no-useless-backreference': 'error',
      'regexp/no-misleading-unicode-character': 'error',
      'regexp/no-obscure-range': 'error',
      'regexp/no-contradiction-with-assertion': 'error',
      'regexp/no-dupe-characters-character-class': 'error'
    }
  }
)

// Lint: regular expressions are checked for catastrophic and polynomial
// backtracking (eslint-plugin-regexp) and for the mistakes that change what a
// pattern matches. Style rules are left off. TypeScript is parsed with
// typescript-eslint's parser.
import regexp from 'eslint-plugin-regexp'
import tseslint from 'typescript-eslint'

export default [
  {ignores: ['dist/**', 'node_modules/**', 'coverage/**']},
  {
    files: ['src/**/*.ts'],
    languageOptions: {parser: tseslint.parser},
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
]

/**
 * Every JavaScript example in the README runs (see test/helpers/examples.ts): each ```js block that uses the
 * package, with each `console.log(…) // expected` line checked against what it logged.
 */

import {describe} from 'vitest'
import {testExamples} from './helpers/examples.js'

describe('README examples', () => {
  testExamples('README.md', 'js', 4)
})

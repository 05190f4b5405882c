/**
 * The examples of docs/unified.md run (see test/helpers/examples.ts): each ```ts block, with each
 * `console.log(…) // expected` line checked against what it logged.
 */

import {describe} from 'vitest'
import {testExamples} from '../helpers/examples.js'

describe('docs/unified.md examples', () => {
  testExamples('docs/unified.md', 'ts', 6)
})

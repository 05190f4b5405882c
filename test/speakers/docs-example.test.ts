/**
 * The example of `docs/attribution.md`, section "The entity model", runs: each ```js block of the section is run
 * with `wirestory` read from `src/index.ts`, and each `console.log(…)` is checked against the comment that follows
 * it (on its line or the next), as `test/readme.test.ts` checks the README.
 */

import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {inspect} from 'node:util'
import {describe, expect, it} from 'vitest'
import * as api from '../../src/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const docs = readFileSync(path.join(root, 'docs', 'attribution.md'), 'utf8')
const start = docs.indexOf('## The entity model')
const section = docs.slice(start, docs.indexOf('\n## ', start + 1))
const blocks = [...section.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((match) => match[1])
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>
const fold = (value: string): string => value.replace(/\s+/g, '')

describe('docs/attribution.md: the entity model', () => {
  it('has an example', () => {
    expect(start).toBeGreaterThan(0)
    expect(blocks.length).toBeGreaterThan(0)
  })

  blocks.forEach((code, index) => {
    it('runs example ' + (index + 1) + ' and logs what its comments say', async () => {
      const body = code.replace(/^import\s*\{([^}]*)\}\s*from\s*'wirestory'\s*$/gm, 'const {$1} = api')
      const logged: string[] = []
      const console = {
        log: (...values: unknown[]) => logged.push(values.map((value) => inspect(value, {depth: 4})).join(' '))
      }
      await new AsyncFunction('api', 'console', body)(api, console)
      const lines = code.split('\n')
      const expected: string[] = []
      lines.forEach((line, at) => {
        if (!/^\s*console\.log\(/.test(line)) return
        const comment = /\)\s*\/\/\s*(.+)$/.exec(line)?.[1] ?? /^\s*\/\/\s*(.+)$/.exec(lines[at + 1] ?? '')?.[1]
        if (comment) expected.push(comment)
      })
      expect(expected.length).toBeGreaterThan(0)
      expect(logged.map(fold)).toEqual(expected.map(fold))
    })
  })
})

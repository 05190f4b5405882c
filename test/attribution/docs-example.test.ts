/**
 * The JavaScript examples of `docs/attribution.md` run: each ```js block is
 * written to a module importing `src/index.ts` (for `'wirestory'`), imported,
 * and each `console.log(…) // expected` line is checked against what it
 * logged.
 */

import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {inspect} from 'node:util'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it, vi} from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const docs = readFileSync(path.join(root, 'docs', 'attribution.md'), 'utf8')
const scratch = path.join(root, 'test', '.attribution-doc-examples')
const api = pathToFileURL(path.join(root, 'src', 'index.ts')).href

/** The ```js blocks, with the line each starts on. */
function blocks(): Array<{line: number; code: string}> {
  const found: Array<{line: number; code: string}> = []
  const fence = /^```js\n([\s\S]*?)^```$/gm
  let match: RegExpExecArray | null
  while ((match = fence.exec(docs))) found.push({line: docs.slice(0, match.index).split('\n').length, code: match[1]})
  return found
}

/** The `// expected` comment of each `console.log(…)` line. */
/** What each `console.log` prints: its `// …` comment on the same line, or the comment lines right after it. */
function expectations(code: string): string[] {
  const lines = code.split('\n')
  const out: string[] = []
  lines.forEach((line, index) => {
    if (!/^\s*console\.log\(/.test(line)) return
    const same = /\)\s*\/\/\s*(.+)$/.exec(line)?.[1]
    if (same !== undefined) return void out.push(same)
    let text = ''
    for (let next = index + 1; next < lines.length && /^\s*\/\//.test(lines[next]); next++) {
      text += lines[next].replace(/^\s*\/\/\s?/, '')
    }
    out.push(text)
  })
  return out
}

const fold = (value: string) => value.replace(/\s+/g, '')

describe('docs/attribution.md examples', () => {
  mkdirSync(scratch, {recursive: true})
  afterAll(() => rmSync(scratch, {recursive: true, force: true}))
  const list = blocks()

  it('has an example to run', () => {
    expect(list.length).toBeGreaterThan(0)
  })

  for (const block of list) {
    it('runs the example at line ' + block.line, async () => {
      const file = path.join(scratch, 'line-' + block.line + '.mjs')
      writeFileSync(file, block.code.replaceAll("from 'wirestory'", 'from ' + JSON.stringify(api)))
      const logged: string[] = []
      const spy = vi.spyOn(console, 'log').mockImplementation((...values: unknown[]) => {
        logged.push(values.map((value) => inspect(value, {depth: 4})).join(' '))
      })
      try {
        await import(pathToFileURL(file).href + '?t=' + Date.now())
      } finally {
        spy.mockRestore()
      }
      const expected = expectations(block.code)
      expect(expected.length).toBeGreaterThan(0)
      expect(logged.map(fold)).toEqual(expected.map(fold))
    })
  }

  it('shows in "Adding a rule" the test file of the rule it names as the model', () => {
    const section = docs.slice(docs.indexOf('### Adding a rule'))
    const code = /^```ts\n([\s\S]*?)^```$/m.exec(section)?.[1]
    const model = /`rules\/([a-z-]+)\.ts` is a small model/.exec(section)?.[1]
    expect(model).toBeDefined()
    expect(code).toBe(readFileSync(path.join(root, 'test', 'attribution', 'rules', model + '.test.ts'), 'utf8'))
  })
})

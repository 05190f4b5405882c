/**
 * Every JavaScript example in the README runs: each ```js block that uses
 * the package is written to a module importing `src/index.ts`, imported, and
 * each `console.log(…) // expected` line is checked against what it logged.
 * Blocks without `import` or a call of the API (the “Yields:” displays) are
 * output, not code, and are skipped.
 */

import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {inspect} from 'node:util'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it, vi} from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
const scratch = path.join(root, 'test', '.readme-examples')
const api = pathToFileURL(path.join(root, 'src', 'index.ts')).href
const exported = ['parseArticle', 'parseArticleAsync', 'toRecord', 'toNlcst', 'nlcstUnder', 'agencies']

interface Example {
  line: number
  code: string
}

function examples(): Example[] {
  const found: Example[] = []
  const fence = /^```js\n([\s\S]*?)^```$/gm
  let match: RegExpExecArray | null
  while ((match = fence.exec(readme))) {
    const code = match[1]
    const uses = /\bimport\b/.test(code) || exported.some((name) => code.includes(name + '('))
    if (!uses) continue
    found.push({line: readme.slice(0, match.index).split('\n').length, code})
  }
  return found
}

/** `// 'TASS'` after a `console.log(…)`, on the same line or the next. */
function expectations(code: string): string[] {
  const lines = code.split('\n')
  const expected: string[] = []
  lines.forEach((line, index) => {
    if (!/^\s*console\.log\(/.test(line)) return
    const same = /\)\s*\/\/\s*(.+)$/.exec(line)
    const next = /^\s*\/\/\s*(.+)$/.exec(lines[index + 1] ?? '')
    const comment = same?.[1] ?? next?.[1]
    if (comment) expected.push(comment)
  })
  return expected
}

const fold = (value: string) => value.replace(/\s+/g, '')

describe('README examples', () => {
  mkdirSync(scratch, {recursive: true})
  afterAll(() => rmSync(scratch, {recursive: true, force: true}))

  const list = examples()

  it('should have examples to run', () => {
    expect(list.length).toBeGreaterThan(3)
  })

  for (const example of list) {
    it('should run the example at README.md line ' + example.line, async () => {
      let code = example.code.replaceAll("from 'wirestory'", 'from ' + JSON.stringify(api))
      if (!/\bimport\b[^\n]*\bfrom\b[^\n]*src\/index\.ts/.test(code)) {
        const used = exported.filter((name) => code.includes(name))
        code = 'import {' + used.join(', ') + '} from ' + JSON.stringify(api) + '\n' + code
      }
      const file = path.join(scratch, 'line-' + example.line + '.mjs')
      writeFileSync(file, code)
      const logged: string[] = []
      const spy = vi.spyOn(console, 'log').mockImplementation((...values: unknown[]) => {
        logged.push(values.map((value) => inspect(value, {depth: 4})).join(' '))
      })
      const cwd = process.cwd()
      process.chdir(root)
      try {
        await import(pathToFileURL(file).href + '?t=' + Date.now())
      } finally {
        process.chdir(cwd)
        spy.mockRestore()
      }
      const expected = expectations(example.code)
      expect(logged.length).toBeGreaterThanOrEqual(expected.length)
      expected.forEach((value, index) => {
        expect(fold(logged[index])).toBe(fold(value))
      })
    })
  }
})

/**
 * Run the code examples of a markdown document as tests: each fenced block of the given language that uses the
 * package (an `import`, or a call of one of its functions) is written to a module importing `src/index.ts`
 * instead of `wirestory`, imported, and each `console.log(…) // expected` line (the comment on the same line or
 * the next) is checked against what it logged, white space folded. Blocks that do not use the package (the
 * “Yields:” displays) are output, not code, and are skipped.
 */

import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {inspect} from 'node:util'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, expect, it, vi} from 'vitest'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const api = pathToFileURL(path.join(root, 'src', 'index.ts')).href

/** Runtime exports of the package: a block that calls one of them uses the package. */
export const exported = [
  'parseArticle',
  'parseArticleAsync',
  'toRecord',
  'toNlcst',
  'nlcstUnder',
  'agencies',
  'renderHtml',
  'wirestoryParse',
  'wirestoryHtml'
]

interface Example {
  line: number
  code: string
}

function examples(markdown: string, language: string): Example[] {
  const found: Example[] = []
  const fence = new RegExp('^```' + language + '\\n([\\s\\S]*?)^```$', 'gm')
  let match: RegExpExecArray | null
  while ((match = fence.exec(markdown))) {
    const code = match[1]
    const uses = /\bimport\b/.test(code) || exported.some((name) => code.includes(name + '('))
    if (!uses) continue
    found.push({line: markdown.slice(0, match.index).split('\n').length, code})
  }
  return found
}

/** `// 'TASS'` after a `console.log(…)`: on the same line, or the comment lines right after it, joined. */
function expectations(code: string): string[] {
  const lines = code.split('\n')
  const expected: string[] = []
  lines.forEach((line, index) => {
    if (!/^\s*console\.log\(/.test(line)) return
    const same = /\)\s*\/\/\s*(.+)$/.exec(line)
    if (same) {
      expected.push(same[1])
      return
    }
    const comment: string[] = []
    for (let next = index + 1; next < lines.length; next++) {
      const match = /^\s*\/\/\s*(.+)$/.exec(lines[next])
      if (!match) break
      comment.push(match[1])
    }
    if (comment.length > 0) expected.push(comment.join(' '))
  })
  return expected
}

const fold = (value: string) => value.replace(/\s+/g, '')

/**
 * Declare one test per example of `file` (relative to the repository), plus one that there are at least
 * `minimum` of them.
 */
export function testExamples(file: string, language: 'js' | 'ts', minimum: number): void {
  const markdown = readFileSync(path.join(root, file), 'utf8')
  const scratch = path.join(root, 'test', '.examples-' + file.replace(/\W+/g, '-'))
  mkdirSync(scratch, {recursive: true})
  afterAll(() => rmSync(scratch, {recursive: true, force: true}))

  const list = examples(markdown, language)

  it('should have examples to run', () => {
    expect(list.length).toBeGreaterThanOrEqual(minimum)
  })

  for (const example of list) {
    it('should run the example at ' + file + ' line ' + example.line, async () => {
      let code = example.code.replaceAll("from 'wirestory'", 'from ' + JSON.stringify(api))
      if (!/\bimport\b[^\n]*\bfrom\b[^\n]*src\/index\.ts/.test(code)) {
        const used = exported.filter((name) => code.includes(name))
        code = 'import {' + used.join(', ') + '} from ' + JSON.stringify(api) + '\n' + code
      }
      const module = path.join(scratch, 'line-' + example.line + (language === 'ts' ? '.ts' : '.mjs'))
      writeFileSync(module, code)
      const logged: string[] = []
      const spy = vi.spyOn(console, 'log').mockImplementation((...values: unknown[]) => {
        logged.push(values.map((value) => inspect(value, {depth: 4})).join(' '))
      })
      const cwd = process.cwd()
      process.chdir(root)
      try {
        await import(pathToFileURL(module).href + '?t=' + Date.now())
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
}

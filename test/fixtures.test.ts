/**
 * Fixture suite: every `fixtures/<style>/<name>.txt` is parsed and compared
 * with `<name>.json` beside it (like parse-latin's fixture suites).
 *
 * The expected JSON is the article tree, with each paragraph's nlcst content
 * replaced by the paragraph's `text` (and its sentence count) to keep the files
 * small and reviewable, plus `record` (`toRecord(article)`) and the `messages`
 * a `VFile` collects. A sibling `<name>.options.json` holds the options (for
 * example `referenceDate`).
 *
 * Regenerate with `UPDATE_FIXTURES=1 npx vitest run test/fixtures.test.ts`,
 * then review the diff. Fixtures in `knownFailures` are never regenerated:
 * their JSON holds the hand-written, correct `record` and `tree: null`, and
 * their test is expected to fail until the parser is fixed.
 */

import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseArticle, toRecord, type Article, type ParseOptions} from '../src/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const fixtures = path.join(root, 'fixtures')
const update = process.env.UPDATE_FIXTURES === '1'

/**
 * Fixtures the parser gets wrong today (`<style>/<name>` → why). Their test
 * is `it.fails`; remove the entry once the parser is fixed, regenerate, and
 * review the new JSON.
 */
const knownFailures: Record<string, string> = {}

/** The reviewable form of a parse. */
export interface Snapshot {
  record: ReturnType<typeof toRecord>
  messages: Array<{ruleId: string | undefined; reason: string; start: number | undefined; end: number | undefined}>
  tree: unknown
}

/** Replace paragraph content (nlcst) with the paragraph's text. */
function compact(node: unknown, input: string): unknown {
  if (Array.isArray(node)) return node.map((item) => compact(item, input))
  if (typeof node !== 'object' || node === null) return node
  const record = node as Record<string, unknown>
  if (record.type === 'paragraph' && Array.isArray(record.children)) {
    const position = record.position as Article['position']
    const {children, ...rest} = record
    return {
      ...rest,
      text: input.slice(position.start.offset, position.end.offset),
      sentences: (children as Array<{type: string}>).filter((child) => child.type === 'SentenceNode').length
    }
  }
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) result[key] = compact(value, input)
  return result
}

/** Parse `input` into its snapshot. */
export function snapshot(input: string, options?: ParseOptions): Snapshot {
  const file = new VFile({value: input})
  const article = parseArticle(file, options)
  return {
    record: toRecord(article),
    messages: file.messages.map((message) => ({
      ruleId: message.ruleId ?? undefined,
      reason: message.reason,
      start: message.place && 'start' in message.place ? message.place.start.offset : message.place?.offset,
      end: message.place && 'end' in message.place ? message.place.end.offset : undefined
    })),
    tree: compact(JSON.parse(JSON.stringify(article)), input)
  }
}

/** JSON on one line, with a space after `:` and `,`. */
function flat(value: unknown): string {
  if (Array.isArray(value)) return '[' + value.map((item) => flat(item)).join(', ') + ']'
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined)
    return '{' + entries.map(([key, item]) => JSON.stringify(key) + ': ' + flat(item)).join(', ') + '}'
  }
  return JSON.stringify(value) ?? 'null'
}

/** JSON with small objects (points, positions, short arrays) kept on one line. */
export function stringify(value: unknown, indent = ''): string {
  const line = flat(value)
  if (typeof value !== 'object' || value === null || indent.length + line.length <= 110) return line
  const inner = indent + '  '
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return '[\n' + value.map((item) => inner + stringify(item, inner)).join(',\n') + '\n' + indent + ']'
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined)
  return (
    '{\n' +
    entries.map(([key, item]) => inner + JSON.stringify(key) + ': ' + stringify(item, inner)).join(',\n') +
    '\n' +
    indent +
    '}'
  )
}

function listFixtures(): Array<{style: string; name: string}> {
  const found: Array<{style: string; name: string}> = []
  for (const style of readdirSync(fixtures, {withFileTypes: true})) {
    if (!style.isDirectory()) continue
    for (const file of readdirSync(path.join(fixtures, style.name)).sort()) {
      if (file.endsWith('.txt')) found.push({style: style.name, name: file.slice(0, -4)})
    }
  }
  return found.sort((a, b) => (a.style + '/' + a.name).localeCompare(b.style + '/' + b.name))
}

const byStyle = new Map<string, string[]>()
for (const {style, name} of listFixtures()) byStyle.set(style, [...(byStyle.get(style) ?? []), name])

describe('fixtures', () => {
  for (const [style, names] of byStyle) {
    describe(style, () => {
      for (const name of names) {
        const id = style + '/' + name
        const base = path.join(fixtures, style, name)
        const failure = knownFailures[id]
        const test = failure ? it.fails : it
        test(name + (failure ? ' (known failure: ' + failure + ')' : ''), () => {
          const input = readFileSync(base + '.txt', 'utf8')
          const options = existsSync(base + '.options.json')
            ? (JSON.parse(readFileSync(base + '.options.json', 'utf8')) as ParseOptions)
            : undefined
          const actual = JSON.parse(JSON.stringify(snapshot(input, options))) as Snapshot

          if (update && !failure) {
            writeFileSync(base + '.json', stringify(actual) + '\n')
            return
          }

          expect(existsSync(base + '.json'), 'missing ' + id + '.json: run with UPDATE_FIXTURES=1').toBe(true)
          const expected = JSON.parse(readFileSync(base + '.json', 'utf8')) as Snapshot
          expect(actual.record).toEqual(expected.record)
          if (expected.tree !== null) {
            expect(actual.messages).toEqual(expected.messages)
            expect(actual.tree).toEqual(expected.tree)
          }
        })
      }
    })
  }
})

// The seed story of the shared corpus, when it is there (`../shared`).
const seedPath = path.resolve(root, '..', 'shared', 'corpus', 'seed', 'seed.jsonl')

describe.skipIf(!existsSync(seedPath))('seed corpus', () => {
  it('should read the frame of the seed story', () => {
    const line = readFileSync(seedPath, 'utf8')
      .split('\n')
      .find((item) => item.trim().length > 0)
    const seed = JSON.parse(line!) as {text: string; referenceDate?: string}
    const article = parseArticle(seed.text)
    const record = toRecord(article)
    expect(record.dateline).not.toBe(null)
    expect(record.dateline!.location).toBe('BELGRADE')
    expect(record.dateline!.date).toBe('September 6')
    expect(record.dateline!.isoDate).toBe('2024-09-06')
    expect(record.dateline!.text).toBe(seed.text.slice(record.dateline!.start, record.dateline!.end))
    expect(record.agency).toBe('TASS')
    expect(record.paragraphs).toBe(5)
    expect(article.filed).toBe('2024-09-06')
  })
})

/**
 * The house rule "every word list in src/lexicon/ as data": no list of five or more words lives inline in code
 * outside src/lexicon/. The finder is scripts/word-lists.mjs (`node scripts/word-lists.mjs` lists the shorter ones
 * too); a list of names the code itself defines (values of a type, option names) is no word list and is allowed
 * below, each with its reason.
 */

import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
// @ts-expect-error: a JavaScript module of the repo's scripts, without declarations.
import {findWordLists as findWordListsUntyped} from '../../scripts/word-lists.mjs'

interface WordList {
  file: string
  line: number
  kind: 'array' | 'regex' | 'comparisons'
  words: string[]
}
const findWordLists = findWordListsUntyped as (roots: string[], options?: {min?: number}) => WordList[]

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The fewest words a list holds to be one the guard reads. */
const MIN_WORDS = 5

/** Lists of names the code defines, not words of English: `file` and the list's first words, with why they stay. */
const allowed: ReadonlyArray<{file: string; words: string; why: string}> = [
  {
    file: 'src/attribution/indirect/verbs.ts',
    words: 'past present gerund participle plain',
    why: 'the values of the VerbForm type, in the order forms are indexed'
  },
  {
    file: 'src/eval/score/format.ts',
    words: 'dateline.found dateline.found.precision dateline.found.recall',
    why: 'the names of the scorer’s metrics'
  },
  {
    file: 'src/options.ts',
    words: 'referenceDate agencies plugins articlePlugins cues titles nominals rules',
    why: 'the names of the options parseArticle knows'
  },
  {
    file: 'src/record.ts',
    words: 'straight curly guillemets low-high single corner',
    why: 'values of the QuotationMarks type: the systems a record counts'
  },
  {
    file: 'src/record.ts',
    words: 'straight curly low-high guillemets single corner apostrophes tex primes',
    why: 'every value of the QuotationMarks type'
  }
]

/** The allow-list entry of a list found, if any. */
const allowance = (file: string, words: string[]) =>
  allowed.find((entry) => entry.file === file && `${words.join(' ')} `.startsWith(`${entry.words} `))

describe('inline word lists (scripts/word-lists.mjs)', () => {
  it(`should find no list of ${MIN_WORDS} or more words in src/ outside src/lexicon/ but the allowed ones`, () => {
    const found = findWordLists([path.join(root, 'src')], {min: MIN_WORDS}).map((list) => ({
      ...list,
      file: path.relative(root, list.file).split(path.sep).join('/')
    }))
    const stray = found
      .filter((list) => !allowance(list.file, list.words))
      .map((list) => `${list.file}:${list.line} ${list.kind}: ${list.words.join(' ')}`)
    expect(
      stray,
      'move these lists to src/lexicon/ (named for what they hold), or allow them here with a reason'
    ).toEqual([])
  })

  it('should keep no allow-list entry that no longer matches a list', () => {
    const used = new Set(
      findWordLists([path.join(root, 'src')], {min: MIN_WORDS}).map((list) =>
        allowance(path.relative(root, list.file).split(path.sep).join('/'), list.words)
      )
    )
    expect(allowed.filter((entry) => !used.has(entry)).map((entry) => `${entry.file}: ${entry.words}`)).toEqual([])
  })

  describe('the finder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wirestory-word-lists-'))
    afterAll(() => rmSync(dir, {recursive: true, force: true}))
    const write = (relative: string, text: string) => {
      const file = path.join(dir, relative)
      mkdirSync(path.dirname(file), {recursive: true})
      writeFileSync(file, text)
      return file
    }

    it('should find a Set of words, a regular expression of words and a chain of comparisons', () => {
      const file = write(
        'src/speakers/sample.ts',
        [
          "const weekdays = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'])",
          'const verbRe = /\\b(?:said|says|told|added|noted)\\b/i',
          "const isLink = (w: string) => w === 'and' || w === 'or' || w === 'but' || w === 'nor' || w === 'yet'",
          ''
        ].join('\n')
      )
      const lists = findWordLists([file], {min: 5})
      expect(lists.map((list) => [list.line, list.kind, list.words.join(' ')])).toEqual([
        [1, 'array', 'monday tuesday wednesday thursday friday'],
        [2, 'regex', 'said says told added noted'],
        [3, 'comparisons', 'and or but nor yet']
      ])
    })

    it('should pass over short lists, sentences, non-words and files under src/lexicon/', () => {
      const code = write(
        'short/src/quotes/sample.ts',
        [
          "const kinds = ['a', 'b']",
          "const examples = ['The bank said it expected to raise rates.', 'Results are expected on Monday.', 'x', 'y', 'z']",
          "const marks = ['«', '»', '“', '”', '„']",
          'const digits = /^(?:\\d+|\\d+\\.\\d+|[ivx]+)$/',
          ''
        ].join('\n')
      )
      const lexicon = write(
        'src/lexicon/sample.ts',
        "export const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday']\n"
      )
      expect(findWordLists([code, lexicon], {min: 3})).toEqual([])
      expect(findWordLists([path.join(dir, 'short')], {min: 3})).toEqual([])
    })
  })
})

import {readFileSync} from 'node:fs'
import type {Root as NlcstRoot, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextKeywords from 'retext-keywords'
import retextPos from 'retext-pos'
import retextReadability from 'retext-readability'
import retextRepeatedWords from 'retext-repeated-words'
import type {Plugin} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {
  parseArticle,
  parseArticleAsync,
  type Analyzer,
  type Article,
  type ArticlePlugin,
  type Paragraph
} from '../../src/index.js'

const story = readFileSync(new URL('../../fixtures/tass/belgrade-relations.txt', import.meta.url), 'utf8')

function paragraphs(article: Article): Paragraph[] {
  return article.children.filter((child): child is Paragraph => child.type === 'paragraph')
}

function words(tree: {children: unknown[]}): Word[] {
  const found: Word[] = []
  const walk = (node: {type: string; children?: unknown[]}): void => {
    if (node.type === 'WordNode') found.push(node as Word)
    else if (node.children) for (const child of node.children) walk(child as {type: string; children?: unknown[]})
  }
  walk(tree as {type: string; children: unknown[]})
  return found
}

describe('plugins: retext analyzers over the story', () => {
  test('a probe’s message on a word lands on the VFile with a place that slices the input to the word', () => {
    const probe: Analyzer = function probe() {
      return (tree, file) => {
        const word = words(tree).find((node) => toString(node) === 'Brussels')
        expect(word).toBeDefined()
        file.message('Saw `Brussels`', {place: word!.position, ruleId: 'brussels', source: 'probe'})
      }
    }
    const file = new VFile({value: story})
    parseArticle(file, {plugins: [probe]})
    const message = file.messages.find((item) => item.source === 'probe')
    expect(message).toBeDefined()
    const place = message!.place as {start: {offset: number}; end: {offset: number}}
    expect(story.slice(place.start.offset, place.end.offset)).toBe('Brussels')
    expect(message!.line).toBe(story.slice(0, place.start.offset).split('\n').length)
  })

  test('the tree the analyzers get holds the article’s own paragraph content', () => {
    let seen: NlcstRoot | undefined
    const grab: Analyzer = () => (tree) => {
      seen = tree
    }
    const article = parseArticle(story, {plugins: [grab]})
    expect(seen!.type).toBe('RootNode')
    const views = seen!.children.filter((child) => child.type === 'ParagraphNode')
    const own = paragraphs(article)
    expect(views).toHaveLength(own.length)
    views.forEach((view, index) => {
      expect((view as {children: unknown}).children).toBe(own[index].children)
      expect(view.position).toEqual(own[index].position)
    })
    // White space between paragraphs is the article's own nodes.
    for (const child of seen!.children) {
      if (child.type === 'WhiteSpaceNode') expect(article.children).toContain(child)
    }
    // The root's text is the input from the first paragraph to the last.
    const start = seen!.position!.start.offset!
    const end = seen!.position!.end.offset!
    expect(toString(seen!)).toBe(story.slice(start, end))
  })

  test('three retext plugins from npm: pos + keywords data, repeated-words and readability messages', () => {
    const value = story + '\nThe the meeting ended.\n'
    const file = new VFile({value})
    const article = parseArticle(file, {
      plugins: [retextPos, retextKeywords, retextRepeatedWords, [retextReadability, {age: 12}]]
    })
    // retext-keywords reads retext-pos's tags and leaves its result on the caller's file.
    expect(file.data.keywords?.length).toBeGreaterThan(0)
    const stems = file.data.keywords!.map((keyword) => keyword.stem)
    expect(stems).toContain('trade')
    expect(file.data.keyphrases?.length).toBeGreaterThan(0)
    // Part-of-speech tags are on the article's words.
    const first = words(paragraphs(article)[0])[0]
    expect(first.data?.partOfSpeech).toBeTypeOf('string')

    const repeated = file.messages.find((message) => message.source === 'retext-repeated-words')
    expect(repeated).toBeDefined()
    const place = repeated!.place as {start: {offset: number}; end: {offset: number}}
    expect(value.slice(place.start.offset, place.end.offset)).toBe('The the')

    const readability = file.messages.filter((message) => message.source === 'retext-readability')
    expect(readability.length).toBeGreaterThan(0)
    for (const message of readability) {
      const span = message.place as {start: {offset: number}; end: {offset: number}}
      // Each is a sentence of the story: it slices to text that ends a sentence.
      expect(value.slice(span.start.offset, span.end.offset)).toMatch(/^\S[\s\S]*\S$/)
    }
  })

  test('data set on the nlcst paragraph and root lands on the article paragraph and article', () => {
    const mark: Analyzer = () => (tree) => {
      tree.data = {...tree.data, marked: 'root'} as typeof tree.data
      for (const child of tree.children) {
        if (child.type === 'ParagraphNode') child.data = {marked: 'paragraph'} as typeof child.data
      }
    }
    const article = parseArticle(story, {plugins: [mark]})
    expect((article.data as Record<string, unknown>).marked).toBe('root')
    for (const paragraph of paragraphs(article)) {
      expect((paragraph.data as Record<string, unknown>).marked).toBe('paragraph')
    }
  })

  test('a string input gets a file of its own; `[plugin, options]` tuples and presets work', () => {
    const seen: unknown[] = []
    const record: Plugin<[{tag: string}?], NlcstRoot> = function record(options) {
      return () => {
        seen.push(options?.tag)
      }
    }
    parseArticle(story, {plugins: [[record, {tag: 'a'}], {plugins: [[record, {tag: 'b'}]]}]})
    // unified merges repeated attachers: one run, with merged options.
    expect(seen).toEqual(['b'])
  })
})

describe('parseArticleAsync', () => {
  const slow: Analyzer = function slowTagger() {
    return async (tree) => {
      await new Promise((resolve) => setTimeout(resolve, 5))
      for (const word of words(tree)) word.data = {...word.data, seenBySlowTagger: true} as typeof word.data
    }
  }

  test('runs async analyzers and article plugins; same article as the sync parse', async () => {
    const file = new VFile({value: story})
    const tagCount: ArticlePlugin = function tagCount() {
      return async (article, file_) => {
        await Promise.resolve()
        file_.data.wirestoryQuotationCount = article.quotations.length
      }
    }
    const article = await parseArticleAsync(file, {plugins: [slow], articlePlugins: [tagCount]})
    const all = words(paragraphs(article)[0])
    expect(all.every((word) => (word.data as Record<string, unknown>).seenBySlowTagger)).toBe(true)
    expect(file.data.wirestoryQuotationCount).toBe(article.quotations.length)

    const sync = parseArticle(story)
    expect(JSON.parse(JSON.stringify(sync.quotations))).toEqual(JSON.parse(JSON.stringify(article.quotations)))
    expect(sync.children.map((child) => child.type)).toEqual(article.children.map((child) => child.type))
  })

  test('callback-style transformers run too', async () => {
    const callback: Analyzer = function callbackStyle() {
      return (_tree, file, next) => {
        setTimeout(() => {
          file.data.wirestoryCallback = true
          next()
        }, 1)
      }
    }
    const file = new VFile({value: story})
    await parseArticleAsync(file, {plugins: [callback]})
    expect(file.data.wirestoryCallback).toBe(true)
    expect(() => parseArticle(story, {plugins: [callback]})).toThrow(/`callbackStyle` is async.*parseArticleAsync/)
  })

  test('sync parseArticle with an async plugin throws a clear error naming the fix', () => {
    expect(() => parseArticle(story, {plugins: [slow]})).toThrow(
      /analyzer `slowTagger` is async, so `parseArticle` cannot run it; use `parseArticleAsync` instead/
    )
    const asyncArticle: ArticlePlugin = function asyncArticle() {
      return async () => {}
    }
    expect(() => parseArticle(story, {articlePlugins: [asyncArticle]})).toThrow(
      /article plugin `asyncArticle` is async.*parseArticleAsync/
    )
  })

  test('bad input rejects instead of throwing', async () => {
    await expect(parseArticleAsync(42 as unknown as string)).rejects.toThrow(TypeError)
  })
})

declare module 'vfile' {
  interface DataMap {
    wirestoryQuotationCount: number
    wirestoryCallback: boolean
  }
}

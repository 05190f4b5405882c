import {readFileSync} from 'node:fs'
import {toString} from 'nlcst-to-string'
import {describe, expect, test} from 'vitest'
import {nlcstUnder, parseArticle, toNlcst, type Article, type Paragraph} from '../../src/index.js'

const story = readFileSync(new URL('../../fixtures/tass/belgrade-relations.txt', import.meta.url), 'utf8')

function paragraphs(article: Article): Paragraph[] {
  return article.children.filter((child): child is Paragraph => child.type === 'paragraph')
}

describe('nlcstUnder', () => {
  const article = parseArticle(story)

  test('a paragraph: its own sentences and white space', () => {
    for (const paragraph of paragraphs(article)) {
      expect(nlcstUnder(article, paragraph)).toEqual(paragraph.children)
      const sentences = nlcstUnder(article, paragraph, 'SentenceNode')
      expect(sentences.length).toBeGreaterThan(0)
      for (const sentence of sentences) expect(paragraph.children).toContain(sentence)
    }
  })

  test('a quotation: the words between its marks, the very nodes the article holds', () => {
    expect(article.quotations.length).toBeGreaterThan(0)
    for (const quotation of article.quotations) {
      const words = nlcstUnder(article, quotation, 'WordNode')
      const start = quotation.position.start.offset!
      const end = quotation.position.end.offset!
      expect(words.length).toBeGreaterThan(0)
      for (const word of words) {
        expect(word.type).toBe('WordNode')
        expect(word.position!.start.offset!).toBeGreaterThanOrEqual(start)
        expect(word.position!.end.offset!).toBeLessThanOrEqual(end)
        expect(story.slice(word.position!.start.offset, word.position!.end.offset)).toBe(toString(word))
      }
      // The top-most nodes cover the quotation's text exactly.
      const covering = nlcstUnder(article, quotation)
      expect(covering.map((node) => toString(node)).join('')).toBe(quotation.value)
    }
    const first = nlcstUnder(article, article.quotations[0], 'WordNode')
    expect(first.slice(0, 3).map((word) => toString(word))).toEqual(['Our', 'economies', 'need'])
    // Same objects as in the paragraph.
    const holder = paragraphs(article).find((paragraph) => JSON.stringify(paragraph.children).includes('"economies"'))!
    const sentence = holder.children.find((child) => child.type === 'SentenceNode')!
    expect(sentence.type === 'SentenceNode' && sentence.children).toContain(first[1])
  })

  test('the article: every paragraph’s content; a non-paragraph block: nothing', () => {
    const all = nlcstUnder(article, article)
    expect(all).toEqual(paragraphs(article).flatMap((paragraph) => paragraph.children))
    const dateline = article.children.find((child) => child.type === 'dateline')!
    // The dateline shares no characters with a paragraph.
    const inDateline = nlcstUnder(article, dateline)
    for (const node of inDateline) {
      expect(node.position!.start.offset!).toBeGreaterThanOrEqual(dateline.position.start.offset!)
    }
  })

  test('a node without offsets is a TypeError', () => {
    expect(() => nlcstUnder(article, {})).toThrow(TypeError)
    expect(() => nlcstUnder(article, {position: {start: {line: 1, column: 1}, end: {line: 1, column: 2}}})).toThrow(
      TypeError
    )
  })
})

describe('toNlcst', () => {
  test('builds a RootNode of paragraph views without reading paragraph children', () => {
    const article = parseArticle(story)
    // Make each paragraph lazy again and count reads of `children`.
    let reads = 0
    for (const paragraph of paragraphs(article)) {
      const children = paragraph.children
      Object.defineProperty(paragraph, 'children', {
        configurable: true,
        enumerable: true,
        get() {
          reads++
          return children
        }
      })
    }
    const root = toNlcst(article)
    expect(reads).toBe(0)
    expect(root.type).toBe('RootNode')
    const views = root.children.filter((child) => child.type === 'ParagraphNode')
    expect(views).toHaveLength(paragraphs(article).length)
    // JSON of the root is the nlcst of the story's paragraphs.
    const json = JSON.parse(JSON.stringify(root))
    expect(reads).toBe(views.length)
    expect(json.children[0].type).toBe('ParagraphNode')
    expect(json.children[0].children[0].type).toBe('SentenceNode')
  })

  test('an article without paragraphs gives an empty root', () => {
    const article = parseArticle('')
    const root = toNlcst(article)
    expect(root.children).toEqual([])
    expect(root.position).toEqual(article.position)
  })

  test('toNlcst throws a TypeError for something that is not an article', () => {
    expect(() => toNlcst(null as never)).toThrow(
      new TypeError(
        'wirestory: expected the `article` of `toNlcst` to be an article tree from `parseArticle`, not `null`'
      )
    )
    expect(() => toNlcst({type: 'RootNode', children: []} as never)).toThrow(/not a `RootNode` node/)
    expect(() => toNlcst({type: 'article'} as never)).toThrow(/its `children` is `undefined`, not an array/)
  })

  test('paragraph views read and write the paragraph, with no closure of their own', () => {
    const article = parseArticle(story)
    const [first, second] = toNlcst(article).children.filter((child) => child.type === 'ParagraphNode')
    const [paragraph] = paragraphs(article)
    expect(Object.keys(first)).toEqual(['type', 'position', 'children', 'data'])
    expect(first.children).toBe(paragraph.children)
    first.data = {checked: true} as typeof first.data
    expect(paragraph.data).toEqual({checked: true})
    first.children = []
    expect(paragraph.children).toEqual([])
    // The accessors are shared between views.
    expect(Object.getOwnPropertyDescriptor(first, 'children')!.get).toBe(
      Object.getOwnPropertyDescriptor(second, 'children')!.get
    )
  })
})

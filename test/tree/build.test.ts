import {describe, expect, it} from 'vitest'
import {parseArticle, type Paragraph} from '../../src/index.js'
import {readCredits} from '../../src/tree/build.js'

const story = 'MOSCOW, May 5. /TASS/. The talks went on.\n\nThey ended late.\n\n"We are ready," the minister said.'

function paragraphsOf(input: string): Paragraph[] {
  return parseArticle(input).children.filter((child): child is Paragraph => child.type === 'paragraph')
}

describe('lazy paragraphs', () => {
  it('are plain objects whose `children` is an own enumerable property', () => {
    const [paragraph] = paragraphsOf(story)
    expect(Object.getPrototypeOf(paragraph)).toBe(Object.prototype)
    expect(Object.keys(paragraph)).toEqual(['type', 'position', 'children'])
    const descriptor = Object.getOwnPropertyDescriptor(paragraph, 'children')!
    expect(descriptor.enumerable).toBe(true)
    expect(typeof descriptor.get).toBe('function')
  })

  it('tokenize once on first read, then hold a plain property', () => {
    const [paragraph] = paragraphsOf(story)
    const children = paragraph.children
    expect(children.map((child) => child.type)).toEqual(['SentenceNode'])
    expect(paragraph.children).toBe(children)
    expect(Object.getOwnPropertyDescriptor(paragraph, 'children')).toMatchObject({
      value: children,
      writable: true,
      enumerable: true
    })
  })

  it('tokenize for JSON.stringify and structuredClone', () => {
    const [, paragraph] = paragraphsOf(story)
    expect(JSON.parse(JSON.stringify(paragraph)).children[0].type).toBe('SentenceNode')
    const [, other] = paragraphsOf(story)
    const [sentence] = structuredClone(other).children
    expect(sentence.type === 'SentenceNode' && sentence.children[0]).toMatchObject({type: 'WordNode'})
  })

  it('take a new `children` before and after tokenizing', () => {
    const [first, second] = paragraphsOf(story)
    first.children = []
    expect(first.children).toEqual([])
    void second.children
    second.children = []
    expect(second.children).toEqual([])
  })

  it('share the accessor functions (one hidden class, no closure a paragraph)', () => {
    const [first, second] = paragraphsOf(story)
    expect(Object.getOwnPropertyDescriptor(first, 'children')!.get).toBe(
      Object.getOwnPropertyDescriptor(second, 'children')!.get
    )
  })

  it('share the point where one node ends and the next starts, each point right', () => {
    const article = parseArticle(story)
    const [paragraph, space] = article.children.slice(1)
    expect(paragraph.position.end).toBe(space.position.start)
    expect(space.position.start).toEqual({line: 1, column: 42, offset: 41})
    expect(story.slice(41, 43)).toBe('\n\n')
  })
})

describe('readCredits', () => {
  it('reads roles and names', () => {
    expect(readCredits('(Reporting by Jane Doe and John Roe; Editing by Ann Poe)')).toEqual({
      reporting: ['Jane Doe', 'John Roe'],
      editing: ['Ann Poe']
    })
  })

  it('takes a role named like a property of every object as a role (it threw before)', () => {
    const roles = readCredits('(Reporting by Jane Doe; Constructor by John Roe)')
    expect(Object.keys(roles)).toEqual(['reporting', 'constructor'])
    expect(roles.constructor).toEqual(['John Roe'])
    const article = parseArticle(
      'LONDON (Reuters) - Prices rose on Monday.\n\n(Reporting by Jane Doe; Constructor by John Roe)'
    )
    expect(article.children.at(-1)?.type).toBe('trailer')
  })
})

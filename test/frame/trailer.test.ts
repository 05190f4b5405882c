import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/parse.js'
import {toRecord} from '../../src/record.js'
import type {Article, Trailer, TrailerContent} from '../../src/ast.js'
import {endMarks} from '../../src/lexicon/trailer-marks.js'

function trailerOf(article: Article): Trailer | undefined {
  return article.children.find((child): child is Trailer => child.type === 'trailer')
}

function items(input: string): Array<[string, string]> {
  const trailer = trailerOf(parseArticle(input))
  if (!trailer) return []
  return trailer.children
    .filter((child: TrailerContent) => child.type !== 'WhiteSpaceNode')
    .map((child) => [child.type, 'value' in child ? child.value : ''])
}

describe('trailer', () => {
  it('reads the 1987 sign-off and gives the agency', () => {
    const input = 'BONN, March 3 - The mark rose.\n    Dealers were calm.\n Reuter\n'
    expect(items(input)).toEqual([['signOff', 'Reuter']])
    expect(toRecord(parseArticle(input)).agency).toBe('Reuters')
  })

  it.each([
    ['REUTER', 'REUTER'],
    ['reuter', 'reuter'],
    ['REUTER...^M', 'REUTER...^M'],
    ['Reuter^M', 'Reuter^M'],
    ['REUITER', 'REUITER'],
    ['RUTER', 'RUTER']
  ])('sign-off variant %s', (line, value) => {
    const input = 'BONN, March 3 - The mark rose.\n' + line + '\n'
    expect(items(input)).toEqual([['signOff', value]])
    expect(toRecord(parseArticle(input)).agency).toBe('Reuters')
  })

  it('reads a sign-off at the end of the last line', () => {
    expect(items('BONN, March 3 - The mark rose by a penny. REUTER\n')).toEqual([['signOff', 'REUTER']])
    expect(items('BONN, March 3 - Rye 12.5 (11.0).      REUTER\n')).toEqual([['signOff', 'REUTER']])
    expect(toRecord(parseArticle('BONN, March 3 - Rye 12.5 (11.0).      REUTER\n')).agency).toBe('Reuters')
  })

  it('does not take a last word for a sign-off inside a sentence', () => {
    expect(items('BONN, March 3 - The mark rose, a trader told Reuter\n')).toEqual([])
  })

  it('reads credits on their own line and at the end of the last paragraph', () => {
    const own = 'PARIS (Reuters) - Stocks rose.\n\n(Reporting by Jane Doe; Editing by John Roe)'
    expect(items(own)).toEqual([['credits', '(Reporting by Jane Doe; Editing by John Roe)']])
    const glued = 'PARIS (Reuters) - Stocks rose. (Reporting by Jane Doe; Editing by John Roe)'
    expect(items(glued)).toEqual([['credits', '(Reporting by Jane Doe; Editing by John Roe)']])
    const article = parseArticle(glued)
    const credits = trailerOf(article)?.children.find((child) => child.type === 'credits')
    expect(credits && 'roles' in credits ? credits.roles : null).toEqual({
      reporting: ['Jane Doe'],
      editing: ['John Roe']
    })
    expect(toRecord(article).paragraphs).toBe(1)
  })

  it('reads copyright lines, More and end marks', () => {
    expect(items('WASHINGTON (AP) — The vote passed.\n\nCopyright 2024 The Wire. All rights reserved.')).toEqual([
      ['copyright', 'Copyright 2024 The Wire. All rights reserved.']
    ])
    expect(items('NEW YORK, March 9 - The talks went on.\n More\n')).toEqual([['more', 'More']])
    expect(items('NEW YORK, March 9 - The talks went on.\n MORE\n')).toEqual([['more', 'MORE']])
    expect(items('BEIJING, Sept. 6 (Xinhua) -- The line opened.\n\n###')).toEqual([['endMark', '###']])
    expect(items('BEIJING, Sept. 6 (Xinhua) -- The line opened.\n-0-')).toEqual([['endMark', '-0-']])
    expect(items('BEIJING, Sept. 6 (Xinhua) -- The line opened.\nENDS')).toEqual([['endMark', 'ENDS']])
  })

  it.each(endMarks)('reads the listed end mark %s', (mark) => {
    expect(items('BEIJING, Sept. 6 (Xinhua) -- The line opened.\n' + mark + '\n')).toEqual([['endMark', mark]])
  })

  it.each(['Ends', '(End)', 'XX', '####', '-30'])('does not read %s as an end mark', (line) => {
    expect(items('BEIJING, Sept. 6 (Xinhua) -- The line opened.\n' + line + '\n')).toEqual([])
  })

  it('reads several items in order', () => {
    const input = 'PARIS (Reuters) - Stocks rose.\n(Reporting by Jane Doe)\nREUTER\n-0-\n'
    expect(items(input)).toEqual([
      ['credits', '(Reporting by Jane Doe)'],
      ['signOff', 'REUTER'],
      ['endMark', '-0-']
    ])
  })

  it('is absent when the story just ends', () => {
    expect(items('PARIS (Reuters) - Stocks rose on Monday.\n\n')).toEqual([])
  })
})

import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/parse.js'
import {toRecord} from '../../src/record.js'
import {splitParagraphs} from '../../src/frame/paragraphs.js'
import type {Paragraph} from '../../src/ast.js'

function paragraphs(input: string): string[] {
  const article = parseArticle(input)
  return article.children
    .filter((child): child is Paragraph => child.type === 'paragraph')
    .map((child) => input.slice(child.position.start.offset, child.position.end.offset))
}

describe('paragraphs', () => {
  it('split at blank lines, after the dateline', () => {
    const input = 'date 2024-09-06\nBELGRADE, September 6. /TASS/. One came.\n\nTwo went.\n\nThree stayed.\n'
    expect(paragraphs(input)).toEqual(['One came.', 'Two went.', 'Three stayed.'])
    expect(toRecord(parseArticle(input)).paragraphs).toBe(3)
  })

  it('split at indented lines (1987 Reuters copy), joining wrapped lines', () => {
    const input =
      'NEW YORK, March 3 - The company said sales rose\nin the quarter.\n    It gave no other\ndetails.\n    Shares were flat.\n Reuter\n'
    expect(paragraphs(input)).toEqual([
      'The company said sales rose\nin the quarter.',
      'It gave no other\ndetails.',
      'Shares were flat.'
    ])
  })

  it('treat hard-wrapped lines without blank lines as one paragraph', () => {
    const input = 'WASHINGTON _ The economy grew at a pace\nthat surprised most of the\nforecasters on the street.'
    expect(paragraphs(input)).toHaveLength(1)
  })

  it('treat one sentence a line as one paragraph a line', () => {
    const input = 'PARIS (AFP) - The rain stopped.\nThe sun came out.\nPeople went out.'
    expect(paragraphs(input)).toEqual(['The rain stopped.', 'The sun came out.', 'People went out.'])
  })

  it('handle CRLF line breaks', () => {
    const input = 'PARIS (AFP) - One.\r\n\r\nTwo.\r\n\r\nThree.\r\n'
    expect(paragraphs(input)).toEqual(['One.', 'Two.', 'Three.'])
  })

  it('stop before the trailer', () => {
    const input = 'PARIS (Reuters) - One.\n\nTwo.\n\n(Reporting by Jane Doe)\n'
    expect(paragraphs(input)).toEqual(['One.', 'Two.'])
  })

  it('keep the headline and byline out of the body', () => {
    const input =
      'Ships wait outside the port\nBy Jane Doe\nRAFAH, Gaza Strip, Nov. 25 (Xinhua) -- The crossing opened.\n\nTrucks went in.'
    expect(paragraphs(input)).toEqual(['The crossing opened.', 'Trucks went in.'])
  })

  it('cover a story with no dateline', () => {
    expect(paragraphs('It was a quiet day.\n\nNothing happened.')).toEqual(['It was a quiet day.', 'Nothing happened.'])
  })

  it('are empty for empty or blank text', () => {
    expect(splitParagraphs('', 0, 0)).toEqual([])
    expect(splitParagraphs(' \n\t\n ', 0, 5)).toEqual([])
  })
})

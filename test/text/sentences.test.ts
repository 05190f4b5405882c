import {describe, expect, it} from 'vitest'
import {
  endsSentenceBefore,
  gapEndsSentence,
  gapEndsSentenceOrLine,
  lastSentenceBreak,
  opensSentence,
  periodCloses,
  sentenceEndAfter,
  sentenceRanges,
  sentencesOf,
  sentenceStartBefore,
  stopEndsSentence,
  stopGap,
  stopThenSpace
} from '../../src/text/sentences.js'
import {tokenize} from '../../src/text/tokens.js'

/** The sentences of a one-paragraph text, as strings. */
function sentences(text: string): string[] {
  const list = sentencesOf(sentenceRanges(text, tokenize(text), [{start: 0, end: text.length}]), 0)
  return list.map((range) => text.slice(range.start, range.end))
}

describe('sentenceRanges', () => {
  it('cuts after a stop and white space; the gap belongs to the sentence before', () => {
    expect(sentences('The mill closed. Workers left! Why? Nobody knows.')).toEqual([
      'The mill closed. ',
      'Workers left! ',
      'Why? ',
      'Nobody knows.'
    ])
  })

  it('keeps abbreviations and initials inside their sentence', () => {
    expect(sentences('Sen. Ada Lind of the U.S. Senate spoke. Then she left.')).toEqual([
      'Sen. Ada Lind of the U.S. Senate spoke. ',
      'Then she left.'
    ])
  })

  it('does not cut before a lower-case word on the same line (the stop closed an abbreviation)', () => {
    expect(sentences('Sen. Ada Lind (D-Ore.) said the plan was late. Then she left.')).toEqual([
      'Sen. Ada Lind (D-Ore.) said the plan was late. ',
      'Then she left.'
    ])
    expect(sentences('He met Gov. Ann Lee (R-Fla.) and she agreed. Then he left.')).toEqual([
      'He met Gov. Ann Lee (R-Fla.) and she agreed. ',
      'Then he left.'
    ])
    expect(sentences('It ended (in May.)\nand then it began.')).toEqual(['It ended (in May.)\n', 'and then it began.'])
  })

  it('cuts after closing marks and dashes that follow the stop', () => {
    expect(sentences('“It is over.” She left.')).toEqual(['“It is over.” ', 'She left.'])
    expect(sentences('He stopped.-- Then went on.')).toEqual(['He stopped.-- ', 'Then went on.'])
  })

  it('gives one range a paragraph even without a stop, and none for an empty paragraph', () => {
    const text = 'no stop here\n\nTwo. Sentences.'
    const tokens = tokenize(text)
    const ranges = sentenceRanges(text, tokens, [
      {start: 0, end: 12},
      {start: 12, end: 14},
      {start: 14, end: text.length}
    ])
    expect([0, 1, 2].map((p) => sentencesOf(ranges, p).map((range) => text.slice(range.start, range.end)))).toEqual([
      ['no stop here'],
      ['\n\n'],
      ['Two. ', 'Sentences.']
    ])
    expect([...ranges.first]).toEqual([0, 1, 2, 4])
  })
})

describe('gaps between two words', () => {
  it('stopThenSpace: a stop, then white space anywhere after it', () => {
    const text = 'a." b'
    expect(stopThenSpace(text, 1, 4)).toBe(true)
    expect(stopThenSpace('a, b', 1, 3)).toBe(false)
    expect(stopThenSpace('a.b', 1, 2)).toBe(false)
  })

  it('gapEndsSentence: closers only between the stop and the space; a blank line; a stop ending the gap', () => {
    expect(gapEndsSentence('.” ')).toBe(true)
    expect(gapEndsSentence('.-- ')).toBe(false)
    expect(gapEndsSentence('\n\n')).toBe(true)
    expect(gapEndsSentence('\n')).toBe(false)
    expect(gapEndsSentence('."')).toBe(true)
    expect(gapEndsSentence(', ')).toBe(false)
  })

  it('endsSentenceBefore: a period before a lower-case word ends no sentence, unless the line breaks', () => {
    const text = 'Rep. Ada Lind (D-Md.) said it. Then she left.\nand so on'
    const tokens = tokenize(text)
    const said = tokens.start.indexOf(text.indexOf('said'))
    const then = tokens.start.indexOf(text.indexOf('Then'))
    const and = tokens.start.indexOf(text.indexOf('and'))
    expect(endsSentenceBefore(text, ') ', tokens, said)).toBe(false)
    expect(endsSentenceBefore(text, '. ', tokens, said)).toBe(false)
    expect(endsSentenceBefore(text, '. ', tokens, then)).toBe(true)
    expect(endsSentenceBefore(text, '.\n', tokens, and)).toBe(true)
    expect(endsSentenceBefore(text, '. ')).toBe(true)
  })

  it('stopEndsSentence needs a stop; gapEndsSentenceOrLine takes any line break', () => {
    expect(stopEndsSentence('\n\n')).toBe(false)
    expect(stopEndsSentence('. ')).toBe(true)
    expect(gapEndsSentenceOrLine('\n')).toBe(true)
    expect(gapEndsSentenceOrLine(', ')).toBe(false)
  })

  it('at the marks: a period inside the closing mark, a stop right after it', () => {
    const text = '"It caused death." Then'
    expect(periodCloses(text, 13, 17)).toBe(true)
    expect(periodCloses('"Yes," he', 1, 5)).toBe(false)
    expect(stopGap('. ')).toBe(true)
    expect(stopGap(', ')).toBe(false)
  })
})

describe('character scans', () => {
  it('sentenceStartBefore skips abbreviations and stops at a line break', () => {
    const text = 'It rained. Sen. Lind said "no"'
    expect(text.slice(sentenceStartBefore(text, 0, text.indexOf('"'), 300))).toBe('Sen. Lind said "no"')
    const lines = 'first line\nsecond "x"'
    expect(sentenceStartBefore(lines, 0, lines.indexOf('"'), 300)).toBe(11)
    expect(sentenceStartBefore(text, 0, text.indexOf('"'), 5)).toBe(text.indexOf('"') - 5)
  })

  it('sentenceEndAfter ends after a stop before white space, or at a line break', () => {
    const text = '"x" he said. Then more'
    expect(text.slice(0, sentenceEndAfter(text, 3, text.length, 300))).toBe('"x" he said.')
    expect(sentenceEndAfter('"x" and\nmore', 3, 12, 300)).toBe(7)
    expect(sentenceEndAfter('"x" and on and on', 3, 17, 4)).toBe(7)
  })

  it('lastSentenceBreak: the last stop before a capital, within the stretch', () => {
    const text = 'One. Two. three. "Four'
    expect(lastSentenceBreak(text, 0, text.length)).toBe(text.indexOf('"'))
    expect(lastSentenceBreak(text, 0, 9)).toBe(5)
    expect(lastSentenceBreak('no break here', 0, 13)).toBe(-1)
  })

  it('opensSentence: only spaces, opening marks and brackets back to a stop, colon, dash or line break', () => {
    const text = 'He said: "Rain. (Wind" — Snow and\nHail'
    const tokens = tokenize(text)
    const at = (word: string) => tokens.start.indexOf(text.indexOf(word))
    expect(opensSentence(text, tokens, at('He'))).toBe(true)
    expect(opensSentence(text, tokens, at('Rain'))).toBe(true)
    expect(opensSentence(text, tokens, at('Wind'))).toBe(true)
    expect(opensSentence(text, tokens, at('Snow'))).toBe(true)
    expect(opensSentence(text, tokens, at('Hail'))).toBe(true)
    expect(opensSentence(text, tokens, at('said'))).toBe(false)
    expect(opensSentence(text, tokens, at('and'))).toBe(false)
  })
})

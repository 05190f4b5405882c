import {describe, expect, it} from 'vitest'
import {subjectAfter} from '../../src/attribution/cues.js'
import {parseArticle} from '../../src/parse.js'
import {toRecord} from '../../src/record.js'
import {lowerAt, tokenize} from '../../src/text/tokens.js'

// Sentences written for these tests.

/** The subject read after the first `said` of `text` (opening: read from the first token). */
function afterSaid(text: string, opening = false): string | null {
  const tokens = tokenize(text)
  let at = 0
  if (!opening) while (lowerAt(tokens, at) !== 'said') at++
  const phrase = subjectAfter(text, tokens, opening ? 0 : at + 1, tokens.length, undefined, opening)
  return phrase ? text.slice(tokens.start[phrase.from], tokens.end[phrase.to - 1]) : null
}

function speakers(text: string): Array<string | null> {
  return toRecord(parseArticle(text)).quotes.map((quote) => quote.speaker)
}

describe('subjectAfter: a proper name used as a modifier before the head', () => {
  it('keeps the head noun after the name (`the United States native`, `the eight-time Grand Slam winner`)', () => {
    expect(afterSaid('"Fine," said the New Zealand native, who won twice.')).toBe('the New Zealand native')
    expect(afterSaid('"Fine," said the Tour de France winner on Sunday.')).toBe('the Tour de France winner')
    expect(afterSaid('The three-time Open winner, ranked 4th, said it.', true)).toBe('The three-time Open winner')
  })

  it('stops at the name when the next word is a verb or the word after it goes on as a noun phrase', () => {
    expect(afterSaid('"Fine," said the United States would veto it.')).toBe('the United States')
    expect(afterSaid('"Fine," said the Kremlin later that day.')).toBe('the Kremlin')
    expect(afterSaid('"Fine," said the Velmar farmer union.')).toBe('the Velmar')
    expect(afterSaid('"Fine," said a Velmar driver.')).toBe('a Velmar')
  })

  it('gives the quotation to the person the description refers to, not to the name inside it', () => {
    const story = [
      'Tomas Ferrand pulled out of the race on Monday.',
      '',
      '"My knee is sore," said Ferrand after the draw.',
      '',
      '"I could not turn at all," said the Swiss native, who has raced for ten years.',
      '',
      'The four-time World Cup winner, ranked 3rd in the standings, shook his head and said: "I will be back in March."'
    ].join('\n')
    expect(speakers(story)).toEqual(['Tomas Ferrand', 'Tomas Ferrand', 'Tomas Ferrand'])
  })
})

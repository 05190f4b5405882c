import {describe, expect, it} from 'vitest'
import {defaultLexicon} from '../../src/speakers/lexicon.js'
import {isMixedCase, lowerWords} from '../../src/speakers/case-words.js'
import {findMentions, type FoundName} from '../../src/speakers/mentions.js'
import {quotedRanges, tokensOf} from './helpers.js'

/** What the scan finds in `text`: names as `kind:name[/title]`, singles as `single:word`, pronoun votes. */
function found(text: string): string[] {
  const tokens = tokensOf(text)
  const seen = lowerWords(tokens)
  const result = findMentions(text, tokens, quotedRanges(text), 0, defaultLexicon, seen, isMixedCase(seen))
  const names = result.events.map((event) =>
    event.type === 'pronoun'
      ? 'pronoun:' + event.gender
      : event.kind + ':' + event.name + (event.title ? '/' + event.title : '')
  )
  const singles = result.singles.map(
    (single) => 'single:' + text.slice(tokens.start[single.nameFrom], tokens.end[single.nameFrom])
  )
  return [...names, ...singles]
}

function names(text: string): FoundName[] {
  const tokens = tokensOf(text)
  const seen = lowerWords(tokens)
  return findMentions(text, tokens, quotedRanges(text), 0, defaultLexicon, seen, isMixedCase(seen)).events.filter(
    (event): event is FoundName => event.type === 'name'
  )
}

describe('findMentions', () => {
  it('splits a title from a name, and keeps it', () => {
    expect(found('Serbian Deputy Prime Minister Aleksandar Vulin said on Monday.')).toEqual([
      'name:Aleksandar Vulin/Serbian Deputy Prime Minister'
    ])
  })

  it('reads no body in a head alone that opens its sentence and the story writes in lower case', () => {
    expect(found('The bank criticised the government. Government officials had no comment.')).toEqual([])
  })

  it('but a head alone the story never writes in lower case, or a head with more words, names its body', () => {
    expect(found('Parliament voted on Monday.')).toEqual(['organisation:Parliament'])
    expect(found('The government met. Government House said no.')).toEqual(['organisation:Government House'])
  })

  it('reads two names joined by `and`, and ends a name at `on`', () => {
    // (`Danish` alone is a single word, kept to be resolved if it is someone's surname.)
    expect(found('Coach Lars Berg and Danish striker Mads Holm argued.')).toEqual([
      'name:Lars Berg/Coach',
      'name:Mads Holm',
      'single:Danish'
    ])
    expect(found('Hillary Clinton on Tuesday said no.')).toEqual(['name:Hillary Clinton'])
  })

  it('keeps `and` inside an organisation and a title complement', () => {
    expect(found('The Ministry of Labor and Social Security said no.')).toEqual([
      'organisation:Ministry of Labor and Social Security'
    ])
    expect(found('Minister of Foreign and European Affairs Ana Horvat spoke.')).toEqual([
      'name:Ana Horvat/Minister of Foreign and European Affairs'
    ])
  })

  it('reads people at their places as several people', () => {
    expect(
      found('James E. Clyburn of South Carolina and G. K. Butterfield of North Carolina and Ada Lind of Ohio wrote.')
    ).toEqual(['name:James E. Clyburn', 'name:G. K. Butterfield', 'name:Ada Lind'])
  })

  it('ends a name before a weekday, not before a month', () => {
    // (`New` is never a name word: `Hampshire` is left as a single word, not `Hampshire Monday`.)
    expect(found('Voters in Hudson, New Hampshire Monday cheered Theresa May.')).toEqual([
      'name:Theresa May',
      'single:Voters',
      'single:Hudson',
      'single:Hampshire'
    ])
  })

  it('reads an organisation before a surname as two mentions', () => {
    expect(found('The interview with the Washington Post Trump said was fair.')).toEqual([
      'organisation:Washington Post',
      'single:Trump'
    ])
  })

  it('gives no names in a headline line in title case, nor in a heading in capitals', () => {
    const text =
      'Why Progressives Are Celebrating Hillary Clinton\nRED STATES OUTNUMBER BLUE STATES\n' +
      'The count went on for days and the voters were told that the result would come by the end of the week, ' +
      'as it did in the years before, when the state and the county were still counting the votes by hand and ' +
      'the people were waiting for the news from the town hall in the rain with their children and their dogs, ' +
      'quiet, patient, tired, hungry, cold, wet, hopeful, anxious, proud.'
    expect(found(text)).toEqual([])
  })

  it('marks names in quotations, and counts pronoun votes after a person only outside them', () => {
    const text = 'She came. Ada Lind spoke. "Kai Berg is wrong," she said, and he left.'
    expect(found(text)).toEqual(['name:Ada Lind', 'name:Kai Berg', 'pronoun:female', 'pronoun:male'])
    expect(names(text).map((name) => name.inQuote)).toEqual([false, true])
  })

  it('records honorifics and no single for a place', () => {
    const [name] = names('Mrs. Maria Berg sells bread.')
    expect([name.name, name.honorific]).toEqual(['Maria Berg', 'female'])
    expect(found('Ohio voted. Berg voted.')).toEqual(['single:Berg'])
  })

  it('drops a capitalised common word at a sentence start', () => {
    expect(found('Rival Omar Selby spoke. His rival left.')).toEqual(['name:Omar Selby'])
  })

  it('reads a story that opens mid-word, ends in a name, or holds no words', () => {
    expect(found('')).toEqual([])
    expect(found('...')).toEqual([])
    expect(found('said Ada Lind')).toEqual(['name:Ada Lind'])
  })
})

import {describe, expect, it} from 'vitest'
import {bodyOfTitle, isDocumentHead, resolveNominal} from '../../src/speakers/descriptions.js'
import type {SpeakerHistory} from '../../src/speakers/references.js'
import {parseArticle} from '../../src/parse.js'
import {toRecord} from '../../src/record.js'
import {registryOf} from './helpers.js'

const none: SpeakerHistory = {entries: []}

/** The entity `the <words>` at the end of `text` stands for. */
function nominal(text: string, ...words: string[]): string | null {
  const registry = registryOf(text)
  return resolveNominal(registry, none, words.at(-1)!, words, text.length)?.name ?? null
}

describe('bodyOfTitle', () => {
  it('names the body of a minister: the complement, or the word before the office', () => {
    expect(bodyOfTitle('Deputy Minister of Labor and Social Security', 'ministry')).toBe(
      'Ministry of Labor and Social Security'
    )
    expect(bodyOfTitle('Foreign Minister', 'ministry')).toBe('Foreign Ministry')
    expect(bodyOfTitle('Serbian Foreign Minister', 'ministry')).toBe('Foreign Ministry')
  })

  it('names none for a rank, a long complement, another office or another head', () => {
    expect(bodyOfTitle('Prime Minister', 'ministry')).toBe(null)
    expect(bodyOfTitle('Minister of ' + 'Very Long Affairs '.repeat(5), 'ministry')).toBe(null)
    expect(bodyOfTitle('Foreign Secretary', 'ministry')).toBe(null)
    expect(bodyOfTitle('Foreign Minister', 'office')).toBe(null)
    expect(bodyOfTitle('Minister', 'ministry')).toBe(null)
  })
})

describe('isDocumentHead', () => {
  it('knows the nouns of documents', () => {
    expect(['statement', 'report', 'communiqué', 'ruling'].map(isDocumentHead)).toEqual([true, true, true, true])
    expect(['minister', 'trial'].map(isDocumentHead)).toEqual([false, false])
  })
})

describe('resolveNominal', () => {
  it('gives a person whose title holds the words', () => {
    expect(nominal('Deputy Prime Minister Ivo Marek spoke. Ada Lind spoke. ', 'deputy', 'prime', 'minister')).toBe(
      'Ivo Marek'
    )
  })

  it('gives an organisation whose name holds the head, or the body a title names', () => {
    expect(nominal('The Interior Ministry spoke. ', 'ministry')).toBe('Interior Ministry')
    expect(nominal('Deputy Minister of Labor and Social Security Liu Yongfu spoke. ', 'ministry')).toBe(
      'Ministry of Labor and Social Security'
    )
  })

  it('gives the organisation that opens its own sentence, when the description fits it', () => {
    // The nearest bank is the object; the subject is the one that speaks.
    expect(nominal('Banco Lusitano agreed to buy a unit of Bank of Velmar, the ', 'bank')).toBe('Banco Lusitano')
    // `company` describes any firm, whatever its name.
    expect(nominal('Ronda Vell Holdings agreed to sell Mirel Bank, the ', 'company')).toBe('Ronda Vell Holdings')
  })

  it('does not take the subject of its sentence when the description does not fit it or it is a person', () => {
    // `the ministry` does not describe a bank: the ministry named before is meant.
    expect(nominal('The Interior Ministry spoke. Banco Lusitano agreed to pay, the ', 'ministry')).toBe(
      'Interior Ministry'
    )
    // A person opens the sentence: the bank named in it.
    expect(nominal('Ada Lind agreed to buy a unit of Bank of Velmar, the ', 'bank')).toBe('Bank of Velmar')
  })

  it('gives the organisation opening a recent sentence for a document', () => {
    expect(nominal('The Institute for Rivers published a study. Ada Lind read it. ', 'report')).toBe(
      'Institute for Rivers'
    )
  })

  it('gives none for a modified organisation nominal with no such body', () => {
    expect(nominal('Ada Lind flew to Moscow. ', 'serbian', 'ministry')).toBe(null)
  })

  it('else the last speaker or mention of that kind', () => {
    const registry = registryOf('Ada Lind spoke. ')
    expect(resolveNominal(registry, none, 'official', ['official'], 16)?.name).toBe('Ada Lind')
    expect(resolveNominal(registry, none, 'group', ['group'], 16)).toBe(null)
  })
})

describe('a body the story describes without naming it', () => {
  it('speaks under its description: armed forces and a navy as well as ministries', () => {
    const story = [
      'OSLO (AFP) - A foreign patrol boat entered Norwegian waters on Monday, officials said.',
      '',
      '"A patrol boat crossed into our waters without permission," the Norwegian defence forces said in a statement.',
      '',
      '"The boat left after two hours."',
      '',
      '"We followed it all the way," the Velmar navy said.'
    ].join('\n')
    expect(toRecord(parseArticle(story)).quotes.map((quote) => quote.speaker)).toEqual([
      'Norwegian defence forces',
      'Norwegian defence forces',
      'Velmar navy'
    ])
  })
})

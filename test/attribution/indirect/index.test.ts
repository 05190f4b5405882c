import {describe, expect, it} from 'vitest'
import {constructions} from '../../../src/attribution/indirect/index.js'
import {parseArticle, toRecord} from '../../../src/index.js'

describe('indirect speech', () => {
  it('has uniquely named constructions', () => {
    const names = constructions.map((construction) => construction.name)
    expect(new Set(names).size).toBe(names.length)
  })

  it('gives the paraphrase node of docs/ast.md', () => {
    const [paraphrase] = parseArticle('Mayor Ana Ruiz said on Tuesday that the bridge would reopen in May.').paraphrases
    expect(paraphrase).toMatchObject({
      type: 'paraphrase',
      id: 'p1',
      value: 'the bridge would reopen in May',
      speaker: 's1',
      rule: 'reported-clause',
      confidence: 0.85
    })
    expect(paraphrase.mention).toMatchObject({
      kind: 'name',
      value: 'Mayor Ana Ruiz',
      position: {start: {offset: 0}, end: {offset: 14}}
    })
    expect(paraphrase.cue).toMatchObject({
      lemma: 'say',
      value: 'said',
      position: {start: {offset: 15}, end: {offset: 19}}
    })
    expect(paraphrase.position).toMatchObject({start: {offset: 36}, end: {offset: 66}})
  })

  it('ends reported content before a credit after a comma (no paraphrase holds `according to`)', () => {
    const text = 'The council met. Ana Ruiz told reporters the bridge was unsafe, according to a spokesman.'
    const values = parseArticle(text).paraphrases.map((paraphrase) => paraphrase.value)
    expect(values.length).toBeGreaterThan(0)
    expect(values.filter((value) => value.includes('according to'))).toEqual([])
  })

  it('reads mixed speech around a partial quotation, not a full one', () => {
    const text =
      'Mayor Ana Ruiz said the bridge was "a lifeline" for the town and would reopen in May.\n\n"It will reopen," Ana Ruiz said in a statement.'
    const article = parseArticle(text)
    expect(article.paraphrases.map((paraphrase) => paraphrase.value)).toEqual([
      'the bridge was "a lifeline" for the town and would reopen in May'
    ])
  })

  it('finds a credit and its participle in one sentence', () => {
    const article = parseArticle('Exports will fall this year, Karl Vos said, adding that the currency was too strong.')
    expect(article.paraphrases.map((paraphrase) => [paraphrase.rule, paraphrase.value])).toEqual([
      ['credit-after', 'Exports will fall this year'],
      ['participle', 'the currency was too strong']
    ])
  })

  it('gives one speaker to a person quoted and paraphrased', () => {
    const text =
      'Finance Minister Karl Vos said on Monday that the budget gap had narrowed.\n\n"We are on track," Vos told reporters.'
    const record = toRecord(parseArticle(text))
    const start = text.indexOf('the budget')
    expect(record.paraphrases).toEqual([
      {
        text: 'the budget gap had narrowed',
        start,
        end: start + 27,
        speaker: 'Karl Vos',
        speakerMention: 'Finance Minister Karl Vos'
      }
    ])
    expect(record.quotes.map((quote) => quote.speaker)).toEqual(['Karl Vos'])
  })

  it('cuts a sentence with no end after a bounded number of words', () => {
    const text = 'Ana Ruiz said ' + 'the town will grow '.repeat(200)
    const [paraphrase] = parseArticle(text).paraphrases
    expect(paraphrase.value.split(' ').length).toBeLessThanOrEqual(151)
  })
})

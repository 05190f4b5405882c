import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/parse.js'
import {buildRegistry} from '../../src/speakers/registry.js'
import {tokenize} from '../../src/text/tokens.js'
import {mentionsOf, quotedRanges, registryOf, sentenceStarts} from './helpers.js'

describe('buildRegistry', () => {
  it('gives the mentions in order, each with its sentence, its entity and whether it is quoted', () => {
    const text = 'Harbour Minister Tomas Brel spoke. "Brel is right," Ada Lind said. Brel left.'
    const registry = registryOf(text)
    expect(mentionsOf(registry)).toEqual([
      'Harbour Minister Tomas Brel → Tomas Brel',
      'Brel → Tomas Brel',
      'Ada Lind → Ada Lind',
      'Brel → Tomas Brel'
    ])
    expect(registry.mentions.map((mention) => [mention.kind, mention.sentence, mention.inQuote])).toEqual([
      ['name', 0, false],
      ['surname', 1, true],
      ['name', 1, false],
      ['surname', 2, false]
    ])
    expect(registry.entities.get('tomas brel')?.title).toBe('Harbour Minister')
  })

  it('does not read the headline before the body', () => {
    const text = 'Ivo Marek wins\n\nAda Lind spoke.'
    const registry = buildRegistry(text, tokenize(text), [], text.indexOf('Ada'))
    expect(mentionsOf(registry)).toEqual(['Ada Lind → Ada Lind'])
  })

  it('builds a fresh registry every call', () => {
    const text = 'Ada Lind spoke.'
    const first = registryOf(text)
    const second = registryOf(text)
    expect(first.entities.get('ada lind')).not.toBe(second.entities.get('ada lind'))
    expect(first.entities.get('ada lind')?.count).toBe(1)
  })

  it('reads empty and odd text', () => {
    for (const text of ['', ' ', '\n\n', '"', '...', 'A', 'Ada\r\nLind said.\r\n', '\u00a0Ada Lind\u2028said.']) {
      const registry = buildRegistry(text, tokenize(text), quotedRanges(text), 0, undefined, sentenceStarts(text))
      expect(registry.mentions.every((mention) => mention.start < mention.end && mention.end <= text.length)).toBe(true)
    }
  })
})

describe('companies named with their legal ending', () => {
  it('are organisations, so that `he` and `she` do not take them and `the company` does', () => {
    const article = parseArticle(
      'TOLEDO, March 4 - Velmar Tool Co said it would close a plant.\n' +
        '    "The plant has lost money for years," the company said.\n' +
        '    Analyst Rita Osland said the decision was expected. "It was a matter of time," she said.\n'
    )
    const speakers = new Map(article.speakers.map((speaker) => [speaker.id, speaker]))
    const velmar = article.speakers.find((speaker) => speaker.name === 'Velmar Tool Co')
    expect(velmar?.kind).toBe('organisation')
    expect(article.quotations.map((quotation) => speakers.get(quotation.speaker ?? '')?.name ?? null)).toEqual([
      'Velmar Tool Co',
      'Rita Osland'
    ])
  })
})

import {describe, expect, it} from 'vitest'
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

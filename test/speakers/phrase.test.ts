import {describe, expect, it} from 'vitest'
import {isIndefinite, resolvePhrase} from '../../src/speakers/phrase.js'
import type {SpeakerHistory} from '../../src/speakers/references.js'
import {registryOf, tokenIndex, tokensOf} from './helpers.js'

const none: SpeakerHistory = {entries: []}

/** Resolve the phrase `phrase` (its first occurrence after `story`) as `kind:name`. */
function resolve(story: string, phrase: string): string | null {
  const text = story + ' ' + phrase + ' said.'
  const registry = registryOf(text)
  const tokens = registry.tokens
  const start = text.lastIndexOf(phrase)
  let from = 0
  while (tokens.start[from] < start) from++
  let to = from
  while (to < tokens.length && tokens.end[to] <= start + phrase.length) to++
  const mention = resolvePhrase(registry, none, {from, to})
  return mention && mention.kind + ':' + (mention.entity?.name ?? null)
}

describe('resolvePhrase', () => {
  it('resolves names, titles and surnames to the story’s people', () => {
    expect(resolve('Serbian Deputy Prime Minister Aleksandar Vulin spoke.', 'Vulin')).toBe('surname:Aleksandar Vulin')
    expect(resolve('Aleksandar Vulin spoke.', 'Minister Aleksandar Vulin')).toBe('name:Aleksandar Vulin')
    expect(resolve('Maria Berg said her piece. Anton Berg spoke.', 'Mrs. Berg')).toBe('surname:Maria Berg')
  })

  it('resolves pronouns', () => {
    expect(resolve('Anton Berg spoke on Monday.', 'he')).toBe('pronoun:Anton Berg')
  })

  it('reads organisations, possessive ones and bodies of a place', () => {
    expect(resolve('', 'the Foreign Ministry')).toBe('organisation:Foreign Ministry')
    expect(resolve('', "China's Justice Ministry")).toBe("organisation:China's Justice Ministry")
    expect(resolve('', 'the district police office of Kavre')).toBe('organisation:district police office of Kavre')
  })

  it('gives unnamed sources no entity', () => {
    expect(resolve('Anton Berg spoke.', 'a diplomat')).toBe('nominal:null')
    expect(resolve('Anton Berg spoke.', 'officials')).toBe('nominal:null')
    expect(resolve('Anton Berg spoke.', 'the unnamed official')).toBe('nominal:null')
    expect(resolve('Anton Berg spoke.', 'The trial')).toBe('nominal:null')
  })

  it('gives no mention for a phrase that names no one', () => {
    expect(resolve('Hours passed. He left hours later.', 'Hours')).toBe(null)
    expect(resolve('Anton Berg spoke.', 'for')).toBe(null)
    expect(resolve('Anton Berg spoke.', 'Tuesday')).toBe(null)
  })

  it('resolves descriptions of people by salience', () => {
    expect(resolve('Anton Berg spoke.', 'the 20-year-old')).toBe('nominal:Anton Berg')
    expect(resolve('Anton Berg spoke.', 'the Croatian')).toBe('nominal:Anton Berg')
    expect(resolve('Anton Berg spoke.', 'the Kansas Republican')).toBe('nominal:Anton Berg')
  })

  it('gives a group the name it holds, and a campaign its candidate', () => {
    expect(resolve('Crude rose.', 'analysts at the Sucden brokerage firm')).toBe('organisation:Sucden')
    expect(resolve('Bernie Sanders spoke.', 'The Sanders campaign')).toBe('surname:Bernie Sanders')
    expect(resolve('Crude rose.', 'Argentine officials')).toBe('nominal:null')
  })

  it('drops a weekday after a name', () => {
    expect(resolve('Anton Berg spoke.', 'Anton Berg Monday')).toBe('name:Anton Berg')
  })
})

describe('isIndefinite', () => {
  it('reads indefinite determiners', () => {
    const tokens = tokensOf('a spokesman, two officials, the spokesman')
    expect(isIndefinite(tokens, {from: 0, to: 2})).toBe(true)
    expect(isIndefinite(tokens, {from: tokenIndex(tokens, 'two'), to: 4})).toBe(true)
    expect(isIndefinite(tokens, {from: tokenIndex(tokens, 'the'), to: 6})).toBe(false)
  })
})

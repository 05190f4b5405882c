import {describe, expect, it} from 'vitest'
import {fullerNamesake, pickCandidate, RECENT, SAME_PHRASE} from '../../src/speakers/namesakes.js'
import {mentionsOf, registryOf} from './helpers.js'

describe('pickCandidate', () => {
  it('picks by an honorific’s gender first', () => {
    const registry = registryOf('Anton Berg and his wife, Maria Berg, run the bakery. Mr. Berg bakes; Mrs. Berg sells.')
    expect(mentionsOf(registry).slice(-2)).toEqual(['Mr. Berg → Anton Berg', 'Mrs. Berg → Maria Berg'])
  })

  it('then the one named most recently, within RECENT code units', () => {
    const gap = ' The bakery opened at dawn.'.repeat(Math.ceil(RECENT / 27))
    const text = 'Anton Berg came. Anton Berg spoke. Maria Berg left.' + gap + ' Berg sold bread.'
    const list = registryOf(text).surnames.get('berg')!
    const registry = registryOf(text)
    expect(pickCandidate(registry, list, text.indexOf('Maria') + 20).name).toBe('Maria Berg')
    // Out of reach: the most frequent.
    expect(pickCandidate(registry, list, text.length).name).toBe('Anton Berg')
  })

  it('of two named within SAME_PHRASE code units, the first: the head of the phrase', () => {
    const text = 'Patricia Smith, mother of victim Sean Smith, spoke at length about the loss of her only son.'
    expect(text.indexOf('Sean') - text.indexOf('Patricia')).toBeLessThanOrEqual(SAME_PHRASE)
    const registry = registryOf(text)
    expect(pickCandidate(registry, registry.surnames.get('smith')!, text.length).name).toBe('Patricia Smith')
  })

  it('an honorific of a gender no namesake has leaves those of no known gender', () => {
    const text = 'Anton Berg came, and he sat. Ivo Berg came. Mrs. Berg spoke.'
    const registry = registryOf(text)
    expect(mentionsOf(registry).at(-1)).toBe('Mrs. Berg → Ivo Berg')
  })

  it('keeps gender votes in step when an honorific picks someone', () => {
    const text =
      'Ivo Berg came. Ada Berg came. Ivo Berg spoke. Mrs. Berg left. Mrs. Berg sold. Ivo Berg sat. Mrs. Berg ate.'
    const registry = registryOf(text)
    expect(
      new Set(registry.mentions.filter((mention) => mention.kind === 'surname').map((mention) => mention.entity.name))
        .size
    ).toBe(1)
  })
})

describe('fullerNamesake', () => {
  it('finds the first fuller name of a list ending with a key, or opening with a word', () => {
    const registry = registryOf('Michel Dano Kivu spoke. Michel Dano Kivu left. Ilham Aliyev spoke.')
    expect(fullerNamesake(registry, registry.surnames.get('kivu')!, 'dano kivu', 'dano')?.name).toBe('Michel Dano Kivu')
    expect(fullerNamesake(registry, registry.surnames.get('aliyev')!, 'ilham aliyev', 'ilham')?.name).toBe(
      'Ilham Aliyev'
    )
    expect(fullerNamesake(registry, registry.surnames.get('kivu')!, 'ada kivu', 'ada')).toBe(undefined)
  })
})

describe('many namesakes (issue 14)', () => {
  /** A first name of its own for each number (`Kao`, `Kbo`, …, `Kbao`). */
  const given = (i: number): string => {
    let letters = ''
    do {
      letters += String.fromCharCode(97 + (i % 26))
      i = Math.floor(i / 26)
    } while (i > 0)
    return 'K' + letters + 'o'
  }

  it('reads thousands of people of one family name, each with a first name of their own', () => {
    let text = ''
    for (let i = 0; i < 3000; i++) text += given(i) + ' Smith said it was fine. '
    text += 'Smith said so. Mrs. Smith agreed.'
    const registry = registryOf(text)
    expect(registry.surnames.get('smith')).toHaveLength(3000)
    const last = registry.mentions.slice(-2).map((mention) => mention.entity.name)
    expect(last[0]).toMatch(/^K\w+o Smith$/)
    expect(last[1]).toBe(last[0])
  })

  it('reads thousands of people whose family name opens with an Arabic article', () => {
    let text = ''
    for (let i = 0; i < 3000; i++) text += given(i) + ' al-Ani said it was fine. '
    text += 'Ani said so.'
    const registry = registryOf(text)
    expect(registry.surnames.get('ani')).toHaveLength(3000)
    expect(registry.mentions.at(-1)?.entity.name).toMatch(/^K\w+o al-Ani$/)
  })

  it('reads thousands of partial names of fuller ones', () => {
    let text = ''
    for (let i = 0; i < 2000; i++) text += given(i) + ' Dano Smith said it was fine. Dano Smith agreed. '
    const registry = registryOf(text)
    expect(registry.entities.get('dano smith')?.alias).toBeDefined()
  })
})

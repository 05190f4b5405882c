import {describe, expect, it} from 'vitest'
import {canonical, mergeInto, mostFrequent} from '../../src/speakers/canonical.js'
import {createEntity} from '../../src/speakers/entities.js'
import {initialsOf} from '../../src/speakers/grouping.js'
import {mentionsOf, registryOf} from './helpers.js'

describe('partial names', () => {
  it('join the fuller name of the story that ends with them', () => {
    const registry = registryOf('Opposition leader Michel Dano Kivu spoke. Dano Kivu left later.')
    expect(mentionsOf(registry)).toEqual(['Michel Dano Kivu → Michel Dano Kivu', 'Dano Kivu → Michel Dano Kivu'])
  })

  it('join the most frequent of several fuller names', () => {
    const registry = registryOf('Ada Dano Kivu came. Michel Dano Kivu spoke. Michel Dano Kivu left. Dano Kivu stayed.')
    expect(mentionsOf(registry).at(-1)).toBe('Dano Kivu → Michel Dano Kivu')
  })

  it('do not join a fuller name the story gives only in quotations, nor a club or place', () => {
    expect(mentionsOf(registryOf('"Michel Dano Kivu is here," he said. Dano Kivu left.')).at(-1)).toBe(
      'Dano Kivu → Dano Kivu'
    )
    expect(mentionsOf(registryOf('FC Dano Kivu won. Dano Kivu left.')).at(-1)).toBe('Dano Kivu → Dano Kivu')
  })

  it('need the same family name (`Smith Jr` is no part of `John Smith Jr`)', () => {
    const registry = registryOf('John Smith Jr came. Smith Jr left later.')
    expect(mentionsOf(registry)).toEqual(['John Smith Jr → John Smith Jr', 'Smith Jr → Smith Jr'])
  })
})

describe('glued words', () => {
  it('a place glued to a surname joins the most frequent name of that family', () => {
    const registry = registryOf('Donald Trump spoke. Donald Trump left. Then Texas Trump won.')
    expect(mentionsOf(registry).at(-1)).toBe('Texas Trump → Donald Trump')
  })

  it('a common word glued to a full name joins that name', () => {
    const registry = registryOf('Hastily Donald Trump spoke. Trump said that hastily was best. Donald Trump left.')
    expect(new Set(registry.mentions.map((mention) => mention.entity.name))).toEqual(new Set(['Donald Trump']))
  })
})

describe('acronyms', () => {
  it('follow the name whose initials they spell, capitals or all words', () => {
    const registry = registryOf('Air France Europe said it would fly. Terre des Hommes agreed. AFE and TDH signed.')
    expect(mentionsOf(registry).slice(-2)).toEqual(['AFE → Air France Europe', 'TDH → Terre des Hommes'])
  })

  it('make a person whose initials they spell an organisation', () => {
    const registry = registryOf('Ada Lind spoke. AL agreed.')
    const entity = registry.entities.get('ada lind')!
    expect([entity.kind, entity.evidence]).toEqual(['organisation', 'initials'])
  })

  it('read initials of capitalised words, of all words, and of all but articles and `and`', () => {
    const registry = registryOf('The Bank of the Isles spoke.')
    expect([...initialsOf(registry).keys()]).toEqual(['BI', 'BOTI', 'BOI'])
  })
})

describe('canonical, mergeInto, mostFrequent', () => {
  it('follow merges and move counts and votes', () => {
    const a = createEntity('Luya', 'person', 'name')
    const b = createEntity('Ladi Luya', 'person', 'name')
    const c = createEntity('Michel Ladi Luya', 'person', 'name')
    a.count = 1
    a.male = 2
    b.count = 2
    mergeInto(a, b)
    mergeInto(b, c, false)
    expect(canonical(a)).toBe(c)
    expect([b.count, b.male, c.count, c.male]).toEqual([3, 2, 3, 0])
  })

  it('pick the first of the most frequent, none of none', () => {
    const [x, y, z] = ['X', 'Y', 'Z'].map((value) => createEntity(value, 'person', 'name'))
    y.count = 2
    z.count = 2
    expect(mostFrequent([x, y, z])).toBe(y)
    expect(mostFrequent([])).toBe(null)
  })
})

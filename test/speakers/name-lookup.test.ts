import {describe, expect, it} from 'vitest'
import {entityForName} from '../../src/speakers/name-lookup.js'
import {registryOf} from './helpers.js'

describe('entityForName', () => {
  it('reads a single word as a family name, a known name as its entity', () => {
    const registry = registryOf('Aleksandar Vulin spoke. The Foreign Ministry agreed.')
    expect(entityForName(registry, 'Vulin', false).name).toBe('Aleksandar Vulin')
    expect(entityForName(registry, 'Aleksandar\nVulin', false).name).toBe('Aleksandar Vulin')
    expect(entityForName(registry, 'Foreign Ministry', true).name).toBe('Foreign Ministry')
  })

  it('finds the fuller name a partial name stands for, and the name an acronym spells', () => {
    const registry = registryOf('Michel Dano Kivu spoke. Air France Europe agreed.')
    expect(entityForName(registry, 'Dano Kivu', false).name).toBe('Michel Dano Kivu')
    expect(entityForName(registry, 'AFE', true).name).toBe('Air France Europe')
  })

  it('makes a new entity for a name the story has not given, listed by its last word', () => {
    const registry = registryOf('Nothing happened.')
    const entity = entityForName(registry, 'Ada Lind', false)
    expect([entity.name, entity.kind, entity.evidence, entity.count]).toEqual(['Ada Lind', 'person', 'phrase', 0])
    expect(registry.surnames.get('lind')).toEqual([entity])
    expect(entityForName(registry, 'Lind', false)).toBe(entity)
    expect(entityForName(registry, 'Kavre Police', true).kind).toBe('organisation')
  })
})

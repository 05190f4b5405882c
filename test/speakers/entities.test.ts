import {describe, expect, it} from 'vitest'
import {collectEntities, createEntity, genderOf, vote} from '../../src/speakers/entities.js'
import type {FoundMentions, FoundName} from '../../src/speakers/mentions.js'

function name(value: string, extra: Partial<FoundName> = {}): FoundName {
  return {
    type: 'name',
    kind: 'name',
    start: 0,
    end: value.length,
    name: value,
    title: null,
    honorific: undefined,
    evidence: 'name',
    inQuote: false,
    oblique: false,
    ...extra
  }
}

describe('collectEntities', () => {
  it('makes one entity per key, counts its mentions and keeps the first title given', () => {
    const found: FoundMentions = {
      events: [
        name('Ben-Shalom Levi', {start: 0}),
        name('Ben Shalom Levi', {start: 30, title: 'Minister'}),
        name('Ben-Shalom Levi', {start: 60, title: 'Envoy'})
      ],
      singles: []
    }
    const {entities, mentions} = collectEntities(found)
    expect([...entities.values()].map((entity) => [entity.name, entity.count, entity.title])).toEqual([
      ['Ben-Shalom Levi', 3, 'Minister']
    ])
    expect(mentions.map((mention) => mention.start)).toEqual([0, 30, 60])
  })

  it('gives honorifics three votes and pronouns one, to the person named last outside quotations', () => {
    const found: FoundMentions = {
      events: [
        {type: 'pronoun', gender: 'male'},
        name('Maria Berg', {honorific: 'female'}),
        name('Anton Berg', {inQuote: true}),
        {type: 'pronoun', gender: 'male'},
        {type: 'pronoun', gender: 'male'}
      ],
      singles: []
    }
    const {entities} = collectEntities(found)
    const maria = entities.get('maria berg')!
    expect([maria.female, maria.male, genderOf(maria)]).toEqual([3, 2, 'female'])
    expect(genderOf(entities.get('anton berg')!)).toBe(null)
  })

  it('says why an entity has its kind, and keeps the kind of the first mention of a key (a title given later is kept)', () => {
    const found: FoundMentions = {
      events: [name('Hamas', {kind: 'organisation', evidence: 'organisation-name'}), name('Hamas', {title: 'Leader'})],
      singles: []
    }
    const entity = collectEntities(found).entities.get('hamas')!
    expect([entity.kind, entity.evidence, entity.title, entity.count]).toEqual([
      'organisation',
      'organisation-name',
      'Leader',
      2
    ])
  })
})

describe('genderOf, vote', () => {
  it('reads the majority of votes, none on a tie', () => {
    const entity = createEntity('Ada Lind', 'person', 'name')
    expect(genderOf(entity)).toBe(null)
    vote(entity, 'female', 1)
    expect(genderOf(entity)).toBe('female')
    vote(entity, 'male', 1)
    expect(genderOf(entity)).toBe(null)
    vote(entity, 'male', 3)
    expect(genderOf(entity)).toBe('male')
  })
})

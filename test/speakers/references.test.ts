import {describe, expect, it} from 'vitest'
import {createEntity} from '../../src/speakers/entities.js'
import {anyPerson, compatible, findAntecedent, resolvePersonReference, resolvePronoun, speaks, type SpeakerHistory} from '../../src/speakers/references.js'
import {subjectPronouns} from '../../src/lexicon/pronouns.js'
import {registryOf} from './helpers.js'

const none: SpeakerHistory = {entries: []}

/** The antecedent of the last `word` of `text`, with its basis. */
function antecedent(text: string, word: string, history = none): [string, string] | null {
  const registry = registryOf(text)
  const offset = text.lastIndexOf(word)
  const found = findAntecedent(registry, history, subjectPronouns[word.toLowerCase()], word.toLowerCase(), offset)
  return found && [found.entity.name, found.basis]
}

describe('findAntecedent', () => {
  it('prefers the speaker of a cue in the nearest sentence', () => {
    expect(antecedent('Ada Lind met Kai Berg. Kai Berg said the talks failed. He left.', 'He')).toEqual(['Kai Berg', 'cue-subject'])
  })

  it('else the first clause subject, not an object', () => {
    expect(antecedent('Kai Berg met Omar Selby on Monday. He left.', 'He')).toEqual(['Kai Berg', 'subject'])
  })

  it('else the nearest oblique mention', () => {
    expect(antecedent('The talks went to Kai Berg. He left.', 'He')).toEqual(['Kai Berg', 'oblique'])
  })

  it('skips a sentence whose subject is the same pronoun', () => {
    expect(antecedent('Ada Lind spoke first. Then Kai Berg rose. He told Omar Selby to sit. He left.', 'He')?.[0]).toBe('Kai Berg')
  })

  it('follows gender learned from the story', () => {
    expect(antecedent('Ada Lind said her plan worked. Kai Berg said his team agreed. She left.', 'She')).toEqual(['Ada Lind', 'cue-subject'])
  })

  it('takes `it` and `they` for organisations, not people', () => {
    expect(antecedent('Ada Lind spoke for the Foreign Ministry. It said no.', 'It')).toEqual(['Foreign Ministry', 'oblique'])
    expect(antecedent('Ada Lind spoke. They said no.', 'They')).toBe(null)
  })

  it('ignores names inside quotations', () => {
    expect(antecedent('"Kai Berg is wrong," a man said. He left.', 'He')).toBe(null)
  })

  it('with no mention in reach, the last compatible speaker', () => {
    const registry = registryOf('Nothing happened. He left.')
    const ada = createEntity('Ada Lind', 'person', 'name')
    ada.female = 3
    const kai = createEntity('Kai Berg', 'person', 'name')
    const history: SpeakerHistory = {entries: [{entity: kai, offset: 0}, {entity: ada, offset: 5}]}
    expect(findAntecedent(registry, history, subjectPronouns.he, 'he', 18)).toEqual({entity: kai, basis: 'recent-speaker'})
    expect(resolvePronoun(registry, history, 'He', 18)).toBe(kai)
    expect(resolvePronoun(registry, history, 'you', 18)).toBe(null)
  })
})

describe('resolvePersonReference', () => {
  it('takes any person by salience, whatever the gender', () => {
    const text = 'Ada Lind said her plan worked. The 20-year-old left.'
    expect(resolvePersonReference(registryOf(text), none, text.indexOf('The 20'))?.name).toBe('Ada Lind')
  })
})

describe('compatible', () => {
  it('checks kind and gender', () => {
    const ada = createEntity('Ada Lind', 'person', 'name')
    ada.female = 1
    const body = createEntity('Foreign Ministry', 'organisation', 'organisation-name')
    expect(compatible(ada, subjectPronouns.she, 'she')).toBe(true)
    expect(compatible(ada, subjectPronouns.he, 'he')).toBe(false)
    expect(compatible(ada, anyPerson, '')).toBe(true)
    expect(compatible(body, anyPerson, '')).toBe(false)
    expect(compatible(body, subjectPronouns.it, 'it')).toBe(true)
  })
})

describe('speaks', () => {
  it('reads the subject of a cue, before it or inverted', () => {
    const check = (text: string): boolean[] => {
      const registry = registryOf(text)
      return registry.mentions.map((mention) => speaks(registry, mention))
    }
    expect(check('Kai Berg also said no.')).toEqual([true])
    expect(check('"No," said economist Kai Berg.')).toEqual([true])
    expect(check('Kai Berg met Ada Lind.')).toEqual([false, false])
    // The mention must end the noun phrase: not `Morgan Stanley` before `economist`.
    expect(check('"No," predicted Morgan Stanley economist Kai Berg.')).toEqual([false, true])
  })
})

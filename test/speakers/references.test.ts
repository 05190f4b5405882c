import {describe, expect, it} from 'vitest'
import {createEntity} from '../../src/speakers/entities.js'
import {
  anyPerson,
  compatible,
  findAntecedent,
  resolvePersonReference,
  resolvePronoun,
  speaks,
  type SpeakerHistory
} from '../../src/speakers/references.js'
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
    expect(antecedent('Ada Lind met Karl Berg. Karl Berg said the talks failed. He left.', 'He')).toEqual([
      'Karl Berg',
      'cue-subject'
    ])
  })

  it('else the first clause subject, not an object', () => {
    expect(antecedent('Karl Berg met Omar Selby on Monday. He left.', 'He')).toEqual(['Karl Berg', 'subject'])
  })

  it('else the nearest oblique mention', () => {
    expect(antecedent('The talks went to Karl Berg. He left.', 'He')).toEqual(['Karl Berg', 'oblique'])
  })

  it('takes the subject, not the oblique mention closing its appositive before the cue', () => {
    const text = 'Karl Berg, adviser to Chancellor Omar Selby, agreed the talks failed. "We tried," he said.'
    expect(antecedent(text, 'he')).toEqual(['Karl Berg', 'subject'])
    // A wrapped line inside the appositive keeps the mention oblique.
    const wrapped =
      'Karl Berg, adviser to West German\nChancellor Omar Selby, agreed the talks failed. "We tried," he said.'
    expect(antecedent(wrapped, 'he')).toEqual(['Karl Berg', 'subject'])
    // Counter-example: the subject of the cue after it still speaks.
    expect(
      antecedent('Karl Berg met Chancellor Omar Selby. Omar Selby agreed the talks failed. He left.', 'He')
    ).toEqual(['Omar Selby', 'cue-subject'])
  })

  it('skips a sentence whose subject is the same pronoun', () => {
    expect(
      antecedent('Ada Lind spoke first. Then Karl Berg rose. He told Omar Selby to sit. He left.', 'He')?.[0]
    ).toBe('Karl Berg')
  })

  it('follows gender learned from the story', () => {
    expect(antecedent('Ada Lind said her plan worked. Karl Berg said his team agreed. She left.', 'She')).toEqual([
      'Ada Lind',
      'cue-subject'
    ])
  })

  it('takes `it` and `they` for organisations, not people', () => {
    expect(antecedent('Ada Lind spoke for the Foreign Ministry. It said no.', 'It')).toEqual([
      'Foreign Ministry',
      'oblique'
    ])
    expect(antecedent('Ada Lind spoke. They said no.', 'They')).toBe(null)
  })

  it('ignores names inside quotations', () => {
    expect(antecedent('"Karl Berg is wrong," a man said. He left.', 'He')).toBe(null)
  })

  it('with no mention in reach, the last compatible speaker', () => {
    const registry = registryOf('Nothing happened. He left.')
    const ada = createEntity('Ada Lind', 'person', 'name')
    ada.female = 3
    const kai = createEntity('Karl Berg', 'person', 'name')
    const history: SpeakerHistory = {
      entries: [
        {entity: kai, offset: 0},
        {entity: ada, offset: 5}
      ]
    }
    expect(findAntecedent(registry, history, subjectPronouns.he, 'he', 18)).toEqual({
      entity: kai,
      basis: 'recent-speaker'
    })
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
    const registry = registryOf('Ada Lind met officials of the Foreign Ministry.')
    expect(compatible(registry, ada, subjectPronouns.she, 'she')).toBe(true)
    expect(compatible(registry, ada, subjectPronouns.he, 'he')).toBe(false)
    expect(compatible(registry, ada, anyPerson, '')).toBe(true)
    expect(compatible(registry, body, anyPerson, '')).toBe(false)
    expect(compatible(registry, body, subjectPronouns.it, 'it')).toBe(true)
  })
})

describe('speaks', () => {
  it('reads the subject of a cue, before it or inverted', () => {
    const check = (text: string): boolean[] => {
      const registry = registryOf(text)
      return registry.mentions.map((mention) => speaks(registry, mention))
    }
    expect(check('Karl Berg also said no.')).toEqual([true])
    expect(check('"No," said economist Karl Berg.')).toEqual([true])
    expect(check('Karl Berg met Ada Lind.')).toEqual([false, false])
    // The mention must end the noun phrase: not `Morgan Stanley` before `economist`.
    expect(check('"No," predicted Morgan Stanley economist Karl Berg.')).toEqual([false, true])
  })
})

import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/parse.js'
import {toRecord} from '../../src/record.js'
import {createEntity, type Entity} from '../../src/speakers/entities.js'
import {buildRegistry} from '../../src/speakers/index.js'
import {
  bodyCompatible,
  headFits,
  currentBody,
  currentSpeaker,
  documentIssuer,
  furnitureMention,
  givenGenderOf,
  heIsPronoun,
  personCandidate,
  preferSpeaker,
  referenceGender
} from '../../src/speakers/compatibility.js'
import {tokenize} from '../../src/text/tokens.js'

/** Stories written for these tests: the registry of a text, no quotations. */
function registryOf(text: string) {
  return buildRegistry(text, tokenize(text), [], 0)
}

function person(name: string, male = 0, female = 0): Entity {
  const entity = createEntity(name, 'person', 'name')
  entity.male = male
  entity.female = female
  entity.count = 1
  return entity
}

function speakers(text: string): Array<string | null> {
  return toRecord(parseArticle(text)).quotes.map((quote) => quote.speaker)
}

describe('personCandidate', () => {
  const text =
    'Trade envoy Lena Marsh spoke before the opening of the Velmar Boat Show. The show and its boats drew a crowd ' +
    'to the Osland Development Institutions. Ivo Stark came too, with Indonesian Internet providers and East ' +
    'European traders. Kowalczyk Tarnow was there.'
  const registry = registryOf(text)
  const entity = (name: string): Entity => ({...person(name)})

  it('takes a name whose given name is in the data for a person', () => {
    expect(personCandidate(registry, entity('Lena Marsh'))).toBe(true)
    expect(personCandidate(registry, entity('Ivo Stark'))).toBe(true)
  })

  it('keeps a name it knows nothing against (no given name in the data, no common word)', () => {
    expect(personCandidate(registry, entity('Kowalczyk Tarnow'))).toBe(true)
  })

  it('rejects phrases that name things: events, plural bodies, nationalities, -based words', () => {
    expect(personCandidate(registry, entity('Boat Show'))).toBe(false)
    expect(personCandidate(registry, entity('Development Institutions'))).toBe(false)
    expect(personCandidate(registry, entity('Indonesian Internet'))).toBe(false)
    expect(personCandidate(registry, entity('East European'))).toBe(false)
    expect(personCandidate(registry, entity('Hong Kong-based'))).toBe(false)
  })

  it('rejects a name ending in a word the story writes in lower case unless a given name opens it', () => {
    // `boats` and `crowd` are written in lower case in the story.
    expect(personCandidate(registry, entity('Velmar Boats'))).toBe(false)
    expect(personCandidate(registry, entity('Anna Crowd'))).toBe(true)
  })

  it('rejects organisations outright', () => {
    expect(personCandidate(registry, {...entity('Velmar Bank'), kind: 'organisation'})).toBe(false)
  })
})

describe('referenceGender', () => {
  it('takes the given name over weak votes: one stray she does not make a man female', () => {
    expect(referenceGender(person('John Berg', 0, 1), 'female')).toBe('male')
    expect(referenceGender(person('Lena Berg', 1, 0), 'male')).toBe('female')
  })

  it('keeps strong votes (an honorific) over the given name', () => {
    expect(referenceGender(person('Jean Berg', 0, 3), 'female')).toBe('female')
    expect(referenceGender(person('Robin Hale', 4, 0), 'male')).toBe('male')
  })

  it('falls back on the votes when the given name is unknown or given to both', () => {
    expect(referenceGender(person('Xoran Tulk', 0, 1), 'female')).toBe('female')
    expect(referenceGender(person('Jean Tulk', 1, 0), 'male')).toBe('male')
  })

  it('reads the given name over initials and not from one-word names', () => {
    expect(givenGenderOf('J. Robert Smith')).toBe('male')
    expect(givenGenderOf('Lena')).toBeNull()
  })

  it('reads no gender from a Chinese family name written first', () => {
    expect(givenGenderOf('Tan Wei')).toBeNull()
    expect(givenGenderOf('Wang Lixia')).toBeNull()
    expect(givenGenderOf('Ivan Tan')).toBe('male')
  })
})

describe('heIsPronoun', () => {
  const tokensOf = (text: string) => tokenize(text)
  it('reads a lower-case or sentence-initial He as the pronoun', () => {
    expect(heIsPronoun(tokensOf('then he said'), 1, false)).toBe(true)
    expect(heIsPronoun(tokensOf('He said no'), 0, true)).toBe(true)
    expect(heIsPronoun(tokensOf('He, too, left'), 0, true)).toBe(true)
  })

  it('reads a capitalised He inside a sentence or before a name as the surname', () => {
    expect(heIsPronoun(tokensOf('said Vice Minister He today'), 3, false)).toBe(false)
    expect(heIsPronoun(tokensOf('He Yafei said'), 0, true)).toBe(false)
  })
})

describe('currentSpeaker and preferSpeaker', () => {
  const fry = person('Piet Fry')
  const show = person('Boat Show')
  const history = {entries: [{entity: fry, offset: 100}]}

  it('prefers the current speaker to an oblique mention after the cue', () => {
    const current = currentSpeaker(history, () => true, 300)
    expect(preferSpeaker(current, {entity: show, start: 150})).toBe(fry)
  })

  it('keeps an oblique mention before the cue, and ignores a speaker out of reach or incompatible', () => {
    expect(
      preferSpeaker(
        currentSpeaker(history, () => true, 300),
        {entity: show, start: 50}
      )
    ).toBe(show)
    expect(currentSpeaker(history, () => true, 5000)).toBeNull()
    expect(currentSpeaker(history, () => false, 300)).toBeNull()
  })
})

describe('typed references in stories', () => {
  it('does not resolve he to an event named in an oblique phrase after the speaker', () => {
    expect(
      speakers(
        'OSLAND, March 3 - Velmar Motors hopes to sell more cars, Piet Fry, head of exports, told reporters.\n' +
          '    "Prices are attractive," he said at a preview before the opening of the Osland Boat Show.\n' +
          '    "We would like to sell 8,000 units," he told Reuters later.\n'
      )
    ).toEqual(['Piet Fry', 'Piet Fry'])
  })

  it('does not resolve he to a plural body named in a title', () => {
    expect(
      speakers(
        'Assistant Secretary Karl Moen said talks were going well.\n\n' +
          '"This should bring new lending," he said in testimony for the Subcommittee on Regional Development Institutions.\n\n' +
          'Progress was slow until recently, Moen said.\n\n"We are concerned about the backlog," he said.'
      )
    ).toEqual(['Karl Moen', 'Karl Moen'])
  })

  it('does not let one she after a man make him female', () => {
    expect(
      speakers(
        'Minister Anna Vik met trade envoy John Berg on Monday; she said little.\n\n' +
          'Berg spoke to reporters afterwards.\n\n"The talks went well," he said.'
      )
    ).toEqual(['John Berg'])
  })
})

describe('bodyCompatible and currentBody', () => {
  const union: Entity = {...person('Velmar Press Union'), kind: 'organisation'}
  const kremlin: Entity = {...person('Kremlin'), kind: 'organisation'}

  it('fits a generic description to any organisation, a kind of body only to one of that kind', () => {
    expect(bodyCompatible(union, ['international', 'media', 'rights', 'group'])).toBe(true)
    expect(bodyCompatible(union, ['press', 'union'])).toBe(true)
    expect(bodyCompatible(kremlin, ['foreign', 'ministry'])).toBe(false)
  })

  it('refuses a description whose nationality or place the name does not hold', () => {
    expect(bodyCompatible(kremlin, ['serbian', 'group'])).toBe(false)
    expect(bodyCompatible(union, ['velmar', 'group'])).toBe(true)
    expect(bodyCompatible(person('Piet Lund'), ['group'])).toBe(false)
  })

  it('takes the organisation that spoke last, when in reach and fitting', () => {
    const history = {entries: [{entity: union, offset: 100}]}
    expect(currentBody(history, ['rights', 'group'], 400)).toBe(union)
    expect(currentBody(history, ['rights', 'group'], 2000)).toBeNull()
    expect(currentBody(history, ['serbian', 'group'], 400)).toBeNull()
  })

  it('links a description of a body to the organisation quoted before it, not a modified one of another kind', () => {
    expect(
      speakers(
        'VELMAR, May 2 (AFP) - Editor Piet Lund was freed on Monday after eight years in jail, the Velmar Press Union said in a statement.\n\n' +
          '"We are delighted at his release," the international media rights group said.\n\n' +
          '"The ministry must explain itself," the Serbian ministry said.\n'
      )
    ).toEqual(['Velmar Press Union', 'Serbian ministry'])
  })
})

describe('headFits: the group is no state and no body of states', () => {
  const org = (name: string): Entity => ({...person(name), kind: 'organisation'})

  it('refuses a state, a state body or a body of states for `group`', () => {
    for (const name of [
      'UN',
      'United Nations',
      'Velmar Foreign Ministry',
      'Osland police',
      'European Union',
      'China',
      'U.N. refugee agency'
    ]) {
      expect(headFits(org(name), 'group'), name).toBe(false)
    }
  })

  it('fits a charity, a firm or a rights group, and any body for other heads', () => {
    for (const name of ['Velmar Refugee Council', 'Painters Without Frontiers', 'Osland Holdings'])
      expect(headFits(org(name), 'group'), name).toBe(true)
    expect(headFits(org('United Nations'), 'organisation')).toBe(true)
    expect(headFits(person('Piet Lund'), 'group')).toBe(true)
  })

  it('gives `the group said` to the charity named before, not to the UN that spoke since', () => {
    expect(
      speakers(
        'GENEVA, May 4 (Xinhua) -- Thousands of families have fled the fighting in the north, the UN said on Tuesday.\n\n' +
          'The Velmar Refugee Council, a charity based in Oslo, said it had sent tents to the camps.\n\n' +
          '"The camps are full," the group said in a statement.\n\n' +
          'The UN said it would send more food next week.\n\n' +
          '"We need a ceasefire now," the group said.\n'
      )
    ).toEqual(['Velmar Refugee Council', 'Velmar Refugee Council'])
  })
})

describe('documentIssuer', () => {
  const text =
    'Velmar Bank agreed to buy a lender, the bank said in a statement. The Karvia Trade Commission must approve it. The report was late.'
  const registry = registryOf(text)
  const bank: Entity = {...person('Velmar Bank'), kind: 'organisation'}
  const history = {entries: [{entity: bank, offset: text.indexOf('the bank')}]}

  it('gives a document to the speaker whose cue said it was issued in one', () => {
    expect(documentIssuer(registry, history, 'statement', text.indexOf('The report'))).toBe(bank)
  })

  it('gives no other document, nor one to a speaker whose cue names none', () => {
    expect(documentIssuer(registry, history, 'report', text.indexOf('The report'))).toBeNull()
    const commission: Entity = {...person('Karvia Trade Commission'), kind: 'organisation'}
    expect(
      documentIssuer(
        registry,
        {entries: [{entity: commission, offset: text.indexOf('The Karvia')}]},
        'statement',
        text.indexOf('The report')
      )
    ).toBeNull()
  })

  it('links the statement in a story to the body that issued it, not to the organisation named since', () => {
    expect(
      speakers(
        'OSLAND, March 5 - Velmar Bank agreed to buy a small lender in Karvia, the bank said in a statement.\n' +
          '    The Karvia Trade Commission must approve the deal. Officials at the Karvia Central Bank did not comment.\n' +
          '    "The purchase gives us a strong position in Karvia," the statement said.\n Reuter\n'
      )
    ).toEqual(['Velmar Bank'])
  })
})

describe('furnitureMention', () => {
  const text =
    'Minister Lena Vik opened the bridge on Monday.\nAFP photo Ivo Novak\nStory continues below\nTrade envoy Piet Lund spoke too.\n'
  const registry = registryOf(text)
  const at = (name: string) =>
    registry.mentions.find((mention) => text.slice(mention.start, mention.end).endsWith(name))!

  it('marks a name on a photo credit line', () => {
    expect(furnitureMention(registry, at('Ivo Novak'))).toBe(true)
  })

  it('keeps names in sentences of copy', () => {
    expect(furnitureMention(registry, at('Lena Vik'))).toBe(false)
    expect(furnitureMention(registry, at('Piet Lund'))).toBe(false)
  })

  it('does not resolve he to the photographer of a credit line', () => {
    expect(
      speakers(
        'VELMAR, May 2 (AFP) - Trade envoy Piet Lund opened the fair on Monday.\n\nAFP photo Ivo Novak\n\n"Exports will double," he said.\n'
      )
    ).toEqual(['Piet Lund'])
  })
})

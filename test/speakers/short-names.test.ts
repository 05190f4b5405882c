import {describe, expect, it} from 'vitest'
import {parseArticle, toRecord} from '../../src/index.js'
import {organisationByShortName, shortNameKeys} from '../../src/speakers/short-names.js'
import {registryOf} from './helpers.js'

// Stories and names written for these tests.
describe('shortNameKeys', () => {
  it('takes the legal endings off one at a time', () => {
    expect(shortNameKeys('Velmar Group Inc')).toEqual(['velmar group', 'velmar'])
    expect(shortNameKeys('Ostra Holdings Ltd.')).toEqual(['ostra holdings', 'ostra'])
    expect(shortNameKeys('Banco Lusitano SA')).toEqual(['banco lusitano'])
  })

  it('gives none for a name with no ending, or an ending alone', () => {
    expect(shortNameKeys('Velmar Aviation')).toEqual([])
    expect(shortNameKeys('Group')).toEqual([])
    expect(shortNameKeys('Inc')).toEqual([])
  })
})

describe('organisationByShortName', () => {
  it('finds the company a short name stands for, the fuller of two forms of one name', () => {
    const registry = registryOf('Velmar Group Inc bid for it. Velmar Group said no. ')
    expect(organisationByShortName(registry, 'velmar')?.name).toBe('Velmar Group Inc')
    expect(organisationByShortName(registry, 'velmar group')?.name).toBe('Velmar Group Inc')
  })

  it('finds none when two companies share the short name, or none has it', () => {
    const registry = registryOf('Velmar Corp bid. Velmar Holdings Ltd said no. ')
    expect(organisationByShortName(registry, 'velmar')).toBe(null)
    expect(organisationByShortName(registry, 'ostra')).toBe(null)
  })
})

describe('a company named short in a story', () => {
  it('is the company its full name gives', () => {
    const text =
      'OSLO, May 2 - Velmar Group Inc said it rejected the offer from Ostra Aviation.\n    Velmar said "The offer is far too low."\n'
    const record = toRecord(parseArticle(text))
    expect(record.quotes.map((quote) => quote.speaker)).toEqual(['Velmar Group Inc'])
  })
})

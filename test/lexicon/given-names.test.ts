import {execFileSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {givenNameGender, isGivenName, maleGivenNames} from '../../src/lexicon/given-names.js'

describe('given names', () => {
  it('should give the gender of a given name, whatever its case', () => {
    expect(givenNameGender('John')).toBe('m')
    expect(givenNameGender('LENA')).toBe('f')
    expect(givenNameGender('jean')).toBe('both')
  })

  it('should know common words that are given names (`Will`, `Dean`)', () => {
    expect(isGivenName('Will')).toBe(true)
    expect(isGivenName('Dean')).toBe(true)
  })

  it('should give a hyphenated double name the gender of its first part', () => {
    expect(givenNameGender('Anne-Marie')).toBe('f')
    expect(givenNameGender('Jean-Luc')).toBe('both')
    expect(givenNameGender('Paul-Henri')).toBe('m')
  })

  it('should not take function words, particles, places or titles for given names', () => {
    for (const word of ['the', 'de', 'la', 'my', 'Defiant', 'Abidjan', 'Minister', 'Monday', '', '-', 'constructor']) {
      expect(isGivenName(word)).toBe(false)
    }
  })

  it('should store lower-case names, sorted', () => {
    const names = maleGivenNames.split(' ')
    expect(names.every((name) => name === name.toLowerCase() && name !== '')).toBe(true)
    expect([...names].sort()).toEqual(names)
  })

  it('should be what scripts/given-names.mjs generates from its packages', () => {
    expect(() => execFileSync(process.execPath, ['scripts/given-names.mjs', '--check'], {stdio: 'pipe'})).not.toThrow()
  })
})

import {describe, expect, it} from 'vitest'
import {createShapeFilter} from '../../src/util/shape-filter.js'

describe('createShapeFilter', () => {
  const filter = createShapeFilter(['said', 'according', 'as', 'pointed', 'internationalisation-of-everything-here'])

  it('lets every word of its list through', () => {
    for (const word of ['said', 'according', 'as', 'pointed', 'internationalisation-of-everything-here'])
      expect(filter.has(word)).toBe(true)
  })

  it('stops words of shapes the list does not have', () => {
    expect(filter.has('the')).toBe(false)
    expect(filter.has('sad')).toBe(false) // s…d, but three letters
    expect(filter.has('saids')).toBe(false)
    expect(filter.has('')).toBe(false)
    expect(filter.has('ça')).toBe(false)
  })

  it('may let a word of a listed shape through (a filter, not a set)', () => {
    expect(filter.has('seed')).toBe(true)
  })

  it('keeps long words apart from short ones of the same letters only up to 31 characters', () => {
    expect(filter.has('i' + 'x'.repeat(40) + 'e')).toBe(true)
    expect(filter.has('ie')).toBe(false)
  })
})

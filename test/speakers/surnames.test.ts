import {describe, expect, it} from 'vitest'
import {registryOf} from './helpers.js'

/** The family-name index of a story as `word: names` (most frequent first). */
function surnames(text: string): Record<string, string[]> {
  const registry = registryOf(text)
  return Object.fromEntries([...registry.surnames].map(([word, list]) => [word, list.map((entity) => entity.name)]))
}

describe('the family-name index', () => {
  it('lists people under their last word, most frequent first', () => {
    expect(surnames('Anton Berg came. Maria Berg came. Maria Berg spoke.').berg).toEqual(['Maria Berg', 'Anton Berg'])
  })

  it('reads the word before a generational suffix', () => {
    expect(surnames('Carl Ross Jr. spoke.').ross).toEqual(['Carl Ross Jr.'])
  })

  it('lists a family name with an Arabic article under the bare word too', () => {
    const index = surnames('Naseer al-Ani spoke. Omar al-Ani spoke.')
    expect(index['al-ani']).toEqual(['Naseer al-Ani', 'Omar al-Ani'])
    expect(index.ani).toEqual(['Naseer al-Ani', 'Omar al-Ani'])
  })

  it('lists a name of a given name and two family names under the first family name too', () => {
    expect(surnames('Ramon Ortega Varas spoke.').ortega).toEqual(['Ramon Ortega Varas'])
  })

  it('not under a second given name, when a name ends with the word, or when two names have it there', () => {
    expect(surnames('John Paul Varas spoke.').paul).toBe(undefined)
    expect(surnames('Ramon Ortega Varas spoke. Lena Ortega spoke.').ortega).toEqual(['Lena Ortega'])
    expect(surnames('Ramon Ortega Varas spoke. Pablo Ortega Lind spoke.').ortega).toBe(undefined)
  })

  it('not when a name ends with the bare word itself', () => {
    expect(surnames('Naseer al-Ani spoke. Lena Ani spoke.').ani).toEqual(['Lena Ani'])
  })

  it('lists a family name written first, when no name ends with it and it opens one name', () => {
    const index = surnames('Zhang Quanjing spoke.')
    expect(index.zhang).toEqual(['Zhang Quanjing'])
  })

  it('not for a title, nor a first word shared by two names of two words', () => {
    expect(surnames('President Ivo Marek spoke.').president).toBe(undefined)
    expect(surnames('Ivo Marek spoke. Ivo Lind spoke.').ivo).toBe(undefined)
    expect(surnames('Ivo Ben Marek spoke. Ivo Ben Lind spoke.').ivo).toEqual(['Ivo Ben Marek', 'Ivo Ben Lind'])
  })

  it('leaves out names merged into fuller ones', () => {
    expect(surnames('Michel Dano Kivu spoke. Dano Kivu left.').kivu).toEqual(['Michel Dano Kivu'])
  })
})

import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

describe('readFrame: lines before the dateline', () => {
  for (const [name, space] of [
    ['NBSP', '\u00A0'],
    ['form feed', '\f'],
    ['U+2028', '\u2028'],
    ['U+3000', '\u3000'],
    ['a mix of them', '\u00A0\u3000 \f']
  ]) {
    it('makes a line holding only ' + name + ' white space, not an empty headline', () => {
      const input = 'Talks resume\n' + space + '\nMOSCOW, May 5. /TASS/. The Kremlin said talks would resume.'
      const article = parseArticle(input)
      const leaves = article.children.filter((child) => 'value' in child) as Array<{type: string; value: string}>
      expect(leaves.every((leaf) => leaf.value.length > 0)).toBe(true)
      expect(article.children.map((child) => child.type)).toEqual([
        'headline',
        'WhiteSpaceNode',
        'dateline',
        'paragraph'
      ])
      expect(article.children[1]).toMatchObject({value: '\n' + space + '\n'})
      expect(article.agency).toBe('TASS')
    })
  }
})

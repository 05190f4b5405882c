/**
 * Runs a construction's declared examples and counter-examples through `parseArticle`: each example must give
 * a paraphrase of that rule with the example's content and speaker; each counter-example none of that rule.
 */

import {describe, expect, it} from 'vitest'
import type {Construction} from '../../../src/attribution/indirect/unit.js'
import {parseArticle} from '../../../src/index.js'

export function runUnit(construction: Construction): void {
  describe(construction.name, () => {
    it('declares a doc, examples and counter-examples', () => {
      expect(construction.doc.length).toBeGreaterThan(20)
      expect(construction.examples.length).toBeGreaterThan(0)
      expect(construction.counterExamples.length).toBeGreaterThan(0)
    })
    for (const example of construction.examples) {
      it(`finds: ${example.text}`, () => {
        const article = parseArticle(example.text)
        const found = article.paraphrases.filter((paraphrase) => paraphrase.rule === construction.name)
        expect(found.map((paraphrase) => paraphrase.value)).toContain(example.content)
        const paraphrase = found.find((candidate) => candidate.value === example.content)!
        const speaker = article.speakers.find((candidate) => candidate.id === paraphrase.speaker)
        expect(speaker?.name ?? null).toBe(example.speaker)
        expect(paraphrase.cue).not.toBeNull()
        expect(example.text.slice(paraphrase.position.start.offset, paraphrase.position.end.offset)).toBe(
          paraphrase.value
        )
      })
    }
    for (const text of construction.counterExamples) {
      it(`leaves alone: ${text}`, () => {
        const article = parseArticle(text)
        expect(
          article.paraphrases
            .filter((paraphrase) => paraphrase.rule === construction.name)
            .map((paraphrase) => paraphrase.value)
        ).toEqual([])
      })
    }
  })
}

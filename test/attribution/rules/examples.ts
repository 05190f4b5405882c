/**
 * Runs a rule's examples and counter-examples through `parseArticle`: each
 * example must give its quotation the rule's name and the example's speaker,
 * and must stop doing so when the rule is left out of the sieve's
 * configuration (so no example passes by another rule's work); each
 * counter-example must not give its quotation the speaker it names.
 * Used by the test file of every rule (and by the docs' example rule).
 */

import {describe, expect, it} from 'vitest'
import type {Article, Quotation} from '../../../src/ast.js'
import {analyzeSpeech} from '../../../src/attribution/index.js'
import type {RuleDescription, RuleExample, SieveRule} from '../../../src/attribution/rule.js'
import {sieveRules} from '../../../src/attribution/rules/index.js'
import type {SpeakerRule} from '../../../src/attribution/custom.js'
import {parseArticle} from '../../../src/parse.js'
import {createLocator} from '../../../src/text/location.js'

/** The outer quotation an example is about: the one whose words are `quotation`, else the first. */
export function quotationOf(article: Article, example: RuleExample): Quotation | undefined {
  return article.quotations.find(
    (quotation) => quotation.depth === 0 && (example.quotation === undefined || quotation.value === example.quotation)
  )
}

/** The name of a quotation's speaker (`null`: none). */
export function speakerOf(article: Article, quotation: Quotation | undefined): string | null {
  return article.speakers.find((speaker) => speaker.id === quotation?.speaker)?.name ?? null
}

/** `text` parsed with the sieve's configuration (built-in rules) without `rule`. */
function parseWithout(text: string, rule: SieveRule): Article {
  const article = parseArticle(text)
  analyzeSpeech(
    {text, article, locator: createLocator(text), file: null},
    sieveRules.filter((other) => other !== rule)
  )
  return article
}

/** Test the examples and counter-examples of a built-in rule, or of a custom rule (`custom`: parse with it). */
export function testRuleExamples(rule: SieveRule | SpeakerRule): void {
  const builtin = 'find' in rule
  const parse = (text: string): Article =>
    builtin ? parseArticle(text) : parseArticle(text, {rules: [rule as SpeakerRule]})
  const description: RuleDescription = rule
  describe('rule `' + rule.name + '`', () => {
    it('declares examples and counter-examples', () => {
      expect(description.examples?.length ?? 0).toBeGreaterThan(0)
      expect(description.counterExamples?.length ?? 0).toBeGreaterThan(0)
    })
    for (const [n, example] of (description.examples ?? []).entries()) {
      it('example ' + (n + 1) + ': ' + JSON.stringify(example.speaker), () => {
        const article = parse(example.text)
        const quotation = quotationOf(article, example)
        expect(quotation, 'the quotation of the example').toBeDefined()
        expect(quotation?.rule).toBe(rule.name)
        expect(speakerOf(article, quotation)).toBe(example.speaker)
        if (!builtin) return
        // Without the rule, the example does not hold: it tests this rule, not another's work.
        const without = parseWithout(example.text, rule as SieveRule)
        const other = quotationOf(without, example)
        expect([other?.rule, speakerOf(without, other)]).not.toEqual([rule.name, example.speaker])
      })
    }
    for (const [n, example] of (description.counterExamples ?? []).entries()) {
      it('counter-example ' + (n + 1) + ': not ' + JSON.stringify(example.speaker), () => {
        const article = parse(example.text)
        const quotation = quotationOf(article, example)
        expect(quotation, 'the quotation of the counter-example').toBeDefined()
        expect(speakerOf(article, quotation)).not.toBe(example.speaker)
      })
    }
  })
}

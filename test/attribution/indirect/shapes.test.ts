/**
 * Shapes read by `reported-clause`: reporting verbs in a headline written in title case (`verbs.ts`, `titleCaseAround`; lexicon
 * `indirect-sources.ts`, `headlineVerbs`), and a content that ends before a second, coordinated reporting verb
 * (`complement.ts`), and a name or pronoun as a whole object (`reported-clause.ts`).
 */

import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../../src/index.js'

function values(text: string): string[] {
  return parseArticle(text).paraphrases.map((paraphrase) => paraphrase.value)
}

describe('headlines in title case', () => {
  it('reads a capitalised reporting verb between capitalised words', () => {
    expect(values('Mayor Ruiz Says The Old Bridge Will Reopen In May.\n\nThe mayor spoke on Tuesday.')).toContain(
      'The Old Bridge Will Reopen In May'
    )
    expect(values('Ferry Union Warns Harbour Fees Would Sink The Fleet.\n\nThe union met on Monday.')).toContain(
      'Harbour Fees Would Sink The Fleet'
    )
  })
  it('leaves alone a capitalised verb in prose and headline verbs of other senses', () => {
    expect(values('The tour visited the Says Museum of Modern Art in Ohio last year.')).toEqual([])
    expect(values('Coach Berg Adds Two Young Players To The Squad.\n\nThe club met on Monday.')).toEqual([])
  })
})

describe('a coordinated reporting verb ends the content before it', () => {
  it('cuts before `and said` and `but noted`', () => {
    expect(
      values('Ruiz said the ferry was late because of the storm and said, "We are sorry for the delay."')
    ).toContain('the ferry was late because of the storm')
    expect(
      values('Her aides say it is too early to talk about a run but noted that she won two close races.')
    ).toContain('it is too early to talk about a run')
  })
  it('does not cut before a coordinated verb that reports nothing', () => {
    expect(values('Ruiz said the ferry was late and missed the last train to the city.')).toContain(
      'the ferry was late and missed the last train to the city'
    )
  })
})

describe('a name or pronoun as a whole object', () => {
  it('reads a one-word object that names someone', () => {
    expect(values('Mayor Ana Ruiz endorsed Berg on Tuesday.')).toContain('Berg on Tuesday')
    expect(values('The union leader criticized Berg.')).toContain('Berg')
    expect(values('The harbour union endorsed him.')).toContain('him')
  })
  it('ends a name object before a comma or a figure', () => {
    expect(values('Older voters praised Ruiz, 58 percent to 30 percent.')).toContain('Ruiz')
  })
  it('reads no one-word object that names no one', () => {
    expect(values('The union leader criticized everything.')).toEqual([])
  })
})

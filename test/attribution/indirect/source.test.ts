/**
 * Source shapes of indirect speech (`src/attribution/indirect/source.ts`, lexicon `indirect-sources.ts`): an
 * appositive ending in a number, a relative `who`, an adverb set off by commas, long appositives, a proportion
 * as the subject.
 */

import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../../src/index.js'

function found(text: string): Array<{value: string; speaker: string | null; mention: string | null}> {
  const article = parseArticle(text)
  return article.paraphrases.map((paraphrase) => ({
    value: paraphrase.value,
    speaker: article.speakers.find((candidate) => candidate.id === paraphrase.speaker)?.name ?? null,
    mention: paraphrase.mention
      ? text.slice(paraphrase.mention.position.start.offset, paraphrase.mention.position.end.offset)
      : null
  }))
}

describe('source shapes of indirect speech', () => {
  it('reads a subject whose appositive ends in a number (`Ruiz, 58, said`)', () => {
    expect(found('Mayor Ana Ruiz, 58, said the ferry would sail again in June.')).toContainEqual(
      expect.objectContaining({value: 'the ferry would sail again in June', speaker: 'Ana Ruiz'})
    )
  })
  it('still takes a form in -s after a number for a noun (`15 reports`)', () => {
    expect(found('The inspectors filed 15 reports of storm damage along the coast.')).toEqual([])
  })
  it('reads the antecedent of a relative `who` as the source', () => {
    expect(found('The crowd cheered for Tomas Berg, who said the mill would hire again.')).toContainEqual(
      expect.objectContaining({value: 'the mill would hire again', speaker: 'Tomas Berg'})
    )
  })
  it('reads a subject past an adverb set off by commas', () => {
    expect(found('Other residents, however, say the new bridge is too narrow for lorries.')).toContainEqual(
      expect.objectContaining({value: 'the new bridge is too narrow for lorries'})
    )
    expect(found('The harbour master, for his part, said the pier was safe.')).toContainEqual(
      expect.objectContaining({value: 'the pier was safe'})
    )
  })
  it('reads a subject set off by long or punctuated appositives', () => {
    expect(
      found(
        'Lars Berg, who worked on the ferries for thirty years before he ran the union in the north, said the pier was unsafe.'
      )
    ).toContainEqual(expect.objectContaining({value: 'the pier was unsafe', speaker: 'Lars Berg'}))
    expect(found('Mayor Ana Ruiz (Labour), who has backed the plan, said the ferry would sail.')).toContainEqual(
      expect.objectContaining({value: 'the ferry would sail', speaker: 'Ana Ruiz'})
    )
    expect(found('On Monday, Mayor Ana Ruiz, who has long backed the plan, said the ferry would sail.')).toContainEqual(
      expect.objectContaining({value: 'the ferry would sail', speaker: 'Ana Ruiz'})
    )
  })
  it('reads no subject from a segment that is not a name', () => {
    expect(found('After the storm, with the pier closed for a week and the boats tied up, said nobody.')).toEqual([])
  })
  it('reads a proportion as the subject (`six in 10 said`)', () => {
    const result = found('About three in 10 said they would cycle to work, but six in 10 said the roads were too busy.')
    expect(result).toContainEqual(expect.objectContaining({value: 'they would cycle to work', speaker: null}))
    expect(result).toContainEqual(expect.objectContaining({value: 'the roads were too busy', speaker: null}))
  })
  it('reads no proportion that is not the subject of a reporting verb', () => {
    expect(found('In the end, three in 10 voters stayed home because of the rain.')).toEqual([])
    expect(
      found('The rate fell to one in 10 last year, officials noted in passing.').map((p) => p.value)
    ).not.toContain('last year')
  })
})

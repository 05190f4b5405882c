import {describe, expect, it} from 'vitest'
import {parseArticle, toRecord} from '../../src/index.js'

describe('titles with a complement', () => {
  it('should read `Minister of X Y First Last` as a title and a two-word name', () => {
    const text =
      'ZAGREB, March 3. /TASS/. Croatia will open two consulates, Croatian Minister of Foreign and European Affairs Ana Horvat told reporters.\n\n' +
      '"We want to be closer to our citizens abroad," Horvat said.\n\n' +
      '"The first office opens in spring," the minister added.'
    const article = parseArticle(text, {referenceDate: '2025-03-03'})
    const people = article.speakers.filter((speaker) => speaker.kind === 'person')
    expect(people.map((speaker) => speaker.name)).toEqual(['Ana Horvat'])
    expect(people[0].title).toBe('Croatian Minister of Foreign and European Affairs')
    expect(toRecord(article).quotes.map((quote) => quote.speaker)).toEqual(['Ana Horvat', 'Ana Horvat'])
  })

  it('should not give a modified organisation nominal to an earlier place', () => {
    const text =
      'LISBON, May 2 (Reuters) - Talks will resume in Madrid next week, the Portuguese ministry said in a statement.'
    const article = parseArticle(text, {referenceDate: '2025-05-02'})
    for (const paraphrase of article.paraphrases) {
      const speaker = article.speakers.find((entity) => entity.id === paraphrase.speaker)
      expect(speaker?.name).not.toBe('Madrid')
    }
  })
})

describe('names joined by `and`', () => {
  it('should read two people, not one name, in `X Y and Z W`', () => {
    const text =
      'OSLO (AP) — Coach Lars Berg and Danish striker Mads Holm argued after the defeat.\n\n' +
      '"We lost our heads," said Holm.'
    const article = parseArticle(text)
    const names = article.speakers.map((speaker) => speaker.name)
    expect(names).toContain('Mads Holm')
    expect(toRecord(article).quotes.map((quote) => quote.speaker)).toEqual(['Mads Holm'])
  })
})

describe('colon lead-ins', () => {
  it('should give a quotation to the name right before the colon, after a verb that is no cue', () => {
    const text = 'DENVER (AP) — The result did not surprise pollster Ruth Kemp: “Turnout always falls in the spring.”'
    const article = parseArticle(text)
    expect(toRecord(article).quotes.map((quote) => quote.speaker)).toEqual(['Ruth Kemp'])
    expect(article.quotations[0].rule).toBe('colon-lead')
  })
})

describe('reports inside reports', () => {
  it('should give a quotation inside a named source’s report to that source', () => {
    const text = 'OSLO (AP) — Nils Dahl told reporters the ministry says the plan is "a costly mistake."'
    const article = parseArticle(text)
    expect(toRecord(article).quotes.map((quote) => quote.speaker)).toEqual(['Nils Dahl'])
    expect(article.quotations[0].rule).toBe('cue-before-outer')
  })
})

describe('Malaysian styles', () => {
  it('should strip `Datuk Seri`, `Tun` and `Dato’` from the name, keeping `Tan` (a family name)', () => {
    const text =
      'KUALA LUMPUR, Aug 9 (Bernama) -- Roads in Sabah will be upgraded, said Minister Datuk Seri Aziz Omar.\n\n' +
      '"We are ready," he said.\n\n' +
      'Tun Dr Hamid Yusof said: "It is late."\n\n' +
      'Dr Wei Ling Tan said: "It is welcome."'
    const record = toRecord(parseArticle(text, {referenceDate: '2025-01-01'}))
    expect(record.quotes.map((quote) => quote.speaker)).toEqual(['Aziz Omar', 'Hamid Yusof', 'Wei Ling Tan'])
  })
})

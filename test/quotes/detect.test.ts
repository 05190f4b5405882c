/**
 * Quote detection and spans, through `parseArticle`: every mark system,
 * nesting, split and multi-paragraph quotations, partial quotes, scare
 * quotes, titles, names, typewriter substitutes left out of the record.
 * The stories are made up for these tests.
 */

import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/parse.js'
import {toRecord} from '../../src/record.js'
import type {Article, Quotation} from '../../src/ast.js'

const head = 'LISBON, March 3 (Wire) - '

function parse(body: string): {article: Article; text: string} {
  const text = head + body
  return {article: parseArticle(text), text}
}

/** The record's quotes as texts. */
function recorded(body: string, options?: Parameters<typeof toRecord>[1]): string[] {
  return toRecord(parse(body).article, options).quotes.map((quote) => quote.text)
}

/** Outer quotations as `[value, kind]`. */
function kinds(body: string): Array<[string, string]> {
  return parse(body)
    .article.quotations.filter((quotation) => quotation.depth === 0)
    .map((quotation) => [quotation.value, quotation.kind])
}

function only(body: string): Quotation {
  const outer = parse(body).article.quotations.filter((quotation) => quotation.depth === 0)
  expect(outer).toHaveLength(1)
  return outer[0]
}

describe('mark systems', () => {
  it('straight', () => {
    const quotation = only('"The bridge will open in May," the mayor said.')
    expect([quotation.value, quotation.marks, quotation.kind]).toEqual([
      'The bridge will open in May,',
      'straight',
      'direct'
    ])
  })

  it('curly', () => {
    expect(only('The mayor said: “The bridge will open in May.”').marks).toBe('curly')
  })

  it('guillemets, both ways', () => {
    expect(only('«We will rebuild the port», the minister said.').marks).toBe('guillemets')
    expect(only('»We will rebuild the port«, the minister said.').value).toBe('We will rebuild the port')
  })

  it('low-high', () => {
    const quotation = only('„We will rebuild the port“, the minister said.')
    expect([quotation.value, quotation.marks]).toEqual(['We will rebuild the port', 'low-high'])
  })

  it('British single marks with nested doubles', () => {
    const {article} = parse('‘The sign said “closed” all week,’ the baker said.')
    expect(
      article.quotations.map((quotation) => [quotation.value, quotation.depth, quotation.marks, quotation.kind])
    ).toEqual([
      ['The sign said “closed” all week,', 0, 'single', 'direct'],
      ['closed', 1, 'curly', 'embedded']
    ])
  })

  it('British single marks typed straight (MailOnline), with a partial quote and a colon lead', () => {
    const body =
      "The buyer said the caller 'sounded so genuine'.\n\n'I feel such a fool,' she said. 'They took everything.'\n\n" +
      "The officer said: 'Hang up at once.'"
    expect(recorded(body)).toEqual([
      'sounded so genuine',
      'I feel such a fool,',
      'They took everything.',
      'Hang up at once.'
    ])
  })

  it('a plural possessive inside a British single-quoted quotation does not close it', () => {
    expect(recorded('‘Rents rose more than most tenants’ wages did,’ she said. ‘It is not fair.’')).toEqual([
      'Rents rose more than most tenants’ wages did,',
      'It is not fair.'
    ])
    // A partial quote ending in `s` before a lower-case word still closes when no closing mark follows it alone.
    expect(recorded('She called them ‘traitors’ and left. ‘It is over,’ she said.')).toEqual([
      'traitors',
      'It is over,'
    ])
  })

  it("no British style from elisions and spaced possessives: `Steak 'n Egg`, `Hun Sen 's visit`, `'em`", () => {
    expect(kinds("The Steak 'n Egg chain was sold after Hun Sen 's visit, and fans loved 'em all the same.")).toEqual(
      []
    )
  })

  it('CJK corner brackets', () => {
    expect(only('「We will rebuild the port」, the minister said.').marks).toBe('corner')
  })

  it('doubled apostrophes: in the tree and attributed, out of the record unless asked for', () => {
    const body = "''The harvest was the worst in ten years,'' the farmer told reporters."
    const quotation = only(body)
    expect([quotation.value, quotation.marks, quotation.kind]).toEqual([
      'The harvest was the worst in ten years,',
      'apostrophes',
      'direct'
    ])
    expect(quotation.rule).not.toBeNull()
    expect(recorded(body)).toEqual([])
    expect(recorded(body, {quoteMarks: 'all'})).toEqual(['The harvest was the worst in ten years,'])
    expect(recorded(body, {quoteMarks: ['apostrophes']})).toEqual(['The harvest was the worst in ten years,'])
    expect(recorded(body, {quoteMarks: ['curly']})).toEqual([])
  })

  it('TeX-style and primes: recorded only with quoteMarks all', () => {
    const tex = "``The harvest was poor,'' the farmer said."
    expect(only(tex).marks).toBe('tex')
    expect(recorded(tex)).toEqual([])
    expect(recorded(tex, {quoteMarks: 'all'})).toEqual(['The harvest was poor,'])
    const primes = '″The harvest was poor,″ the farmer said.'
    expect(only(primes).marks).toBe('primes')
    expect(recorded(primes)).toEqual([])
  })
})

describe('structure', () => {
  it('split by attribution: two quotes, both speech', () => {
    const {article} = parse('"The port is ready," the minister said, "and the ships are coming."')
    const outer = article.quotations.filter((quotation) => quotation.depth === 0)
    expect(outer.map((quotation) => [quotation.value, quotation.kind])).toEqual([
      ['The port is ready,', 'direct'],
      ['and the ships are coming.', 'partial']
    ])
  })

  it('multi-paragraph: one quote a paragraph, no warning', () => {
    const file = new VFile(head + 'The minister said:\n\n“The port is ready.\n\n“The ships are coming,” she added.')
    const article = parseArticle(file)
    expect(toRecord(article).quotes.map((quote) => quote.text)).toEqual(['The port is ready.', 'The ships are coming,'])
    expect(file.messages.filter((message) => message.ruleId === 'unclosed-quotation')).toEqual([])
  })

  it('a line that ends a sentence ends a run left open', () => {
    expect(recorded('"Everyone wants the port rebuilt.\nHarbour Board Chairwoman.')).toEqual([
      'Everyone wants the port rebuilt.'
    ])
  })

  it('a second opening mark closes an unclosed run', () => {
    expect(recorded('The chief said “the port is ready. “The ships are coming,” she added.')).toEqual([
      'the port is ready.',
      'The ships are coming,'
    ])
  })

  it('an opening curly mark typed as a closing one', () => {
    expect(recorded('“We are ready,“ the chief said. “The ships are coming.”')).toEqual([
      'We are ready,',
      'The ships are coming.'
    ])
  })

  it('inch marks and markup attribute values are not quotation marks', () => {
    expect(
      recorded('The statue is 6\'3" tall, the curator said. "It is the tallest in the region," she added.')
    ).toEqual(['It is the tallest in the region,'])
    expect(
      recorded('<tweet author="Port Authority" date="2016-01-02">Ships arrive</tweet> "We are ready," the chief said.')
    ).toEqual(['We are ready,'])
  })

  it('a straight double mark inside a word is an apostrophe (old wire copy)', () => {
    expect(
      recorded(
        'The administration"s plan was "a disaster," the senator said. Karvia"s leaders don"t agree, and they"ll say so.'
      )
    ).toEqual(['a disaster,'])
  })
})

describe('speech or not', () => {
  it('partial quote of speech', () => {
    expect(kinds('The minister called the strike “a provocation” on Monday.')).toEqual([['a provocation', 'partial']])
  })

  it('scare quote: a short run with no speech in its sentence', () => {
    expect(kinds('A separate “harbour” duty of four percent is not affected.')).toEqual([['harbour', 'scare']])
    expect(kinds('The so-called “reform” passed on Monday.')).toEqual([['reform', 'scare']])
    expect(recorded('A separate “harbour” duty of four percent is not affected.')).toEqual([])
  })

  it('codes and terms of business copy, even in a sentence with speech: scare', () => {
    expect(kinds('The units will trade under the symbol "VLMRU," the company said.')).toEqual([['VLMRU,', 'scare']])
    expect(kinds('It pays 12 cts a share on its class "B" stock, the company said.')).toEqual([['B', 'scare']])
    expect(kinds('Farmers should buy "put" options to lock in a price, the paper said.')).toEqual([['put', 'scare']])
    expect(kinds('He said the "fair price" provision of the charter would not apply.')).toEqual([
      ['fair price', 'scare']
    ])
  })

  it('a judgement or speech before such a noun stays speech', () => {
    // Not right before the noun: what was said.
    expect(kinds('He called the offer "grossly inadequate" and said the shares were worth more.')).toEqual([
      ['grossly inadequate', 'partial']
    ])
    expect(kinds('"We will sell the shares," the chairman said.')).toEqual([['We will sell the shares,', 'direct']])
  })

  it('titles of works and programmes', () => {
    expect(kinds('The mayor appeared on “Harbour Morning Hour” and took calls.')).toEqual([
      ['Harbour Morning Hour', 'title']
    ])
    expect(kinds('She wrote the book “Winds of the Estuary,” which sold well.')).toEqual([
      ['Winds of the Estuary,', 'title']
    ])
    expect(kinds('Fans of “Tide Watchers” gathered on the quay.')).toEqual([['Tide Watchers', 'title']])
    expect(kinds('She wrote the book, “Salt Roads: How the Coast Was Won,” last year.')).toEqual([
      ['Salt Roads: How the Coast Was Won,', 'title']
    ])
    expect(
      kinds('The mayor will appear on “Harbour Hour” and “The Late Quay Show With Ana Reis,” her aides said.')
    ).toEqual([
      ['Harbour Hour', 'title'],
      ['The Late Quay Show With Ana Reis,', 'title']
    ])
    expect(
      kinds('The national “Lisbon on the web” campaign started on Monday. The campaign “Ports on the web” follows it.')
    ).toEqual([
      ['Lisbon on the web', 'scare'],
      ['Ports on the web', 'title']
    ])
  })

  it('a label of the noun after it, a list of titles, a naming verb and a possessive, a title repeated', () => {
    expect(kinds('Ana Reis filled in the magazine’s “If I ran the port” questionnaire, she said.')).toEqual([
      ['If I ran the port', 'scare']
    ])
    expect(kinds('The “Harbour Queen” pageant drew crowds, the mayor said.')).toEqual([['Harbour Queen', 'title']])
    expect(
      kinds('The catalogue includes “Tide,” “Salt Roads,” “The Quay” and “Catch Me if You Can,” the firm said.').map(
        (pair) => pair[1]
      )
    ).toEqual(['title', 'title', 'title', 'title'])
    expect(kinds('Fishermen dubbed Lisbon’s “old captain” and “keeper of the bay” the skipper, locals said.')).toEqual([
      ['old captain', 'scare'],
      ['keeper of the bay', 'scare']
    ])
    expect(
      kinds('She starred in the film “Salt Roads.” Critics told “Salt Roads” fans to wait, a critic said.')
    ).toEqual([
      ['Salt Roads.', 'title'],
      ['Salt Roads', 'title']
    ])
    // Speech stays speech: a judgement before a noun, a short quote with its cue.
    expect(kinds('The mayor said it was a “reckless” plan.')).toEqual([['reckless', 'partial']])
    expect(kinds('Critics mocked the “harbour first” slogan.')).toEqual([['harbour first', 'scare']])
  })

  it('names and nicknames', () => {
    const quotation = only('Fisherman Joao “The Anchor” Silva won the race.')
    expect([quotation.kind, quotation.speaker, quotation.rule]).toEqual(['name', null, 'name'])
  })

  it('a sentence of its own is speech', () => {
    expect(kinds('The minister sighed. “It is more work.”')).toEqual([['It is more work.', 'direct']])
  })

  it('non-speech runs lose their speaker', () => {
    const {article} = parse('The mayor said the “harbour” levy is fair.')
    for (const quotation of article.quotations) {
      if (quotation.kind === 'direct' || quotation.kind === 'partial') continue
      expect(quotation.speaker).toBeNull()
      expect(quotation.cue).toBeNull()
    }
    const used = new Set(
      article.quotations
        .map((quotation) => quotation.speaker)
        .concat(article.paraphrases.map((paraphrase) => paraphrase.speaker))
    )
    for (const speaker of article.speakers) expect(used.has(speaker.id)).toBe(true)
  })
})

describe('odd input never throws', () => {
  const inputs = [
    'Ⰰ\r\n\r\n“مرحبا',
    'RPT -- ‘said the.,’ the. "the.," the.\n\n',
    '/MOSCOW, September 6 (Xinhua) -- "the.," the.\n\n"the.," the. the.\n\n',
    '"\n\n"\n\n"',
    '“”“”‘’‘’',
    "''''''``''",
    '<tweet a="',
    '6\'3" "',
    '«»»«„“「」『』',
    '"a\nb.\n"c'
  ]
  for (const input of inputs) {
    it(JSON.stringify(input), () => {
      const article = parseArticle(input)
      const record = toRecord(article, {quoteMarks: 'all'})
      for (const quote of record.quotes) expect(input.slice(quote.start, quote.end)).toBe(quote.text)
    })
  }
})

/**
 * The worked examples of `docs/plugins.md`, run as tests. Keep the two in
 * step: each `test` here is one example there (imports from `wirestory`
 * there, from `../../src/index.js` here).
 */

import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextKeywords from 'retext-keywords'
import retextPos from 'retext-pos'
import retextSentiment from 'retext-sentiment'
import type {Plugin} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {nlcstUnder, parseArticle, parseArticleAsync, type Analyzer, type ArticlePlugin} from '../../src/index.js'

// Module augmentation: register the `data` fields the plugins below add.
declare module '../../src/index.js' {
  // In an application: `declare module 'wirestory' { interface Data { … } }`.
  interface Data {
    /** Sum of the AFINN polarity of the words (set by `quotationSentiment`). */
    polarity?: number | undefined
    valence?: 'positive' | 'negative' | 'neutral' | undefined
    /** Countries a quotation mentions (set by `quotationCountries`). */
    countries?: string[] | undefined
  }
}

declare module 'nlcst' {
  // `retext-sentiment` (a legacy plugin) does not register its fields: do it here.
  interface Data {
    polarity?: number | undefined
    valence?: 'positive' | 'negative' | 'neutral' | undefined
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Words the `hedges` analyzer found. */
    hedges: string[]
  }
}

const story = `WASHINGTON (AP) — The Senate on Tuesday passed a bill on airline refunds.

“This is a great day for travelers, and a win for families,” said Sen. Carla Munroe, the bill’s lead sponsor.

“We are deeply disappointed. The rules will hurt France and Canada as much as us,” the industry group said in a statement, which allegedly circulated before the vote.
`

describe('docs/plugins.md', () => {
  test('sentiment per quotation: retext-sentiment + an article plugin', () => {
    /** Sum the polarity retext-sentiment left on the words of each quotation. */
    const quotationSentiment: ArticlePlugin = function quotationSentiment() {
      return (article) => {
        for (const quotation of article.quotations) {
          let polarity = 0
          for (const word of nlcstUnder(article, quotation, 'WordNode')) polarity += word.data?.polarity ?? 0
          quotation.data = {
            ...quotation.data,
            polarity,
            valence: polarity > 0 ? 'positive' : polarity < 0 ? 'negative' : 'neutral'
          }
        }
      }
    }

    const article = parseArticle(story, {
      // retext-sentiment is typed against unified 10: cast to today's plugin type.
      plugins: [retextSentiment as unknown as Analyzer],
      articlePlugins: [quotationSentiment]
    })

    const [first, second] = article.quotations
    expect(first.value).toMatch(/^This is a great day/)
    expect(first.data?.valence).toBe('positive')
    expect(second.value).toMatch(/^We are deeply disappointed/)
    expect(second.data?.valence).toBe('negative')
  })

  test('keywords per story: retext-pos + retext-keywords', () => {
    const file = new VFile({value: story})
    parseArticle(file, {plugins: [retextPos, [retextKeywords, {maximum: 3}]]})

    const keywords = file.data.keywords!.map((keyword) => toString(keyword.matches[0].node))
    expect(keywords.length).toBeGreaterThanOrEqual(3)
    expect(keywords.map((word) => word.toLowerCase())).toContain('day')
    const phrases = file.data.keyphrases!.map((phrase) =>
      phrase.matches[0].nodes.map((node) => toString(node)).join('')
    )
    expect(phrases.length).toBeGreaterThan(0)
  })

  test('an analyzer of your own: hedge words, reported on the file', () => {
    const words = new Set(['allegedly', 'reportedly', 'purportedly'])

    /** Report hedge words; list them on `file.data.hedges`. */
    const hedges: Plugin<[], Root> = function hedges() {
      return (tree, file) => {
        const found: string[] = []
        const visit = (node: Root | Root['children'][number]): void => {
          if (node.type === 'WordNode') {
            const value = toString(node)
            if (words.has(value.toLowerCase())) {
              found.push(value)
              file.message('Hedge word `' + value + '`: who says so?', {
                place: node.position,
                ruleId: 'hedge',
                source: 'hedges'
              })
            }
          } else if ('children' in node) {
            for (const child of node.children) visit(child as Root['children'][number])
          }
        }
        visit(tree)
        file.data.hedges = found
      }
    }

    const file = new VFile({value: story, path: 'refunds.txt'})
    parseArticle(file, {plugins: [hedges]})

    expect(file.data.hedges).toEqual(['allegedly'])
    const [message] = file.messages.filter((item) => item.source === 'hedges')
    expect(String(message)).toMatch(/^refunds\.txt:5:\d+-5:\d+: Hedge word `allegedly`/)
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    expect(story.slice(place.start.offset, place.end.offset)).toBe('allegedly')
  })

  test('an article plugin: tag quotations that mention a country', () => {
    /** Options of `quotationCountries`. */
    interface Options {
      countries?: readonly string[]
    }

    const quotationCountries: ArticlePlugin<[Options?]> = function quotationCountries(options) {
      const countries = new Set(options?.countries ?? ['Canada', 'France', 'Germany', 'Russia'])
      return (article) => {
        for (const quotation of article.quotations) {
          const found = nlcstUnder(article, quotation, 'WordNode')
            .map((word) => toString(word))
            .filter((word) => countries.has(word))
          if (found.length > 0) quotation.data = {...quotation.data, countries: found}
        }
      }
    }

    const article = parseArticle(story, {articlePlugins: [[quotationCountries, {countries: ['France', 'Canada']}]]})
    expect(article.quotations.map((quotation) => quotation.data?.countries ?? [])).toEqual([[], ['France', 'Canada']])
  })

  test('async plugins: parseArticleAsync', async () => {
    /** Pretend to ask a service about the story; record the answer on the file. */
    const lookup: Analyzer = function lookup() {
      return async (tree, file) => {
        const answer = await Promise.resolve(toString(tree).length)
        file.data.hedges = [String(answer)]
      }
    }

    const file = new VFile({value: story})
    const article = await parseArticleAsync(file, {plugins: [lookup]})
    expect(article.quotations).toHaveLength(2)
    expect(file.data.hedges).toHaveLength(1)

    expect(() => parseArticle(story, {plugins: [lookup]})).toThrow(
      'wirestory: analyzer `lookup` is async, so `parseArticle` cannot run it; use `parseArticleAsync` instead'
    )
  })

  test('a custom agency: the `agencies` option', () => {
    const wire = 'LAGOS, Sept 6 (Wirestory Wire) - The central bank held its key rate at 27.25%.\n'
    expect(parseArticle(wire).agency).toBe(null)

    const article = parseArticle(wire, {
      agencies: [{name: 'WSW', aliases: ['Wirestory Wire', 'WS Wire'], signOffs: ['WSW']}]
    })
    expect(article.agency).toBe('WSW')
  })

  test('a custom cue verb: the `cues` option (accepted and checked)', () => {
    const text = 'MOSCOW, May 5. /TASS/. “Rain is coming,” the forecaster quipped.\n'
    expect(() => parseArticle(text, {cues: [{lemma: 'quip', forms: ['quipped', 'quips']}]})).not.toThrow()
    expect(() => parseArticle(text, {cues: [{lemma: 'quip', forms: 'quipped' as unknown as string[]}]})).toThrow(
      TypeError
    )
  })

  test('a custom cue verb attributes a quotation', () => {
    const text =
      'Weather office forecaster Ana Lima spoke on Monday.\n\nRain fell all week.\n\n“Rain is coming, probably,” the forecaster hedged.\n'
    const before = parseArticle(text)
    expect(before.quotations[0].speaker).toBe(null)

    const article = parseArticle(text, {
      cues: [{lemma: 'hedge', forms: ['hedged', 'hedges']}],
      titles: ['forecaster'],
      nominals: {person: ['forecaster']}
    })
    const [quotation] = article.quotations
    const speaker = article.speakers.find((entry) => entry.id === quotation.speaker)
    expect(speaker?.name).toBe('Ana Lima')
    expect(quotation.cue?.lemma).toBe('hedge')
    expect(quotation.mention?.value).toBe('the forecaster')
  })

  test('a custom speaker rule', () => {
    const text = 'Acme Corp posted results on Monday.\n\nPress release: “Sales rose in every region.”\n'
    const article = parseArticle(text, {
      rules: [
        {
          name: 'press-release',
          before: 'cue-before',
          run: (context) =>
            /press release:\s*$/i.test(context.before.value)
              ? {name: 'Acme Corp', kind: 'organisation', confidence: 0.9}
              : null
        }
      ]
    })
    const [quotation] = article.quotations
    expect(quotation.rule).toBe('press-release')
    expect(article.speakers.find((entry) => entry.id === quotation.speaker)?.name).toBe('Acme Corp')
    expect(() => parseArticle(text, {rules: [{name: 'x', after: 'no-such-rule' as never, run: () => null}]})).toThrow(
      RangeError
    )
  })
})

import {halfOf} from '../../src/cli/eval.js'
import {describe, expect, it} from 'vitest'
import {
  type DatelineRecord,
  type GoldQuote,
  type GoldRecord,
  type QuoteRecord,
  type RecordLike,
  foldQuoteText,
  formatMisses,
  formatScore,
  isSpeakerJudged,
  metricValues,
  normalizeSpeaker,
  pairQuotes,
  scoreCorpus,
  speakerMatches,
  speakerMatchesLenient
} from '../../src/eval/score.js'

// Tiny handwritten texts (not from any corpus).
const TEXT = 'LONDON, May 3 (Wire) - "We will win," the coach said. "It is done," she added.'

/** A quote whose span is found in `text` (first occurrence of `words` from `from`). */
function quoteIn(
  text: string,
  words: string,
  speaker: string | null,
  extra: Partial<GoldQuote> = {},
  from = 0
): GoldQuote {
  const start = text.indexOf(words, from)
  if (start === -1) throw new Error(`not in text: ${words}`)
  return {text: words, start, end: start + words.length, speaker, ...extra}
}

function dateline(
  text: string,
  words: string,
  location: string | null,
  date: string | null,
  isoDate: string | null
): DatelineRecord {
  const start = text.indexOf(words)
  return {text: words, start, end: start + words.length, location, date, isoDate}
}

function gold(id: string, text: string, fields: Omit<GoldRecord, 'id' | 'text'>): GoldRecord {
  return {id, text, ...fields}
}

describe('pairQuotes', () => {
  it('pairs largest overlap first, one to one', () => {
    // Gold A [0,10) and B [10,40); the prediction [5,40) overlaps A by 5 and B by 30: it goes to B.
    const pairs = pairQuotes(
      [
        {start: 0, end: 10},
        {start: 10, end: 40}
      ],
      [{start: 5, end: 40}]
    )
    expect(pairs).toEqual([{gold: 1, predicted: 0, intersection: 30, union: 35}])
  })

  it('gives a gold quote to the prediction that overlaps it most, the other stays unpaired', () => {
    const pairs = pairQuotes(
      [{start: 0, end: 20}],
      [
        {start: 0, end: 8},
        {start: 2, end: 20}
      ]
    )
    expect(pairs.map((p) => [p.gold, p.predicted])).toEqual([[0, 1]])
  })

  it('re-pairs greedily: the second-best candidate takes what is left', () => {
    const pairs = pairQuotes(
      [
        {start: 0, end: 10},
        {start: 12, end: 30}
      ],
      [
        {start: 0, end: 30},
        {start: 0, end: 9}
      ]
    )
    expect(pairs.map((p) => [p.gold, p.predicted])).toEqual([
      [0, 1],
      [1, 0]
    ])
  })

  it('never pairs spans that do not overlap', () => {
    expect(pairQuotes([{start: 0, end: 5}], [{start: 5, end: 9}])).toEqual([])
  })
})

describe('foldQuoteText', () => {
  it('folds quote-mark styles, whitespace and end punctuation', () => {
    expect(foldQuoteText('“We  will\nwin,”')).toBe(foldQuoteText('We will win'))
    expect(foldQuoteText('it’s ‘fine’.')).toBe("it's 'fine") // end punctuation, quote marks included, trimmed
    expect(foldQuoteText("he said ``yes'' twice")).toBe('he said "yes" twice')
    expect(foldQuoteText('«oui»')).toBe('oui')
    expect(foldQuoteText('We will win')).not.toBe(foldQuoteText('We will lose'))
  })
})

describe('speaker names', () => {
  it('removes diacritics, case, punctuation and leading honorifics', () => {
    expect(normalizeSpeaker('Sen. José  Martí')).toBe('jose marti')
    expect(normalizeSpeaker('Prime Minister Ann O’Neil-Smith')).toBe('ann oneil smith')
    expect(normalizeSpeaker('Mr. Bo Ek')).toBe('bo ek')
    expect(normalizeSpeaker('the Acme Group')).toBe('acme group')
    expect(speakerMatches('Ann Lee', 'President Ann Lee')).toBe(true)
    expect(speakerMatches('Ann Lee', 'Dr. ann lee')).toBe(true)
    expect(speakerMatches('Łukasz Nowak', 'Lukasz Nowak')).toBe(true)
  })

  it('never strips a name down to nothing', () => {
    expect(normalizeSpeaker('President')).toBe('president')
    expect(normalizeSpeaker('Major')).toBe('major')
  })

  it('accepts a surname only in the lenient match', () => {
    expect(speakerMatches('Ann Lee', 'Lee')).toBe(false)
    expect(speakerMatchesLenient('Ann Lee', 'Lee')).toBe(true)
    expect(speakerMatchesLenient('Ann Lee', 'Mrs Lee')).toBe(true)
    expect(speakerMatchesLenient('Ann Lee', 'Tom Lee')).toBe(true)
    expect(speakerMatchesLenient('Carl Day Jr.', 'Day')).toBe(true)
    expect(speakerMatchesLenient('Ann Lee', 'Ann')).toBe(false)
    expect(speakerMatchesLenient('Ann Lee', null)).toBe(false)
  })

  it('judges only named speakers whose gold source span holds the name (source-name)', () => {
    expect(isSpeakerJudged({text: 'x', start: 0, end: 1, speaker: 'Ann Lee'})).toBe(true)
    expect(isSpeakerJudged({text: 'x', start: 0, end: 1, speaker: null})).toBe(false)
    expect(isSpeakerJudged({text: 'x', start: 0, end: 1, speaker: 'Ann Lee', speakerBasis: 'source-name'})).toBe(true)
    expect(isSpeakerJudged({text: 'x', start: 0, end: 1, speaker: 'Acme', speakerBasis: 'source-organisation'})).toBe(
      false
    )
    expect(isSpeakerJudged({text: 'x', start: 0, end: 1, speaker: 'Ann Lee', speakerBasis: 'surname-coref'})).toBe(
      false
    )
    expect(isSpeakerJudged({text: 'x', start: 0, end: 1, speaker: 'Ann Lee', speakerBasis: 'coref'})).toBe(false)
    expect(isSpeakerJudged({text: 'x', start: 0, end: 1, speaker: 'a spokesman', speakerBasis: 'nominal'})).toBe(false)
  })
})

describe('scoreCorpus: quotes', () => {
  const goldQuotes = [quoteIn(TEXT, 'We will win,', 'Kim Park'), quoteIn(TEXT, 'It is done,', 'Kim Park')]
  const record = gold('q1', TEXT, {quotes: goldQuotes})

  it('scores exact and overlap separately', () => {
    const predicted: RecordLike = {
      quotes: [
        // same words, other marks and no trailing comma: exact
        {...quoteIn(TEXT, 'We will win', 'Kim Park'), text: '“We will win”'},
        // covers the quote and the closing mark plus ' she': overlaps, not exact
        {...quoteIn(TEXT, 'It is done," she', 'Kim Park')}
      ]
    }
    const score = scoreCorpus([{gold: record, predicted}])
    expect(score.quotes?.exact).toMatchObject({tp: 1, predicted: 2, gold: 2, precision: 0.5, recall: 0.5, f1: 0.5})
    expect(score.quotes?.overlap).toMatchObject({tp: 2, precision: 1, recall: 1, f1: 1})
    expect(score.misses.map((m) => m.field)).toEqual(['quotes.exact'])
  })

  it('needs the intersection to be at least half the union for overlap', () => {
    const half = quoteIn(TEXT, 'We will', 'Kim Park') // 7 of 12 characters
    const small = quoteIn(TEXT, 'win', 'Kim Park') // 3 of 12
    const a = scoreCorpus([{gold: record, predicted: {quotes: [half]}}])
    expect(a.quotes?.overlap.tp).toBe(1)
    const b = scoreCorpus([{gold: record, predicted: {quotes: [small]}}])
    expect(b.quotes?.overlap.tp).toBe(0)
    expect(b.quotes?.overlap).toMatchObject({predicted: 1, gold: 2, precision: 0, recall: 0})
  })

  it('counts missed and spurious quotes', () => {
    const spurious = quoteIn(TEXT, 'the coach', null)
    const score = scoreCorpus([{gold: record, predicted: {quotes: [goldQuotes[0] as QuoteRecord, spurious]}}])
    expect(score.quotes?.overlap).toMatchObject({tp: 1, predicted: 2, gold: 2})
    const overlapMisses = score.misses.filter((m) => m.field === 'quotes.overlap')
    expect(overlapMisses.map((m) => [m.gold === null, m.predicted === null])).toEqual([
      [false, true],
      [true, false]
    ])
  })

  it('scores speakers strictly and leniently, and end to end', () => {
    const predicted: RecordLike = {
      quotes: [
        {...(goldQuotes[0] as QuoteRecord), speaker: 'Mrs. Kim Park'},
        {...(goldQuotes[1] as QuoteRecord), speaker: 'Park'}
      ]
    }
    const score = scoreCorpus([{gold: record, predicted}])
    expect(score.quotes?.speaker).toEqual({correct: 1, n: 2, value: 0.5})
    expect(score.quotes?.speakerLenient).toEqual({correct: 2, n: 2, value: 1})
    expect(score.quotes?.endToEnd).toMatchObject({tp: 1, predicted: 2, gold: 2})
    expect(score.misses).toMatchObject([{id: 'q1', field: 'quotes.speaker', gold: 'Kim Park', predicted: 'Park'}])
  })

  it('judges speakers only for hand-checked speakerBasis; unjudged quotes count end to end', () => {
    const text = '"Go now," said Ann Lee. "Stay," he said. "Wait," a clerk said. "Run," someone shouted.'
    const quotes = [
      quoteIn(text, 'Go now,', 'Ann Lee', {speakerBasis: 'source-name'}),
      quoteIn(text, 'Stay,', 'Tom Roe', {speakerBasis: 'coref'}),
      quoteIn(text, 'Wait,', 'a clerk', {speakerBasis: 'nominal'}),
      quoteIn(text, 'Run,', null, {speakerBasis: 'no-source'})
    ]
    const predicted: RecordLike = {
      quotes: quotes.map((q) => ({text: q.text, start: q.start, end: q.end, speaker: 'Bob'}))
    }
    const score = scoreCorpus([{gold: gold('b1', text, {quotes}), predicted}])
    expect(score.quotes?.speaker).toEqual({correct: 0, n: 1, value: 0})
    expect(score.quotes?.endToEnd).toMatchObject({tp: 3, predicted: 4, gold: 4})
  })

  it('does not score quotes where the gold does not annotate them', () => {
    const score = scoreCorpus([{gold: gold('n1', TEXT, {}), predicted: {quotes: [goldQuotes[0] as QuoteRecord]}}])
    expect(score.quotes).toBeNull()
  })

  it('treats a record with an empty gold quote list as annotated', () => {
    const score = scoreCorpus([
      {gold: gold('e1', TEXT, {quotes: []}), predicted: {quotes: [goldQuotes[0] as QuoteRecord]}}
    ])
    expect(score.quotes?.overlap).toMatchObject({tp: 0, predicted: 1, gold: 0, precision: 0, recall: null, f1: 0})
  })
})

describe('scoreCorpus: paraphrases', () => {
  const text = 'Ann Lee said the talks would resume in May. Officials expect a deal, according to Tom Roe. It rained.'
  const goldList = [
    quoteIn(text, 'the talks would resume in May', 'Ann Lee', {speakerBasis: 'source-name'}),
    quoteIn(text, 'Officials expect a deal', 'Tom Roe', {speakerBasis: 'source-name'})
  ]

  it('counts a pair whose intersection covers half of each span, and judges its speaker', () => {
    const predicted: RecordLike = {
      paraphrases: [
        // Covers the whole gold span and is not twice as long: counted.
        {...quoteIn(text, 'talks would resume in May', 'Ann Lee'), speaker: 'Ann Lee'},
        // Covers the gold span but is more than twice its length: not counted.
        {...quoteIn(text, 'Officials expect a deal, according to Tom Roe. It rained.', null), speaker: 'Roe'}
      ]
    }
    const score = scoreCorpus([{gold: gold('p1', text, {paraphrases: goldList}), predicted}])
    expect(score.paraphrases?.found).toMatchObject({tp: 1, predicted: 2, gold: 2})
    expect(score.paraphrases?.speaker).toEqual({correct: 1, n: 1, value: 1})
    expect(score.misses.filter((m) => m.field === 'paraphrases')).toHaveLength(2)
    // The gold miss names the prediction it overlapped under half, so a span disagreement reads as one.
    const goldMiss = score.misses.find((m) => m.field === 'paraphrases' && m.gold !== null)
    expect(goldMiss?.gold).toContain('Officials expect a deal')
    expect(goldMiss?.predicted).toMatch(/^"Officials expect a deal, according to.* \(under half\)$/)
  })

  it('judges paraphrase speakers by the same basis rule as quotes', () => {
    const list = [quoteIn(text, 'the talks would resume in May', 'Ann Lee', {speakerBasis: 'coref'})]
    const predicted: RecordLike = {paraphrases: [{...list[0]!, speaker: 'Bob'}]}
    const score = scoreCorpus([{gold: gold('p2', text, {paraphrases: list}), predicted}])
    expect(score.paraphrases?.speaker.n).toBe(0)
    expect(score.paraphrases?.endToEnd).toMatchObject({tp: 1})
  })

  it('does not score paraphrases where the gold does not annotate them', () => {
    const score = scoreCorpus([{gold: gold('p3', text, {}), predicted: {paraphrases: goldList}}])
    expect(score.paraphrases).toBeNull()
  })
})

describe('scoreCorpus: dateline', () => {
  const withDateline = gold('d1', TEXT, {
    dateline: dateline(TEXT, 'LONDON, May 3 (Wire)', 'LONDON', 'May 3', '2001-05-03')
  })
  const plain = 'The cat sat.\n\nIt was warm.'
  const withoutDateline = gold('d2', plain, {dateline: null})

  it('counts presence, fields and false datelines', () => {
    const falseOne = dateline(plain, 'The cat', 'The cat', null, null)
    const score = scoreCorpus([
      {
        gold: withDateline,
        predicted: {
          dateline: {...(withDateline.dateline as DatelineRecord), location: 'LONDON ', date: 'May  3', end: 13}
        }
      },
      {gold: withoutDateline, predicted: {dateline: falseOne}},
      {gold: gold('d3', plain, {dateline: null}), predicted: {dateline: null}}
    ])
    const d = score.dateline
    expect(d?.found).toMatchObject({tp: 1, predicted: 2, gold: 1, precision: 0.5, recall: 1})
    expect(d?.location.value).toBe(1) // whitespace folded
    expect(d?.date.value).toBe(1)
    expect(d?.isoDate.value).toBe(1)
    expect(d?.span).toEqual({correct: 0, n: 1, value: 0})
    expect(d?.falseDatelines).toEqual({count: 1, goldNull: 2, rate: 0.5})
    expect(score.misses.map((m) => `${m.id} ${m.field}`)).toEqual(['d1 dateline.span', 'd2 dateline.false'])
  })

  it('keeps case and applies NFKC', () => {
    const ok = scoreCorpus([
      {
        gold: withDateline,
        predicted: {dateline: {...(withDateline.dateline as DatelineRecord), location: 'ＬＯＮＤＯＮ'}}
      }
    ])
    expect(ok.dateline?.location.value).toBe(1)
    const wrong = scoreCorpus([
      {gold: withDateline, predicted: {dateline: {...(withDateline.dateline as DatelineRecord), location: 'London'}}}
    ])
    expect(wrong.dateline?.location.value).toBe(0)
  })

  it('counts a missing prediction wrong for every field', () => {
    const score = scoreCorpus([{gold: withDateline, predicted: {}}])
    expect(score.dateline?.found).toMatchObject({tp: 0, predicted: 0, gold: 1, precision: null, recall: 0, f1: 0})
    for (const field of ['location', 'date', 'isoDate', 'span'] as const) {
      expect(score.dateline?.[field]).toEqual({correct: 0, n: 1, value: 0})
    }
    expect(score.misses.map((m) => m.field)).toEqual(['dateline.found'])
  })

  it('matches null date and location fields', () => {
    const text = 'TOKYO - Rain fell.'
    const g = gold('t1', text, {dateline: dateline(text, 'TOKYO', 'TOKYO', null, null)})
    const score = scoreCorpus([{gold: g, predicted: {dateline: g.dateline}}])
    expect(metricValues(score)).toMatchObject({'dateline.date': 100, 'dateline.isoDate': 100, 'dateline.false': null})
  })

  it('skips records that do not annotate the dateline', () => {
    const score = scoreCorpus([
      {gold: gold('x', plain, {}), predicted: {dateline: dateline(plain, 'The', 'The', null, null)}}
    ])
    expect(score.dateline).toBeNull()
  })
})

describe('scoreCorpus: agency and paragraphs', () => {
  it('compares agencies case-insensitively, null must match null', () => {
    const score = scoreCorpus([
      {gold: gold('a1', TEXT, {agency: 'Reuters'}), predicted: {agency: 'REUTERS'}},
      {gold: gold('a2', TEXT, {agency: null}), predicted: {agency: null}},
      {gold: gold('a3', TEXT, {agency: null}), predicted: {agency: 'AP'}},
      {gold: gold('a4', TEXT, {agency: 'AP'}), predicted: {agency: null}},
      {gold: gold('a5', TEXT, {agency: null}), predicted: {}}
    ])
    expect(score.agency).toEqual({correct: 3, n: 5, value: 0.6})
    expect(score.misses.map((m) => m.id)).toEqual(['a3', 'a4'])
  })

  it('skips agencyEvidence collection and records without agency', () => {
    const score = scoreCorpus([
      {gold: gold('c1', TEXT, {agency: 'AFP', agencyEvidence: 'collection'}), predicted: {agency: null}},
      {gold: gold('c2', TEXT, {agency: 'AFP', agencyEvidence: 'text'}), predicted: {agency: 'afp'}},
      {gold: gold('c3', TEXT, {}), predicted: {agency: 'AFP'}}
    ])
    expect(score.agency).toEqual({correct: 1, n: 1, value: 1})
  })

  it('counts equal paragraph counts where annotated', () => {
    const score = scoreCorpus([
      {gold: gold('p1', TEXT, {paragraphs: 2}), predicted: {paragraphs: 2}},
      {gold: gold('p2', TEXT, {paragraphs: 3}), predicted: {paragraphs: 2}},
      {gold: gold('p3', TEXT, {paragraphs: 1}), predicted: {}},
      {gold: gold('p4', TEXT, {}), predicted: {paragraphs: 9}}
    ])
    expect(score.paragraphs).toEqual({correct: 1, n: 3, value: 1 / 3})
  })
})

describe('gold against itself', () => {
  it('scores 100% everywhere', () => {
    const g = gold('s1', TEXT, {
      dateline: dateline(TEXT, 'LONDON, May 3 (Wire)', 'LONDON', 'May 3', '2001-05-03'),
      agency: 'Wire',
      paragraphs: 1,
      quotes: [
        quoteIn(TEXT, 'We will win,', 'Kim Park'),
        quoteIn(TEXT, 'It is done,', 'Kim Park', {speakerMention: 'she'})
      ]
    })
    const score = scoreCorpus([{gold: g, predicted: g}])
    const values = Object.entries(metricValues(score)).filter(([name]) => name !== 'dateline.false')
    expect(values.every(([, value]) => value === 100)).toBe(true)
    expect(score.misses).toEqual([])
  })
})

describe('formatting', () => {
  it('prints a table with the metric names and counts', () => {
    const record = gold('f1', TEXT, {agency: 'Wire', quotes: [quoteIn(TEXT, 'We will win,', 'Kim Park')]})
    const score = scoreCorpus([{gold: record, predicted: {agency: 'Other', quotes: []}}])
    const table = formatScore('tiny', score)
    expect(table).toContain('tiny (1 docs)')
    expect(table).toMatch(/agency\s+0\.0 {2}0\/1/)
    expect(table).toMatch(/quotes\.overlap\s+—\s+0\.0\s+0\.0 {2}tp 0, pred 0, gold 1/)
    const misses = formatMisses(score.misses, 1)
    expect(misses).toContain('misses agency (1 of 1)')
    expect(misses).toContain('f1: gold Wire | predicted Other')
    expect(misses).toContain('⟦We will win,⟧')
  })
})

describe('halfOf (split-half evaluation)', () => {
  it('puts every id in exactly one half, the same each time, about evenly', () => {
    const ids = Array.from({length: 400}, (_, i) => `story-${i}`)
    const halves = ids.map((id) => halfOf(id))
    expect(ids.map((id) => halfOf(id))).toEqual(halves)
    const a = halves.filter((half) => half === 'a').length
    expect(a).toBeGreaterThan(150)
    expect(a).toBeLessThan(250)
  })
})

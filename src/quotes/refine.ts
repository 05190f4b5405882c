/**
 * After attribution: the mark system of every quotation and the final kind
 * of every outer run (speech, scare quote, title), from the run's sentence
 * and whether a cue of its own sentence attributes it.
 *
 * Runs that turn out not to be speech lose their speaker, mention and cue
 * (`rule` names their kind); speakers nothing refers to any more are
 * dropped and the rest renumbered.
 *
 * Works on offsets over the text, in bounded windows around each run: linear
 * in the size of the story.
 *
 * @module
 */

import type {Article, Quotation, QuotationMarks} from '../ast.js'
import {classifySpeech, hasWord, isTitleCase} from './classify.js'
import {isSpaceAt} from './marks.js'
import {inRanges, type TextRange} from '../text/markup.js'
import {sentenceEndAfter, sentenceStartBefore} from '../text/sentences.js'

/** How far back and ahead a run's sentence is read, in characters. */
const sentenceWindow = 300

/** The mark system of a mark as written. */
export function markSystem(mark: string): QuotationMarks {
  switch (mark) {
    case '"':
      return 'straight'
    case '“':
    case '”':
      return 'curly'
    case '„':
    case '‚':
    case '‟':
      return 'low-high'
    case '«':
    case '»':
    case '‹':
    case '›':
      return 'guillemets'
    case '「':
    case '」':
    case '『':
    case '』':
      return 'corner'
    case "''":
      return 'apostrophes'
    case '``':
      return 'tex'
    case '″':
    case '〃':
    case '〝':
    case '〞':
    case '〟':
      return 'primes'
    default:
      return 'single'
  }
}

/** The mark system of a quotation (its opening mark, else its closing mark). */
export function quotationMarks(quotation: Quotation): QuotationMarks {
  const mark = quotation.open ?? quotation.close
  return mark ? markSystem(mark.value) : 'straight'
}

/** Whether only `and`, `or`, `nor` or a comma (and white space) stand between `from` and `to` (`“A” and “B”`). */
function coordination(text: string, from: number, to: number): boolean {
  if (to - from > 8) return false
  const between = text.slice(from, to).trim()
  return (
    between === 'and' ||
    between === 'or' ||
    between === ',' ||
    between === ', and' ||
    between === ', or' ||
    between === 'nor'
  )
}

/** Runs longer than this many words are speech whatever their context (unless in markup). */
const longestShortRun = 10

/** Whether `value` has more than `limit` words (white-space separated). */
function longerThan(value: string, limit: number): boolean {
  let words = 0
  let inWord = false
  for (let i = 0; i < value.length; i++) {
    const space = isSpaceAt(value, i)
    if (!space && !inWord && ++words > limit) return true
    inWord = !space
  }
  return false
}

/**
 * Set `marks` on every quotation and decide the final kind of outer runs.
 * Mutates `article.quotations` and `article.speakers`.
 *
 * @param text The input.
 * @param article The tree, after attribution.
 * @param local The quotations a local rule attributed (a credit in their own sentence: a cue clause, a colon, a
 *   dash), as the sieve declared them.
 * @param paragraphs The ranges of the article's paragraphs, in order.
 * @param markup The story's markup elements (`findMarkup`).
 */
export function refineQuotations(
  text: string,
  article: Article,
  local: ReadonlySet<Quotation>,
  paragraphs: readonly TextRange[],
  markup: readonly TextRange[]
): void {
  if (article.quotations.length === 0) return
  const titleList = titleLists(text, article.quotations)
  let p = 0
  let changed = false
  let previous: {paragraph: number; closeAt: number; kind: Quotation['kind']} | null = null
  for (const quotation of article.quotations) {
    quotation.marks = quotationMarks(quotation)
    if (quotation.depth > 0) continue
    const start = quotation.position.start.offset ?? 0
    const end = quotation.position.end.offset ?? 0
    const openAt = quotation.open ? (quotation.open.position.start.offset ?? start) : start
    const closeAt = quotation.close ? (quotation.close.position.end.offset ?? end) : end
    while (p < paragraphs.length - 1 && paragraphs[p].end < openAt) p++
    const paragraph = paragraphs[p] ?? {start: 0, end: text.length}
    const inMarkup = inRanges(markup, openAt)
    if (
      (quotation.kind !== 'direct' && quotation.kind !== 'partial') ||
      (!inMarkup && longerThan(quotation.value, longestShortRun))
    ) {
      previous = {paragraph: p, closeAt, kind: quotation.kind}
      continue
    }
    // No letter or digit: no words, a scare quote whatever the sentence (as classifySpeech reads it).
    if (!hasWord(quotation.value)) {
      previous = {paragraph: p, closeAt, kind: 'scare'}
      if (demote(quotation, 'scare')) changed = true
      continue
    }
    const from = sentenceStartBefore(text, paragraph.start, openAt, sentenceWindow)
    const to = sentenceEndAfter(text, closeAt, Math.max(closeAt, paragraph.end), sentenceWindow)
    const coordinated =
      previous !== null && previous.paragraph === p && coordination(text, previous.closeAt, openAt)
        ? previous.kind
        : null
    const kind = classifySpeech({
      value: quotation.value,
      kind: quotation.kind,
      sentenceBefore: text.slice(from, openAt),
      sentenceAfter: text.slice(closeAt, to),
      local: local.has(quotation),
      markup: inMarkup,
      coordinatedWith: coordinated,
      inTitleList: titleList.has(quotation)
    })
    previous = {paragraph: p, closeAt, kind}
    if (kind === quotation.kind) continue
    if (demote(quotation, kind)) changed = true
  }
  if (inheritKinds(article.quotations, local)) changed = true
  if (changed) pruneSpeakers(article)
}

/** A quoted value as compared between runs: lower case, words only. */
function valueKey(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Words of a value, for the title-case test. */
function valueWords(value: string): string[] {
  return value.match(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu) ?? []
}

/**
 * Runs the story marks elsewhere as not speech keep that reading: a short
 * title-case run the same as a title (`the film “Brokeback Mountain”` …
 * `gave “Brokeback Mountain” a nod`), not attributed from its own sentence,
 * is a title; a short run nothing attributes, the same as a scare quote,
 * title or name, is one too (`their “embassy”` … `from the “embassy.”`).
 * One pass to collect, one to compare: linear. Whether a speaker was dropped.
 */
function inheritKinds(quotations: Quotation[], local: ReadonlySet<Quotation>): boolean {
  const kinds = new Map<string, Quotation['kind']>()
  for (const quotation of quotations) {
    if (
      quotation.depth > 0 ||
      quotation.kind === 'direct' ||
      quotation.kind === 'partial' ||
      quotation.kind === 'embedded'
    )
      continue
    const value = valueKey(quotation.value)
    if (value && !kinds.has(value)) kinds.set(value, quotation.kind)
  }
  if (kinds.size === 0) return false
  let dropped = false
  for (const quotation of quotations) {
    if (quotation.depth > 0 || (quotation.kind !== 'direct' && quotation.kind !== 'partial')) continue
    const words = valueWords(quotation.value)
    if (words.length > inheritMaxWords) continue
    const kind = kinds.get(valueKey(quotation.value))
    if (kind === undefined) continue
    const titleCase = isTitleCase(words)
    // A title-case run repeated as a scare quote may be a slogan chanted (`repeat “Law and Order”`): only titles pass on to it.
    const unattributed = quotation.rule === null && (kind === 'title' || !titleCase)
    const title = kind === 'title' && words.length <= inheritTitleMaxWords && titleCase && !local.has(quotation)
    if ((unattributed || title) && demote(quotation, kind)) dropped = true
  }
  return dropped
}

/** Longest run, in words, that takes the kind of the same run elsewhere. */
const inheritMaxWords = 4
/** Longest title-case run that is a title because the same run is one elsewhere in the story. */
const inheritTitleMaxWords = 3

/**
 * Outer runs in lists of three or more, each run capitalised and at most 10
 * words, joined only by commas, `and`, `or` (`including “Gladiator,”
 * “American Beauty,” … and “Catch Me if You Can”`), all but one in title case: titles.
 */
function titleLists(text: string, quotations: readonly Quotation[]): Set<Quotation> {
  const found = new Set<Quotation>()
  let chain: Quotation[] = []
  let previousClose = -1
  const flush = (): void => {
    if (chain.length >= 3) {
      let titleCase = 0
      for (const run of chain) if (isTitleCase(valueWords(run.value))) titleCase++
      if (titleCase >= chain.length - 1) for (const run of chain) found.add(run)
    }
    chain = []
  }
  for (const quotation of quotations) {
    if (quotation.depth > 0) continue
    const start = quotation.position.start.offset ?? 0
    const openAt = quotation.open ? (quotation.open.position.start.offset ?? start) : start
    const end = quotation.position.end.offset ?? 0
    const closeAt = quotation.close ? (quotation.close.position.end.offset ?? end) : end
    const listItem = /^\p{Lu}/u.test(quotation.value) && !longerThan(quotation.value, longestShortRun)
    // The comma may sit inside the closing mark: `“Gladiator,” “Amistad”`.
    const joined =
      previousClose >= 0 &&
      (coordination(text, previousClose, openAt) ||
        (openAt - previousClose <= 2 && text.slice(previousClose, openAt).trim() === ''))
    if (!listItem || !joined) flush()
    if (listItem) chain.push(quotation)
    previousClose = listItem ? closeAt : -1
  }
  flush()
  return found
}

/** Give `quotation` its final kind; a run that is not speech loses its speaker. Whether it had one. */
function demote(quotation: Quotation, kind: Quotation['kind']): boolean {
  quotation.kind = kind
  if (kind === 'direct' || kind === 'partial') return false
  const had = quotation.speaker !== null
  quotation.speaker = null
  quotation.mention = null
  quotation.cue = null
  quotation.rule = kind
  quotation.confidence = 0
  return had
}

/** Drop speakers no quotation or paraphrase refers to; renumber the others `s1`, `s2`… */
function pruneSpeakers(article: Article): void {
  const used = new Set<string>()
  for (const quotation of article.quotations) if (quotation.speaker) used.add(quotation.speaker)
  for (const paraphrase of article.paraphrases) if (paraphrase.speaker) used.add(paraphrase.speaker)
  const kept = article.speakers.filter((speaker) => used.has(speaker.id))
  if (kept.length === article.speakers.length) return
  const ids = new Map<string, string>()
  kept.forEach((speaker, index) => {
    ids.set(speaker.id, 's' + (index + 1))
    speaker.id = 's' + (index + 1)
  })
  for (const quotation of article.quotations)
    if (quotation.speaker) quotation.speaker = ids.get(quotation.speaker) ?? null
  for (const paraphrase of article.paraphrases)
    if (paraphrase.speaker) paraphrase.speaker = ids.get(paraphrase.speaker) ?? null
  article.speakers = kept
}

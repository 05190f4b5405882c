/**
 * What a quoted run is, from its words and the words around it: reported
 * speech (direct or partial), a scare quote, the title of a work, a name or
 * nickname.
 *
 * Two steps. {@link classifyRun} runs before attribution and only sets
 * names apart (`Joaquin “El Chapo” Guzman`): every other run is attributed
 * as if it were speech. {@link classifySpeech} runs after attribution
 * (`refine.ts`), when it is known whether a cue in the run's own sentence
 * attributes it, and decides the final kind from general evidence: length
 * in words, capitalisation, the word right before the opening mark, speech
 * words in the sentence, punctuation inside the closing mark, markup.
 *
 * The word lists are data in `src/lexicon/quote-context.ts`.
 *
 * @module
 */

import type {QuotationKind} from '../ast.js'
import {
  labelHeadWords,
  scareContextWords,
  speechContextWords,
  titleContextWords,
  titleLinkHeadWords,
  titleLinkWords,
  titleSmallWords,
  weakTitleContextWords,
  wordHeadWords
} from '../lexicon/quote-context.js'

const speechWords = new Set(speechContextWords)
const titleWords = new Set(titleContextWords)
const scareWords = new Set(scareContextWords)
const smallWords = new Set(titleSmallWords)
const titleLinks = new Set(titleLinkWords)
/** Title words that introduce titles only in title case (`told “Fox and Friends”` but `told “We won”`). */
const weakTitleWords = new Set(weakTitleContextWords)
const titleLinkHeads = new Set(titleLinkHeadWords)
const wordHeads = new Set(wordHeadWords)
const labelHeads = new Set([...labelHeadWords, ...wordHeadWords])

const wordRe = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu
const letterRe = /[\p{L}\p{N}]/u

/** The words of a stretch of text (letters, digits, inner apostrophes and hyphens). */
function wordsOf(value: string): string[] {
  return value.match(wordRe) ?? []
}

/** A word as looked up in the lexicons: lower case, without trailing periods or apostrophes. */
function key(word: string): string {
  let end = word.length
  while (end > 1 && (word.charAt(end - 1) === '.' || word.charAt(end - 1) === "'" || word.charAt(end - 1) === '’'))
    end--
  return word.slice(0, end).toLowerCase()
}

/** Whether every significant word is capitalised (`Good Morning America`, `Gang of Eight`). */
export function isTitleCase(words: readonly string[]): boolean {
  let significant = 0
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    if (i > 0 && smallWords.has(word.toLowerCase())) continue
    significant++
    if (!/^[\p{Lu}\p{N}#@]/u.test(word)) return false
  }
  return significant > 0
}

/** Facts about a run used by {@link classifyRun}. */
export interface RunFacts {
  /** The quoted words. */
  value: string
  /** Up to ~40 characters before the opening mark, in the same paragraph. */
  before: string
  /** Up to ~40 characters after the closing mark, in the same paragraph. */
  after: string
  /** A speech cue in the quotation's own sentence attributes it. */
  local: boolean
  /** Whether any rule attributed it. */
  attributed: boolean
  /** The run is inside markup (`<tweet>…</tweet>`). */
  markup: boolean
}

/**
 * First reading of a run, before attribution: `name` for a short title-case
 * run between name words (`Joaquin “El Chapo” Guzman`); otherwise `partial`
 * (inside the writer's sentence, lower-case start) or `direct`. The final
 * kind is decided by {@link classifySpeech}.
 */
export function classifyRun(facts: RunFacts): QuotationKind {
  const value = facts.value
  // No letter or digit (marks only, as in hostile input): nothing to read.
  if (!letterRe.test(value)) return 'direct'
  const words = wordsOf(value)
  const count = words.length
  const beforeWord = endsWithCapitalisedWord(facts.before)
  const afterWord = /^\s*[\p{Lu}][\p{L}]/u.test(facts.after)
  if (count > 0 && count <= 3 && beforeWord && afterWord && isTitleCase(words)) return 'name'
  return partialOrDirect(value, facts.before)
}

/** Whether `before` ends with a capitalised word (white space after it allowed, no punctuation). */
function endsWithCapitalisedWord(before: string): boolean {
  let end = before.length
  while (end > 0 && /\s/.test(before.charAt(end - 1))) end--
  let start = end
  while (start > 0 && /[\p{L}.]/u.test(before.charAt(start - 1))) start--
  if (start === end) return false
  // An initial (`Robert C. “Bobby” Scott`) counts; other words must not end with a period.
  if (before.charAt(end - 1) === '.' && !(end - start === 2 && /\p{Lu}/u.test(before.charAt(start)))) return false
  return /\p{Lu}/u.test(before.charAt(start))
}

/** `partial` inside the writer's sentence with a lower-case start, else `direct`. */
function partialOrDirect(value: string, before: string): 'partial' | 'direct' {
  const insideSentence = /[\p{L}\p{N},]\s*$/u.test(before) && !/:\s*$/.test(before)
  return insideSentence && !/^[\p{Lu}]/u.test(value) ? 'partial' : 'direct'
}

/** Facts about a run used by {@link classifySpeech}. */
export interface SpeechFacts {
  /** The quoted words. */
  value: string
  /** The kind {@link classifyRun} gave. */
  kind: QuotationKind
  /** The run's sentence before the opening mark (bounded). */
  sentenceBefore: string
  /** The run's sentence after the closing mark (bounded). */
  sentenceAfter: string
  /** A cue in the run's own sentence (or a colon lead, a dash credit) attributes it. */
  local: boolean
  /** The run is inside markup (`<tweet>…</tweet>`). */
  markup: boolean
  /** The kind of the previous run when only `and`, `or` or a comma stand between the two (`“A” and “B”`). */
  coordinatedWith?: QuotationKind | null | undefined
  /** The run is one of a list of three or more capitalised runs (`including “Gladiator,” “Amistad” and “Shrek”`). */
  inTitleList?: boolean | undefined
}

/** Longest run, in words, that can be a scare quote or a coined label. */
const scareMaxWords = 4
/** Longest run, in words, that can label the noun after it (`the “If I were president” questionnaire`). */
const labelMaxWords = 6
/** Longest run, in words, that can be a title. */
const titleMaxWords = 10

/**
 * Final kind of an outer run.
 *
 * 1. `name` stays (set before attribution).
 * 2. In markup (embedded tweets) without a cue of its own: `scare`.
 * 3. After *so-called*, *dubbed*, *nicknamed*, *self-styled* (a few words): `scare`.
 * 4. Title case, one sentence, at most 10 words: after a title word
 *    (*show, book, titled, on, ’s* …) `title`; short (≤ 4 words) with no
 *    speech word in its sentence, `title` too.
 * 5. A short run (≤ 4 words) not attributed in its sentence, with no speech
 *    word in its sentence and no `!`/`?` of its own: `scare`.
 * 6. Otherwise speech: `partial` or `direct` as first read.
 */
export function classifySpeech(facts: SpeechFacts): QuotationKind {
  if (facts.kind !== 'direct' && facts.kind !== 'partial') return facts.kind
  const value = facts.value
  const words = wordsOf(value)
  const count = words.length
  if (count === 0) return 'scare'
  if (facts.markup && !facts.local) return 'scare'
  const beforeWords = wordsOf(facts.sentenceBefore)
  const previous = beforeWords.length > 0 ? key(beforeWords[beforeWords.length - 1]) : ''
  const adjacent = /[\p{L}\p{N}]\s*$/u.test(facts.sentenceBefore)
  if (adjacent && scareWords.has(previous) && count <= scareMaxWords) return 'scare'
  // `dubbed Cuba’s “boy hero”`, `known as Cuba’s “teacher”`: a naming verb, then whose label it is.
  if (adjacent && count <= scareMaxWords && namedAfterPossessive(beforeWords)) return 'scare'
  // `“boy hero” and “symbolic child”`: coordinated with a scare quote and not attributed in its sentence.
  if (facts.coordinatedWith === 'scare' && count <= scareMaxWords && !facts.local && !/[!?]\s*$/.test(value))
    return 'scare'
  // A list of three or more capitalised runs: titles (films, songs, programmes of a festival).
  if (facts.inTitleList) return 'title'
  const exclaims = /[!?]\s*$/.test(value)
  // A label of the noun right after it: capitalised, a work or event (`the “Miss Universe” pageant`);
  // in lower case, a word mentioned (`the “wise Latina” phrase`, `the “sleaze” scandal`).
  if (count <= labelMaxWords && !/[\p{P}]\s*$/u.test(value) && adjacent) {
    const capital = /^\p{Lu}/u.test(value)
    if (labelHeadAfter(facts.sentenceAfter, capital ? labelHeads : wordHeads))
      return isTitleCase(words) ? 'title' : 'scare'
  }
  // A sentence of its own (`“It is more pain.”`), or a run opening its sentence or after a colon: speech.
  const sentence =
    /^\p{Lu}/u.test(value) && (/[.!?]\s*$/.test(value) || !/[\p{L}\p{N},;]\s*$/u.test(facts.sentenceBefore))
  // One sentence; a colon may split a title from its subtitle (`Crippled America: How to …`).
  const oneSentence = !/[.!?;]\s+\S/.test(value)
  if (count <= titleMaxWords && oneSentence && isTitleCase(words)) {
    // `on “The View” and “The Late Show …”`: a title-case run coordinated with a title is one too.
    if (facts.coordinatedWith === 'title') return 'title'
    const possessive = /['’]s\s*$/.test(facts.sentenceBefore)
    if (possessive || titleBefore(beforeWords, facts.sentenceBefore)) return 'title'
    // `“We’ve got a common enemy,” Burton told delegates. “Donald Trump.”`: a whole sentence of its own, closed by
    // a period inside the marks, is a spoken fragment, not a title.
    if (/\.\s*$/.test(value) && /^\s*$/.test(facts.sentenceBefore)) return facts.kind
    if (count <= scareMaxWords && !exclaims && !facts.local && !speechNearby(beforeWords, facts.sentenceAfter))
      return 'title'
    return facts.kind
  }
  // Sentence case after a title word (`the campaign “Finland on the web”`, `the book “How to win”`).
  if (
    count <= titleMaxWords &&
    oneSentence &&
    /^\p{Lu}/u.test(value) &&
    adjacent &&
    titleWords.has(previous) &&
    !weakTitleWords.has(previous)
  ) {
    return 'title'
  }
  if (sentence) return facts.kind
  if (count <= scareMaxWords && !exclaims && !facts.local && !speechNearby(beforeWords, facts.sentenceAfter))
    return 'scare'
  return facts.kind
}

/**
 * Whether the words before a title-case run introduce a title: a title word
 * right before it (`the show “…”`, `titled “…”`, `told “…”`), or after a
 * comma (`his book, “…”`), or a title word and `of`/`with`/`to`
 * (`an episode of “…”`, `an interview with “…”`, `speaking to “…”`).
 */
function titleBefore(beforeWords: readonly string[], sentenceBefore: string): boolean {
  if (beforeWords.length === 0) return false
  const previous = key(beforeWords[beforeWords.length - 1])
  let gap = sentenceBefore.length
  while (gap > 0 && /\s/.test(sentenceBefore.charAt(gap - 1))) gap--
  const comma = sentenceBefore.charAt(gap - 1) === ','
  if (comma) return previous !== 'on' && titleWords.has(previous)
  if (!/[\p{L}\p{N}]/u.test(sentenceBefore.charAt(gap - 1))) return false
  if (titleWords.has(previous)) return true
  if (beforeWords.length < 2 || !titleLinks.has(previous)) return false
  const before = key(beforeWords[beforeWords.length - 2])
  return titleWords.has(before) || titleLinkHeads.has(before)
}

/** Whether the closing mark is followed by a noun the run names (`“…” questionnaire`, `“…” scandal`), white space between. */
function labelHeadAfter(after: string, heads: ReadonlySet<string>): boolean {
  const match = /^[ \t]+(\p{Ll}[\p{L}-]*)/u.exec(after)
  return match !== null && heads.has(match[1])
}

/** Whether the words before a run are a naming verb and a proper possessive (`dubbed Cuba’s`, `known on the island as Cuba’s`). */
function namedAfterPossessive(beforeWords: readonly string[]): boolean {
  const length = beforeWords.length
  if (length < 2) return false
  const owner = beforeWords[length - 1]
  if (!/^\p{Lu}/u.test(owner) || !/['’]s$/.test(owner)) return false
  const verb = key(beforeWords[length - 2])
  if (scareWords.has(verb)) return true
  if (verb !== 'as') return false
  // `known as`, `known on the island as`: a few words between.
  for (let i = length - 3; i >= 0 && i >= length - 7; i--) if (key(beforeWords[i]) === 'known') return true
  return false
}

/** Whether a speech word occurs in the sentence around the run. */
function speechNearby(beforeWords: readonly string[], after: string): boolean {
  // Capitalised words are names (`Secretary of State`, `The Washington Post`) unless they open the sentence.
  for (let i = 0; i < beforeWords.length; i++) {
    const word = beforeWords[i]
    if (speechWords.has(key(word)) && (i === 0 || !/^\p{Lu}/u.test(word))) return true
  }
  for (const word of wordsOf(after)) if (speechWords.has(key(word)) && !/^\p{Lu}/u.test(word)) return true
  return false
}

/** Whether a string holds a letter or digit. */
export function hasWord(value: string): boolean {
  return letterRe.test(value)
}

/**
 * The reporting verbs of `src/lexicon/reporting.ts` matched on word tokens, with the form found (`said`:
 * past, `says`: present, `saying`: gerund, `say`: plain) and whether it stands as a finite verb here.
 *
 * @module
 */

import {
  beWords,
  haveWords,
  modalWords,
  pluralNounFollowers,
  titleCaseMinorWords,
  verbDeterminers
} from '../../lexicon/verb-context.js'
import {headlineVerbs} from '../../lexicon/indirect-sources.js'
import {nounForms, reportingVerbs, type ReportingVerb} from '../../lexicon/reporting.js'
import {capitalAt, lowerAt, possessiveAt, type Tokens} from '../../text/tokens.js'
import {hasComma} from '../../text/gaps.js'
import type {SentenceView} from './sentence.js'
import {createShapeFilter} from '../../util/shape-filter.js'

/** How a reporting verb is written. */
export type VerbForm = 'plain' | 'past' | 'present' | 'gerund' | 'participle'

/** A reporting verb found at tokens `[from, to)`. */
export interface VerbMatch {
  from: number
  to: number
  verb: ReportingVerb
  form: VerbForm
}

interface IndexEntry {
  words: readonly string[]
  verb: ReportingVerb
  form: VerbForm
}

const formNames: readonly VerbForm[] = ['past', 'present', 'gerund', 'participle', 'plain']

/** First word → entries, longest first (`pointed out` before `pointed`). Built once from data. */
const verbIndex: ReadonlyMap<string, readonly IndexEntry[]> = (() => {
  const index = new Map<string, IndexEntry[]>()
  const seen = new Set<string>(nounForms.map((form) => form + '\u0000'))
  for (const verb of reportingVerbs) {
    for (const form of formNames) {
      const written = verb[form]
      if (seen.has(written + '\u0000')) continue
      const key = written + '\u0000' + verb.lemma
      if (seen.has(key)) continue
      seen.add(key)
      const words = written.split(' ')
      const list = index.get(words[0]) ?? []
      list.push({words, verb, form})
      index.set(words[0], list)
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)
  return index
})()

/** Words before a noun: a form after them is a noun (`his claims`, `the report`, `a call`). */
const determiners = new Set(verbDeterminers)

/** Shapes of the first words of the forms (a word of another shape is no verb, with no lookup). */
const verbShapes = createShapeFilter(verbIndex.keys())

/**
 * The reporting verb at token `i`, if any (every form; the constructions decide which forms they take).
 * A form right after a determiner or a possessive is a noun (`the report`, `Trump's claims`), not a verb.
 * The forms that start with the word are looked up once a word of the story (`SieveContext.verbs`).
 */
export function verbOf(view: SentenceView, i: number): VerbMatch | null {
  const {verbs, tokens} = view.context
  const id = tokens.word[i]
  let list = verbs.forms[id]
  if (list === undefined) {
    const lower = tokens.words[id]
    list = (verbShapes.has(lower) ? verbIndex.get(lower) : undefined) ?? null
    verbs.forms[id] = list
  }
  if (list === null) return null
  // (Not across a comma: `Mr. Sperling, then 38, said` — the number closes an appositive.)
  const adjacent = i > 0 && !hasComma(tokens.text, tokens.end[i - 1], tokens.start[i])
  if (adjacent && (possessiveAt(tokens, i - 1) || determiners.has(lowerAt(tokens, i - 1)))) return null
  // `15 states`, `3 reports`: a form that is also a noun after a number; a past form is a verb (`six in 10 said`).
  const afterNumber = adjacent && startsWithDigit(lowerAt(tokens, i - 1))
  // `the candidates' plans`: a plural possessive before it.
  if (i > 0 && tokens.end[i - 1] < tokens.start[i] && isApostrophe(tokens.text.charCodeAt(tokens.end[i - 1])))
    return null
  for (const entry of list) {
    let ok = i + entry.words.length <= tokens.length
    for (let k = 1; ok && k < entry.words.length; k++) ok = lowerAt(tokens, i + k) === entry.words[k]
    if (!ok || (afterNumber && entry.form !== 'past')) continue
    // `states will hold`, `the attacks of …`: a plural noun before an auxiliary or `of`, not a verb.
    const next = i + entry.words.length
    if (entry.form === 'present' && next < tokens.length && nounFollowers.has(lowerAt(tokens, next))) return null
    return {from: i, to: next, verb: entry.verb, form: entry.form}
  }
  return null
}

/** The first words of the forms of the reporting verbs. */
export function verbWords(): string[] {
  return [...verbIndex.keys()]
}

/** Whether a form of a reporting verb starts with the lower-case word `lower` (a cue may start there). */
export function opensVerb(lower: string): boolean {
  return verbIndex.has(lower)
}

/**
 * What the constructions read of a story's words, looked up once a word: a per-parse cache
 * (`SieveContext.verbs`), filled on first use.
 */
export interface VerbTable {
  /** By word id (`Tokens.word`): the forms of reporting verbs that start with the word (`null`: none); `undefined` until read. */
  readonly forms: Array<readonly IndexEntry[] | null | undefined>
  /** By word id: the constructions that read at the word (a bit set made by `index.ts`); 0 until read. */
  readonly opens: Uint32Array
}

/** An empty table for `tokens`. */
export function createVerbTable(tokens: Tokens): VerbTable {
  return {
    forms: new Array<readonly IndexEntry[] | null | undefined>(tokens.words.length),
    opens: new Uint32Array(tokens.words.length)
  }
}

function startsWithDigit(word: string): boolean {
  const code = word.charCodeAt(0)
  return code >= 48 && code <= 57
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019
}

/** Words after a plural noun that a verb in -s does not take (`states will hold`, `attacks of`). */
const nounFollowers = new Set(pluralNounFollowers)

/** Auxiliaries and modals before a plain form (`will say`, `did not deny`, `could argue`). */
export const modals = new Set(modalWords)

/** Forms of `be` (a past participle after them is passive; a gerund, progressive). */
export const beForms = new Set(beWords)

/** Forms of `have` (a participle after them is a perfect: `has said`). */
export const haveForms = new Set(haveWords)

/**
 * The reporting verb at token `i` of a sentence: written in lower case (a capitalised form is a name or a
 * heading: `the United States`, `Says`), except at the sentence start.
 */
export function verbIn(view: SentenceView, i: number): VerbMatch | null {
  if (i === view.from || !capitalAt(view.context.tokens, i)) return verbOf(view, i)
  if (!titleCaseAround(view, i)) return null
  const match = verbOf(view, i)
  return match && headlines.has(match.verb.lemma) ? match : null
}

const headlines = new Set(headlineVerbs)

/** Words a headline in title case may leave in lower case (`Trump Says He Will Sign the Bill`). */
const titleCaseMinor = new Set(titleCaseMinorWords)

/** How many words either side of a capitalised verb are read to tell a headline in title case. */
const TITLE_WINDOW = 4

/**
 * Whether token `i` stands in a headline written in title case (`Sanders Says He Has Started Writing His
 * Address`): the words around it (up to four either side, in its sentence, minor words left out) are all
 * capitalised, at least two before it and two after it. Prose capitalises no verb in the middle of a sentence.
 */
export function titleCaseAround(view: SentenceView, i: number): boolean {
  const {tokens} = view.context
  let before = 0
  let after = 0
  for (let k = Math.max(view.from, i - TITLE_WINDOW); k < Math.min(view.to, i + TITLE_WINDOW + 1); k++) {
    if (k === i) continue
    const lower = lowerAt(tokens, k)
    if (titleCaseMinor.has(lower) || !/^\p{L}/u.test(lower)) continue
    if (!capitalAt(tokens, k)) return false
    if (k < i) before++
    else after++
  }
  return before >= 1 && after >= 2
}

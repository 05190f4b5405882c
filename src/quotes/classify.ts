/**
 * What a quoted run is, from its words and the words around it: titles of
 * works, names and nicknames, scare quotes, partial or direct quotations.
 *
 * @module
 */

import type {QuotationKind} from '../ast.js'

/** Words before a quoted title (`the film “Frozen”`, `told ABC’s “Good Morning America”`). */
const titleContextRe =
  /(?:\b(?:show|program|programme|film|movie|documentary|book|memoir|novel|song|album|series|ad|advert|advertisement|commercial|spot|titled|entitled|headlined|headline|article|column|op-ed|essay|hashtag|slogan|campaign|initiative|operation|podcast|newsletter|broadcast|magazine|newspaper|play|musical|poem|report|video|segment|speech|tour|award|bill|act|plan|program|motto|banner|sign|poster|chant|chanting|phrase|word|term|label|nickname|nicknamed|dubbed|known as|so-called|so called|called|the)|['’]s)[\s\u00a0]*$/i

/** Words that flag scare quotes (`so-called “reforms”`). */
const scareContextRe = /(?:\bso[- ]called|\bquote[- ]unquote|\bdubbed|\bnicknamed|\bknown as)[\s\u00a0]*$/i

const smallWords = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'vs', 'as'])

/** Whether every significant word is capitalised (`Good Morning America`). */
function titleCase(words: readonly string[]): boolean {
  let significant = 0
  for (const word of words) {
    if (smallWords.has(word.toLowerCase())) continue
    significant++
    if (!/^[\p{Lu}\p{N}#@]/u.test(word)) return false
  }
  return significant > 0
}

/** Facts about a run used to classify it. */
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
 * Classify a run.
 *
 * Order: names and nicknames between name words; titles (title case after a
 * title word, or short title case with no local cue); scare quotes (a few
 * words with no cue in their sentence); partial quotes (inside the writer's
 * sentence); direct quotations otherwise.
 */
export function classifyRun(facts: RunFacts): QuotationKind {
  const value = facts.value
  const words = value.split(/[\s\u00a0]+/).filter((word) => /[\p{L}\p{N}]/u.test(word))
  const count = words.length
  const sentence = /[.!?,;:]["”’)]?$/.test(value) || /[.!?]\s/.test(value)
  const beforeWord = /[\p{Lu}][\p{L}.]*[\s\u00a0]*$/u.test(facts.before) && !/[.!?:;,][\s\u00a0]*$/.test(facts.before)
  const afterWord = /^[\s\u00a0]*[\p{Lu}][\p{L}]/u.test(facts.after)
  if (count <= 3 && beforeWord && afterWord && titleCase(words)) return 'name'
  if (count === 0) return 'scare'
  if (facts.markup && !facts.local) return 'scare'
  if (count <= 10 && titleCase(words) && !sentence) {
    if (titleContextRe.test(facts.before) || (!facts.local && count <= 4)) return 'title'
  }
  if (scareContextRe.test(facts.before) && count <= 4) return 'scare'
  const insideSentence = /[\p{L}\p{N},][\s\u00a0]*$/u.test(facts.before) && !/[:][\s\u00a0]*$/.test(facts.before)
  if (insideSentence && !/^[\p{Lu}]/u.test(value)) return 'partial'
  return 'direct'
}

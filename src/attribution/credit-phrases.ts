/**
 * Credit clauses as phrases: the words beside a speech cue (`Osman Erk, deputy general manager of Velmar
 * Bank, told Reuters`, `said the WHO's Peru representative, Ana Quispe`) split at commas and dashes into
 * noun phrases — a name, a role, an age, the rest of a firm's name, an opener (`In Geneva,`) — in any
 * order, and the speaker is the name, whatever role stands beside it. One grammar instead of one pattern per
 * word order; a credit the grammar cannot read whole is left to the patterns of `cues.ts`.
 *
 * Pure; bounded windows (a few segments of a few words each): linear.
 *
 * @module
 */

import {isOrganisation, isPlace} from '../speakers/index.js'
import type {SpeechLexicon} from '../speakers/lexicon.js'
import {capitalAt, lowerAt, possessiveAt, type Tokens} from '../text/tokens.js'
import type {Phrase} from './cues.js'

/** Most segments read on one side of a cue. */
const MAX_SEGMENTS = 5
/** Most words in one segment. */
const MAX_WORDS = 12

/** What a segment of a credit is. */
export type SegmentKind = 'name' | 'role' | 'age' | 'firm' | 'opener' | 'place' | 'other'

/** A comma- or dash-delimited segment of a credit, `[from, to)` in tokens; `name` is its personal name. */
export interface CreditSegment {
  from: number
  to: number
  kind: SegmentKind
  name: Phrase | null
}

const determiners = new Set([
  'the',
  'a',
  'an',
  'another',
  'one',
  'his',
  'her',
  'its',
  'their',
  'our',
  'this',
  'that',
  'other'
])
const links = new Set(['of', 'with', 'at', 'from', 'for', 'in'])
/** Lower-case words that are no modifier of a role before a name (`sources close to John Smith`). */
const notModifiers = new Set([
  'to',
  'by',
  'for',
  'with',
  'of',
  'at',
  'from',
  'in',
  'on',
  'about',
  'close',
  'near',
  'and',
  'or',
  'but',
  'who',
  'which',
  'that',
  'said',
  'says',
  'told',
  'than',
  'as',
  'like',
  'under',
  'after',
  'before',
  'against',
  'between'
])
const nameConnectors = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'da',
  'du',
  'la',
  'le',
  'del',
  'di',
  'dos',
  'ibn',
  'el'
])
const firmEnds =
  /^(?:co|co\.|inc|inc\.|corp|corp\.|ltd|ltd\.|plc|ag|sa|nv|llc|lp|company|group|bank|partners|associates|securities)$/
const openers =
  /^(?:in|on|at|after|before|during|meanwhile|however|separately|earlier|later|still|yet|instead|but|and|also|last|this|speaking|asked|elsewhere|today|yesterday)$/
const adverbs =
  /^(?:also|later|then|again|further|once|previously|earlier|recently|repeatedly|has|had|have|would|will)$/

function gap(text: string, tokens: Tokens, a: number): string {
  return text.slice(tokens.end[a], tokens.start[a + 1])
}

/** A gap that separates segments: a comma or a dash (`―`, `—`, `--`), nothing that ends a clause. */
function separates(value: string): boolean {
  return separators.has(value.replace(/\s+/g, ''))
}

const separators = new Set([',', '―', '—', '--', ',―', ',—', ',--'])

/** A gap inside a segment: spaces only (a line break of wrapped copy counts as one). */
function inside(value: string): boolean {
  return /^\s+$/.test(value) && !/\n\s*\n/.test(value)
}

/** Whether token `k` is a word of a role (`analyst`, `deputy`, `general-manager`, `spokesman`). */
function roleWord(tokens: Tokens, k: number, lexicon: SpeechLexicon): boolean {
  const lower = lowerAt(tokens, k)
  if (lexicon.titles.has(lower) || lexicon.nominalWords.has(lower)) return true
  const last = lower.includes('-') ? lower.slice(lower.lastIndexOf('-') + 1) : lower
  return lexicon.titles.has(last) || lexicon.nominalWords.has(last) || /(?:er|or|ist|ian|ant|ent|man|woman)$/.test(last)
}

/**
 * The personal name of a segment: after role words (`analyst`, `another Dutch visitor` has none), a run of
 * two or more capitalised words (connectors allowed: `Ana de Souza`) that names no organisation or place,
 * followed by nothing or by a link and a capitalised firm (`Jack Kirnan of Kidder Peabody and Co`).
 */
function personalName(tokens: Tokens, from: number, to: number, lexicon: SpeechLexicon): Phrase | null {
  let k = from
  while (
    k < to &&
    !capitalAt(tokens, k) &&
    (determiners.has(lowerAt(tokens, k)) ||
      roleWord(tokens, k, lexicon) ||
      (/^[a-z][a-z-]*$/.test(lowerAt(tokens, k)) && !notModifiers.has(lowerAt(tokens, k))))
  )
    k++
  // Capitalised titles stay with the name (`Deputy Minister Lena Sorg`): the resolver splits them off.
  const start = k
  // `asking the ICC to reopen …`: a clause, no role.
  if (start > from && /(?:ing|ed)$/.test(lowerAt(tokens, from)) && !roleWord(tokens, from, lexicon)) return null
  while (k < to && capitalAt(tokens, k) && !possessiveAt(tokens, k)) {
    k++
    if (k + 1 < to && nameConnectors.has(lowerAt(tokens, k)) && !capitalAt(tokens, k) && capitalAt(tokens, k + 1)) k++
  }
  if (k - start < 1 || (k < to && possessiveAt(tokens, k))) return null
  let nameFrom = start
  while (nameFrom < k && lexicon.titles.has(lowerAt(tokens, nameFrom))) nameFrom++
  if (k - nameFrom < 2) return null
  if (isOrganisation(tokens, nameFrom, k) || isPlace(tokens, nameFrom, k)) return null
  // The role words stay in the phrase (`spokesman Rich Hall`): the resolver reads the name at its end.
  if (k === to) return {from, to: k}
  // `White House Chief of Staff Tomas Brandt`: a title and its complement, not a name and a firm.
  for (let n = nameFrom; n < k; n++) if (lexicon.titles.has(lowerAt(tokens, n))) return null
  // `of Kidder Peabody and Co`: a link, then capitalised words (and connectors) to the segment's end.
  if (!links.has(lowerAt(tokens, k)) || capitalAt(tokens, k)) return null
  for (let n = k + 1; n < to; n++) {
    if (!capitalAt(tokens, n) && !/^(?:and|of|&|the|ve|y|de|du)$/.test(lowerAt(tokens, n))) return null
  }
  return k + 1 < to ? {from, to: k} : null
}

function classify(tokens: Tokens, from: number, to: number, lexicon: SpeechLexicon, first: boolean): CreditSegment {
  const name = personalName(tokens, from, to, lexicon)
  if (name) return {from, to, kind: 'name', name}
  const lower = lowerAt(tokens, from)
  if (to - from === 1 && /^\d{1,3}$/.test(lower)) return {from, to, kind: 'age', name: null}
  if (first && capitalAt(tokens, from) && openers.test(lower)) return {from, to, kind: 'opener', name: null}
  let capitals = true
  for (let k = from; k < to; k++)
    if (!capitalAt(tokens, k) && !/^(?:and|of|&)$/.test(lowerAt(tokens, k))) capitals = false
  if (capitals && firmEnds.test(lowerAt(tokens, to - 1))) return {from, to, kind: 'firm', name: null}
  if (capitals && to - from <= 3 && isPlace(tokens, from, to)) return {from, to, kind: 'place', name: null}
  // A role: a determiner, a lower-case word or a possessive body first (`WHO's Peru representative`), and a
  // word of a role before any link.
  // The head is the last word before the first link (`deputy general-manager | of Velmar Bank`).
  let head = to - 1
  for (let k = from + 1; k < to; k++) {
    if (!capitalAt(tokens, k) && links.has(lowerAt(tokens, k))) {
      head = k - 1
      break
    }
  }
  const participle = !capitalAt(tokens, from) && /(?:ing|ed)$/.test(lower) && !roleWord(tokens, from, lexicon)
  const role = !participle && !capitalAt(tokens, head) && roleWord(tokens, head, lexicon)
  if (
    role &&
    (determiners.has(lower) ||
      !capitalAt(tokens, from) ||
      lexicon.titles.has(lower) ||
      possessiveAt(tokens, from) ||
      capitalAt(tokens, from))
  ) {
    return {from, to, kind: 'role', name: null}
  }
  return {from, to, kind: 'other', name: null}
}

/**
 * The segments of the credit that ends right before token `end` (the cue), read back to `floor`; empty when
 * the words there do not split into short segments.
 */
export function segmentsBefore(
  text: string,
  tokens: Tokens,
  end: number,
  floor: number,
  lexicon: SpeechLexicon
): CreditSegment[] {
  const bounds: Array<[number, number]> = []
  let to = end
  let k = end - 1
  while (k >= floor && bounds.length < MAX_SEGMENTS) {
    let from = k
    while (from - 1 >= floor && to - from < MAX_WORDS && inside(gap(text, tokens, from - 1))) from--
    if (to - from >= MAX_WORDS) return []
    bounds.push([from, to])
    if (from - 1 < floor || !separates(gap(text, tokens, from - 1))) break
    to = from
    k = from - 1
  }
  bounds.reverse()
  return bounds.map(([from, to], index) => classify(tokens, from, to, lexicon, index === 0))
}

/**
 * The speaker a credit before a cue names (`Osman Erk, deputy general manager of Velmar Bank, told`,
 * `another Dutch visitor, Karel Smit, said`, `analyst Jack Kirnan of Kidder Peabody and Co told`), or null
 * when the credit is not read whole (then the patterns of `cues.ts` decide).
 *
 * @param cue Token index of the cue verb.
 * @param floor First token that may belong to the credit.
 */
export function creditBefore(
  text: string,
  tokens: Tokens,
  cue: number,
  floor: number,
  lexicon: SpeechLexicon
): Phrase | null {
  let end = cue
  while (end - 1 >= floor && adverbs.test(lowerAt(tokens, end - 1)) && inside(gap(text, tokens, end - 1))) end--
  if (end - 1 < floor) return null
  // The credit ends at the cue, or at a comma before it (`Smit, 41, said`).
  const segments = segmentsBefore(text, tokens, end, floor, lexicon)
  return chosen(segments)
}

/**
 * The speaker a credit after a cue names when a role comes first (`said WHO's Peru representative, Ana
 * Quispe`, `said another Dutch visitor, Karel Smit`), or null.
 *
 * @param after Token index after the cue.
 * @param ceiling Token index after the last one that may belong to the credit.
 */
export function creditAfter(
  text: string,
  tokens: Tokens,
  after: number,
  ceiling: number,
  lexicon: SpeechLexicon
): Phrase | null {
  if (after >= ceiling || !inside(text.slice(tokens.end[after - 1], tokens.start[after]))) return null
  const segments: CreditSegment[] = []
  let from = after
  while (from < ceiling && segments.length < 2) {
    let to = from + 1
    while (to < ceiling && to - from < MAX_WORDS && inside(gap(text, tokens, to - 1))) to++
    segments.push(classify(tokens, from, to, lexicon, false))
    if (to >= ceiling || !separates(gap(text, tokens, to - 1))) break
    from = to
  }
  // A role, then the name it belongs to: the name. (A name first is read by `subjectAfter`.)
  if (segments.length === 2 && segments[0].kind === 'role' && segments[1].kind === 'name' && segments[1].name) {
    return segments[1].name.from === segments[1].from ? segments[1].name : null
  }
  return null
}

/** The name of a credit read whole: one name segment, every other segment a role, age, firm, place or opener. */
function chosen(segments: readonly CreditSegment[]): Phrase | null {
  if (segments.length === 0) return null
  let name: Phrase | null = null
  for (const segment of segments) {
    if (segment.kind === 'other') return null
    if (segment.kind === 'name') {
      if (name) return null
      name = segment.name
    }
  }
  if (!name) return null
  // A lone name with nothing around it is what `cues.ts` reads already; the grammar speaks for credits
  // with a role, an age or a firm beside the name, or a firm after it (`Jack Kirnan of Kidder Peabody`).
  const around = segments.some(
    (segment) => segment.kind === 'role' || segment.kind === 'firm' || segment.kind === 'age'
  )
  const linked = segments.some(
    (segment) => segment.kind === 'name' && segment.name !== null && segment.name.to < segment.to
  )
  return around || linked ? name : null
}

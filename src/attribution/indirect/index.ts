/**
 * Indirect speech in one sentence: every construction of this folder tried at each word, in order; the first
 * that reads a paraphrase at a word wins there. Constructions are declared units (name, doc, examples,
 * counter-examples: `test/attribution/indirect/`). See `docs/attribution.md`, "Indirect speech".
 *
 * Time: one pass over the sentence's words; each construction reads a bounded window around its cue (the
 * content is found by offsets and cut at `MAX_CONTENT_TOKENS` words).
 *
 * @module
 */

import {coordinateClauseLinks} from '../../lexicon/indirect-clauses.js'
import type {Range} from '../../quotes/pair.js'
import {tokenAt} from '../../text/tokens.js'
import type {FoundParaphrase} from '../paraphrase.js'
import type {SieveContext} from '../context.js'
import {accordingTo} from './according-to.js'
import {asCredit} from './as-credit.js'
import {askedOpener} from './asked.js'
import {colonCredit} from './colon-credit.js'
import {creditAfter} from './credit-after.js'
import {inDocument} from './in-document.js'
import {cutAtCoordinateClauses, cutAtCoordinatedVerbs, withoutNested} from './nesting.js'
import {participleClause} from './participle.js'
import {passiveReport} from './passive-report.js'
import {reportedClause} from './reported-clause.js'
import {reportingNoun} from './reporting-noun.js'
import {contentSpan, firstToken, insideQuotation, type SentenceView} from './sentence.js'
import type {Construction} from './unit.js'
import {createShapeFilter} from '../../util/shape-filter.js'
import {opensVerb, verbWords} from './verbs.js'

/** The constructions, in the order they are tried at a word. */
export const constructions: readonly Construction[] = [
  accordingTo,
  asCredit,
  askedOpener,
  colonCredit,
  creditAfter,
  inDocument,
  participleClause,
  passiveReport,
  reportedClause,
  reportingNoun
]

/**
 * The paraphrases of the sentence `[start, end)`.
 *
 * @param quoted Quotation runs (marks included) that overlap the sentence, in order: a cue inside one is not
 *   read, and content mostly inside them is a quotation, not indirect speech.
 */
export function findIndirect(
  context: SieveContext,
  start: number,
  end: number,
  quoted: readonly Range[]
): FoundParaphrase[] {
  const {tokens} = context
  const from = tokenAt(tokens, start)
  let to = from
  while (to < tokens.length && tokens.start[to] < end) to++
  if (to - from < 3) return []
  const view: SentenceView = {context, from, to, start, end, quoted, found: []}
  const {opens} = context.verbs
  for (let i = from; i < to; i++) {
    const word = tokens.word[i]
    let readers = opens[word] || (opens[word] = readersOf(tokens.words[word]))
    if (i === from) readers |= sentenceStartReaders
    if (readers === NONE || (quoted.length > 0 && insideQuotation(view, i))) continue
    for (let c = 0; c < constructions.length; c++) {
      if ((readers & (1 << c)) === 0) continue
      const found = constructions[c].find(view, i)
      if (found) {
        if (!view.found.some((other) => other.start === found.start && other.end === found.end)) view.found.push(found)
        break
      }
    }
  }
  if (view.found.length < 2) return view.found
  cutAtCoordinates(view)
  cutAtCoordinatedVerbs(view)
  cutAtCoordinateClauses(view)
  // In document order (a credit after its content is found after the words it reports).
  return withoutNested(view.found).sort((a, b) => a.start - b.start || a.end - b.end)
}

/** Bit set of {@link readersOf} for a word no construction reads at (above the constructions' bits). */
const NONE = 1 << 30
if (constructions.length >= 30) throw new Error('indirect: more constructions than bits of a reader set')

/**
 * The constructions that read at the lower-case word `lower` (`readsAt`): bit `c` for `constructions[c]`, and
 * {@link NONE} so that the bits of a word never read are not 0 (0 marks a word of the table not yet read).
 */
function readersOf(lower: string): number {
  let bits = NONE
  if (!readShapes.has(lower)) return bits
  const verb = opensVerb(lower)
  for (let c = 0; c < constructions.length; c++) {
    const words = readerWords[c]
    if (words === null ? verb : words.has(lower)) bits |= 1 << c
  }
  return bits
}

/** By construction: the words it reads at as a set, `null` for reporting verbs (an empty set: sentence starts). */
const readerWords: ReadonlyArray<ReadonlySet<string> | null> = constructions.map(({readsAt}) =>
  readsAt === 'verb' ? null : new Set(readsAt === 'sentence-start' ? [] : readsAt)
)

/** The bits of the constructions that read at the first word of every sentence (`readsAt: 'sentence-start'`). */
const sentenceStartReaders = constructions.reduce(
  (bits, {readsAt}, c) => (readsAt === 'sentence-start' ? bits | (1 << c) : bits),
  0
)

/**
 * The shapes of the words some construction reads at (first letter, last letter, length): a word of another
 * shape is passed over without a lookup in the lexicons (most words of a story, each new to the story).
 */
const readShapes = createShapeFilter([
  ...verbWords(),
  ...constructions.flatMap(({readsAt}) => (typeof readsAt === 'string' ? [] : readsAt))
])

/** Links that open a coordinate clause with a credit of its own (`…, while others say …`, `…; critics argue …`). */
const coordinateRe = new RegExp(String.raw`(?:[;]|,\s*(?:${coordinateClauseLinks.join('|')})|\s(?:while|whereas))\s*$`)
const coordinateLinks = new Set(coordinateClauseLinks)

/**
 * A paraphrase's content stops where a later credit of the sentence starts its own clause: a credit after it
 * (`Serbia intends to …, X said.`), a participle (`X said A, citing B`: A and B) or a coordinate clause (`some say A, while others say B`). A credit nested in
 * the content (`X said he believes B`) leaves it whole.
 */
function cutAtCoordinates(view: SentenceView): void {
  const {tokens, text} = view.context
  for (const found of view.found) {
    for (const later of view.found) {
      const cueStart = tokens.start[later.cue.from]
      if (later === found || cueStart <= found.start || cueStart >= found.end) continue
      let cut = -1
      if (later.rule === 'participle') cut = tokens.end[later.cue.from - 1]
      // `Serbia intends to double its trade, Minister X told reporters.`: the credit after the content ends it.
      else if (later.rule === 'credit-after' && later.end < cueStart) cut = later.end
      else if (later.rule === 'reported-clause' && later.mention && later.mention.start > found.start) {
        const from = firstToken(view, later.mention.start)
        const before =
          from > view.from
            ? text.slice(Math.max(found.start, tokens.start[Math.max(view.from, from - 2)]), tokens.start[from])
            : ''
        if (coordinateRe.test(before)) cut = tokens.end[from - 1]
        if (cut >= 0 && coordinateLinks.has(text.slice(tokens.start[from - 1], tokens.end[from - 1]).toLowerCase()))
          cut = from - 2 >= view.from ? tokens.end[from - 2] : -1
      }
      if (cut > found.start && cut < found.end) {
        const content = contentSpan(view, found.start, cut)
        if (content) found.end = content.end
      }
    }
  }
}

/**
 * The subject after a cue (`said Vulin`, `said the official`, `said Hugh Hill, a doctor`).
 *
 * @module
 */

import {creditAfter} from './credit-phrases.js'
import {adverbs, determiners, gapText, npStops, plainLowerWord, softGap, type Phrase} from './noun-phrase.js'
import {subjectPronouns} from '../lexicon/pronouns.js'
import {portfolioWords} from '../lexicon/title-lexicon.js'
import {isOrganisation} from '../speakers/kinds.js'
import {defaultLexicon, type SpeechLexicon} from '../speakers/lexicon.js'
import {lookup} from '../speakers/lookup.js'
import {capitalAt, lowerAt, type Tokens} from '../text/tokens.js'
import {ordinalSuffixes} from '../lexicon/ordinals.js'

/** `Air Force 1st Lt. Tyler Livingston`: an ordinal inside a title. */
const ordinalRe = new RegExp(String.raw`^\d{1,3}(?:${ordinalSuffixes.join('|')})$`)

/**
 * The subject after a cue (`said Vulin`, `said the official`, `said Hugh Hill, a doctor`).
 *
 * @param ceiling Token index after the last one that may be part of it.
 */
export function subjectAfter(
  text: string,
  tokens: Tokens,
  after: number,
  ceiling: number,
  lexicon: SpeechLexicon = defaultLexicon,
  opening = false
): Phrase | null {
  const nominalWords = lexicon.nominalWords
  const titleSet = lexicon.titles
  if (after >= ceiling) return null
  if (!opening && !softGap(gapText(text, tokens, after - 1, after))) return null
  // `said WHO's Peru representative, Ana Quispe`: a role, then the name it belongs to (credit-phrases.ts).
  const credit = opening ? null : creditAfter(text, tokens, after, ceiling, lexicon)
  if (credit) return credit
  const first = lowerAt(tokens, after)
  if (lookup(subjectPronouns, first)) return {from: after, to: after + 1}
  if (npStops.has(first) && !capitalAt(tokens, after)) return null
  let to = after + 1
  const limit = Math.min(ceiling, after + 9)
  while (to < limit) {
    if (!softGap(gapText(text, tokens, to - 1, to))) break
    const lower = lowerAt(tokens, to)
    const capital = capitalAt(tokens, to)
    const nextCapital = to + 1 < tokens.length && capitalAt(tokens, to + 1)
    // `Secretary of State Madeleine Albright`, `said the Bank of England`: a link inside a title or a name.
    if (!capital && linkInsideName(text, tokens, after, to, limit, titleSet)) {
      to += 2
      continue
    }
    if (npStops.has(lower) || lower === 'of' || lower === 'for') break
    // `Air Force 1st Lt. Tyler Livingston`: an ordinal between capitalised words.
    if (ordinalRe.test(lower) && capitalAt(tokens, to - 1) && nextCapital) {
      to++
      continue
    }
    if (!capital && !nominalWords.has(lower) && !titleSet.has(lower)) {
      // Right after a cue, the words of a role before a name (`said retired neurosurgeon Ben Carson`,
      // `said former tech executive Carly Fiorina`).
      const named = (k: number): boolean =>
        k < limit && capitalAt(tokens, k) && softGap(gapText(text, tokens, k - 1, k))
      const modifier =
        !opening &&
        to - after <= 2 &&
        plainLowerWord(text, tokens, to) &&
        (named(to + 1) || (to + 2 < limit && plainLowerWord(text, tokens, to + 1) && named(to + 2)))
      // `added the frightened guard`, `writes the cited letter`: a participle after the determiner, then its noun.
      const participle =
        to - 2 >= after &&
        determiners.has(lowerAt(tokens, to - 2)) &&
        /(?:ed|ing)$/.test(lowerAt(tokens, to - 1)) &&
        plainLowerWord(text, tokens, to) &&
        !adverbs.has(lower) &&
        !npStops.has(lower)
      if (
        !modifier &&
        !participle &&
        !(
          (plainLowerWord(text, tokens, to) || /^\d{1,3}-year-old$/.test(lower)) &&
          determiners.has(lowerAt(tokens, to - 1))
        )
      )
        break
    }
    to++
  }
  // `the official` / `Vulin`; a bare determiner is no subject.
  if (to - after === 1 && determiners.has(first)) return null
  return {from: after, to}
}

const portfolios = new Set(portfolioWords.filter((word) => /^[a-z]/.test(word) && word !== 'and'))

/**
 * Whether the lower-case link at token `link` (`of`, `for`, `and`) between capitalised words is inside one name
 * or title: a title before `of`/`for` (its complement), or the words before it already name a body (`the Bank of England`, `the Organisation for Economic Co-operation`);
 * with `and`, the words up to a head after it name one (`Securities and Exchange Commission`), or two portfolios
 * share an office (`Economy and Finance Minister`). Not a person before it (`said Ana Lind of Velmar Corp`,
 * `said Lind and Finance Minister Karel Smit`).
 */
function linkInsideName(
  text: string,
  tokens: Tokens,
  after: number,
  link: number,
  limit: number,
  titles: ReadonlySet<string>
): boolean {
  const lower = lowerAt(tokens, link)
  if (lower !== 'of' && lower !== 'for' && lower !== 'and') return false
  if (link + 1 >= limit || !capitalAt(tokens, link - 1) || !capitalAt(tokens, link + 1)) return false
  if (!softGap(gapText(text, tokens, link, link + 1))) return false
  // A title's complement (`Secretary of State Madeleine Albright`).
  if (lower !== 'and' && titles.has(lowerAt(tokens, link - 1))) return true
  const start = determiners.has(lowerAt(tokens, after)) ? after + 1 : after
  if (start >= link) return false
  if (lower !== 'and') return isOrganisation(tokens, start, link)
  if (portfolios.has(lowerAt(tokens, link - 1)) && portfolios.has(lowerAt(tokens, link + 1))) return true
  for (let k = link + 2; k <= limit && capitalAt(tokens, k - 1); k++) {
    if (!softGap(gapText(text, tokens, k - 2, k - 1))) break
    if (isOrganisation(tokens, start, k)) return true
  }
  return false
}

/**
 * Plain present forms of speech verbs (`argue`, `warn`, `state`) are verbs only right after a plural
 * subject (`critics argue`, `the Saudis state`, `they warn`); elsewhere they are infinitives or nouns
 * (`to warn`, `the Islamic State`, `Kansas state Sen.`, `a note`).
 *
 * @module
 */

import {plainCueForms} from '../lexicon/cues.js'
import {commonPlaces} from '../lexicon/function-words.js'
import {notPluralWords, pluralSubjectWords} from '../lexicon/plurals.js'
import {capitalAt, lowerAt, possessiveAt, type Tokens} from '../text/tokens.js'

const plainForms = new Set(plainCueForms)
const places = new Set(commonPlaces)
const pluralPronouns = new Set(pluralSubjectWords)
const notPlural = new Set(notPluralWords)

/** Whether token `k` can be the plural subject of a plain present verb right after it (`critics`, `they`, `Democrats`). */
function pluralSubjectAt(tokens: Tokens, k: number): boolean {
  if (k < 0 || possessiveAt(tokens, k)) return false
  const lower = lowerAt(tokens, k)
  if (pluralPronouns.has(lower)) return true
  if (
    lower.length <= 3 ||
    !lower.endsWith('s') ||
    lower.endsWith('ss') ||
    lower.endsWith('ous') ||
    notPlural.has(lower)
  )
    return false
  // A capitalised plural names a group (`Democrats`, `the Saudis`), not a place (`Kansas`, `Illinois`).
  return !capitalAt(tokens, k) || !places.has(lower)
}

/** Whether token `i` is a plain present form that is no verb here (`to warn`, `the Islamic State`, `Kansas state Sen.`). */
export function plainFormBlocked(tokens: Tokens, i: number): boolean {
  if (!plainForms.has(lowerAt(tokens, i))) return false
  // `Kansas state Sen. Ada Lind`, `Texas state officials`: a noun before a name or a noun.
  if (i + 1 < tokens.length && capitalAt(tokens, i + 1)) return true
  return !pluralSubjectAt(tokens, i - 1)
}

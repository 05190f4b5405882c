/**
 * Plain present forms of speech verbs (`argue`, `warn`, `state`) are verbs only right after a plural
 * subject (`critics argue`, `the Saudis state`, `they warn`); elsewhere they are infinitives or nouns
 * (`to warn`, `the Islamic State`, `a note`).
 *
 * @module
 */

import {plainCueForms} from '../lexicon/cues.js'
import {lowerAt, possessiveAt, type Tokens} from './tokens.js'

const plainForms = new Set(plainCueForms)
const pluralPronouns = new Set(['they', 'we', 'i', 'you', 'also', 'often', 'still', 'now', 'then', 'both', 'all', 'who', 'frequently', 'typically', 'usually', 'repeatedly', 'never', 'always'])
const notPlural = new Set(['has', 'was', 'is', 'its', 'his', 'this', 'as', 'us', 'does', 'plus', 'thus', 'less', 'ms', 'mrs', 'yes', 'across', 'unless', 'whereas', 'bus'])

/** Whether token `k` can be the plural subject of a plain present verb right after it (`critics`, `they`, `Democrats`). */
function pluralSubjectAt(tokens: Tokens, k: number): boolean {
  if (k < 0 || possessiveAt(tokens, k)) return false
  const lower = lowerAt(tokens, k)
  if (pluralPronouns.has(lower)) return true
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !notPlural.has(lower)
}

/** Whether token `i` is a plain present form that is no verb here (`to warn`, `the Islamic State`). */
export function plainFormBlocked(tokens: Tokens, i: number): boolean {
  return plainForms.has(lowerAt(tokens, i)) && !pluralSubjectAt(tokens, i - 1)
}

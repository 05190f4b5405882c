/**
 * Words of credits beyond the cue verbs of `cues.ts`: which cues take an
 * addressee, which pass on what a medium reported, the words that may stand
 * between a cue or a noun of speech and the quotation, the nouns of documents.
 * Data only, lower case.
 *
 * @module
 */

import {weekdayNames} from './time-words.js'

/** Cue lemmas whose object is the person addressed or described, not the speaker (`told Smith`, `called him`). */
export const addresseeCueLemmas: readonly string[] = ['tell', 'ask', 'urge', 'warn', 'call', 'describe', 'dub', 'charge', 'promise']

/** Cue lemmas by which a medium passes on what someone said (`the agency reported`, `quoted him`). */
export const mediumCueLemmas: readonly string[] = ['report', 'quote']

/** Cue lemmas whose content clause can hold another report (`Podesta told reporters the campaign says …`). */
export const reportingCueLemmas: readonly string[] = ['say', 'tell']

/** Verbs of saying in the infinitive (`to call Fields "…"`): their base forms are no cues of the lexicon. */
export const infinitiveCueLemmas: readonly string[] = ['call', 'describe', 'dub', 'label', 'brand', 'declare', 'warn', 'write', 'say', 'tell', 'ask']

/** Verbs of `X quoted Y as saying`. */
export const quotingVerbs: readonly string[] = ['quoted', 'cited', 'quoting', 'citing']

/** Participles after `quoted … as` (`as saying`, `as telling`). */
export const asSayingForms: readonly string[] = ['saying', 'telling', 'stating', 'writing']

/** Words of time that may stand between an auxiliary and its participle (`was Saturday quoted`). */
export const auxiliaryTimeWords: readonly string[] = [...weekdayNames, 'today', 'yesterday', 'also', 'later', 'earlier']

/** Words that open the circumstances of a credit (`said in an interview`, `said on Tuesday`). */
export const creditTailOpeners: readonly string[] = [
  'in', 'on', 'at', 'during', 'after', 'before', 'with', 'from', 'via', 'through', 'over', 'late', 'earlier', 'later',
  'last', 'this', 'yesterday', 'today', 'tonight', ...weekdayNames
]

/** Words that may stand between a noun of speech and the quotation (`claim Monday that "…"`). */
export const speechNounLinks: readonly string[] = [
  'that', 'of', 'about', 'on', 'a', 'an', 'the', ...weekdayNames, 'today', 'yesterday', 'last', 'week', 'earlier'
]

/** Documents that credit their possessor with the quotation after a colon (`Bush's Facebook post:`). */
export const documentNouns: readonly string[] = [
  'post', 'posts', 'tweet', 'tweets', 'letter', 'memo', 'op-ed', 'speech', 'release', 'email', 'message', 'blog',
  'essay', 'column', 'book', 'testimony', 'statement', 'announcement', 'note'
]

/** Participles between a document and its author (`an email sent out by Sanders`). */
export const issuedParticiples: readonly string[] = [
  'sent', 'issued', 'released', 'written', 'published', 'posted', 'put', 'signed', 'authored', 'penned'
]

/** Verbs of saying whose credit names a speaker later quotations may refer back to. */
export const referableCueLemmas: readonly string[] = ['say', 'tell', 'add', 'according to']

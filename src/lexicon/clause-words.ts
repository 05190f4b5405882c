/**
 * Function words that shape the clauses around a quotation: determiners,
 * auxiliaries, prepositions, and the words that open sentences and clauses.
 * The attribution rules read them to find where a speaker's noun phrase
 * starts and ends. Data only, lower case.
 *
 * @module
 */

import {subordinatingConjunctions} from './function-words.js'
import {weekdayNames} from './time-words.js'

/** Determiners that open a noun phrase (`the official`, `two officials`). */
export const determiners: readonly string[] = [
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'one', 'another', 'some', 'two', 'three',
  'several', 'many', 'other', 'both'
]

/** Determiners of an indefinite phrase (`a spokesman`, `two officials`): an unnamed source. */
export const indefiniteDeterminers: readonly string[] = [
  'a', 'an', 'one', 'another', 'some', 'two', 'three', 'several', 'many', 'other', 'both', 'most', 'few'
]

/** Words before a plural form that make it a noun, not a cue (`the claims`, `his remarks`, `recent comments`). */
export const nounDeterminers: readonly string[] = [
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'this', 'that', 'such',
  'whose', 'no', 'any', 'some', 'recent', 'earlier', 'latest', 'new', 'own', 'past', 'previous', 'public',
  'written', 'similar', 'same', 'other'
]

/** Determiners that open a description of someone (`a mourner`, `the governor`). */
export const roleDeterminers: readonly string[] = ['a', 'an', 'the', 'one', 'another']

/** Adverbs and auxiliaries that may stand between a subject and its cue (`also said`, `has said`, `was told`). */
export const subjectCueFillers: readonly string[] = [
  'also', 'later', 'then', 'previously', 'again', 'once', 'further', 'repeatedly', 'recently', 'earlier', 'quickly',
  'has', 'had', 'have', 'would', 'will', 'could', 'might', 'may', 'did', 'does', 'do', 'reportedly', 'simply',
  'flatly', 'bluntly', 'publicly', 'privately', 'often', 'frequently', 'finally', 'just', 'only', 'already',
  'subsequently', 'separately', 'similarly', 'sharply', 'angrily', 'calmly', 'confidently', 'firmly', 'openly',
  'specifically', 'told', 'not', 'never', 'still', 'yet', 'is', 'was', 'were', 'are', 'be', 'been', 'being'
]

/** Words that end a speaker's noun phrase (a clause, a preposition, a verb of saying). */
export const phraseStops: readonly string[] = [
  'that', 'and', 'but', 'which', 'who', 'whom', 'when', 'while', 'as', 'because', 'if', 'so', 'to', 'in', 'on', 'at',
  'after', 'before', 'since', 'with', 'without', 'than', 'where', 'though', 'although', 'or', 'nor', 'by', 'from',
  'into', 'about', 'what', 'how', 'why', 'said', 'says', 'told', 'there', 'here', 'it', 'is', 'was', 'be', 'not'
]

/**
 * Words in -ed or -ing that modify the head after them (`gambling magnate`, `unnamed official`) instead of
 * ending the phrase as a verb would.
 */
export const modifierParticiples: readonly string[] = ['gambling', 'unnamed', 'unidentified']

/** Auxiliaries and modals that make a subject and its verb of the words after a participle (`suggesting he might`). */
export const clauseAuxiliaries: readonly string[] = [
  'would', 'will', 'could', 'might', 'may', 'should', 'can', 'must', 'was', 'were', 'is', 'are', 'had', 'has', 'have',
  'did', 'does', 'do'
]

/** Forms of *be* (`was quoted`, `is being asked`); the passive rules also read the infinitive `be`. */
export const beForms: readonly string[] = ['be', 'is', 'are', 'was', 'were', 'been', 'being']

/** Prepositions whose object is no subject (`to Wired`, `with Fox News`); not `of`, `at`, `from`. */
export const objectPrepositions: readonly string[] = ['to', 'with', 'for', 'in', 'by', 'on', 'about', 'into']

/** Links between a person and the body they belong to (`Jeffrey Lewis of the …`, `a spokesman for the ministry`). */
export const holderLinks: readonly string[] = ['of', 'at', 'for', 'from', 'with']

/** Prepositions before a gerund cue (`upon saying`, `after calling him`, `by telling`). */
export const gerundPrepositions: readonly string[] = ['upon', 'after', 'before', 'by', 'while', 'when', 'without', 'in', 'on', 'for']

/** Words that open a sentence without being its subject (`On Monday, …`, `Speaking in Salem, …`, `However, …`). */
export const sentenceOpeners: readonly string[] = [
  'but', 'and', 'yet', 'so', 'still', 'meanwhile', 'however', 'also', 'instead', 'then', 'now', 'later', 'earlier',
  'separately', 'indeed', 'in', 'on', 'at', 'during', 'after', 'before', 'speaking', 'asked', 'when', 'while',
  'since', 'last', 'this', 'that', 'for', 'with', 'without', 'despite', 'as', 'hours', 'minutes', 'days', 'weeks',
  'months', 'years', 'moments', 'shortly', 'soon', 'afterward', 'afterwards', 'eventually', 'finally', 'ultimately',
  'nevertheless', 'nonetheless', 'again', 'today', 'yesterday', 'tonight', ...weekdayNames, 'around', 'across',
  'throughout', 'under', 'given', 'preceded', 'following', 'amid', 'among', 'from', 'like', 'unlike', 'beyond', 'by',
  'over', 'through', 'within', 'inside', 'outside', 'near', 'upon', 'against', 'if', 'although', 'though', 'because',
  'once', 'until', 'unless', 'whether', 'early', 'late', 'first', 'second', 'third', 'next', 'lastly', 'thus',
  'hence', 'therefore', 'moreover', 'furthermore', 'likewise', 'similarly', 'additionally', 'regardless', 'overall'
]

/** Sentence openers that need no comma after them: the subject follows at once (`But Trump said …`). */
export const leadAdverbs: readonly string[] = [
  'but', 'and', 'yet', 'so', 'still', 'meanwhile', 'however', 'also', 'instead', 'then', 'now', 'later', 'separately',
  'indeed'
]

/** Coordinating conjunctions that join clauses (`"…," and said …`, `Sanders, and said`). */
export const coordinators: readonly string[] = ['and', 'but', 'or']

/** Words that open a clause after a credit (`…, he said in a statement that …`): its circumstances end there. */
export const clauseStarters: readonly string[] = [
  'that', 'who', 'which', 'whom', 'whose', 'and', 'but', 'or', 'because', 'while', 'if', 'although', 'though',
  'when', 'where', 'as'
]

/** Words that open a clause, not an appositive, after a comma (`…, when …`, `…, in what …`). */
export const appositiveBreakers: readonly string[] = [...subordinatingConjunctions, 'and', 'but', 'or', 'what', 'where']

/** Words that open a clause inside a sentence, before its subject (`…, in which Clinton expressed …`). */
export const innerClauseOpeners: readonly string[] = [...subordinatingConjunctions, 'which', 'where']

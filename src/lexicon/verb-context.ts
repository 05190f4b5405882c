/**
 * Words around a reporting verb that tell a verb from a noun and a clause from a headline (read by
 * `src/attribution/indirect/verbs.ts`). Data only: closed classes of English function words.
 *
 * @module
 */

/** Words before a noun: a form of a reporting verb after them is a noun (`his claims`, `the report`, `a call`). */
export const verbDeterminers: readonly string[] = [
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'such', 'no', 'any',
  'some', 'every', 'each', 'whose', 'own', 'many', 'several', 'few', 'other', 'more', 'terrorist', 'personal',
  'public', 'similar', 'new', 'recent', 'latest', 'earlier', 'previous'
]

/** Words after a plural noun that a verb in -s does not take (`states will hold`, `attacks of`). */
export const pluralNounFollowers: readonly string[] = [
  'will', 'would', 'have', 'are', 'were', 'can', 'could', 'may', 'might', 'should', 'must', 'had', 'do', "don't",
  'where', 'which', 'who', 'of', 'like', 'such'
]

/** Auxiliaries and modals before a plain form (`will say`, `did not deny`, `could argue`). */
export const modalWords: readonly string[] = [
  'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'do', 'does', 'did', "didn't", "don't",
  "doesn't", "won't", "can't", 'to'
]

/** Forms of `be` (a past participle after them is passive; a gerund, progressive). */
export const beWords: readonly string[] = [
  'is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", "'re"
]

/** Forms of `have` (a participle after them is a perfect: `has said`). */
export const haveWords: readonly string[] = [
  'has', 'have', 'had', 'having'
]

/** Words a headline in title case may leave in lower case (`Trump Says He Will Sign the Bill`). */
export const titleCaseMinorWords: readonly string[] = [
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'vs'
]

/**
 * Words that tell whether the word before a plain present verb is a plural
 * subject (`critics argue`, `they warn`). Data only, lower case.
 *
 * @module
 */

/** Plural pronouns, and `who` (`critics, who argue`). */
export const pluralSubjectWords: readonly string[] = ['they', 'we', 'who']

/** Words ending in -s that are no plural nouns (`has`, `this`, `news`, `various`). */
export const notPluralWords: readonly string[] = [
  'has', 'was', 'is', 'its', 'his', 'this', 'as', 'us', 'does', 'plus', 'thus', 'less', 'ms', 'mrs', 'yes',
  'across', 'unless', 'whereas', 'bus', 'various', 'previous', 'serious', 'famous', 'numerous', 'obvious',
  'always', 'perhaps', 'news'
]

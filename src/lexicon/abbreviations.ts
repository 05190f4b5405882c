/**
 * Abbreviations written with a period that ends no sentence (`Mr. Smith`, `Sgt. Lee`, `U.S. officials`), read by the
 * tokenizer (`src/text/tokens.ts`). Data only, lower case, without the final period.
 *
 * @module
 */

/** Abbreviations that keep their period: titles, name suffixes, company endings, and initials of places and bodies. */
export const periodAbbreviations: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'maj', 'sgt', 'adm', 'cmdr', 'rev',
  'fr', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'atty', 'supt', 'det', 'hon', 'pres', 'sens', 'reps', 'mt', 'ft',
  'no', 'vs', 'messrs', 'mme', 'gens', 'insp', 'u.s', 'u.n', 'u.k', 'e.u', 'd.c', 'n.y', 'l.a'
]

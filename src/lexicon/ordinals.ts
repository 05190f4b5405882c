/**
 * Endings of ordinal numbers written in digits (`1st`, `22nd`, `3rd`, `4th`), read where an ordinal stands inside
 * a title (`Air Force 1st Lt. Tyler Livingston`). Data only, lower case.
 *
 * @module
 */

/** English ordinal endings after digits. */
export const ordinalSuffixes: readonly string[] = ['st', 'nd', 'rd', 'th']

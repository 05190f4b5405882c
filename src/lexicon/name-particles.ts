/**
 * Small words inside names: particles of personal names, Arabic articles,
 * generational suffixes, and the lower-case links inside organisations'
 * names. Data only, lower case.
 *
 * @module
 */

/**
 * Lower-case particles that stand inside a name between capitalised words (`Ludwig van Beethoven`, `Muqrin bin
 * Abdul Aziz`, `Terre des Hommes`, `Federico de Jesus`).
 */
export const nameParticles: readonly string[] = [
  'de', 'des', 'van', 'von', 'der', 'den', 'bin', 'al', 'da', 'du', 'la', 'le', 'del', 'di', 'dos', 'ibn', 'el'
]

/**
 * Arabic articles written joined to a name by a hyphen (`al-Ani`, `el-Khatib`, `ad-Din`, `as-Sadr`): `al`, its
 * assimilated forms before sun letters, and `el`.
 */
export const arabicArticles: readonly string[] = ['al', 'ad', 'an', 'ar', 'as', 'at', 'az', 'el']

/** Generational suffixes written after a family name (`Martin Luther King Jr.`, `John Smith III`). */
export const generationalSuffixes: readonly string[] = ['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']

/**
 * Lower-case words that link the words of an organisation's name (`Council on Foreign Relations`, `Ministry of
 * Labor and Social Security`, `Friends of the Valley`, `Marks & Spencer`).
 */
export const organisationLinks: readonly string[] = ['of', 'for', 'and', 'on', 'the', '&']

/** Words one reading of a name's initials skips (`Bank of the Isles` → `BOI`, besides `BI` and `BOTI`). */
export const initialsSkipWords: readonly string[] = ['the', 'a', 'an', 'and', '&']

/**
 * The particles a credit after a quotation reads inside a name (`said Ana della Rovere`): the list above with
 * Italian `della` and without `des`, as the credit rules were measured. One list is the goal; merging them is a
 * behaviour change to measure on its own.
 */
export const creditNameParticles: readonly string[] = [
  'bin', 'ibn', 'al', 'el', 'de', 'del', 'della', 'di', 'da', 'dos', 'du', 'van', 'von', 'der', 'den', 'la', 'le'
]

/** Small words taken off the start of the words before an acronym's definition (`of the International Red Cross (ICRC)`). */
export const acronymNameLeads: readonly string[] = ['the', 'of', 'for', 'and', 'on', 'in', 'to']

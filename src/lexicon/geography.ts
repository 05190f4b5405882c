/**
 * Words of direction and endings of nationality adjectives, read where a
 * capitalised run may name a region or a people rather than a person. Data
 * only, lower case.
 *
 * @module
 */

/** Words of direction that stand before places and nationalities (`Western Europe`, `East European`). */
export const directionWords: readonly string[] = [
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central'
]

/** The four points of the compass (`the North Korean leader`). */
export const compassPoints: readonly string[] = ['north', 'south', 'east', 'west']

/** Endings of adjectives of nationality (`Brazilian`, `Japanese`, `Danish`, `Thai`). */
export const nationalityEndings: readonly string[] = ['an', 'ese', 'ish', 'ian', 'i']

/** Endings of adjectives of nationality that modify a noun before a name (`the French financial newspaper`). */
export const modifierNationalityEndings: readonly string[] = ['an', 'ese', 'ish', 'ch', 'i']

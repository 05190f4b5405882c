/**
 * Lower-case particles inside personal names (`Muqrin bin Abdul Aziz`,
 * `Ludwig van Beethoven`). Data only.
 *
 * @module
 */

/** Particles that may stand between the capitalised words of a person's name. */
export const nameParticles: readonly string[] = [
  'bin', 'ibn', 'al', 'el', 'de', 'del', 'della', 'di', 'da', 'dos', 'du', 'van', 'von', 'der', 'den', 'la', 'le'
]

/**
 * Words of the segments of a credit set off by commas or dashes (`said Jack Kirnan, an analyst with Kidder
 * Peabody and Co, …`), read by `src/attribution/credit-phrases.ts`: determiners and modifiers of a role, the
 * links and endings of a firm, the openers and adverbs that are no part of a credit. Data only, lower case.
 *
 * @module
 */

import {nameParticles} from './name-particles.js'

/** Words before a role in a segment of a credit (`another Dutch visitor`, `his deputy`). */
export const segmentDeterminers: readonly string[] = [
  'the', 'a', 'an', 'another', 'one', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'other'
]

/** Lower-case links between a personal name and the firm after it (`Jack Kirnan of Kidder Peabody`). */
export const firmLinks: readonly string[] = ['of', 'with', 'at', 'from', 'for', 'in']

/** Lower-case words that are no modifier of a role before a name (`sources close to John Smith`). */
export const notRoleModifiers: readonly string[] = [
  'to', 'by', 'for', 'with', 'of', 'at', 'from', 'in', 'on', 'about', 'close', 'near', 'and', 'or', 'but', 'who',
  'which', 'that', 'said', 'says', 'told', 'than', 'as', 'like', 'under', 'after', 'before', 'against', 'between'
]

/**
 * Particles inside a personal name of a segment (`Ana de Souza`): {@link nameParticles} without `des`, as the credit
 * segments were measured.
 */
export const segmentNameParticles: readonly string[] = nameParticles.filter((word) => word !== 'des')

/**
 * Last words of a firm's name in a credit (`Kidder Peabody and Co`, `Salomon Brothers Inc`): legal endings and the
 * heads of financial firms' names.
 */
export const firmEndings: readonly string[] = [
  'co', 'co.', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'plc', 'ag', 'sa', 'nv', 'llc', 'lp', 'company', 'group',
  'bank', 'partners', 'associates', 'securities'
]

/** Lower-case words inside a firm's name after its link (`of Kidder Peabody and Co`, `of Banco de Bilbao y Vizcaya`). */
export const firmNameLinks: readonly string[] = ['and', 'of', '&', 'the', 've', 'y', 'de', 'du']

/**
 * Capitalised words that open a first segment which is no credit (`In Brussels, …`, `Meanwhile, …`, `Speaking
 * to reporters, …`, `Asked about …`).
 */
export const segmentOpeners: readonly string[] = [
  'in', 'on', 'at', 'after', 'before', 'during', 'meanwhile', 'however', 'separately', 'earlier', 'later', 'still',
  'yet', 'instead', 'but', 'and', 'also', 'last', 'this', 'speaking', 'asked', 'elsewhere', 'today', 'yesterday'
]

/** Adverbs and auxiliaries between a credit before a cue and the cue, skipped (`Osman Erk, deputy manager, also told`). */
export const creditAdverbs: readonly string[] = [
  'also', 'later', 'then', 'again', 'further', 'once', 'previously', 'earlier', 'recently', 'repeatedly', 'has', 'had',
  'have', 'would', 'will'
]

/** Endings of nouns of roles (`analyst`, `director`, `historian`, `consultant`, `spokesman`, `chairwoman`). */
export const roleEndings: readonly string[] = ['er', 'or', 'ist', 'ian', 'ant', 'ent', 'man', 'woman']

/**
 * Personal pronouns that can stand for a speaker. Data only.
 *
 * @module
 */

/** What a pronoun can refer to. */
export interface PronounDefinition {
  /** Gender of a person antecedent, `null` when any. */
  gender: 'male' | 'female' | null
  /** Whether it can refer to an organisation (`it`, `they`, `we`). */
  organisation: boolean
  /** Whether it can refer to a person. */
  person: boolean
}

/** Subject pronouns (lower case). */
export const subjectPronouns: Readonly<Record<string, PronounDefinition>> = {
  he: {gender: 'male', organisation: false, person: true},
  she: {gender: 'female', organisation: false, person: true},
  they: {gender: null, organisation: true, person: true},
  it: {gender: null, organisation: true, person: false},
  we: {gender: null, organisation: true, person: false}
}

/** Pronouns that tell the gender of the person they refer to (any case: subject, object, possessive). */
export const genderedPronouns: Readonly<Record<string, 'male' | 'female'>> = {
  he: 'male',
  him: 'male',
  his: 'male',
  himself: 'male',
  she: 'female',
  her: 'female',
  hers: 'female',
  herself: 'female'
}

/** Object pronouns and the subject pronouns they stand for (`quoted him as saying` → he). */
export const objectPronouns: Readonly<Record<string, string>> = {him: 'he', her: 'she', them: 'they'}

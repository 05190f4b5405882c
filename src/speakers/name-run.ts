/**
 * Reading a run of capitalised words where a name may stand: the words joined by spaces (or a wrapped line), with
 * the particles of personal names inside (`Terre des Hommes`, `Ana de Souza`) and, for organisations, their links
 * (`Friends of the Valley`); and cutting a run where `and` or `on` joins two names or ends one (`Niko Kovac and
 * Brazilian midfielder Marcelinho`, `Hillary Clinton on Tuesday`).
 *
 * @module
 */

import {nameParticles} from '../lexicon/name-particles.js'
import {capitalAt, lowerAt, possessiveAt, type Tokens} from '../text/tokens.js'
import {isOrganisation, orgLinks} from './kinds.js'
import {wrappedBreak} from './name-boundary.js'
import type {NameRun} from './names.js'

/** Longest name run, in words (`Ministry of Labor and Social Security of the Republic of Karvia` is 11). */
export const MAX_RUN = 16

const particles = new Set(nameParticles)

/** Gap between tokens `a` and `b` that keeps them in one name (a space, or `Ben- Shalom`). */
function joined(text: string, tokens: Tokens, a: number, b: number): boolean {
  const aEnd = tokens.end[a]
  const length = tokens.start[b] - aEnd
  if (length === 1) {
    const code = text.charCodeAt(aEnd)
    if (code === 32 || code === 0xa0 || code === 45) return true
  }
  if (length === 2 && text.charCodeAt(aEnd) === 45 && text.charCodeAt(aEnd + 1) === 32) return true
  // Hook (name-boundary.ts): a line break that wraps a paragraph's line (`John⏎Rau`).
  return wrappedBreak(text, aEnd, tokens.start[b])
}

/**
 * Read the capitalised run that starts at token `i` (particles inside it allowed; with `organisation`, the links
 * of organisations' names too). A possessive ends the run.
 */
export function readRun(text: string, tokens: Tokens, i: number, limit: number, organisation = false): NameRun | null {
  if (i >= limit || !capitalAt(tokens, i)) return null
  let to = i + 1
  // No name runs longer than `MAX_RUN` words (`Ada Lind and Kai Berg and …` with no stop would otherwise be
  // read again from each of its words).
  const end = Math.min(limit, i + MAX_RUN)
  while (to < end && !possessiveAt(tokens, to - 1) && joined(text, tokens, to - 1, to)) {
    if (capitalAt(tokens, to)) {
      to++
      continue
    }
    const lower = lowerAt(tokens, to)
    const after = to + 1 < tokens.length
    const allowed = particles.has(lower) || (organisation && orgLinks.has(lower))
    if (allowed && after && capitalAt(tokens, to + 1) && joined(text, tokens, to, to + 1)) {
      to += 2
      continue
    }
    // `Friends of the Valley`, `Council of the Americas`.
    const third = to + 2 < tokens.length
    if (
      organisation &&
      lower === 'of' &&
      after &&
      lowerAt(tokens, to + 1) === 'the' &&
      !capitalAt(tokens, to + 1) &&
      third &&
      capitalAt(tokens, to + 2) &&
      joined(text, tokens, to, to + 1) &&
      joined(text, tokens, to + 1, to + 2)
    ) {
      to += 3
      continue
    }
    break
  }
  return {from: i, to}
}

/**
 * `Niko Kovac and Brazilian midfielder Marcelinho`: `and` joins two names, and `Hillary Clinton on Tuesday`
 * ends a name at `on`, unless the whole run names an organisation (`Ministry of Labor and Social Security`,
 * `Council on Foreign Relations`). A title's complement may hold `and` (`Minister of Foreign and European
 * Affairs`).
 */
export function cutAtConjunction(tokens: Tokens, run: NameRun): void {
  for (let k = run.from + 1; k < run.to - 1; k++) {
    const lower = lowerAt(tokens, k)
    if ((lower === 'of' || lower === 'for') && !capitalAt(tokens, k)) break
    if ((lower === 'and' || lower === 'on') && !capitalAt(tokens, k) && !isOrganisation(tokens, run.from, run.to)) {
      run.to = k
      break
    }
  }
}

/**
 * The trailer: what follows the story — sign-off (`Reuter`), credits
 * (`(Reporting by …; Editing by …)`), copyright lines, `More`, end marks.
 *
 * Read backwards from the end, a line at a time, so it costs only the lines
 * it takes.
 */

import type {AgencyMatcher} from './agency.js'
import {editDistanceAtMostOne} from './date.js'
import {creditLineOpeners, endMarks, paragraphCreditOpeners} from '../lexicon/trailer-marks.js'
import {isWhiteSpaceCode} from '../util/space.js'

/** One item of the trailer. */
export interface TrailerItem {
  kind: 'signOff' | 'credits' | 'copyright' | 'more' | 'endMark'
  start: number
  end: number
  /** Canonical agency of a sign-off. */
  agency: string | null
}

const creditsRe = new RegExp(String.raw`^\((?:[A-Z][a-z]+ing|${creditLineOpeners.join('|')})\b[^()\n]{0,400}\)$`)
/** Credits at the end of a last paragraph (`… said. (Reporting by X; Editing by Y)`). */
const paragraphCreditsRe = new RegExp(String.raw`^\((?:${paragraphCreditOpeners.join('|')})\b[^()\n]{0,400}\)$`)
const copyrightRe = /^(?:Copyright\b|\(c\)|©|\(C\))[^\n]{0,300}$/
const moreRe = /^(?:more|MORE|More)(?:\s*\.{0,3})$/
const endMarkSet = new Set(endMarks)
/** End marks made of dashes around a zero (`--0--`) or of one to three hashes (`###`). */
const endMarkRe = /^(?:-+0-+|#{1,3})$/
const signOffRe = /^([A-Za-z]{4,8})(?:\.{1,3})?(?:\^M)?$/
/** A sign-off closing the last line of text: `… an ounce. REUTER`, `(33.7).        REUTER`. */
// Only ever run on the last 24 characters of a line (see `readTrailer`), so the search is bounded.
// eslint-disable-next-line regexp/no-super-linear-move
const inlineSignOffRe = /[.!?)"”'’ \t][ \t]+(([A-Za-z]{4,8})(?:\.{1,3})?(?:\^M)?)$/

/**
 * Find the trailer at the end of `text[from…]`.
 *
 * @returns Items in document order (empty when there is no trailer).
 */
export function readTrailer(text: string, from: number, agencies: AgencyMatcher): TrailerItem[] {
  const items: TrailerItem[] = []
  let end = text.length
  let lines = 0

  while (end > from && lines < 8) {
    // Skip trailing white space.
    let stop = end
    while (stop > from && isWhiteSpaceCode(text.charCodeAt(stop - 1))) stop--
    if (stop <= from) break
    let start = stop
    while (start > from && text.charAt(start - 1) !== '\n' && text.charAt(start - 1) !== '\r') start--
    // Leading white space of the line is not part of the item.
    let first = start
    while (first < stop && (text.charAt(first) === ' ' || text.charAt(first) === '\t')) first++
    const line = text.slice(first, stop)
    const item = classify(line, agencies)
    if (!item) {
      // A sign-off at the end of the last line of text (exact words only, no typos).
      // Only the line's last characters are searched, so a long line costs nothing.
      const inline = inlineSignOffRe.exec(line.slice(-24))
      const inlineAgency = inline ? agencies.bySignOff(inline[2]) : null
      if (inline && inlineAgency && items.every((other) => other.kind !== 'signOff')) {
        items.unshift({kind: 'signOff', start: stop - inline[1].length, end: stop, agency: inlineAgency})
        break
      }
      // Credits often end the last paragraph: `… said. (Reporting by X; Editing by Y)`.
      const open = line.lastIndexOf('(')
      const credits = open > 0 && line.endsWith(')') && paragraphCreditsRe.test(line.slice(open)) ? {index: open} : null
      if (credits && credits.index > 0) {
        items.unshift({kind: 'credits', start: first + credits.index, end: stop, agency: null})
      }
      break
    }
    items.unshift({kind: item.kind, agency: item.agency, start: first, end: stop})
    end = start
    lines++
    if (start === from) break
  }

  return items
}

function classify(line: string, agencies: AgencyMatcher): Omit<TrailerItem, 'start' | 'end'> | null {
  if (line.length === 0 || line.length > 500) return null
  if (creditsRe.test(line)) return {kind: 'credits', agency: null}
  if (copyrightRe.test(line)) return {kind: 'copyright', agency: null}
  if (moreRe.test(line)) return {kind: 'more', agency: null}
  if (endMarkSet.has(line) || endMarkRe.test(line)) return {kind: 'endMark', agency: null}
  const signOff = signOffRe.exec(line)
  if (signOff) {
    const word = signOff[1]
    const exact = agencies.bySignOff(word)
    if (exact) return {kind: 'signOff', agency: exact}
    // Typos of a sign-off (`REUITER`, `RUTER`, `REUTE`).
    const lower = word.toLowerCase()
    for (const [known, agency] of agencies.signOffWords) {
      if (known.length >= 5 && editDistanceAtMostOne(lower, known)) return {kind: 'signOff', agency}
    }
  }
  return null
}

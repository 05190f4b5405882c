/**
 * The agency's tag of a dateline and its separator: `(Reuters)`, `/TASS/`,
 * `. /TASS/.`, `, Reuter`, a tag opening the dateline (`(ANSA) - ROME`), and
 * the dash, colon or comma that ends it.
 */

import type {DatelineContext, DatelinePart} from './dateline.js'
import {parenTagRe, reuterTagRe, separatorLooseRe, separatorRe, slashTagRe, sticky} from './dateline-patterns.js'

/** A tag read at `start`: its whole span and its label's span. */
export interface TagRead {
  start: number
  end: number
  textStart: number
  textEnd: number
  label: string
  agency: string | null
}

function tagRead(start: number, length: number, labelStart: number, label: string, agency: string | null): TagRead {
  return {start, end: start + length, textStart: labelStart, textEnd: labelStart + label.length, label, agency}
}

/** Read a tag at `index`: `(Reuters)`, `/TASS/`, `. /TASS/.`, `, Reuter`. */
export function readTag(text: string, index: number, context: DatelineContext): TagRead | null {
  const slash = sticky(slashTagRe, text, index)
  if (slash) {
    // An agency (`/TASS/`), or any outlet when a separator follows (`/PRNewswire/ --`).
    const agency = context.agencies.byAlias(slash[1])
    return tagRead(index, slash[0].length, text.indexOf('/', index) + 1, slash[1], agency)
  }
  const paren = sticky(parenTagRe, text, index)
  if (paren) {
    const labelStart = text.indexOf(paren[1], text.indexOf('(', index))
    return tagRead(index, paren[0].length, labelStart, paren[1], context.agencies.byAlias(paren[1]))
  }
  const reuter = sticky(reuterTagRe, text, index)
  if (reuter) {
    const labelStart = index + reuter[0].length - reuter[1].length
    return tagRead(index, reuter[0].length, labelStart, reuter[1], context.agencies.byAlias(reuter[1]))
  }
  return null
}

/**
 * Where the dateline ends: past its separator (pushed onto `parts`; a colon after an agency's tag, as in
 * `JAKARTA (Antara):`, or untagged, as in `SINGAPORE:`, where {@link untaggedAccepted} judges it, but not after
 * another tag: `BASEBALL Boston (AL):`), or, when `tagEnds` (a tag other than the lead's alone), past a comma before
 * the story (`(Xinhua) Vietnam …`, `(AFP) ,Australian`, `/TASS/.`); `null` when neither.
 */
export function readSeparator(
  text: string,
  cursor: number,
  parts: DatelinePart[],
  agency: string | null,
  tagged: boolean,
  tagEnds: boolean
): number | null {
  let separator = sticky(separatorRe, text, cursor)
  // A colon after a tag that names no agency is a heading's (`BASEBALL Boston (AL):`); untagged, the place decides.
  if (separator && separator[0].trim() === ':' && !agency && tagged) separator = null
  if (separator) {
    const sepStart = cursor + (separator[0].length - separator[0].trimStart().length)
    parts.push({kind: 'separator', start: sepStart, end: sepStart + separator[0].trim().length})
    return cursor + separator[0].length
  }
  if (!tagEnds) return null
  const gap = sticky(/[ \t]*,?[ \t]*/y, text, cursor)
  const end = cursor + (gap ? gap[0].length : 0)
  if (end < text.length && !/[\s\p{L}"“'‘\d]/u.test(text.charAt(end)) && text.charAt(end) !== '\n') return null
  return end
}

/** A known agency's tag opening the dateline and followed by a separator (`(ANSA) - ROME, SEP 6 -`). */
export function readLeadTag(
  text: string,
  at: number,
  context: DatelineContext
): {part: DatelinePart; agency: string; end: number} | null {
  const lead = sticky(parenTagRe, text, at)
  if (!lead || lead.index !== at || text.charAt(at) !== '(') return null
  const leadAgency = context.agencies.byAlias(lead[1])
  const sep = leadAgency ? sticky(separatorLooseRe, text, at + lead[0].length) : null
  if (!leadAgency || !sep || !sep[0].trim()) return null
  const labelStart = text.indexOf(lead[1], at)
  return {
    part: {kind: 'agency', start: labelStart, end: labelStart + lead[1].length},
    agency: leadAgency,
    end: at + lead[0].length + sep[0].length
  }
}

/**
 * The tag after the place or date, also past a stray comma or dash (`KANSAS CITY, Mo., (Sports Network) -`), and,
 * after a date, a known agency's bare name (`TOKYO, Jan. 15 Kyodo -`).
 */
export function readTrailingTag(
  text: string,
  cursor: number,
  context: DatelineContext,
  dated: boolean
): TagRead | null {
  const tag = readTag(text, cursor, context)
  if (tag) return tag
  // `KANSAS CITY, Mo., (Sports Network) -`: a comma left before the tag.
  const comma = sticky(/[ \t]*,[ \t]*(?=\()/y, text, cursor)
  const commaTag = comma ? readTag(text, cursor + comma[0].length, context) : null
  if (commaTag && (commaTag.agency || sticky(separatorRe, text, commaTag.end))) return {...commaTag, start: cursor}
  const dash = sticky(/[ \t]*-{1,2}(?=\()/y, text, cursor)
  if (dash) {
    const dashed = readTag(text, cursor + dash[0].length, context)
    if (dashed && sticky(separatorRe, text, dashed.end)) return {...dashed, start: cursor}
  }
  return dated ? readBareTag(text, cursor, context) : null
}

/** A known agency's name without brackets after the date, then a separator (`TOKYO, Jan. 15 Kyodo -`). */
function readBareTag(text: string, cursor: number, context: DatelineContext): TagRead | null {
  const bare = sticky(/[ \t]+(\p{Lu}[\p{L}-]{1,20}(?: \p{Lu}[\p{L}-]{1,20})?)(?=[ \t]+(?:-{1,3}|—|–))/uy, text, cursor)
  const agency = bare ? context.agencies.byAlias(bare[1]) : null
  if (!bare || !agency) return null
  const labelStart = cursor + bare[0].length - bare[1].length
  return tagRead(cursor, bare[0].length, labelStart, bare[1], agency)
}

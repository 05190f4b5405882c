/**
 * Finding quotation marks in a stretch of text.
 *
 * One linear pass; every character is looked at once. Marks inside markup
 * tags (`<tweet author="…">`) are skipped.
 *
 * @module
 */

import {isSpaceAt} from '../text/space.js'

export {isSpaceAt}

/** The mark systems: a family pairs with itself only. */
export type MarkFamily = 'double' | 'single' | 'guillemet' | 'angle' | 'corner' | 'white-corner'

/** How a mark can act, from its shape alone. */
export type MarkShape = 'open' | 'close' | 'either'

/** A quotation mark as found. */
export interface MarkToken {
  start: number
  end: number
  family: MarkFamily
  shape: MarkShape
}

/** Settings of the scan, decided once per document. */
export interface MarkStyle {
  /** `„…“` is in use: `“` closes. */
  lowHigh: boolean
  /** The document has curly `“`: `”` only closes (else `”…”` pairs, Swedish style). */
  curlyOpen: boolean
  /** Single marks are the outer quotes (British style, no double marks in the body). */
  singlePrimary: boolean
  /** The document habitually writes `“` right after words (`said“Yes`): no closing reading for `word“ `. */
  curlyOpenAfterWords: boolean
}

const letterRe = /[\p{L}\p{N}]/u

/** Whether the character at `at` is a letter or digit. */
export function isWordChar(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false
  return letterRe.test(text.charAt(at))
}

/** Whether the character at `at` is an ASCII digit. */
export function isDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code >= 48 && code <= 57
}

/**
 * Whether the straight `"` at `at` is an inch mark: `6'3"`, `5' 11"`
 * (digits, a foot mark, digits right before it).
 */
function isInchMark(text: string, at: number): boolean {
  let back = at - 1
  if (!isDigitAt(text, back)) return false
  while (back > at - 4 && isDigitAt(text, back)) back--
  if (text.charAt(back) === ' ') back--
  return text.charAt(back) === "'" || text.charAt(back) === '′' || text.charAt(back) === '’'
}

/**
 * Whether a straight double mark at `at` stands for an apostrophe (old wire copy: `China"s`, `administration"s`,
 * `don"t`): a letter before it, then `s`, `t`, `d`, `m`, `ll`, `re` or `ve` that ends the word.
 */
function isApostrophe(text: string, at: number): boolean {
  if (!isWordChar(text, at - 1)) return false
  const next = text.charAt(at + 1)
  const length =
    next === 's' || next === 't' || next === 'd' || next === 'm'
      ? 1
      : /^(?:ll|re|ve)$/.test(text.slice(at + 1, at + 3))
        ? 2
        : 0
  return length > 0 && !isWordChar(text, at + 1 + length)
}

/**
 * Whether an opening-shaped mark at `at` stands where only a closing mark
 * can: right after a word or closing punctuation, and before white space,
 * closing punctuation or the end of the text (`rapists“ while`, `not,“ he`).
 */
function closingContext(text: string, at: number): boolean {
  const before = text.charAt(at - 1)
  if (!(
    isWordChar(text, at - 1) ||
    before === '.' ||
    before === ',' ||
    before === '!' ||
    before === '?' ||
    before === ';'
  ))
    return false
  if (at + 1 >= text.length) return true
  const after = text.charAt(at + 1)
  return isSpaceAt(text, at + 1) || after === ',' || after === '.' || after === ';' || after === ')'
}

/** Whether a character can stand right before an opening mark (`(“`, `—"`). */
function isOpeningPunctuation(char: string): boolean {
  return (
    char === '(' ||
    char === '[' ||
    char === '{' ||
    char === '—' ||
    char === '–' ||
    char === '-' ||
    char === '/' ||
    char === '>'
  )
}

/**
 * Whether a straight mark at `at` opens a word of one or two letters (`'s` in `Hun Sen 's visit`, `Steak 'n Egg`,
 * `'em`): an elision or a spaced possessive, not a quotation's opening.
 */
function isElision(text: string, at: number): boolean {
  let end = at + 1
  while (end < text.length && end <= at + 3 && isWordChar(text, end)) end++
  return end - at - 1 <= 2 && !isWordChar(text, end)
}

/** Decide the mark style of a document from its body text (one pass). */
export function detectStyle(text: string, start: number, end: number): MarkStyle {
  let lowHigh = false
  let curlyOpen = false
  let doubles = 0
  let singleOpeners = 0
  let singleFirst: boolean | null = null
  let openAfterWord = 0
  let openAfterSpace = 0
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    // The only ASCII characters looked at are `"` and `'`.
    if (code < 128 && code !== 34 && code !== 39) continue
    const char = text.charAt(at)
    if (char === '„') lowHigh = true
    else if (char === '“') {
      if (isWordChar(text, at - 1) && isWordChar(text, at + 1)) openAfterWord++
      else if (isSpaceAt(text, at - 1)) openAfterSpace++
      curlyOpen = true
      doubles++
      singleFirst ??= false
    } else if (char === '"' || char === '”' || char === '«' || char === '»') {
      doubles++
      singleFirst ??= false
    } else if (
      (char === '‘' || (char === "'" && !isElision(text, at))) &&
      isSpaceAt(text, at - 1) &&
      isWordChar(text, at + 1)
    ) {
      // `‘We`, and the straight `'We` of copy set in British style with typewriter marks (MailOnline).
      singleOpeners++
      singleFirst ??= true
    }
  }
  // British style: single marks open the first quotation and are at least as many as the doubles' pairs.
  return {
    lowHigh,
    curlyOpen,
    curlyOpenAfterWords: openAfterWord > openAfterSpace,
    singlePrimary: singleOpeners > 0 && (doubles === 0 || (singleFirst === true && singleOpeners * 2 >= doubles))
  }
}

/**
 * Find the quotation marks of `text[start…end]`.
 *
 * Single marks (`‘ ’ '`) are returned only where their context allows a
 * quotation (an apostrophe inside a word is not a mark).
 *
 * `forEachMark` is over 80 lines on purpose (issue 11; allowed in scripts/sizes.mjs): one pass with one `switch`
 * per character, the hottest loop of the parser. A split was measured: the markup tag, the attribute
 * value and the single marks as helpers, the marks whose kind the mark alone tells (`„`, `«`, `」` …) in a second
 * switch behind a check of their code ranges (66 lines). Output identical; `npm run bench -- --quick --only
 * ordinary` could not tell the two apart (ordinary copy 220–285 CPU ms/MB either way under load ~20), but
 * `forEachMark` alone over 5.9 MB of mark-dense text (curly, single, guillemet, corner marks, apostrophes in
 * words) took 53–58 ms whole against 64–68 ms split (+10–15 %, interleaved runs); over the 6.4 MB of the dev
 * corpora, 31–32 ms either way. So it stays whole until a split costs nothing there too.
 */
export function scanMarks(text: string, start: number, end: number, style: MarkStyle): MarkToken[] {
  const marks: MarkToken[] = []
  forEachMark(text, start, end, style, (mark) => {
    marks.push(mark)
  })
  return marks
}

/**
 * Call `visit` with each quotation mark of `text[start…end]`, in order (see
 * {@link scanMarks}): no list of them, so a paragraph of hundreds of thousands
 * of marks holds none of them longer than its pairing needs.
 */
export function forEachMark(
  text: string,
  start: number,
  end: number,
  style: MarkStyle,
  visit: (mark: MarkToken) => void
): void {
  let at = start
  while (at < end) {
    const code = text.charCodeAt(at)
    // ASCII characters other than `<`, `"`, `` ` `` and `'` are no marks: skip them without the switch.
    if (code < 128 && code !== 60 && code !== 34 && code !== 96 && code !== 39) {
      at++
      continue
    }
    const char = text.charAt(at)
    switch (char) {
      case '<': {
        // Skip a markup tag: `<tweet id="…">`, `</tweet>`.
        const next = text.charAt(at + 1)
        if (/[A-Za-z/]/.test(next)) {
          const limit = Math.min(end, at + 400)
          let stop = at + 1
          while (stop < limit && text.charAt(stop) !== '>' && text.charAt(stop) !== '<') stop++
          if (stop < limit && text.charAt(stop) === '>') {
            at = stop + 1
            continue
          }
        }
        break
      }
      case '"': {
        if (text.charAt(at - 1) === '=' && isWordChar(text, at - 2)) {
          // A markup attribute value (`author="…"`), even outside a tag we could skip: no marks inside.
          const limit = Math.min(end, at + 2000)
          let stop = at + 1
          while (stop < limit && text.charAt(stop) !== '"') stop++
          if (stop < limit) {
            at = stop + 1
            continue
          }
        }
        if (isInchMark(text, at) || isApostrophe(text, at)) break
        // `word" ` / `word."`: only closes (a stray closing mark with nothing open is dropped).
        const closes =
          !isSpaceAt(text, at - 1) && !isWordChar(text, at + 1) && !isOpeningPunctuation(text.charAt(at - 1))
        visit({start: at, end: at + 1, family: 'double', shape: closes ? 'close' : 'either'})
        break
      }
      case '″':
      case '〃':
        if (isDigitAt(text, at - 1)) break
        visit({start: at, end: at + 1, family: 'double', shape: 'either'})
        break
      case '“': {
        // `word“ ` / `,“ he said`: a closing mark typed as an opening one.
        const closes = style.lowHigh || (closingContext(text, at) && !style.curlyOpenAfterWords)
        visit({start: at, end: at + 1, family: 'double', shape: closes ? 'close' : 'open'})
        break
      }
      case '”':
        visit({start: at, end: at + 1, family: 'double', shape: style.curlyOpen || style.lowHigh ? 'close' : 'either'})
        break
      case '„':
      case '‟':
      case '〝':
        visit({start: at, end: at + 1, family: 'double', shape: 'open'})
        break
      case '〞':
      case '〟':
        visit({start: at, end: at + 1, family: 'double', shape: 'close'})
        break
      case '`':
        if (text.charAt(at + 1) === '`') {
          visit({start: at, end: at + 2, family: 'double', shape: 'open'})
          at += 2
          continue
        }
        break
      case '«':
      case '»':
        visit({start: at, end: at + 1, family: 'guillemet', shape: 'either'})
        break
      case '‹':
      case '›':
        visit({start: at, end: at + 1, family: 'angle', shape: 'either'})
        break
      case '「':
        visit({start: at, end: at + 1, family: 'corner', shape: 'open'})
        break
      case '」':
        visit({start: at, end: at + 1, family: 'corner', shape: 'close'})
        break
      case '『':
        visit({start: at, end: at + 1, family: 'white-corner', shape: 'open'})
        break
      case '』':
        visit({start: at, end: at + 1, family: 'white-corner', shape: 'close'})
        break
      case '‘':
      case '‚':
      case '’':
      case "'": {
        if (char === "'" && text.charAt(at + 1) === "'") {
          // Doubled apostrophes stand for a double mark.
          visit({start: at, end: at + 2, family: 'double', shape: 'either'})
          at += 2
          continue
        }
        const before = isWordChar(text, at - 1)
        const after = isWordChar(text, at + 1)
        if (char === '‘' || char === '‚') {
          if (!before) visit({start: at, end: at + 1, family: 'single', shape: 'open'})
        } else if (!after && !isSpaceAt(text, at - 1)) {
          // `word’ ` / `word.’`: may close (or be a plural possessive).
          visit({start: at, end: at + 1, family: 'single', shape: 'close'})
        } else if (!before && after && char === "'") {
          visit({start: at, end: at + 1, family: 'single', shape: 'open'})
        } else if (!before && after && char === '’' && style.singlePrimary) {
          visit({start: at, end: at + 1, family: 'single', shape: 'open'})
        }
        break
      }
      default:
        break
    }
    at++
  }
}

/**
 * The text between words, read in place: the rules ask again and again whether a comma stands between two
 * tokens, and a slice made for each question (then tested with a regular expression) is a string a question.
 *
 * @module
 */

const COMMA = 44

/**
 * Whether `text.slice(from, to)` holds a comma, without making that string. Offsets as `slice` reads them:
 * an offset read past the end of a token table (`undefined`) counts as the start (`from`) or the end (`to`)
 * of the text.
 */
export function hasComma(text: string, from: number, to: number): boolean {
  const end = to <= text.length ? to : text.length
  for (let at = from >= 0 ? from : 0; at < end; at++) if (text.charCodeAt(at) === COMMA) return true
  return false
}

/**
 * White space as the quotation and sentence scanners read it.
 *
 * @module
 */

/**
 * Whether the character at `at` is white space (or out of the text): space, tab, line breaks, the no-break
 * space, the typographic spaces U+2000–U+200B and the ideographic space.
 */
export function isSpaceAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return true
  const code = text.charCodeAt(at)
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x3000
  )
}

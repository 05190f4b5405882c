/**
 * White space by character code, without a regular expression.
 */

/**
 * Whether `code` is white space as `/\s/` has it (ECMAScript WhiteSpace and LineTerminator); `NaN` (out of
 * the text) is not.
 */
export function isWhiteSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

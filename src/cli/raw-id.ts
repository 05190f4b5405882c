/**
 * The `id` of a JSON Lines record exactly as written. `JSON.parse` turns `12345678901234567890` into
 * `12345678901234567000` (a double), so the batch copies the id's own text from the line instead of
 * re-serialising the parsed value.
 */

const space = new Set([0x20, 0x09, 0x0a, 0x0d])

/**
 * The source text of the last top-level `key` of a JSON object (the one `JSON.parse` keeps), or `undefined`.
 * Linear in the length of `json`; strings are skipped with `indexOf`.
 *
 * @param json The text of a JSON object that `JSON.parse` accepted.
 * @param key The member name.
 */
export function rawMember(json: string, key: string): string | undefined {
  let found: string | undefined
  let index = skipSpace(json, 0)
  if (json.charCodeAt(index) !== 0x7b) return undefined // `{`
  index = skipSpace(json, index + 1)
  while (index < json.length && json.charCodeAt(index) === 0x22) {
    const keyEnd = endOfString(json, index)
    const name = json.slice(index, keyEnd)
    index = skipSpace(json, keyEnd)
    if (json.charCodeAt(index) !== 0x3a) return undefined // `:`
    const valueStart = skipSpace(json, index + 1)
    const valueEnd = endOfValue(json, valueStart)
    if ((name.includes('\\') ? (JSON.parse(name) as string) : name.slice(1, -1)) === key) {
      found = json.slice(valueStart, valueEnd)
    }
    index = skipSpace(json, valueEnd)
    if (json.charCodeAt(index) !== 0x2c) break // `,`
    index = skipSpace(json, index + 1)
  }
  return found
}

function skipSpace(json: string, index: number): number {
  while (space.has(json.charCodeAt(index))) index++
  return index
}

/** The index after the closing quote of the string that opens at `start`. */
function endOfString(json: string, start: number): number {
  let from = start + 1
  for (;;) {
    const quote = json.indexOf('"', from)
    if (quote === -1) return json.length
    let backslashes = 0
    while (json.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++
    if (backslashes % 2 === 0) return quote + 1
    from = quote + 1
  }
}

/** The index after the value that starts at `start`. */
function endOfValue(json: string, start: number): number {
  const first = json.charCodeAt(start)
  if (first === 0x22) return endOfString(json, start)
  if (first === 0x7b || first === 0x5b) {
    let depth = 0
    let index = start
    while (index < json.length) {
      const code = json.charCodeAt(index)
      if (code === 0x22) {
        index = endOfString(json, index)
        continue
      }
      if (code === 0x7b || code === 0x5b) depth++
      else if (code === 0x7d || code === 0x5d) {
        depth--
        if (depth === 0) return index + 1
      }
      index++
    }
    return index
  }
  let index = start
  while (index < json.length) {
    const code = json.charCodeAt(index)
    if (code === 0x2c || code === 0x7d || code === 0x5d || space.has(code)) break
    index++
  }
  return index
}

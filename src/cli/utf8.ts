/**
 * Decoding input bytes: strict UTF-8 (a byte that is not UTF-8 is reported, not turned into U+FFFD), and a
 * test for binary input.
 */

const strict = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/** The text of `bytes`, or where the first byte that is not UTF-8 stands. */
export type Decoded = {text: string; invalidAt?: undefined} | {text?: undefined; invalidAt: number}

/**
 * Decode UTF-8 strictly; a byte order mark at the start is dropped when `dropBom` is set.
 *
 * @param bytes The bytes.
 * @param dropBom Drop a leading U+FEFF (the first line of a file).
 */
export function decodeUtf8(bytes: Uint8Array, dropBom: boolean): Decoded {
  let text: string
  try {
    text = strict.decode(bytes)
  } catch {
    return {invalidAt: firstInvalidByte(bytes)}
  }
  return {text: dropBom && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text}
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (`bytes.length` if none). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]
    if (lead < 0x80) {
      index++
      continue
    }
    let length = 0
    let low = 0x80
    let high = 0xbf
    if (lead >= 0xc2 && lead <= 0xdf) length = 2
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3
      if (lead === 0xe0) low = 0xa0
      if (lead === 0xed) high = 0x9f
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4
      if (lead === 0xf0) low = 0x90
      if (lead === 0xf4) high = 0x8f
    } else return index
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next]
      if (byte === undefined) return index
      if (next === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return index
    }
    index += length
  }
  return index
}

/** Offset of the first NUL byte within the first `window` bytes, or -1: NUL bytes mean binary data (or UTF-16). */
export function binaryAt(bytes: Uint8Array, window = 8000): number {
  const at = bytes.subarray(0, window).indexOf(0)
  return at
}

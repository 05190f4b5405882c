/**
 * Cut a byte stream into lines, in time linear in its length and memory bounded by the longest line kept.
 *
 * Each chunk is searched once for line feeds (from where the last search stopped, never from the start of the
 * line again); the pieces of an unfinished line are kept as a list and joined once, when its end arrives. A line
 * longer than `maxBytes` is not kept: its bytes are counted and dropped, and it comes out as `{tooLong}`, so a
 * stream without line feeds (`/dev/zero`) never grows the buffer. Lines are cut on bytes: `0x0A` never occurs
 * inside a UTF-8 sequence, and each line is decoded on its own (see `utf8.ts`).
 */

/** A complete line: its 1-based number and its bytes (without the `\n` or a `\r\n`). */
export interface Line {
  number: number
  bytes: Uint8Array
  tooLong?: undefined
}

/** A line over the cap: its number and its length in bytes. */
export interface LongLine {
  number: number
  bytes?: undefined
  tooLong: number
}

export class LineSplitter {
  private parts: Uint8Array[] = []
  private size = 0
  private overflow = false
  private number = 0

  /** @param maxBytes The longest line kept, in bytes. */
  constructor(private readonly maxBytes: number) {}

  /** Lines completed by `chunk`. */
  *push(chunk: Uint8Array): Generator<Line | LongLine> {
    let start = 0
    for (;;) {
      const end = chunk.indexOf(0x0a, start)
      if (end === -1) break
      this.add(chunk.subarray(start, end))
      yield this.take()
      start = end + 1
    }
    if (start < chunk.length) this.add(chunk.subarray(start))
  }

  /** The last line, when the input does not end with a line feed. */
  *end(): Generator<Line | LongLine> {
    if (this.size > 0 || this.overflow) yield this.take()
  }

  private add(piece: Uint8Array): void {
    if (piece.length === 0) return
    if (!this.overflow && this.size + piece.length > this.maxBytes) {
      this.overflow = true
      this.parts = []
    }
    if (!this.overflow) this.parts.push(piece)
    this.size += piece.length
  }

  private take(): Line | LongLine {
    this.number++
    const size = this.size
    const parts = this.parts
    const overflow = this.overflow
    this.parts = []
    this.size = 0
    this.overflow = false
    if (overflow) return {number: this.number, tooLong: size}
    let bytes: Uint8Array = parts.length === 1 ? parts[0] : concat(parts, size)
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1)
    return {number: this.number, bytes}
  }
}

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const part of parts) {
    bytes.set(part, offset)
    offset += part.length
  }
  return bytes
}

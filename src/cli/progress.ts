/** A one-line progress bar for `--jsonl`, drawn on stderr (only when stderr is a terminal). */

const REDRAW_MS = 100

export class Progress {
  private readonly started = Date.now()
  private bytes = 0
  private last = 0
  private shown = false

  constructor(
    private readonly stream: NodeJS.WritableStream & {columns?: number},
    private readonly total: number | null
  ) {}

  /** Count bytes read from the input (for the percentage). */
  read(bytes: number): void {
    this.bytes += bytes
  }

  update(lines: number, failed: number): void {
    const now = Date.now()
    if (now - this.last < REDRAW_MS) return
    this.last = now
    this.draw(lines, failed)
  }

  /** Erase the bar (before another message is written to the same stream). */
  clear(): void {
    if (!this.shown) return
    this.stream.write('\r\u001B[K')
    this.shown = false
  }

  /** Erase the bar and print a summary line. */
  done(lines: number, failed: number): void {
    this.clear()
    const seconds = (Date.now() - this.started) / 1000
    this.stream.write(
      `wirestory: ${lines} lines in ${seconds.toFixed(1)} s (${Math.round(lines / Math.max(seconds, 0.001))}/s)` +
        (failed > 0 ? `, ${failed} failed` : '') +
        '\n'
    )
  }

  private draw(lines: number, failed: number): void {
    const seconds = (Date.now() - this.started) / 1000
    const rate = Math.round(lines / Math.max(seconds, 0.001))
    const tail = ` ${lines} lines  ${rate}/s` + (failed > 0 ? `  ${failed} failed` : '')
    let line = tail
    if (this.total !== null && this.total > 0) {
      const fraction = Math.min(1, this.bytes / this.total)
      const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - tail.length - 10))
      const filled = Math.round(fraction * width)
      line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}%${tail}`
    }
    this.stream.write(`\r\u001B[K${line}`)
    this.shown = true
  }
}

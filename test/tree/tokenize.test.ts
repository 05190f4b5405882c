import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {MAX_PIECE} from '../../src/tree/tokenize.js'

interface AnyNode {
  type: string
  children?: AnyNode[]
  position?: {
    start: {line: number; column: number; offset?: number}
    end: {line: number; column: number; offset?: number}
  }
}

/** Every point of the paragraphs' nlcst nodes whose line/column disagree with its offset (lines at CRLF, LF, CR). */
function wrongPoints(input: string): string[] {
  const starts = [0]
  for (let index = 0; index < input.length; index++) {
    if (input[index] === '\r' && input[index + 1] === '\n') index++
    if (input[index] === '\r' || input[index] === '\n') starts.push(index + 1)
  }
  const wrong: string[] = []
  const check = (node: AnyNode): void => {
    for (const point of [node.position!.start, node.position!.end]) {
      let line = 0
      while (line + 1 < starts.length && starts[line + 1] <= point.offset!) line++
      if (point.line !== line + 1 || point.column !== point.offset! - starts[line] + 1) {
        wrong.push(
          node.type +
            ' at ' +
            point.offset +
            ': ' +
            point.line +
            ':' +
            point.column +
            ', not ' +
            (line + 1) +
            ':' +
            (point.offset! - starts[line] + 1)
        )
      }
    }
    for (const child of node.children ?? []) check(child)
  }
  for (const child of parseArticle(input).children as AnyNode[]) if (child.type === 'paragraph') check(child)
  return wrong
}

describe('tokenizeParagraph', () => {
  it('gets line and column right when a CRLF straddles the end of a tokenizer piece', () => {
    const head = 'MOSCOW, May 5. /TASS/. '
    // No sentence end in the paragraph: the piece is cut after its last white space, here the `\r` of a CRLF.
    let body = ''
    while (body.length < MAX_PIECE - 1) body += 'word '
    body = body.slice(0, MAX_PIECE - 2) + 'x\r\nmore words follow here and there ' + 'and then some '.repeat(40)
    const input = head + body
    expect(input.charAt(head.length + MAX_PIECE - 1)).toBe('\r')
    expect(wrongPoints(input)).toEqual([])
  })

  it('gets line and column right across pieces cut at sentence ends after CRLFs', () => {
    const input = 'MOSCOW, May 5. /TASS/. ' + 'The talks went on.\r\nThey ended late.\r\n'.repeat(300).trim()
    expect(wrongPoints(input)).toEqual([])
  })
})

/**
 * The invariants every parse keeps, checked on one input (used by the property tests): `parseArticle` does not
 * throw, the tree follows the content model of `docs/ast.md`, is lossless, every position slices the input to its
 * node's text, points agree with offsets, `toRecord` offsets slice to their text, stand-off nodes point into the
 * input, and parsing is deterministic.
 */

import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {parseArticle, toRecord} from '../../src/index.js'

interface AnyNode {
  type: string
  value?: unknown
  children?: AnyNode[]
  position?: {start: Point; end: Point}
}

/** Line starts of `value`, breaking at `\r\n`, `\n` and `\r`, computed here, independently of the parser. */
function lineStarts(value: string): number[] {
  const starts = [0]
  for (let index = 0; index < value.length; index++) {
    const character = value[index]
    if (character === '\r') {
      if (value[index + 1] === '\n') index++
      starts.push(index + 1)
    } else if (character === '\n') {
      starts.push(index + 1)
    }
  }
  return starts
}

/** The 1-based line and column of a 0-based offset. */
function expectedPoint(starts: number[], offset: number): {line: number; column: number} {
  // Binary search: the last line start <= offset.
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle] <= offset) low = middle
    else high = middle - 1
  }
  return {line: low + 1, column: offset - starts[low] + 1}
}

/** The content model of `docs/ast.md`: which child types each parent type may hold. */
const contentModel: Record<string, Set<string>> = {
  article: new Set([
    'header',
    'headline',
    'byline',
    'noise',
    'agency',
    'dateline',
    'paragraph',
    'trailer',
    'WhiteSpaceNode'
  ]),
  header: new Set(['headerField', 'WhiteSpaceNode']),
  dateline: new Set(['datelinePlace', 'datelineDate', 'agency', 'datelinePunctuation', 'WhiteSpaceNode']),
  paragraph: new Set(['SentenceNode', 'WhiteSpaceNode', 'SourceNode']),
  trailer: new Set(['signOff', 'credits', 'copyright', 'more', 'endMark', 'WhiteSpaceNode']),
  SentenceNode: new Set(['WordNode', 'SymbolNode', 'PunctuationNode', 'WhiteSpaceNode', 'SourceNode']),
  WordNode: new Set(['TextNode', 'SymbolNode', 'PunctuationNode'])
}

/** Throw when `ok` is false (plain checks: `expect` per node is too slow for thousands of runs). */
function assert(ok: boolean, message: () => string): asserts ok {
  if (!ok) throw new Error(message())
}

/** Check one parse of `input`; throws on the first broken invariant. */
export function check(input: string, options?: {referenceDate?: string}, file?: VFile): void {
  const article = parseArticle(file ?? input, options)
  const starts = lineStarts(input)
  const leaves: string[] = []

  function checkPoint(point: Point, where: string): void {
    const offset = point.offset
    assert(
      typeof offset === 'number' && offset >= 0 && offset <= input.length,
      () => where + ': offset out of range: ' + offset
    )
    const expected = expectedPoint(starts, offset!)
    assert(
      point.line === expected.line && point.column === expected.column,
      () =>
        where +
        ': offset ' +
        offset +
        ' is ' +
        expected.line +
        ':' +
        expected.column +
        ', not ' +
        point.line +
        ':' +
        point.column
    )
  }

  /** Walk `node`, returning the text of its leaves. */
  function walk(node: AnyNode, path: string): string {
    const where = path + '(' + node.type + ')'
    let text: string
    if (Array.isArray(node.children)) {
      const allowed = contentModel[node.type]
      assert(allowed !== undefined, () => where + ': unknown parent type')
      text = ''
      for (let index = 0; index < node.children.length; index++) {
        const type = node.children[index].type
        assert(allowed.has(type), () => where + ': a `' + type + '` cannot be a child of `' + node.type + '`')
        text += walk(node.children[index], where + '.' + index)
      }
    } else {
      assert(typeof node.value === 'string', () => where + ': a leaf has no string value')
      text = node.value as string
      // An empty leaf carries no text: it is a sign of a bad cut.
      assert(text.length > 0, () => where + ': empty leaf')
      leaves.push(text)
    }
    assert(node.position !== undefined, () => where + ': no position')
    const {start, end} = node.position!
    checkPoint(start, where + ' start')
    checkPoint(end, where + ' end')
    const slice = input.slice(start.offset, end.offset)
    assert(
      slice === text,
      () => where + ': position slices to ' + JSON.stringify(slice) + ', not ' + JSON.stringify(text)
    )
    return text
  }

  const text = walk(article as unknown as AnyNode, '')
  assert(text === input, () => 'leaves concatenate to ' + JSON.stringify(text) + ', not the input')
  assert(leaves.join('') === input, () => 'leaves do not concatenate to the input')

  // The record's offsets slice to its text.
  const record = toRecord(article)
  if (record.dateline) {
    const {start, end, text} = record.dateline
    assert(
      input.slice(start, end) === text,
      () => 'dateline ' + start + '-' + end + ' does not slice to ' + JSON.stringify(text)
    )
  }
  for (const quote of record.quotes) {
    assert(
      input.slice(quote.start, quote.end) === quote.text,
      () => 'quote ' + quote.start + '-' + quote.end + ' does not slice to its text'
    )
  }
  assert(
    record.paragraphs === article.children.filter((child) => child.type === 'paragraph').length,
    () => 'record.paragraphs differs from the tree'
  )

  // Stand-off nodes point into the same input: quotations, paraphrases, and
  // the marks, cues and mentions they and the speakers hold.
  function checkStandOff(
    node: {type: string; value: string; position: {start: Point; end: Point}} | null,
    where: string
  ): void {
    if (!node) return
    checkPoint(node.position.start, where + ' start')
    checkPoint(node.position.end, where + ' end')
    const slice = input.slice(node.position.start.offset, node.position.end.offset)
    assert(
      slice === node.value,
      () => where + ': position slices to ' + JSON.stringify(slice) + ', not ' + JSON.stringify(node.value)
    )
  }
  for (const quotation of article.quotations) {
    const where = 'quotation ' + quotation.id
    checkStandOff(quotation, where)
    checkStandOff(quotation.open, where + ' open')
    checkStandOff(quotation.close, where + ' close')
    checkStandOff(quotation.cue, where + ' cue')
    checkStandOff(quotation.mention, where + ' mention')
  }
  for (const paraphrase of article.paraphrases) {
    const where = 'paraphrase ' + paraphrase.id
    checkStandOff(paraphrase, where)
    checkStandOff(paraphrase.cue, where + ' cue')
    checkStandOff(paraphrase.mention, where + ' mention')
  }
  const speakerIds = new Set(article.speakers.map((speaker) => speaker.id))
  for (const speaker of article.speakers) {
    speaker.mentions.forEach((mention, index) => checkStandOff(mention, 'speaker ' + speaker.id + ' mention ' + index))
  }
  for (const quotation of article.quotations) {
    assert(
      quotation.speaker === null || speakerIds.has(quotation.speaker),
      () => 'quotation ' + quotation.id + ': unknown speaker id'
    )
  }

  // Deterministic.
  assert(JSON.stringify(parseArticle(input, options)) === JSON.stringify(article), () => 'two parses differ')
}

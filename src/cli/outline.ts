/**
 * A readable outline of an article tree for the terminal: block nodes with short text previews, the dateline's
 * fields, then the stand-off quotations (with their speakers), paraphrases and speakers. White space is left out
 * (the JSON view, `--json`, has every node).
 */

import type {Article, Paraphrase, Quotation, Speaker} from '../ast.js'

export interface OutlineOptions {
  /** Use ANSI colours. */
  color: boolean
  /** Preview length in characters. */
  preview?: number
}

interface AnyNode {
  type: string
  value?: unknown
  children?: unknown
  position?: {start: {offset?: number | undefined}; end: {offset?: number | undefined}} | undefined
  [key: string]: unknown
}

const codes = {bold: [1, 22], dim: [2, 22], cyan: [36, 39], green: [32, 39], yellow: [33, 39], magenta: [35, 39]}

/** The painters and readers the outline is drawn with (colour or not, previews cut at `limit`). */
function outlineStyle(text: string, options: OutlineOptions) {
  const limit = options.preview ?? 60
  const paint = (style: keyof typeof codes, value: string): string =>
    options.color ? `\u001B[${codes[style][0]}m${value}\u001B[${codes[style][1]}m` : value
  const type = (name: string): string => paint('bold', paint('cyan', name))
  const quoted = (value: string): string => paint('green', JSON.stringify(preview(value, limit)))
  const span = (node: AnyNode): string => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    return start === undefined || end === undefined ? '' : paint('dim', `  [${start}–${end}]`)
  }
  const field = (name: string, value: unknown): string =>
    `${paint('dim', name + ':')} ${value === null || value === undefined ? paint('dim', '—') : String(value)}`
  const source = (node: AnyNode): string => {
    if (typeof node.value === 'string') return node.value
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    return start === undefined || end === undefined ? '' : text.slice(start, end)
  }
  const kids = (node: AnyNode): AnyNode[] =>
    Array.isArray(node.children)
      ? (node.children as AnyNode[]).filter((child) => child.type !== 'whiteSpace' && child.type !== 'WhiteSpaceNode')
      : []
  return {paint, type, quoted, span, field, source, kids}
}

type OutlineStyle = ReturnType<typeof outlineStyle>

/** The outline of a parsed article: its tree of blocks, then its quotations, paraphrases and speakers. */
export function renderOutline(article: Article, text: string, options: OutlineOptions): string {
  const style = outlineStyle(text, options)
  const {paint, type, field, span} = style
  const lines: string[] = []
  const head = [type('article'), field('agency', article.agency), field('filed', article.filed)]
  lines.push(head.join('  ') + span(article as unknown as AnyNode))
  treeLines(style, article, lines)

  const speakers = new Map<string, Speaker>(article.speakers.map((speaker) => [speaker.id, speaker]))
  const speakerOf = (id: string | null): string =>
    id === null ? paint('dim', 'no speaker') : paint('yellow', speakers.get(id)?.name ?? id) + paint('dim', ` (${id})`)
  quotationLines(style, article.quotations, speakerOf, lines)
  paraphraseLines(style, article.paraphrases, speakerOf, lines)

  lines.push('', `${type('speakers')} ${paint('dim', String(article.speakers.length))}`)
  for (const speaker of article.speakers) {
    lines.push(
      `  ${paint('magenta', speaker.id)}  ${paint('yellow', speaker.name)}` +
        (speaker.title ? `, ${speaker.title}` : '') +
        `  ${paint('dim', `${speaker.kind}, ${plural(speaker.mentions.length, 'mention')}`)}`
    )
  }
  return lines.join('\n') + '\n'
}

/** Describe one block node (and its interesting children) after the tree prefix. */
function describe(
  style: OutlineStyle,
  node: AnyNode,
  paragraphIndex: number
): {label: string; children: AnyNode[]; details: string[]} {
  const {paint, type, quoted, field, source, kids} = style
  switch (node.type) {
    case 'header':
      return {label: type('header'), children: kids(node), details: []}
    case 'headerField':
      return {
        label: `${type('headerField')}  ${String(node.name)}: ${quoted(String(node.content))}`,
        children: [],
        details: []
      }
    case 'dateline': {
      const details = [
        [
          field('location', node.location),
          field('city', node.city),
          field('region', node.region),
          field('date', node.date),
          field('isoDate', node.isoDate),
          field('agency', node.agency)
        ].join('  ')
      ]
      return {label: `${type('dateline')}  ${quoted(source(node))}`, children: kids(node), details}
    }
    case 'datelineDate':
      return {
        label: `${type('datelineDate')}  ${quoted(source(node))}  ${field('isoDate', node.isoDate)}`,
        children: [],
        details: []
      }
    case 'agency':
      return {
        label: `${type('agency')}  ${quoted(source(node))}  ${field('name', node.name)}`,
        children: [],
        details: []
      }
    case 'signOff':
      return {
        label: `${type('signOff')}  ${quoted(source(node))}  ${field('agency', node.agency)}`,
        children: [],
        details: []
      }
    case 'byline':
      return {label: `${type('byline')}  ${field('name', node.name)}`, children: [], details: []}
    case 'paragraph': {
      const sentences = kids(node).filter((child) => child.type === 'SentenceNode')
      return {
        label: `${type('paragraph')} ${paragraphIndex}  ${paint('dim', plural(sentences.length, 'sentence'))}`,
        children: sentences,
        details: []
      }
    }
    case 'SentenceNode':
      return {label: `${type('sentence')}  ${quoted(source(node))}`, children: [], details: []}
    case 'trailer':
      return {label: type('trailer'), children: kids(node), details: []}
    default: {
      const content = source(node)
      return {
        label: `${type(node.type)}${content.trim() === '' ? '' : '  ' + quoted(content)}`,
        children: kids(node),
        details: []
      }
    }
  }
}

/** The tree of block nodes under the article, one line each (with details), pushed onto `lines`. */
function treeLines(style: OutlineStyle, article: Article, lines: string[]): void {
  let paragraphs = 0
  const walk = (nodes: AnyNode[], prefix: string): void => {
    nodes.forEach((node, index) => {
      const last = index === nodes.length - 1
      if (node.type === 'paragraph') paragraphs++
      const {label, children, details} = describe(style, node, paragraphs)
      lines.push(`${prefix}${last ? '└─ ' : '├─ '}${label}${style.span(node)}`)
      const inner = prefix + (last ? '   ' : '│  ')
      for (const detail of details) lines.push(`${inner}${children.length > 0 ? '│  ' : '   '}${detail}`)
      walk(children, inner)
    })
  }
  walk(style.kids(article as unknown as AnyNode), '')
}

/** The quotations, one line each, pushed onto `lines`. */
function quotationLines(
  style: OutlineStyle,
  quotations: Quotation[],
  speakerOf: (id: string | null) => string,
  lines: string[]
): void {
  const {paint, type, quoted, field, span} = style
  lines.push('', `${type('quotations')} ${paint('dim', String(quotations.length))}`)
  for (const quotation of quotations) {
    const parts = [
      `  ${paint('magenta', quotation.id)}`,
      quotation.kind,
      quoted(quotation.value),
      quotation.kind === 'direct' || quotation.kind === 'partial' || quotation.speaker !== null
        ? '— ' + speakerOf(quotation.speaker)
        : ''
    ]
    const via = [
      quotation.mention ? field('mention', JSON.stringify(quotation.mention.value)) : '',
      quotation.cue ? field('cue', JSON.stringify(quotation.cue.value)) : '',
      quotation.group !== quotation.id ? field('group', quotation.group) : ''
    ].filter(Boolean)
    lines.push(
      parts.filter(Boolean).join('  ') +
        (via.length > 0 ? '  ' + via.join('  ') : '') +
        span(quotation as unknown as AnyNode)
    )
  }
}

/** The paraphrases, one line each, pushed onto `lines` (nothing when there are none). */
function paraphraseLines(
  style: OutlineStyle,
  paraphrases: Paraphrase[],
  speakerOf: (id: string | null) => string,
  lines: string[]
): void {
  const {paint, type, quoted, field, span} = style
  if (paraphrases.length > 0) {
    lines.push('', `${type('paraphrases')} ${paint('dim', String(paraphrases.length))}`)
    for (const paraphrase of paraphrases) {
      lines.push(
        `  ${paint('magenta', paraphrase.id)}  ${quoted(paraphrase.value)}  — ${speakerOf(paraphrase.speaker)}` +
          (paraphrase.cue ? '  ' + field('cue', JSON.stringify(paraphrase.cue.value)) : '') +
          span(paraphrase as unknown as AnyNode)
      )
    }
  }
}

/** Fold white space and cut to `limit` characters. */
export function preview(value: string, limit: number): string {
  const folded = value.replace(/\s+/gu, ' ').trim()
  return folded.length <= limit ? folded : folded.slice(0, limit - 1).trimEnd() + '…'
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

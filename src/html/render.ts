/**
 * `renderHtml`: a picture of a story, for people checking attributions by eye.
 *
 * @module
 */

import type {Article, Cue, Dateline, Headline, Mention, Paraphrase, Quotation, Speaker} from '../ast.js'
import {serializeArticle} from '../unified/serialize.js'
import {markupSpans, type MarkupSpan} from './spans.js'
import {styleSheet} from './style.js'

/** Options of {@link renderHtml}. */
export interface HtmlOptions {
  /**
   * The page title (default: the story's headline, else its dateline, else
   * `Story`).
   */
  title?: string | null | undefined
}

/**
 * Quotation kinds that are reported speech, drawn in their speaker's colour (the kinds `toRecord` lists);
 * embedded quotations, scare quotes, titles and names are drawn as other quoted runs.
 */
const speechKinds = new Set<Quotation['kind']>(['direct', 'partial'])

/** Nesting order of spans over the same text: outermost first. */
const rank = {block: 0, paraphrase: 1, quotation: 2, cue: 50, mention: 51}

/**
 * Render a parsed story as one self-contained HTML page: the story as
 * written, each quotation and paraphrase highlighted in its speaker's colour
 * (quotations filled, paraphrases underlined; other quoted runs such as
 * scare quotes, titles and quotations inside quotations dotted), speakers'
 * mentions underlined in their colour, cues in italics, a legend of
 * speakers, and on hover the speaker, mention, cue, rule and confidence of
 * each highlight.
 *
 * Pure: a string in, a string out. Every piece of the story and of the tree
 * is HTML-escaped; control characters are shown as their Unicode pictures
 * (`␀`). The page loads nothing (no scripts, fonts, images or style sheets
 * from elsewhere).
 *
 * Each highlight is a `mark` element with `class` `quotation`, `paraphrase`
 * or `other`, `data-id` (the node's id), `data-speaker` (the speaker's id,
 * empty when none) and `data-tip` (the hover text); where two highlights
 * cross, one is cut into several `mark`s with the same `data-id`.
 *
 * @param article A tree from `parseArticle`.
 * @param options Options (`title`).
 * @returns The page (`<!doctype html>…`).
 * @throws {TypeError} When `article` is not an article tree or `options` is malformed.
 *
 * @example
 * ```ts
 * import {writeFileSync} from 'node:fs'
 * import {parseArticle, renderHtml} from 'wirestory'
 *
 * writeFileSync('story.html', renderHtml(parseArticle(story), {title: 'Belgrade trade'}))
 * ```
 */
export function renderHtml(article: Article, options?: HtmlOptions | null): string {
  if (
    typeof article !== 'object' ||
    article === null ||
    article.type !== 'article' ||
    !Array.isArray(article.children)
  ) {
    throw new TypeError('wirestory: expected `article` to be a tree from `parseArticle`')
  }
  const title = readTitle(options)
  const text = serializeArticle(article)
  const speakers = new Map<string, {speaker: Speaker; index: number}>()
  for (const [index, speaker] of (article.speakers ?? []).entries()) speakers.set(speaker.id, {speaker, index})
  const classOf = (id: string | null): string => {
    const entry = id === null ? undefined : speakers.get(id)
    return entry ? 'c' + entry.index : 'none'
  }

  const spans: MarkupSpan[] = [
    ...blockSpans(article),
    ...(article.paraphrases ?? []).map((node) =>
      speechSpan(node, 'paraphrase', rank.paraphrase, classOf(node.speaker), speakers)
    ),
    ...(article.quotations ?? []).map((node) =>
      speechKinds.has(node.kind)
        ? speechSpan(node, 'quotation', rank.quotation + node.depth, classOf(node.speaker), speakers)
        : otherSpan(node)
    ),
    ...cueSpans(article),
    ...mentionSpans(article, classOf)
  ]

  const dateline = article.children.find((child): child is Dateline => child.type === 'dateline')
  const headline = article.children.find((child): child is Headline => child.type === 'headline')
  const name =
    title ?? (headline?.value.trim() || (dateline ? text.slice(dateline.text.start, dateline.text.end) : '') || 'Story')

  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="wirestory">',
    `<title>${escapeText(name)}</title>`,
    `<style>${styleSheet(article.speakers?.length ?? 0)}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeText(name)}</h1>`,
    `<p class="facts">${escapeText(facts(article, dateline, text))}</p>`,
    '</header>',
    legend(article),
    `<main class="story">${markupSpans(text, spans, escapeText)}</main>`,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

/**
 * Check the options of {@link renderHtml}.
 *
 * @returns The title, `null` for the default.
 * @throws {TypeError} When options are not an object, have an unknown key, or `title` is not a string.
 */
export function readTitle(options: unknown): string | null {
  if (options === undefined || options === null) return null
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('wirestory: expected `options` to be an object')
  }
  for (const key of Object.keys(options)) {
    if (key !== 'title') throw new TypeError('wirestory: unknown option `' + key + '` (expected: title)')
  }
  const title = (options as HtmlOptions).title
  if (title === undefined || title === null) return null
  if (typeof title !== 'string') throw new TypeError('wirestory: expected `title` to be a string')
  return title
}

/** The top-level blocks: header, headline, dateline, paragraphs, trailer… (styled by type). */
function blockSpans(article: Article): MarkupSpan[] {
  return article.children
    .filter((child) => child.type !== 'WhiteSpaceNode')
    .map((child) => ({
      ...offsets(child),
      rank: rank.block,
      open: `<span class="${escapeAttribute(child.type)}">`,
      close: '</span>'
    }))
}

function speechSpan(
  node: Quotation | Paraphrase,
  kind: 'quotation' | 'paraphrase',
  order: number,
  colour: string,
  speakers: Map<string, {speaker: Speaker}>
): MarkupSpan {
  const speaker = node.speaker === null ? undefined : speakers.get(node.speaker)?.speaker
  const lines = [
    kind === 'quotation' ? 'Quotation ' + node.id + ' · ' + (node as Quotation).kind : 'Paraphrase ' + node.id,
    'Speaker: ' + (speaker ? speaker.name + (speaker.title ? ' (' + speaker.title + ')' : '') : 'none found'),
    'Mention: ' + (node.mention ? '“' + node.mention.value + '” (' + node.mention.kind + ')' : '—'),
    'Cue: ' + (node.cue ? '“' + node.cue.value + '” (' + node.cue.lemma + ')' : '—'),
    'Rule: ' + (node.rule ?? '—') + ' · confidence ' + formatConfidence(node.confidence)
  ]
  return {
    ...offsets(node),
    rank: order,
    open:
      `<mark class="${kind} ${colour}" data-id="${escapeAttribute(node.id)}" data-speaker="${escapeAttribute(node.speaker ?? '')}"` +
      ` data-tip="${escapeAttribute(lines.join('\n'))}">`,
    close: '</mark>'
  }
}

/** A quoted run that is not reported speech: scare quotes, a title, a name. */
function otherSpan(node: Quotation): MarkupSpan {
  const what = node.kind === 'embedded' ? 'inside another quotation' : 'not reported speech'
  const tip = 'Quoted run ' + node.id + ' · ' + node.kind + ': ' + what + '\nRule: ' + (node.rule ?? '—')
  return {
    ...offsets(node),
    rank: rank.quotation + node.depth,
    open: `<mark class="other" data-id="${escapeAttribute(node.id)}" data-speaker="" data-tip="${escapeAttribute(tip)}">`,
    close: '</mark>'
  }
}

/** The cues of quotations and paraphrases, once each. */
function cueSpans(article: Article): MarkupSpan[] {
  const cues = new Map<string, Cue>()
  for (const node of [...(article.quotations ?? []), ...(article.paraphrases ?? [])]) {
    if (node.cue) cues.set(key(node.cue), node.cue)
  }
  return [...cues.values()].map((cue) => ({
    ...offsets(cue),
    rank: rank.cue,
    open: `<span class="cue" data-tip="${escapeAttribute('Cue “' + cue.value + '” (' + cue.lemma + ')')}">`,
    close: '</span>'
  }))
}

/** Every mention of every speaker, in the speaker's colour, once each. */
function mentionSpans(article: Article, classOf: (id: string | null) => string): MarkupSpan[] {
  const mentions = new Map<string, {mention: Mention; speaker: Speaker}>()
  for (const speaker of article.speakers ?? []) {
    for (const mention of speaker.mentions ?? []) mentions.set(key(mention), {mention, speaker})
  }
  return [...mentions.values()].map(({mention, speaker}) => ({
    ...offsets(mention),
    rank: rank.mention,
    open:
      `<span class="mention ${classOf(speaker.id)}" data-speaker="${escapeAttribute(speaker.id)}"` +
      ` data-tip="${escapeAttribute('Mention of ' + speaker.name + ' (' + mention.kind + ')')}">`,
    close: '</span>'
  }))
}

/** The legend: one entry a speaker, one for speech without a speaker, and the key to the marks. */
function legend(article: Article): string {
  const speech = [
    ...(article.quotations ?? []).filter((node) => speechKinds.has(node.kind)),
    ...(article.paraphrases ?? [])
  ]
  const items = (article.speakers ?? []).map((speaker, index) => {
    const quotations = speech.filter((node) => node.type === 'quotation' && node.speaker === speaker.id).length
    const paraphrases = speech.filter((node) => node.type === 'paraphrase' && node.speaker === speaker.id).length
    return legendItem(
      'c' + index,
      speaker.id,
      `<b>${escapeText(speaker.name)}</b>${speaker.title ? ', ' + escapeText(speaker.title) : ''}`,
      speaker.kind,
      quotations,
      paraphrases
    )
  })
  const orphans = speech.filter((node) => node.speaker === null)
  if (orphans.length > 0) {
    items.push(
      legendItem(
        'none',
        '',
        '<i>no speaker found</i>',
        null,
        orphans.filter((node) => node.type === 'quotation').length,
        orphans.filter((node) => node.type === 'paraphrase').length
      )
    )
  }
  return [
    '<section class="legend" aria-label="Speakers">',
    '<h2>Speakers</h2>',
    items.length > 0 ? '<ul>\n' + items.join('\n') + '\n</ul>' : '<p class="key">No speech found.</p>',
    '<p class="key"><mark class="quotation none">quotation</mark> · <mark class="paraphrase none">paraphrase</mark> · ' +
      '<mark class="other">other quoted run</mark> (scare quotes, titles, names, quotes within quotes) · <span class="mention none">mention</span> · ' +
      '<span class="cue">cue</span> — hover over a highlight for its speaker, cue and rule</p>',
    '</section>'
  ].join('\n')
}

function legendItem(
  colour: string,
  id: string,
  label: string,
  kind: string | null,
  quotations: number,
  paraphrases: number
): string {
  const counts = [kind, plural(quotations, 'quotation'), plural(paraphrases, 'paraphrase')].filter(Boolean).join(' · ')
  return (
    `<li class="speaker ${colour}" data-speaker="${escapeAttribute(id)}"><span class="swatch"></span>${label} ` +
    `<span class="counts">${escapeText(counts)}</span></li>`
  )
}

/** One line about the story: dateline, date, agency, what was found. */
function facts(article: Article, dateline: Dateline | undefined, text: string): string {
  const parts: string[] = []
  if (dateline) parts.push('Dateline: ' + text.slice(dateline.text.start, dateline.text.end))
  if (article.filed ?? dateline?.isoDate) parts.push('Date: ' + (dateline?.isoDate ?? article.filed))
  parts.push('Agency: ' + (article.agency ?? 'none found'))
  const quotations = (article.quotations ?? []).filter((node) => speechKinds.has(node.kind)).length
  parts.push(
    plural(quotations, 'quotation') || 'no quotations',
    plural(article.paraphrases?.length ?? 0, 'paraphrase') || 'no paraphrases',
    plural(article.speakers?.length ?? 0, 'speaker') || 'no speakers'
  )
  return parts.join(' · ')
}

function plural(count: number, noun: string): string {
  return count === 0 ? '' : count + ' ' + noun + (count === 1 ? '' : 's')
}

function formatConfidence(value: number): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '—'
}

function offsets(node: {position?: {start: {offset?: number}; end: {offset?: number}}}): {start: number; end: number} {
  return {start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0}
}

function key(node: {position?: {start: {offset?: number}; end: {offset?: number}}}): string {
  const {start, end} = offsets(node)
  return start + ':' + end
}

// Control characters other than tab, line feed and carriage return: shown as their pictures (U+2400…, U+2421).
const controlRe = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

/** Text content: `&`, `<`, `>` escaped, control characters shown as their pictures. */
function escapeText(value: string): string {
  return value
    .replace(/[&<>]/g, (character) => (character === '&' ? '&amp;' : character === '<' ? '&lt;' : '&gt;'))
    .replace(controlRe, picture)
}

/** An attribute value in double quotes: `&`, `<`, `>`, quotes escaped, line breaks kept as `&#10;`. */
function escapeAttribute(value: string): string {
  return value
    .replace(/[&<>"']/g, (character) => '&#' + character.charCodeAt(0) + ';')
    .replace(/\r\n?|\n/g, '&#10;')
    .replace(controlRe, picture)
}

/** The Unicode picture of a control character (`␀` for U+0000, `␡` for DEL). */
function picture(character: string): string {
  const code = character.charCodeAt(0)
  return String.fromCharCode(code === 0x7f ? 0x2421 : 0x2400 + code)
}

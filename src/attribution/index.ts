/**
 * Quotations, attribution and speakers: fills `article.quotations`,
 * `article.paraphrases` and `article.speakers`.
 *
 * Pipeline: quotation marks (`../quotes/`) → cues and the attribution sieve
 * (this folder) → speaker mentions and entities (`../speakers/`). See
 * `docs/attribution.md`.
 *
 * @module
 */

import type {VFile} from 'vfile'
import type {Article, Cue, Mention, Paraphrase, Quotation, QuotationMark, Speaker} from '../ast.js'
import {cues as builtinCues} from '../lexicon/cues.js'
import {warn} from '../messages.js'
import {classifyRun} from '../quotes/classify.js'
import type {MarkToken} from '../quotes/marks.js'
import {pairQuotes, type QuotedRun, type Range} from '../quotes/pair.js'
import {buildRegistry, genderOf, type Entity, type SpeakerHistory} from '../speakers/entities.js'
import {tokenize, type Token} from '../speakers/tokens.js'
import type {Locator} from '../util/location.js'
import {compileCues, type CueMatch} from './cues.js'
import {findParaphrase} from './paraphrase.js'
import type {SpeakerMention} from './resolve.js'
import {attributeLocally, paragraphCue, previousSubject, type Attribution, type SieveContext} from './sieve.js'

/** What the speech stage works on. */
export interface SpeechInput {
  text: string
  article: Article
  locator: Locator
  file: VFile
}

const defaultCues = compileCues(builtinCues)

/**
 * Sentence ranges of each paragraph, read from the word tokens (the
 * paragraphs' nlcst is built lazily and is not touched here): a sentence
 * ends at `.`, `!` or `?` (closing marks and brackets may follow) before
 * white space. Abbreviations keep their period inside their token.
 */
function sentencesOf(text: string, tokens: readonly Token[], paragraphs: readonly Range[]): Range[][] {
  const result: Range[][] = []
  let i = 0
  for (const paragraph of paragraphs) {
    const list: Range[] = []
    while (i < tokens.length && tokens[i].start < paragraph.start) i++
    let start = paragraph.start
    while (i < tokens.length && tokens[i].end <= paragraph.end) {
      const next = tokens[i + 1]
      const gapEnd = next && next.start < paragraph.end ? next.start : paragraph.end
      if (sentenceEnd(text, tokens[i].end, gapEnd)) {
        const stop = next && next.start < paragraph.end ? next.start : paragraph.end
        list.push({start, end: stop})
        start = stop
      }
      i++
    }
    if (start < paragraph.end) list.push({start, end: paragraph.end})
    result.push(list)
  }
  return result
}

/** Whether the gap `[from, to)` between two words ends a sentence. */
function sentenceEnd(text: string, from: number, to: number): boolean {
  let sawStop = false
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at)
    if (code === 46 || code === 33 || code === 63) sawStop = true
    else if (code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0) {
      if (sawStop) return true
    }
  }
  return false
}

/**
 * Find quotations, attribute them, resolve speakers. Mutates `article`'s
 * stand-off lists only.
 */
export function analyzeSpeech(input: SpeechInput): void {
  const {text, article, locator, file} = input
  const paragraphs: Range[] = []
  for (const child of article.children) {
    if (child.type === 'paragraph') {
      paragraphs.push({start: child.position.start.offset ?? 0, end: child.position.end.offset ?? 0})
    }
  }
  if (paragraphs.length === 0) return
  const {runs, warnings} = pairQuotes(text, paragraphs)
  for (const warning of warnings) warn(file, warning.reason, locator.position(warning.start, warning.end), warning.ruleId)

  const outer = runs.filter((run) => run.depth === 0)
  const tokens = tokenize(text)
  const registry = buildRegistry(text, tokens, outer, paragraphs[0].start)
  const history: SpeakerHistory = {entries: []}
  const context: SieveContext = {text, tokens, registry, history, cues: defaultCues, paragraphs, runs: outer}
  const sentences = sentencesOf(text, tokens, paragraphs)

  // Attribution of outer runs, paragraph by paragraph.
  const attributions: Array<Attribution | null> = outer.map(() => null)
  const groups: number[] = outer.map((_, index) => index)
  const paraphrases: Array<{start: number; end: number; mention: SpeakerMention; cue: CueMatch; rule: string; confidence: number}> = []
  let lastSpeakerOfParagraph: {paragraph: number; attribution: Attribution} | null = null
  let index = 0
  for (let p = 0; p < paragraphs.length; p++) {
    const first = index
    while (index < outer.length && outer[index].paragraph === p) index++
    const last = index
    // Pass 1: the quotation's own sentence.
    for (let i = first; i < last; i++) {
      const found = attributeLocally(context, i)
      attributions[i] = found
      if (found && found.mention && found.mention.entity) {
        history.entries.push({entity: found.mention.entity, offset: found.mention.start})
      }
    }
    // Pass 2: split quotations, the paragraph, the paragraph before.
    for (let i = first; i < last; i++) {
      if (attributions[i]) continue
      const run = outer[i]
      const previous = i > first ? attributions[i - 1] : null
      if (previous && previous.local && previous.cue && i - 1 >= first) {
        const clauseEnd = tokens[previous.clauseEnd - 1]
        if (clauseEnd && run.open && /^[\s\u00a0,.;:—–-]*$/.test(text.slice(clauseEnd.end, run.open.start))) {
          attributions[i] = {...previous, rule: 'split', local: true}
          groups[i] = groups[i - 1]
          continue
        }
      }
      if (run.continued && i > 0 && outer[i - 1].continues && attributions[i - 1]) {
        attributions[i] = {...attributions[i - 1]!, rule: 'continued', local: true}
        groups[i] = groups[i - 1]
        continue
      }
      if (previous) {
        attributions[i] = {...previous, rule: 'paragraph-previous', local: false, confidence: previous.confidence * 0.9}
        continue
      }
      const nextAttributed = attributions.slice(i + 1, last).find((found) => found !== null)
      if (nextAttributed) {
        attributions[i] = {...nextAttributed, rule: 'paragraph-next', local: false, confidence: nextAttributed.confidence * 0.85}
        continue
      }
      const inParagraph = paragraphCue(context, run)
      if (inParagraph) {
        attributions[i] = inParagraph
        continue
      }
      const opensParagraph = /^[\s\u00a0]*$/.test(text.slice(paragraphs[p].start, run.open ? run.open.start : run.start))
      if (opensParagraph && lastSpeakerOfParagraph && lastSpeakerOfParagraph.paragraph === p - 1) {
        const carried = lastSpeakerOfParagraph.attribution
        attributions[i] = {...carried, rule: run.continued ? 'continued' : 'carry-over', local: false, confidence: carried.confidence * 0.8}
        if (run.continued && i > 0) groups[i] = groups[i - 1]
        continue
      }
      if (opensParagraph) attributions[i] = previousSubject(context, run)
    }
    // Indirect speech in sentences without quotation marks.
    let paraphraseSpeaker: Attribution | null = null
    for (const sentence of sentences[p] ?? []) {
      let quoted = false
      for (let i = first; i < last; i++) {
        const run = outer[i]
        const s = run.open ? run.open.start : run.start
        const e = run.close ? run.close.end : run.end
        if (s < sentence.end && e > sentence.start) quoted = true
      }
      if (quoted) continue
      const found = findParaphrase(context, sentence.start, sentence.end)
      if (found) {
        paraphrases.push(found)
        if (found.mention.entity) history.entries.push({entity: found.mention.entity, offset: found.mention.start})
        paraphraseSpeaker = {mention: found.mention, cue: found.cue, rule: found.rule, confidence: found.confidence, local: false, clauseEnd: 0}
      }
    }
    let lastAttribution: Attribution | null = null
    for (let i = last - 1; i >= first; i--) {
      const found = attributions[i]
      if (found && found.mention && found.mention.entity) {
        lastAttribution = found
        break
      }
    }
    const speakerHere = lastAttribution ?? paraphraseSpeaker
    if (speakerHere) lastSpeakerOfParagraph = {paragraph: p, attribution: speakerHere}
    else if (last > first) lastSpeakerOfParagraph = null
  }

  // Nodes.
  const speakerIds = new Map<Entity, string>()
  const speakers: Speaker[] = []
  const extraMentions = new Map<Entity, Mention[]>()
  const mentionNode = (mention: SpeakerMention): Mention => ({
    type: 'mention',
    kind: mention.kind,
    value: text.slice(mention.start, mention.end),
    position: locator.position(mention.start, mention.end)
  })
  const speakerId = (mention: SpeakerMention | null): string | null => {
    const entity = mention?.entity
    if (!entity) return null
    let id = speakerIds.get(entity)
    if (!id) {
      id = 's' + (speakerIds.size + 1)
      speakerIds.set(entity, id)
      extraMentions.set(entity, [])
    }
    extraMentions.get(entity)!.push(mentionNode(mention!))
    return id
  }
  const cueNode = (cue: CueMatch | null): Cue | null => {
    if (!cue) return null
    const start = tokens[cue.from].start
    const end = tokens[cue.to - 1].end
    return {type: 'cue', lemma: cue.lemma, value: text.slice(start, end), position: locator.position(start, end)}
  }
  const markNode = (mark: MarkToken | null, role: 'open' | 'close'): QuotationMark | null =>
    mark ? {type: 'quotationMark', role, value: text.slice(mark.start, mark.end), position: locator.position(mark.start, mark.end)} : null

  const outerIndex = new Map<QuotedRun, number>()
  outer.forEach((run, i) => outerIndex.set(run, i))
  const quotations: Quotation[] = []
  const runNumber = new Map<QuotedRun, number>()
  runs.forEach((run, n) => runNumber.set(run, n + 1))
  const tweetRanges = findMarkup(text, paragraphs)
  runs.forEach((run, n) => {
    const i = outerIndex.get(run)
    const found = i === undefined ? null : attributions[i]
    const paragraph = paragraphs[run.paragraph]
    const openAt = run.open ? run.open.start : run.start
    const closeAt = run.close ? run.close.end : run.end
    const kind = run.depth > 0
      ? 'embedded' as const
      : classifyRun({
          value: text.slice(run.start, run.end),
          before: text.slice(Math.max(paragraph.start, openAt - 40), openAt),
          after: text.slice(closeAt, Math.min(paragraph.end, closeAt + 40)),
          local: found !== null && found.local,
          attributed: found !== null,
          markup: tweetRanges.some((range) => openAt >= range.start && openAt < range.end)
        })
    const speech = kind === 'direct' || kind === 'partial'
    const id = 'q' + (n + 1)
    quotations.push({
      type: 'quotation',
      id,
      group: i === undefined ? id : 'q' + (runNumber.get(outer[groups[i]]) ?? n + 1),
      kind,
      value: text.slice(run.start, run.end),
      open: markNode(run.open, 'open'),
      close: markNode(run.close, 'close'),
      depth: run.depth,
      speaker: speech && found ? speakerId(found.mention) : null,
      mention: speech && found && found.mention ? mentionNode(found.mention) : null,
      cue: speech && found ? cueNode(found.cue) : null,
      rule: speech ? (found ? found.rule : null) : kind,
      confidence: speech && found ? Math.round(found.confidence * 100) / 100 : 0,
      position: locator.position(run.start, run.end)
    })
  })

  const paraphraseNodes: Paraphrase[] = paraphrases.map((found, n) => ({
    type: 'paraphrase',
    id: 'p' + (n + 1),
    value: text.slice(found.start, found.end),
    speaker: speakerId(found.mention),
    mention: mentionNode(found.mention),
    cue: cueNode(found.cue),
    rule: found.rule,
    confidence: Math.round(found.confidence * 100) / 100,
    position: locator.position(found.start, found.end)
  }))

  for (const [entity, id] of speakerIds) {
    const mentions: Mention[] = []
    const seen = new Set<number>()
    for (const mention of registry.mentions) {
      if (mention.entity !== entity) continue
      seen.add(mention.start)
      mentions.push({type: 'mention', kind: mention.kind, value: text.slice(mention.start, mention.end), position: locator.position(mention.start, mention.end)})
    }
    for (const mention of extraMentions.get(entity) ?? []) {
      const start = mention.position.start.offset ?? 0
      if (seen.has(start)) continue
      seen.add(start)
      mentions.push(mention)
    }
    mentions.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0))
    speakers.push({type: 'speaker', id, name: entity.name, title: entity.title, kind: entity.kind, gender: genderOf(entity), mentions})
  }

  article.quotations = quotations
  article.paraphrases = paraphraseNodes
  article.speakers = speakers
}

/** Markup elements in paragraphs (`<tweet …>…</tweet>`), bounded per paragraph. */
function findMarkup(text: string, paragraphs: readonly Range[]): Range[] {
  const ranges: Range[] = []
  let p = 0
  let at = text.indexOf('<tweet')
  while (at >= 0) {
    while (p < paragraphs.length && paragraphs[p].end <= at) p++
    const limit = p < paragraphs.length && paragraphs[p].start <= at ? paragraphs[p].end : at + 6
    const close = text.indexOf('</tweet>', at)
    const end = close < 0 || close > limit ? limit : close + 8
    ranges.push({start: at, end})
    at = text.indexOf('<tweet', end)
  }
  return ranges
}

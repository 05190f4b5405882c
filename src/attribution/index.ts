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
import {warn} from '../messages.js'
import {classifyRun} from '../quotes/classify.js'
import {denseParagraphs} from '../quotes/density.js'
import type {MarkToken} from '../quotes/marks.js'
import {pairQuotes, type Range} from '../quotes/pair.js'
import {buildRegistry, genderOf, type Entity, type SpeakerHistory} from '../speakers/entities.js'
import {tokenize, type Tokens} from '../text/tokens.js'
import type {Locator} from '../text/location.js'
import {findMarkup, inRanges} from '../text/markup.js'
import {sentenceRanges} from '../text/sentences.js'
import type {CueMatch} from './cues.js'
import {lexiconFor, type LexiconAdditions} from '../speakers/lexicon.js'
import {findParaphrase} from './paraphrase.js'
import type {SpeakerMention} from './resolve.js'
import {sieveSteps, type PassState, type SpeakerRule} from './steps.js'
import {restate, type Attribution, type SieveContext} from './sieve.js'
import {sortInPlace} from '../util/sort.js'

/** What the speech stage works on. */
export interface SpeechInput {
  text: string
  article: Article
  locator: Locator
  /** Where warnings go (`null`: nobody reads them). */
  file: VFile | null
  /** The user's lexicon additions and rules (`SpeechSettings`). */
  settings?: (LexiconAdditions & {rules?: readonly SpeakerRule[] | undefined}) | null | undefined
}

/**
 * Find quotations, attribute them, resolve speakers. Mutates `article`'s
 * stand-off lists only.
 */
/** Most quotation-mark warnings reported one by one. */
const MAX_QUOTE_WARNINGS = 100

export function analyzeSpeech(input: SpeechInput): void {
  const {text, article, locator, file} = input
  const paragraphs: Range[] = []
  for (const child of article.children) {
    if (child.type === 'paragraph') {
      paragraphs.push({start: child.position.start.offset ?? 0, end: child.position.end.offset ?? 0})
    }
  }
  if (paragraphs.length === 0) return
  // Paragraphs dense with marks (hostile input, not prose): their marks are left as text.
  const dense = denseParagraphs(text, paragraphs)
  const firstDense = dense.indexOf(true)
  if (firstDense >= 0) {
    let count = 0
    for (const flag of dense) if (flag) count++
    const paragraph = paragraphs[firstDense]
    warn(
      file,
      (count === 1 ? 'A paragraph holds' : count + ' paragraphs hold') +
        ' more than one quotation mark per 8 characters: not prose, its quotation marks are left as text',
      locator.position(paragraph.start, paragraph.end),
      'dense-quotation-marks'
    )
  }

  const {runs, warnings, warningCount} = pairQuotes(text, paragraphs, dense)
  // A page of unbalanced marks would otherwise give one message a mark: report
  // the first ones, then how many more there were.
  for (const warning of warnings.slice(0, MAX_QUOTE_WARNINGS)) {
    warn(file, warning.reason, locator.position(warning.start, warning.end), warning.ruleId)
  }
  if (warningCount > MAX_QUOTE_WARNINGS) {
    const rest = warnings[MAX_QUOTE_WARNINGS]
    warn(
      file,
      warningCount - MAX_QUOTE_WARNINGS + ' more unbalanced quotation marks after this one are not reported one by one',
      locator.position(rest.start, rest.end),
      rest.ruleId
    )
  }

  const outer = runs.filter((run) => run.depth === 0)
  // Dense paragraphs are not read for words: no cue, no name, no sentence of theirs is looked at.
  const tokens = tokenize(text, firstDense >= 0 ? paragraphs.filter((_, p) => dense[p]) : [])
  const lexicon = lexiconFor(input.settings)
  const sentences = sentenceRanges(text, tokens, paragraphs)
  const sentenceStarts: number[] = []
  for (const list of sentences) for (const sentence of list) sentenceStarts.push(sentence.start)
  const registry = buildRegistry(text, tokens, outer, paragraphs[0].start, lexicon, sentenceStarts)
  const history: SpeakerHistory = {entries: []}
  const context: SieveContext = {text, tokens, registry, history, cues: lexicon.cues, lexicon, paragraphs, runs: outer}

  // Attribution of outer runs, paragraph by paragraph.
  const attributions: Array<Attribution | null> = outer.map(() => null)
  const groups: number[] = outer.map((_, index) => index)
  const paraphrases: Array<{start: number; end: number; mention: SpeakerMention; cue: CueMatch; rule: string; confidence: number}> = []
  const state: PassState = {first: 0, last: 0, paragraph: 0, lastSpeakerOfParagraph: null}
  const rules = input.settings?.rules ?? []
  // Without quotations there is nothing to attribute: no steps (custom rules are still checked).
  const steps = outer.length > 0 || rules.length > 0 ? sieveSteps(context, attributions, groups, state, rules) : []
  const pass1 = steps.filter((step) => step.pass === 1)
  const pass2 = steps.filter((step) => step.pass === 2)
  let index = 0
  for (let p = 0; p < paragraphs.length; p++) {
    const first = index
    while (index < outer.length && outer[index].paragraph === p) index++
    const last = index
    state.first = first
    state.last = last
    state.paragraph = p
    if (dense[p]) {
      // Dense with marks: no runs and no paraphrase; the speaker carried over is kept, as after any paragraph without runs.
      continue
    }
    // Pass 1: the quotation's own sentence.
    for (let i = first; i < last; i++) {
      let found: Attribution | null = null
      for (const step of pass1) {
        found = step.run(i)
        if (found) break
      }
      attributions[i] = found
      if (found && found.mention && found.mention.entity) {
        history.entries.push({entity: found.mention.entity, offset: found.mention.start})
      }
    }
    // Pass 2: split quotations, the paragraph, the paragraph before.
    for (let i = first; i < last; i++) {
      if (attributions[i]) continue
      for (const step of pass2) {
        const found = step.run(i)
        if (found) {
          attributions[i] = found
          break
        }
      }
    }
    // Indirect speech in sentences without quotation marks.
    let paraphraseSpeaker: Attribution | null = null
    let r = first
    for (const sentence of sentences[p] ?? []) {
      // Runs and sentences are both in order: skip runs that end before the sentence.
      while (r < last && (outer[r].close ? outer[r].close!.end : outer[r].end) <= sentence.start) r++
      // The sentence range runs to the next word: an opening mark before it belongs to the next sentence.
      let sentenceEnd = sentence.end
      while (sentenceEnd > sentence.start && /[\s"“«„‘']/.test(text.charAt(sentenceEnd - 1))) sentenceEnd--
      if (r < last && (outer[r].open ? outer[r].open!.start : outer[r].start) < sentenceEnd) continue
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
    if (speakerHere) state.lastSpeakerOfParagraph = {paragraph: p, attribution: speakerHere}
    else if (last > first) state.lastSpeakerOfParagraph = null
  }
  // A quotation carried over paragraphs takes the speaker of a later part attributed in its own sentence.
  for (let i = outer.length - 2; i >= 0; i--) {
    const next = attributions[i + 1]
    const current = attributions[i]
    if (outer[i].continues && outer[i + 1].continued && next && next.local && next.mention?.entity && (!current || !current.local)) {
      attributions[i] = restate(next, 'continued', false, next.confidence * 0.9)
    }
  }
  for (let i = 1; i < outer.length; i++) if (outer[i].continued && outer[i - 1].continues) groups[i] = groups[i - 1]

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
    const start = tokens.start[cue.from]
    const end = tokens.end[cue.to - 1]
    return {type: 'cue', lemma: cue.lemma, value: text.slice(start, end), position: locator.position(start, end)}
  }
  // One string per mark character, not one per mark (a page of marks would allocate a string a mark).
  const markValues = new Map<number, string>()
  const markValue = (start: number, end: number): string => {
    if (end - start !== 1) return text.slice(start, end)
    const code = text.charCodeAt(start)
    let value = markValues.get(code)
    if (value === undefined) {
      value = text.slice(start, end)
      markValues.set(code, value)
    }
    return value
  }
  const markNode = (mark: MarkToken | null, role: 'open' | 'close'): QuotationMark | null =>
    mark ? {type: 'quotationMark', role, value: markValue(mark.start, mark.end), position: locator.position(mark.start, mark.end)} : null

  // Index in `outer` of each run (outer runs only), and the run number of each outer run: arrays, not
  // maps keyed by run (hundreds of thousands of runs in hostile input).
  const outerIndex: Array<number | undefined> = new Array<number | undefined>(runs.length)
  const outerNumber: number[] = new Array<number>(outer.length)
  for (let n = 0, i = 0; n < runs.length; n++) {
    if (runs[n].depth !== 0) continue
    outerIndex[n] = i
    outerNumber[i] = n + 1
    i++
  }
  const quotations: Quotation[] = []
  const markup = findMarkup(text, paragraphs)
  runs.forEach((run, n) => {
    const i = outerIndex[n]
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
          markup: inRanges(markup, openAt)
        })
    const speech = kind === 'direct' || kind === 'partial'
    const id = 'q' + (n + 1)
    quotations.push({
      type: 'quotation',
      id,
      group: i === undefined || (outerNumber[groups[i]] ?? n + 1) === n + 1 ? id : 'q' + outerNumber[groups[i]],
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

  const byEntity = new Map<Entity, typeof registry.mentions>()
  for (const mention of registry.mentions) {
    if (!speakerIds.has(mention.entity)) continue
    const list = byEntity.get(mention.entity)
    if (list) list.push(mention)
    else byEntity.set(mention.entity, [mention])
  }
  for (const [entity, id] of speakerIds) {
    const mentions: Mention[] = []
    const seen = new Set<number>()
    for (const mention of byEntity.get(entity) ?? []) {
      seen.add(mention.start)
      mentions.push({type: 'mention', kind: mention.kind, value: text.slice(mention.start, mention.end), position: locator.position(mention.start, mention.end)})
    }
    for (const mention of extraMentions.get(entity) ?? []) {
      const start = mention.position.start.offset ?? 0
      if (seen.has(start)) continue
      seen.add(start)
      mentions.push(mention)
    }
    sortInPlace(mentions, (a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0))
    speakers.push({type: 'speaker', id, name: entity.name, title: entity.title, kind: entity.kind, gender: genderOf(entity), mentions})
  }

  article.quotations = quotations
  article.paraphrases = paraphraseNodes
  article.speakers = speakers
}

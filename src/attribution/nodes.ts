/**
 * Stage 6 of the speech stage: the nodes — `quotation`, `paraphrase`,
 * `speaker` with their `mention`, `cue` and `quotationMark` — from the runs
 * and what attribution found. Speakers are numbered `s1`, `s2`… in the order
 * quotations and then paraphrases first name them.
 *
 * @module
 */

import type {Cue, Mention, Paraphrase, Quotation, QuotationMark, QuotationKind, Speaker} from '../ast.js'
import {classifyRun} from '../quotes/classify.js'
import type {MarkToken} from '../quotes/marks.js'
import {referenceGender} from '../speakers/compatibility.js'
import {genderOf, type Entity, type EntityMention, type Registry} from '../speakers/index.js'
import type {Locator} from '../text/location.js'
import {inRanges, type TextRange} from '../text/markup.js'
import {sortInPlace} from '../util/sort.js'
import type {Attributed} from './attribute.js'
import type {Attribution} from './context.js'
import type {CueMatch} from './cues.js'
import type {Pairing} from './pairing.js'
import type {SpeakerMention} from '../speakers/index.js'
import type {Story} from './story.js'

/** The nodes of the speech stage. */
export interface SpeechNodes {
  quotations: Quotation[]
  paraphrases: Paraphrase[]
  speakers: Speaker[]
  /** The quotations a local rule attributed (a credit in their own sentence): speech whatever their length. */
  local: Set<Quotation>
}

/** Makes the small nodes of one story. */
interface NodeMaker {
  mention(mention: SpeakerMention): Mention
  cue(cue: CueMatch | null): Cue | null
  mark(mark: MarkToken | null, role: 'open' | 'close'): QuotationMark | null
}

function nodeMaker(text: string, story: Story, locator: Locator): NodeMaker {
  const {tokens} = story.context
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
  return {
    mention: (mention) => ({
      type: 'mention',
      kind: mention.kind,
      value: text.slice(mention.start, mention.end),
      position: locator.position(mention.start, mention.end)
    }),
    cue(cue) {
      if (!cue) return null
      const start = tokens.start[cue.from]
      const end = tokens.end[cue.to - 1]
      return {type: 'cue', lemma: cue.lemma, value: text.slice(start, end), position: locator.position(start, end)}
    },
    mark: (mark, role) =>
      mark
        ? {
            type: 'quotationMark',
            role,
            value: markValue(mark.start, mark.end),
            position: locator.position(mark.start, mark.end)
          }
        : null
  }
}

/** The speakers named so far, numbered in order, with the mentions the nodes gave them. */
interface SpeakerTable {
  /** The id of the mention's entity (numbering it when new), its mention recorded; `null` for no entity. */
  idOf(mention: SpeakerMention | null): string | null
  /** The speaker nodes: each with the registry's mentions of its entity and those the nodes recorded. */
  speakers(registry: Registry, text: string, locator: Locator): Speaker[]
}

/** What the table holds of one speaker: its id, the mentions the nodes named it by, its registry mentions. */
interface TableEntry {
  id: string
  /** Mentions the nodes gave the speaker, in the order given (nodes made only for those the registry lacks). */
  recorded: SpeakerMention[]
  /** The registry's mentions of the entity, in text order (filled by `speakers`). */
  found: EntityMention[]
}

/**
 * The speaker table of one story: one map entry a speaker (its id and mentions together), so a story naming
 * a new person in every sentence pays one lookup a mention.
 */
function speakerTable(make: NodeMaker): SpeakerTable {
  const table = new Map<Entity, TableEntry>()
  return {
    idOf(mention) {
      const entity = mention?.entity
      if (!entity) return null
      let entry = table.get(entity)
      if (!entry) {
        entry = {id: 's' + (table.size + 1), recorded: [], found: []}
        table.set(entity, entry)
      }
      entry.recorded.push(mention!)
      return entry.id
    },
    speakers(registry, text, locator) {
      for (const mention of registry.mentions) table.get(mention.entity)?.found.push(mention)
      const speakers: Speaker[] = []
      for (const [entity, {id, recorded, found}] of table) {
        speakers.push({
          type: 'speaker',
          id,
          name: entity.name,
          title: entity.title,
          kind: entity.kind,
          gender: entity.kind === 'person' ? referenceGender(entity, genderOf(entity)) : genderOf(entity),
          mentions: speakerMentions(found, recorded, make, text, locator)
        })
      }
      return speakers
    }
  }
}

/**
 * A speaker's mention nodes: the registry's, then those the nodes recorded at a start none before has, in
 * text order (stable).
 */
function speakerMentions(
  found: readonly EntityMention[],
  recorded: readonly SpeakerMention[],
  make: NodeMaker,
  text: string,
  locator: Locator
): Mention[] {
  const mentions: Mention[] = []
  for (const mention of found) {
    mentions.push({
      type: 'mention',
      kind: mention.kind,
      value: text.slice(mention.start, mention.end),
      position: locator.position(mention.start, mention.end)
    })
  }
  // Starts taken so far: a scan of the few nodes of most speakers, a set past a handful.
  let seen: Set<number> | null = null
  for (const mention of recorded) {
    // (Offsets of tokens: inside the text, as the locator's points give them.)
    const start = mention.start
    if (seen === null && mentions.length > 8) seen = new Set(mentions.map((node) => node.position.start.offset ?? 0))
    if (seen ? seen.has(start) : mentions.some((node) => (node.position.start.offset ?? 0) === start)) continue
    seen?.add(start)
    mentions.push(make.mention(mention))
  }
  sortInPlace(mentions, (a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0))
  return mentions
}

/**
 * Build the nodes of the speech stage.
 *
 * @param markup The story's markup elements (`findMarkup`): a quotation opened inside one is not the story's.
 */
export function speechNodes(
  text: string,
  locator: Locator,
  story: Story,
  pairing: Pairing,
  attributed: Attributed,
  markup: readonly TextRange[]
): SpeechNodes {
  const make = nodeMaker(text, story, locator)
  const table = speakerTable(make)
  const local = new Set<Quotation>()
  const quotations = quotationNodes(text, locator, story, pairing, attributed, markup, make, table, local)
  const paraphrases: Paraphrase[] = attributed.paraphrases.map((found, n) => ({
    type: 'paraphrase',
    id: 'p' + (n + 1),
    value: text.slice(found.start, found.end),
    speaker: table.idOf(found.mention),
    mention: found.mention ? make.mention(found.mention) : null,
    cue: make.cue(found.cue),
    rule: found.rule,
    confidence: Math.round(found.confidence * 100) / 100,
    position: locator.position(found.start, found.end)
  }))
  return {quotations, paraphrases, speakers: table.speakers(story.context.registry, text, locator), local}
}

/** One `quotation` node a run (nested runs too), with its first kind (`classifyRun`) and its attribution. */
function quotationNodes(
  text: string,
  locator: Locator,
  story: Story,
  pairing: Pairing,
  attributed: Attributed,
  markup: readonly TextRange[],
  make: NodeMaker,
  table: SpeakerTable,
  local: Set<Quotation>
): Quotation[] {
  const {runs, outer} = pairing
  const {paragraphs} = story.context
  const {attributions, groups} = attributed
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
  runs.forEach((run, n) => {
    const i = outerIndex[n]
    const found: Attribution | null = i === undefined ? null : attributions[i]
    const paragraph = paragraphs[run.paragraph]
    const openAt = run.open ? run.open.start : run.start
    const closeAt = run.close ? run.close.end : run.end
    const kind: QuotationKind =
      run.depth > 0
        ? 'embedded'
        : classifyRun({
            value: text.slice(run.start, run.end),
            before: text.slice(Math.max(paragraph.start, openAt - 40), openAt),
            after: text.slice(closeAt, Math.min(paragraph.end, closeAt + 40)),
            local: found !== null && found.passesOn,
            attributed: found !== null,
            markup: inRanges(markup, openAt)
          })
    const speech = kind === 'direct' || kind === 'partial'
    const id = 'q' + (n + 1)
    const quotation: Quotation = {
      type: 'quotation',
      id,
      group: i === undefined || (outerNumber[groups[i]] ?? n + 1) === n + 1 ? id : 'q' + outerNumber[groups[i]],
      kind,
      value: text.slice(run.start, run.end),
      open: make.mark(run.open, 'open'),
      close: make.mark(run.close, 'close'),
      depth: run.depth,
      speaker: speech && found ? table.idOf(found.mention) : null,
      mention: speech && found && found.mention ? make.mention(found.mention) : null,
      cue: speech && found ? make.cue(found.cue) : null,
      rule: speech ? (found ? found.rule : null) : kind,
      confidence: speech && found ? Math.round(found.confidence * 100) / 100 : 0,
      position: locator.position(run.start, run.end)
    }
    if (speech && found && found.local) local.add(quotation)
    quotations.push(quotation)
  })
  return quotations
}

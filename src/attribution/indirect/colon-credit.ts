/**
 * `Sanders: Clinton Email Story Has Moved`, `Clinton to Planned Parenthood: Trump will reverse Roe v. Wade`,
 * `Matthews: Well, speculation is bad.`: a name that opens its sentence, a colon, and what that source said
 * after it (headlines that credit their lead, transcripts). The name must resolve to a person whose full
 * name opens with a known given name (not a section title: `Limited Tools:`), or be a document (`Poll:`, `Report:`); labels (`UPDATE:`, `Editor's note:`), section titles and
 * figures (`Clinton: 1,769.`) are not credits. Content mostly inside quotation marks is a quotation (rule `colon-lead`).
 *
 * @module
 */

import {colonLabels, documentSources} from '../../lexicon/indirect-sources.js'
import {isGivenName} from '../../lexicon/given-names.js'
import type {Entity} from '../../speakers/entities.js'
import {capitalAt, lowerAt} from '../../text/tokens.js'
import type {FoundParaphrase} from '../paraphrase.js'
import {contentSpan, gap, sourceMention, type SentenceView} from './sentence.js'
import type {Construction} from './unit.js'

/** Longest name before the colon, in words (`Internet phenomenon Ken Bone:` is four). */
const MAX_NAME_WORDS = 5

/** Fewest words (runs of letters) in the content. */
const MIN_CONTENT_WORDS = 3

const labels = new Set(colonLabels)
const documents = new Set(documentSources)

/** Words that join a name to the one it addresses or is about (`Clinton to Planned Parenthood:`, `CNN Chief On Trump:`). */
const addressees = new Set(['to', 'on'])

export const colonCredit: Construction = {
  name: 'colon-credit',
  doc: "`Name: C` at the start of a sentence (a headline crediting its lead, a transcript): a name of up to five capitalised words (optionally `X to Y` or `X on Y`, the source being X), a colon, and the content to the end of the sentence. The name must resolve to a person whose full name opens with a known given name (`Sanders` → Bernie Sanders), or be a document (`Poll:`, `Report:`); labels such as `UPDATE:` or `Editor's note:`, section titles and organisations are no credits, and the content has at least three words (not a figure: `Clinton: 1,769.`).",
  examples: [
    {
      text: 'Ruiz: Ferry Service Will Resume In Spring.\n\nMayor Ana Ruiz spoke to reporters on Tuesday.',
      content: 'Ferry Service Will Resume In Spring',
      speaker: 'Ana Ruiz'
    },
    {
      text: 'Berg to Harbour Workers: the pier will stay open.\n\nUnion leader Lars Berg met the workers on Monday.',
      content: 'the pier will stay open',
      speaker: 'Lars Berg'
    },
    {
      text: 'Poll: Most Voters Back The New Bridge.\n\nThe survey was taken last week.',
      content: 'Most Voters Back The New Bridge',
      speaker: null
    }
  ],
  readsAt: 'sentence-start',
  counterExamples: [
    'UPDATE: The ferry sailed at noon after the storm passed.',
    "Editor's note: This story has been corrected to fix a date.",
    'The result: three boats stayed in the harbour all week.',
    'Ruiz: "We will not let a single boat leave in this storm."',
    'Mayor Ana Ruiz won the vote. Ana Ruiz: 1,769. Lars Berg: 1,501.',
    'Safer Harbours Ahead: The council will spend more on the piers this year.'
  ],
  find(view: SentenceView, i: number): FoundParaphrase | null {
    const {tokens} = view.context
    if (i !== view.from) return null
    // The colon right after the name (up to MAX_NAME_WORDS words, no other punctuation before it).
    let colon = -1
    for (let k = i; k < view.to - 2 && k - i < MAX_NAME_WORDS; k++) {
      const between = gap(view, k, k + 1)
      if (/^\s*:\s+$/.test(between)) {
        colon = k
        break
      }
      if (!/^[ \t\u00a0]+$/.test(between)) return null
    }
    if (colon < 0) return null
    // The source: the words before `to`/`on` (`Clinton to Planned Parenthood`), all capitalised.
    let end = colon + 1
    for (let k = i + 1; k <= colon; k++)
      if (addressees.has(lowerAt(tokens, k)) && !capitalAt(tokens, k)) {
        end = k
        break
      }
    for (let k = i; k < end; k++) if (!capitalAt(tokens, k)) return null
    const words = tokens.text.slice(tokens.start[i], tokens.end[end - 1]).toLowerCase()
    if (labels.has(words)) return null
    const document = end - i === 1 && documents.has(words)
    let mention = sourceMention(view, {from: i, to: end})
    if (!mention || !(document || personNamed(mention.entity))) return null
    // A document names no speaker (`Poll:`).
    if (document) mention = {entity: null, kind: 'nominal', start: mention.start, end: mention.end}
    const content = contentSpan(view, tokens.start[colon + 1], view.end)
    // A statement, not a figure (`Clinton: 1,769.` in a table of delegates).
    if (!content || (tokens.text.slice(content.start, content.end).match(/\p{L}+/gu) ?? []).length < MIN_CONTENT_WORDS)
      return null
    return {
      start: content.start,
      end: content.end,
      mention,
      cue: {from: colon, to: colon + 1, lemma: 'colon', strength: 0.7},
      rule: 'colon-credit',
      confidence: 0.7
    }
  }
}

/** Whether the entity is a person with a full name that opens with a known given name (`Bernie Sanders`). */
function personNamed(entity: Entity | null): boolean {
  if (!entity || entity.kind !== 'person') return false
  const words = entity.name.split(/\s+/)
  return words.length >= 2 && isGivenName(words[0].toLowerCase())
}

/**
 * The credit after the content, as wire leads give it: `…, X said.`, `…, X told reporters on Tuesday.`,
 * `…, said X.`, and set in the middle: `A, X said, B`.
 *
 * @module
 */

import {circumstanceWords, nonContentOpeners, tellObjects, timeWords} from '../../lexicon/reporting.js'
import {capitalAt, lowerAt} from '../../text/tokens.js'
import {prepositionObject, subjectAfter} from '../cues.js'
import type {FoundParaphrase} from '../paraphrase.js'
import {pastName} from './complement.js'
import {confidenceOf, finite} from './reported-clause.js'
import {
  commaGap,
  contentSpan,
  gap,
  punctuatedBefore,
  quotedShare,
  sourceMention,
  subjectBeforeIn,
  type SentenceView
} from './sentence.js'
import type {Construction} from './unit.js'
import {verbIn, verbOf} from './verbs.js'
import {adverbialClauseOpeners} from '../../lexicon/indirect-clauses.js'

const circumstances = new Set([...circumstanceWords, ...timeWords, ...tellObjects])
const objects = new Set(tellObjects)
const prepositions = new Set(nonContentOpeners)
const times = new Set(timeWords)
/** Words that open an adverbial clause, not reported content, before a credit (`As a phone rang, X said, …`). */
const adverbialOpeners = new Set(adverbialClauseOpeners)

/** Longest circumstance after a final credit (`…, he said in an interview with the Post on Sunday.`). */
const TAIL_WINDOW = 12

/**
 * What follows the credit ending at token `k` (exclusive): `end` (the sentence ends, perhaps after
 * circumstances), `comma` (`A, X said, B`), or `null` (the verb has a complement of its own).
 */
function tail(view: SentenceView, k: number): 'end' | 'comma' | null {
  const {tokens} = view.context
  if (k >= view.to) return 'end'
  if (commaGap(view, k - 1, k)) return 'comma'
  // `…, X told Interfax on Friday.`: the outlet or person told.
  if (capitalAt(tokens, k)) {
    const after = pastName(view, k)
    if (after >= view.to) return 'end'
    k = after
  }
  const first = lowerAt(tokens, k)
  if (!circumstances.has(first)) return null
  // `…, X told reporters.` / `… told reporters on Monday.`: the person told, then the end or circumstances only.
  if (objects.has(first) && k + 1 < view.to && !circumstances.has(lowerAt(tokens, k + 1))) return null
  for (let t = k; t < view.to; t++) {
    if (t - k >= TAIL_WINDOW) return null
    const lower = lowerAt(tokens, t)
    if ((lower === 'that' && !capitalAt(tokens, t)) || verbOf(view, t)) return null
    // `…, X said Tuesday in Paris, noting …`: a participle after the circumstances ends the credit.
    if (t + 1 < view.to && commaGap(view, t, t + 1)) return participleAt(view, t + 1) ? 'end' : null
  }
  return 'end'
}

/** Whether a participle clause opens at token `k` (`noting …`, `adding …`): a lower-case word in -ing. */
function participleAt(view: SentenceView, k: number): boolean {
  const {tokens} = view.context
  const lower = lowerAt(tokens, k)
  return !capitalAt(tokens, k) && lower.length > 5 && lower.endsWith('ing')
}

/**
 * Whether an adverbial opening the sentence is followed by a main clause before the credit (`As Trump spoke,
 * a girl outside was hurt, police said`): a comma after the adverbial with three words or more after it.
 */
function clauseAfterAdverbial(view: SentenceView, creditStart: number): boolean {
  const {tokens} = view.context
  for (let k = creditStart - 4; k > view.from; k--)
    // (Not a phrase opening with a preposition: `After the storm, with the pier closed, said nobody`.)
    if (/,/.test(gap(view, k - 1, k))) return !prepositions.has(lowerAt(tokens, k))
  return false
}

export const creditAfter: Construction = {
  name: 'credit-after',
  doc: 'A credit set off by a comma after the content: `…, X said.` (the wire lead), `…, said X.`, `…, X told reporters on Tuesday.`, `…, the poll found.` (speech and evidence verbs, not thought); a participle may follow the credit (`…, X said, citing …`); in the middle of the sentence, `A, X said, B` reports the whole sentence (one span from A to B, the credit inside it).',
  examples: [
    {
      text: 'The bridge will reopen in May, Mayor Ana Ruiz said on Tuesday.',
      content: 'The bridge will reopen in May',
      speaker: 'Ana Ruiz'
    },
    {
      text: 'Exports fell by a third in the quarter, said Karl Vos, an economist at Nordbank.',
      content: 'Exports fell by a third in the quarter',
      speaker: 'Karl Vos'
    },
    {
      text: 'The talks, Olav Berg said, could resume next week.',
      content: 'The talks, Olav Berg said, could resume next week',
      speaker: 'Olav Berg'
    },
    {
      text: 'Two people were hurt in the blast, police said.',
      content: 'Two people were hurt in the blast',
      speaker: null
    },
    {
      text: 'If the talks fail, Olav Berg said, prices will rise.',
      content: 'If the talks fail, Olav Berg said, prices will rise',
      speaker: 'Olav Berg'
    },
    {
      text: 'Most residents favour the new park, the city survey found.',
      content: 'Most residents favour the new park',
      speaker: null
    },
    {
      text: 'As the mayor spoke, two protesters were led away, police said.',
      content: 'As the mayor spoke, two protesters were led away',
      speaker: null
    },
    {
      text: 'Grain prices will rise, Olav Berg said on Tuesday in Oslo, citing the drought.',
      content: 'Grain prices will rise',
      speaker: 'Olav Berg'
    }
  ],
  counterExamples: [
    '"We will win," Olav Berg said.',
    'In Oslo, Olav Berg said nothing.',
    'As the phone rang, Olav Berg said.',
    'Most residents favour the new park, the city survey believes.'
  ],
  readsAt: 'verb',
  find(view: SentenceView, i: number): FoundParaphrase | null {
    const {tokens, text, lexicon} = view.context
    const verb = verbIn(view, i)
    if (!verb || verb.verb.kind === 'thought' || verb.form === 'gerund') return null
    let creditStart: number
    let creditEnd: number
    let phrase = punctuatedBefore(view, i) ? subjectAfter(text, tokens, verb.to, view.to, lexicon) : null
    if (
      phrase &&
      verb.form !== 'plain' &&
      (verb.verb.lemma === 'say' ||
        verb.verb.lemma === 'add' ||
        verb.verb.lemma === 'write' ||
        verb.verb.lemma === 'tell' ||
        verb.verb.lemma === 'explain' ||
        verb.verb.lemma === 'note')
    ) {
      // `…, said X.`
      // (`…,'' said Sunday`: a time word is no source.)
      if (times.has(lowerAt(tokens, phrase.from))) return null
      creditStart = i
      creditEnd = phrase.to
      // `said Karl Vos, an economist at Nordbank.`: an appositive after the name ends the sentence.
      if (creditEnd < view.to && commaGap(view, creditEnd - 1, creditEnd)) {
        let t = creditEnd
        while (t < view.to && !/[,;]/.test(gap(view, t, Math.min(t + 1, view.to - 1))) && t - creditEnd < 12) t++
        if (t >= view.to - 1) creditEnd = view.to
      }
    } else {
      if (!finite(view, verb)) return null
      phrase = subjectBeforeIn(view, i)
      if (!phrase || prepositionObject(text, tokens, phrase, view.from, i)) return null
      if (!punctuatedBefore(view, phrase.from) || phrase.from - view.from < 2) return null
      creditStart = phrase.from
      creditEnd = verb.to
    }
    const after = tail(view, creditEnd)
    if (!after) return null
    // `"…," X said, …`: the words before the credit are a quotation.
    if (quotedShare(view, view.start, tokens.start[creditStart]) >= 0.5) return null
    const mention = sourceMention(view, phrase)
    if (!mention) return null
    // `A, X said, B`: the whole sentence, unless what follows is the credit's own participle (`…, adding …`).
    let end = tokens.start[creditStart]
    if (after === 'comma' && creditEnd < view.to) {
      const next = verbOf(view, creditEnd)
      // `X said, "…"`: the credit of the quotation after it.
      if (quotedShare(view, tokens.start[creditEnd], view.end) > 0) return null
      if (!next || next.form !== 'gerund') end = view.end
    }
    // `As a phone rang, X said …`, `In response, X said`: an adverbial, not reported content, before a final
    // credit. A credit set in the middle reports the whole sentence, adverbial and all (`If talks fail, X said,
    // prices will rise`; `Otherwise, X said, …`).
    if (
      after === 'end' &&
      ((adverbialOpeners.has(lowerAt(tokens, view.from)) && !clauseAfterAdverbial(view, creditStart)) ||
        creditStart - view.from < 3)
    )
      return null
    const content = contentSpan(view, view.start, end)
    if (!content) return null
    const confidence = confidenceOf(verb)
    return {
      start: content.start,
      end: content.end,
      mention,
      cue: {from: verb.from, to: verb.to, lemma: verb.verb.lemma, strength: confidence},
      rule: 'credit-after',
      confidence
    }
  }
}

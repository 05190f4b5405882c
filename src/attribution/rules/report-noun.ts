/**
 * The sieve rule `report-noun`: its declaration (what it reads, its confidence, its doc, its examples and
 * counter-examples, run as tests in `test/attribution/rules/`) and its `find`.
 *
 * @module
 */

import {reportNouns, speechNouns} from '../../lexicon/cues.js'
import {issuedParticiples} from '../../lexicon/credit-words.js'
import {isPlace} from '../../speakers/index.js'
import {capitalAt, lowerAt} from '../../text/tokens.js'
import {resolve, type SieveContext, type Window} from '../context.js'
import {subjectAfter} from '../cues.js'
import {defineRule, type Finding} from '../rule.js'
import {wire} from './wire.js'

const reportNounSet = new Set(reportNouns)
const speechNounSet = new Set(speechNouns)
/** Participles between a document and its author (`an email sent out by Sanders`). */
const issuedWords = new Set(issuedParticiples)

/**
 * `it was a report by Politico that he "…"`, `a report in The Wall Street Journal this week
 * about his campaign "…"`, `a fundraising email sent out by Sanders warned: "…"` — a noun of report or document,
 * then `by`/`from` its author (or `in` a medium), and the quotation in what follows in the same clause: the author.
 * Bounded: the noun is among the last twenty words before the mark, with no sentence break after the author.
 */
function findReportNoun(context: SieveContext, window: Window): Finding | null {
  const {tokens, text} = context
  const floor = Math.max(window.from, window.to - 20)
  for (let k = window.to - 3; k >= floor; k--) {
    if (capitalAt(tokens, k) || !(reportNounSet.has(lowerAt(tokens, k)) || speechNounSet.has(lowerAt(tokens, k))))
      continue
    let at = k + 1
    // (`sent out by`, `issued by`)
    if (at < window.to && issuedWords.has(lowerAt(tokens, at))) {
      at++
      if (at < window.to && lowerAt(tokens, at) === 'out') at++
      if (lowerAt(tokens, at) !== 'by') return null
    }
    const link = lowerAt(tokens, at)
    if (at + 1 >= window.to || capitalAt(tokens, at) || (link !== 'by' && link !== 'from' && link !== 'in')) return null
    if (!/^[ \t\u00a0]+$/.test(text.slice(tokens.end[k], tokens.start[k + 1]))) return null
    let from = at + 1
    if (lowerAt(tokens, from) === 'the' && from + 1 < window.to) from++
    if (!capitalAt(tokens, from)) return null
    const phrase = subjectAfter(text, tokens, from, window.to, context.lexicon, true)
    if (!phrase || isPlace(tokens, phrase.from, phrase.to)) return null
    // What follows the author up to the mark: the rest of the clause, with no sentence break (a relative clause
    // on the author, `, which …`, and a colon before the mark may stand there; a cue may, since the rules before
    // this one found no one in its subject: `an email sent out by Sanders warned: "…"`).
    for (let n = phrase.to; n < window.to; n++) {
      const gap = text.slice(tokens.end[n - 1], tokens.start[n])
      if (/[;.!?"“”()]/.test(gap) || (/,/.test(gap) && lowerAt(tokens, n) !== 'which') || /:/.test(gap)) return null
    }
    const mention = resolve(context, phrase)
    if (!mention || !mention.entity) return null
    if (mention.kind !== 'organisation' && (link === 'in' || (mention.kind !== 'name' && mention.kind !== 'surname')))
      return null
    return {mention, cue: {from: k, to: k + 1, lemma: lowerAt(tokens, k), strength: 0.8}, clauseEnd: window.to}
  }
  return null
}

/** Rule `report-noun`. */
export const reportNoun = defineRule({
  name: 'report-noun',
  pass: 1,
  reads: ['before'],
  confidence: 0.7,
  local: false,
  passesOn: true,
  doc: `A noun of report or document (\`reportNouns\` and the nouns of speech in \`src/lexicon/cues.ts\`), then \`by\`/\`from\` its author or \`in\` a medium (a name, or an organisation; after \`in\` an organisation only; a participle may stand between: \`sent out by\`, \`issued by\`), and the quotation in the rest of the same clause: \`it was a report by Politico that he "…"\` → Politico, \`a report in The Wall Street Journal this week about his campaign "…"\` → The Wall Street Journal, \`this new headline from the Washington Post, which …: "…"\`, \`A fundraising email sent out by Sanders on Tuesday night warned …: "…"\` → Sanders (a cue may stand there: the rules before found no one in its subject). The noun is among the last twenty words before the mark; no sentence break, and no comma except before \`which\`, after the author.`,
  examples: [
    {
      text: wire(`A report by the Brevik Gazette said the fleet was "older than any in Europe" and needed repairs.`),
      speaker: 'Brevik Gazette'
    }
  ],
  counterExamples: [
    {
      text: wire(`A report in Oslo said the fleet was "older than any in Europe" and needed repairs.`),
      speaker: 'Oslo'
    }
  ],
  find(sieve, index) {
    return findReportNoun(sieve.context, sieve.windows(index).before)
  }
})

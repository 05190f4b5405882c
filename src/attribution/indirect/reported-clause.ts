/**
 * `X said (that) …`, `X told Y (that) …`, `X has argued …`, `critics fear …`, `the poll shows …`: a source,
 * a reporting verb in any tense (the finite verb of its clause), and what it reports after it.
 *
 * @module
 */

import {lowerAt, capitalAt, possessiveAt} from '../../text/tokens.js'
import type {FoundParaphrase} from '../paraphrase.js'
import type {SpeakerMention} from '../../speakers/index.js'
import {sentenceSubjectMention} from '../subjects.js'
import {clauseLike, complementEnd, complementStart, thatFollows} from './complement.js'
import {contentSpan, gap, insideQuotation, quotedShare, sourceMention, type SentenceView} from './sentence.js'
import {openingNounPhrase, parentheticalStart, sourceBefore} from './source.js'
import type {Construction} from './unit.js'
import {beForms, haveForms, modals, verbIn, type VerbMatch} from './verbs.js'
import {
  plainVerbClauseStarts,
  plainVerbPronouns,
  verbAdverbs,
  wholeObjectPronouns
} from '../../lexicon/indirect-clauses.js'

/** Adverbs between the subject (or an auxiliary) and the verb (`also said`, `has repeatedly argued`). */
const adverbs = new Set(verbAdverbs)

/** Pronouns that take a plain present verb (`they say`, `we believe`). */
const pluralPronouns = new Set(plainVerbPronouns)

/** How far back from the verb a coordinated subject's `and` is looked for (`Mr. Lee and Mr. Ruiz say`), in words. */
const COORDINATION_WORDS = 4

/**
 * Whether the capitalised word at token `k`, right before a plain verb, ends a subject of two names joined by
 * `and` (`Grassley and Leahy say`, `Mr. Lee and Ms. Ruiz say`): a plural subject.
 */
function coordinatedNames(view: SentenceView, k: number): boolean {
  const {tokens} = view.context
  if (!capitalAt(tokens, k)) return false
  for (let t = k - 1; t > view.from && k - t <= COORDINATION_WORDS; t--) {
    if (/[,;:]/.test(gap(view, t, t + 1))) return false
    if (lowerAt(tokens, t) === 'and' && !capitalAt(tokens, t))
      return capitalAt(tokens, t - 1) && capitalAt(tokens, t + 1)
    if (!capitalAt(tokens, t)) return false
  }
  return false
}

/** Words that open a clause after a plain verb (`say that …`, `say they …`, `say the plan …`). */
const clauseStarts: ReadonlySet<string> = new Set(plainVerbClauseStarts)

/** Whether token `k` looks like a plural noun (`officials`, `voters`; not `Congress`, `Trump's`). */
function pluralWord(view: SentenceView, k: number): boolean {
  const {tokens} = view.context
  const word = lowerAt(tokens, k)
  // `67 percent say`: a share of people.
  if (word === 'percent' || word === '%') return k > view.from && /^\d/.test(lowerAt(tokens, k - 1))
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !possessiveAt(tokens, k)
}

/**
 * `Developers and supporters in Congress say the program …`: the head of a noun phrase opening the sentence is
 * plural, and a clause opens after the verb (`that`, a pronoun, an article or a capitalised word; not `Balances in
 * tax and loan note accounts fell`).
 */
function pluralHead(view: SentenceView, cue: number): boolean {
  const {tokens} = view.context
  if (cue + 1 >= view.to || !(capitalAt(tokens, cue + 1) || clauseStarts.has(lowerAt(tokens, cue + 1)))) return false
  const phrase = openingNounPhrase(view, cue)
  return phrase !== null && phrase.to < cue && pluralWord(view, phrase.to - 1)
}

/** The token before the verb past adverbs (its auxiliary, or the subject's last word). */
export function beforeVerb(view: SentenceView, i: number): number {
  const {tokens} = view.context
  let k = parentheticalStart(view, i) - 1
  while (k >= view.from && adverbs.has(lowerAt(tokens, k)) && i - k <= 4) k--
  return k
}

/**
 * Whether the verb at `verb` is the finite verb of its clause (or a perfect or progressive of it): a past or
 * present form not after `be` (passive), a participle after `have`, a gerund after `be`, a plain form after a
 * modal or a plural subject.
 */
export function finite(view: SentenceView, verb: VerbMatch): boolean {
  const {tokens} = view.context
  const k = beforeVerb(view, verb.from)
  const auxiliary = k >= view.from ? lowerAt(tokens, k) : ''
  switch (verb.form) {
    case 'past':
    case 'participle':
      if (beForms.has(auxiliary)) return false
      return verb.form === 'past' || haveForms.has(auxiliary) || verb.verb.past === verb.verb.participle
    case 'present':
      return !beForms.has(auxiliary) && !haveForms.has(auxiliary)
    case 'gerund':
      return beForms.has(auxiliary) && auxiliary !== 'being'
    case 'plain':
      if (auxiliary === 'to') return false
      if (modals.has(auxiliary)) return true
      if (
        k < view.from ||
        capitalAt(tokens, verb.from) ||
        (verb.from + 1 < view.to &&
          capitalAt(tokens, verb.from + 1) &&
          verb.to === verb.from + 1 &&
          verb.verb.takes === 'object')
      )
        return false
      return (
        pluralPronouns.has(auxiliary) || coordinatedNames(view, k) || pluralWord(view, k) || pluralHead(view, verb.from)
      )
  }
}

/** Confidence by kind of verb: speech is surest. */
export function confidenceOf(verb: VerbMatch): number {
  return verb.verb.kind === 'speech' ? 0.85 : 0.7
}

export const reportedClause: Construction = {
  name: 'reported-clause',
  doc: 'A source, a reporting verb (any tense; not passive) and the content after it: `X said (that) …`, `X told Y (that) …`, `X has argued …`, `critics fear …`, `the study shows …`. The content runs to the end of the sentence (a noun-phrase object: to the end of its clause), without `that`.',
  examples: [
    {
      text: 'Mayor Ana Ruiz said on Tuesday that the bridge would reopen in May.',
      content: 'the bridge would reopen in May',
      speaker: 'Ana Ruiz'
    },
    {
      text: 'Finance Minister Karl Vos told reporters the budget gap had narrowed.',
      content: 'the budget gap had narrowed',
      speaker: 'Karl Vos'
    },
    {
      text: 'Senator Mia Holt has repeatedly argued that the tariff hurts farmers.',
      content: 'the tariff hurts farmers',
      speaker: 'Mia Holt'
    },
    {
      text: 'Critics fear the new rules will drive small lenders out of business.',
      content: 'the new rules will drive small lenders out of business',
      speaker: null
    },
    {
      text: 'Olav Berg, the party leader, also warned the coalition could collapse.',
      content: 'the coalition could collapse',
      speaker: 'Olav Berg'
    },
    {
      text: 'Mayor Ana Ruiz on Tuesday said the bridge would reopen in May.',
      content: 'the bridge would reopen in May',
      speaker: 'Ana Ruiz'
    },
    {
      text: 'Senator Mia Holt met the farmers and said the tariff would be lifted.',
      content: 'the tariff would be lifted',
      speaker: 'Mia Holt'
    },
    {
      text: 'Senator Dianne Ruiz, Democrat of Oregon, said the program had failed.',
      content: 'the program had failed',
      speaker: 'Dianne Ruiz'
    },
    {
      text: 'Sen. Ada Lind (D-Ore.) said the tariff would be lifted.',
      content: 'the tariff would be lifted',
      speaker: 'Ada Lind'
    },
    {
      text: 'Rep. Tom Reed, R-Ohio, a member of the panel, said the bill had stalled.',
      content: 'the bill had stalled',
      speaker: 'Tom Reed'
    },
    {
      text: 'Mr. Lind and Ms. Ruiz say other changes are needed.',
      content: 'other changes are needed',
      speaker: 'Lind'
    },
    {
      text: 'Just 28 percent of voters said they trusted the council.',
      content: 'they trusted the council',
      speaker: null
    },
    {
      text: '"We will rebuild," said Mayor Ana Ruiz, who said the harbor would reopen in May.',
      content: 'the harbor would reopen in May',
      speaker: 'Ana Ruiz'
    },
    {
      text: 'In the new harbor survey, 67 percent say the ferry should run at night.',
      content: 'the ferry should run at night',
      speaker: null
    },
    {
      text: 'The latest Harbor Institute survey showed most residents favoring the new park.',
      content: 'most residents favoring the new park',
      speaker: null
    },
    {
      text: 'Developers and supporters in the council say the program has brought jobs to the valley.',
      content: 'the program has brought jobs to the valley',
      speaker: null
    },
    {
      text: 'But a shop owner near the harbor said he had sold out of bread by noon.',
      content: 'he had sold out of bread by noon',
      speaker: null
    }
  ],
  counterExamples: [
    'The minister was told of the plan on Monday.',
    'Tom Reed said.',
    'The report released on Monday runs to 40 pages.',
    'Their claims about the vote were never tested in court.',
    'Mayor Ana Ruiz called off the vote after the storm.',
    'Senator Mia Holt showed up at the meeting with her aides.',
    'The ministry took a step back from plans to widen the harbor.',
    'Balances in tax and loan note accounts fell to 12 billion dollars.',
    'The purchases complete the export program announced in May.',
    'The leader of a group of 12 alleged smugglers was jailed on Monday.'
  ],
  readsAt: 'verb',
  find(view: SentenceView, i: number): FoundParaphrase | null {
    const {tokens} = view.context
    const verb = verbIn(view, i)
    if (!verb || !finite(view, verb)) return null
    // `"…," said X` / `"…" X said`: a credit of the quotation right before it.
    if (i > view.from && /["“”'’»]/.test(gap(view, i - 1, i))) return null
    const phrase = sourceBefore(view, i)
    if (phrase && insideQuotation(view, phrase.to - 1)) return null
    let mention: SpeakerMention | null
    if (phrase) {
      // `"…," X said in a statement`: the verb credits the quotation before it; only an explicit `that` reports more.
      // (`"…," said Ruiz, who said C`: a verb of a relative clause credits no quotation.)
      if (
        phrase.from > view.from &&
        lowerAt(tokens, beforeVerb(view, i)) !== 'who' &&
        quotedShare(view, view.start, tokens.start[phrase.from]) >= 0.5 &&
        !thatFollows(view, verb)
      )
        return null
      mention = sourceMention(view, phrase)
    } else {
      mention = coordinatedSource(view, i)
    }
    if (!mention) return null
    const start = complementStart(view, verb)
    if (start < 0) return null
    // Thought and evidence report a clause (`believes the plan will fail`), not any object (`found sanctuary`).
    if (verb.verb.kind !== 'speech' && verb.verb.takes === 'clause' && !clauseLike(view, verb, start)) return null
    // A noun-phrase object may be one word when it is a name or a pronoun (`attacked Trump`, `endorsed him`).
    const content = contentSpan(
      view,
      tokens.start[start],
      complementEnd(view, verb, start),
      verb.verb.takes === 'object' && oneWordObject(view, start) ? 1 : 2
    )
    if (!content) return null
    const confidence = confidenceOf(verb)
    return {
      start: content.start,
      end: content.end,
      mention,
      cue: {from: verb.from, to: verb.to, lemma: verb.verb.lemma, strength: confidence},
      rule: 'reported-clause',
      confidence
    }
  }
}

/**
 * `Conway did not apologize, but said …`, `Obama met the families and said …`: a verb coordinated with the
 * clause's first verb shares its subject — the source of the last credit of the sentence, else the sentence's
 * subject when it names someone.
 */
function coordinatedSource(view: SentenceView, i: number): SpeakerMention | null {
  const {tokens} = view.context
  const k = beforeVerb(view, i)
  if (k <= view.from || !/^(?:and|but)$/.test(lowerAt(tokens, k))) return null
  for (let n = view.found.length - 1; n >= 0; n--)
    if (view.found[n].cue.from < i && view.found[n].mention?.entity) return view.found[n].mention
  return sentenceSubjectMention(view.context, view.from, k)
}

/** Object pronouns that stand as a whole content (`endorsed him`). */
const objectPronouns = new Set(wholeObjectPronouns)

/** Whether the one-word object at token `k` names someone or something (`Trump`, `him`), not a stray word. */
function oneWordObject(view: SentenceView, k: number): boolean {
  const {tokens} = view.context
  return capitalAt(tokens, k) || objectPronouns.has(lowerAt(tokens, k))
}

/**
 * How the paraphrases of one sentence sit in each other: a credit inside another's content belongs to that
 * content, and a verb coordinated with a credit's verb ends that credit's content.
 *
 * - `Ruiz said the council believes the bridge is safe`: the council's belief is part of what Ruiz said, not
 *   a paraphrase of its own (the source, `the council`, lies inside Ruiz's content). One paraphrase.
 * - `Ruiz praised the plan and warned that costs would rise`: `warned` shares Ruiz as its subject (a verb
 *   coordinated with `praised`); `the plan` ends before `and`, and `costs would rise` is a second paraphrase.
 *
 * @module
 */

import {coordinateQuantityWords, coordinateSubjectLinks} from '../../lexicon/indirect-clauses.js'
import {lowerAt} from '../../text/tokens.js'
import type {FoundParaphrase} from '../paraphrase.js'
import {beforeVerb} from './reported-clause.js'
import {contentSpan, type SentenceView} from './sentence.js'

/** Links between two verbs of one subject (`said A and warned B`, `praised A but said B`). */
const coordinatingLinks = new Set(['and', 'but'])

/**
 * The content of a credit ends before a reporting verb coordinated with its own (`criticized [the plan] and
 * said …`): a later paraphrase of the sentence whose verb follows `and` or `but` and whose source stands
 * before the content (the subject the two verbs share), not inside it.
 */
export function cutAtCoordinatedVerbs(view: SentenceView): void {
  const {tokens} = view.context
  for (const found of view.found) {
    for (const later of view.found) {
      if (later === found || later.rule !== 'reported-clause' || !later.mention) continue
      const cueStart = tokens.start[later.cue.from]
      if (cueStart <= found.start || cueStart >= found.end || later.mention.start >= found.start) continue
      const link = beforeVerb(view, later.cue.from)
      if (link <= view.from || !coordinatingLinks.has(lowerAt(tokens, link))) continue
      const content = contentSpan(view, found.start, tokens.start[link])
      if (content) found.end = content.end
    }
  }
}

/**
 * A link that opens a coordinate clause before its subject, at the end of the text before it: a semicolon, a
 * dash, or `and`, `but`, `while`, `whereas`, `yet` (`A and others say B`, `A; 26 percent say B`), numbers and
 * quantity words allowed between the link and the subject's first word.
 */
const coordinateLinkRe = new RegExp(
  String.raw`(?:[;—–]|\s-{1,2}\s|(?:,\s*|\s)(?:${coordinateSubjectLinks.join('|')})\s)\s*` +
    String.raw`(?:(?:\d[\d.,]*%?|${coordinateQuantityWords.join('|')})\s+)*$`,
  'i'
)

/**
 * The content of a credit ends where a coordinate clause with a credit of its own starts inside it (`some say
 * [A] and others say B`, `officials said [A]; 26 percent say B`): a later paraphrase whose source lies in the
 * content right after a link ({@link coordinateLinkRe}).
 */
export function cutAtCoordinateClauses(view: SentenceView): void {
  const {text} = view.context
  for (const found of view.found) {
    for (const later of view.found) {
      if (later === found || !later.mention || later.mention.start <= found.start || later.mention.start >= found.end)
        continue
      const before = text.slice(found.start, later.mention.start)
      const link = coordinateLinkRe.exec(before)
      if (!link) continue
      const content = contentSpan(view, found.start, found.start + link.index)
      if (content) found.end = content.end
    }
  }
}

/** Whether `[start, end)` lies inside the content of `found`. */
function inside(found: FoundParaphrase, start: number, end: number): boolean {
  return found.start <= start && end <= found.end
}

/**
 * The paraphrases of the sentence without those whose source lies inside another's content (`Ruiz said [the
 * council believes …]`: the council's belief is reported by Ruiz). Two paraphrases that hold each other's
 * source (`A, Ruiz said, B` read twice) are both kept, and so is a reporting noun with its possessor (`Ruiz
 * rejected [Vos's claim that …]`: the claim is Vos's, whatever Ruiz did with it).
 */
export function withoutNested(found: readonly FoundParaphrase[]): FoundParaphrase[] {
  return found.filter((inner) => {
    const source = inner.mention
    if (inner.rule === 'reporting-noun' || !source) return true
    return !found.some(
      (outer) =>
        outer !== inner &&
        inside(outer, source.start, source.end) &&
        !(outer.mention && inside(inner, outer.mention.start, outer.mention.end))
    )
  })
}

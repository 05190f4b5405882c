/**
 * The speech stage: fills `article.quotations`, `article.paraphrases` and
 * `article.speakers`, in stages with one job each, data flowing one way:
 *
 * 1. pair the quotation marks into runs (`pairing.ts`, over `../quotes/`);
 * 2. tokenize the story and 3. build the registry of the names it gives
 *    (`story.ts`, over `../text/` and `../speakers/`);
 * 4. attribute the quotations with the sieve of rules (`attribute.ts`,
 *    `sieve.ts`, `rules/`) and 5. find indirect speech (`paraphrase.ts`),
 *    paragraph by paragraph;
 * 6. build the nodes (`nodes.ts`);
 * 7. decide the final kind of every quotation (`../quotes/refine.ts`).
 *
 * See `docs/attribution.md`.
 *
 * @module
 */

import type {VFile} from 'vfile'
import type {Article} from '../ast.js'
import {refineQuotations} from '../quotes/refine.js'
import type {LexiconAdditions} from '../speakers/lexicon.js'
import type {Locator} from '../text/location.js'
import {findMarkup} from '../text/markup.js'
import type {TextRange} from '../text/range.js'
import {attributeStory} from './attribute.js'
import type {SpeakerRule} from './custom.js'
import {speechNodes} from './nodes.js'
import type {SieveRule} from './rule.js'
import {pairMarks} from './pairing.js'
import {readStory} from './story.js'

/** What the speech stage works on. */
export interface SpeechInput {
  text: string
  article: Article
  /**
   * The ranges of the article's paragraphs, in order, when the caller has them (`buildArticle` gives them):
   * read from the tree when left out.
   */
  paragraphs?: readonly TextRange[] | undefined
  locator: Locator
  /** Where warnings go (`null`: nobody reads them). */
  file: VFile | null
  /** The user's lexicon additions and rules (`SpeechSettings`). */
  settings?: (LexiconAdditions & {rules?: readonly SpeakerRule[] | undefined}) | null | undefined
}

/**
 * Find quotations, attribute them, resolve speakers, decide the kinds of the
 * quotations. Mutates `article`'s stand-off lists only.
 *
 * @param configuration The sieve's rules in order (default the built-in list, `rules/index.ts`).
 */
export function analyzeSpeech(input: SpeechInput, configuration?: readonly SieveRule[]): void {
  const {text, article, locator, file} = input
  const paragraphs = input.paragraphs ?? paragraphRanges(article)
  if (paragraphs.length === 0) return
  const pairing = pairMarks(text, paragraphs, locator, file)
  const story = readStory(text, paragraphs, pairing, input.settings)
  const attributed = attributeStory(story, pairing.dense, input.settings?.rules ?? [], configuration)
  // Markup elements, found once for the nodes and the refining of their kinds (no run, no quotation to refine).
  const markup = pairing.runs.length > 0 ? findMarkup(text, paragraphs) : []
  const nodes = speechNodes(text, locator, story, pairing, attributed, markup)
  article.quotations = nodes.quotations
  article.paraphrases = nodes.paraphrases
  article.speakers = nodes.speakers
  refineQuotations(text, article, nodes.local, paragraphs, markup)
}

/** The ranges of the article's paragraphs, in order. */
function paragraphRanges(article: Article): TextRange[] {
  const paragraphs: TextRange[] = []
  for (const child of article.children) {
    if (child.type === 'paragraph') {
      paragraphs.push({start: child.position.start.offset ?? 0, end: child.position.end.offset ?? 0})
    }
  }
  return paragraphs
}

/**
 * The wirestory syntax tree.
 *
 * A unist tree rooted at {@link Article}. Block nodes (`header`, `headline`,
 * `byline`, `dateline`, `paragraph`, `trailer`…) are the article's children;
 * paragraph content is nlcst (sentences, words, punctuation, white space) so
 * retext plugins run on the same nodes. The tree is lossless: every character
 * of the input belongs to exactly one leaf (a node with a `value`), the leaves
 * in order concatenate back to the input, and every node's
 * `position.start.offset`/`position.end.offset` slice the input to its text.
 *
 * Quotations, paraphrases and speakers cross paragraph and sentence
 * boundaries, so they are kept as stand-off nodes on the root
 * (`article.quotations`, `article.paraphrases`, `article.speakers`), each with
 * its own `position` into the same input.
 *
 * See `docs/ast.md` for the specification of every node.
 *
 * @module
 */

import type {Data as UnistData, Node as UnistNode, Position} from 'unist'
import type {Sentence as NlcstSentence, Source as NlcstSource, WhiteSpace as NlcstWhiteSpace} from 'nlcst'

export type {Position, Point} from 'unist'

/** Info associated with wirestory nodes by plugins; augment to register fields. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an interface (not a type alias) so plugins can augment it, as mdast does.
export interface Data extends UnistData {}

/** Base of every wirestory node: a unist node with a required position. */
export interface Node extends UnistNode {
  data?: Data | undefined
  position: Position
}

/** A node with text: a leaf of the lossless tree. */
export interface Literal extends Node {
  value: string
}

/** A node with children. */
export interface Parent extends Node {
  children: UnistNode[]
}

/** White space between blocks (line breaks, indentation). Same type as nlcst's. */
export type WhiteSpace = NlcstWhiteSpace & {position: Position}

// ---------------------------------------------------------------------------
// Root

/** Registry of article children; augment to add custom block nodes. */
export interface ArticleContentMap {
  header: Header
  headline: Headline
  byline: Byline
  noise: Noise
  agency: Agency
  dateline: Dateline
  paragraph: Paragraph
  trailer: Trailer
  whiteSpace: WhiteSpace
}

/** Union of the nodes that can be children of {@link Article}. */
export type ArticleContent = ArticleContentMap[keyof ArticleContentMap]

/** Root of a parsed story. */
export interface Article extends Parent {
  type: 'article'
  children: ArticleContent[]
  /**
   * Canonical short name of the agency that filed the story (`TASS`,
   * `Reuters`, `AP`…), inferred from the dateline tag, an aggregator prefix
   * or the sign-off; `null` when none is visible.
   */
  agency: string | null
  /** The date the story was filed, as an ISO date (`2024-09-06`), when known. */
  filed: string | null
  /** Direct quotations and quote-like runs (scare quotes, titles, names). */
  quotations: Quotation[]
  /** Indirect speech: `X said that …`, `according to X, …`. */
  paraphrases: Paraphrase[]
  /** People and organisations the story quotes or reports. */
  speakers: Speaker[]
}

// ---------------------------------------------------------------------------
// Header

/** Header fields before the story (`date 2024-09-06`, `Slug: …`). */
export interface Header extends Parent {
  type: 'header'
  children: Array<HeaderField | WhiteSpace>
}

/** One `name value` or `name: value` pair of a header. */
export interface HeaderField extends Literal {
  type: 'headerField'
  /** Field name, lower-cased (`date`). */
  name: string
  /** Field value as written (`2024-09-06`). */
  content: string
}

/** Headline line above the story. */
export interface Headline extends Literal {
  type: 'headline'
}

/** Byline (`By Jane Doe`). */
export interface Byline extends Literal {
  type: 'byline'
  /** The author's name(s) as written, without `By`. */
  name: string
}

/** Wire transmission noise before the dateline (`****`, `RPT --`). */
export interface Noise extends Literal {
  type: 'noise'
}

/** An agency's tag or label as written: `/TASS/`, `(Reuters)`, `AFP - `'s `AFP`, the sign-off. */
export interface Agency extends Literal {
  type: 'agency'
  /** Canonical short name (`TASS`). */
  name: string
}

// ---------------------------------------------------------------------------
// Dateline

/** Content of a dateline. */
export type DatelineContent = DatelinePlace | DatelineDate | Agency | DatelinePunctuation | WhiteSpace

/** The dateline: `BELGRADE, September 6. /TASS/.` (separator excluded from `text`, kept as a child). */
export interface Dateline extends Parent {
  type: 'dateline'
  children: DatelineContent[]
  /** The place as written (`FULLERTON, Calif.`), `null` when there is none. */
  location: string | null
  /** The city (`FULLERTON`). */
  city: string | null
  /** Region, state or country after the city (`Calif.`), `null` if none. */
  region: string | null
  /** The date as written (`September 6`), `null` when the dateline has none. */
  date: string | null
  /** The resolved calendar date (`2024-09-06`), `null` when it cannot be known. */
  isoDate: string | null
  /** Canonical agency of the tag inside the dateline, `null` when untagged. */
  agency: string | null
  /** Offsets of the dateline's own text (place…tag, separator excluded). */
  text: {start: number; end: number}
}

/** The place of a dateline as written. */
export interface DatelinePlace extends Literal {
  type: 'datelinePlace'
}

/** The date of a dateline as written. */
export interface DatelineDate extends Literal {
  type: 'datelineDate'
  /** Month 1–12, when read. */
  month: number | null
  /** Day of month, when read. */
  day: number | null
  /** Year when written, else `null`. */
  year: number | null
  /** Day of the week (0 = Sunday … 6 = Saturday) when the date is a weekday alone (`Tuesday`), else `null`. */
  weekday: number | null
  /** Resolved ISO date, `null` when it cannot be known. */
  isoDate: string | null
}

/** Commas, periods and the separator (` - `, ` -- `, ` — `, `.`) in a dateline. */
export interface DatelinePunctuation extends Literal {
  type: 'datelinePunctuation'
  /** Whether this is the separator between dateline and story. */
  separator: boolean
}

// ---------------------------------------------------------------------------
// Body

/** Content of a paragraph: nlcst nodes. */
export type ParagraphContent = NlcstSentence | NlcstWhiteSpace | NlcstSource

/** One body paragraph; its content is nlcst as produced by parse-english. */
export interface Paragraph extends Parent {
  type: 'paragraph'
  children: ParagraphContent[]
}

// ---------------------------------------------------------------------------
// Trailer

/** Content of the trailer. */
export type TrailerContent = SignOff | Credits | Copyright | More | EndMark | WhiteSpace

/** What follows the story: sign-off, credits, copyright, `More`, end marks. */
export interface Trailer extends Parent {
  type: 'trailer'
  children: TrailerContent[]
}

/** Sign-off naming the agency (`Reuter`, `REUTER`). */
export interface SignOff extends Literal {
  type: 'signOff'
  /** Canonical agency (`Reuters`). */
  agency: string | null
}

/** Credits (`(Reporting by …; Editing by …)`). */
export interface Credits extends Literal {
  type: 'credits'
  /** Role → names, as written (`{reporting: ['Jane Doe'], editing: ['John Roe']}`). */
  roles: Record<string, string[]>
}

/** Copyright line (`Copyright 2024 The Associated Press. All rights reserved.`). */
export interface Copyright extends Literal {
  type: 'copyright'
}

/** `More` / `MORE`: the story continues in another take. */
export interface More extends Literal {
  type: 'more'
}

/** End marks (`-0-`, `###`, `ENDS`, `(END)`). */
export interface EndMark extends Literal {
  type: 'endMark'
}

// ---------------------------------------------------------------------------
// Stand-off nodes: quotations, paraphrases, speakers

/**
 * What a quoted run is. Only `direct` and `partial` are reported speech (and
 * listed by `toRecord`):
 *
 * - `direct`: a quotation of one or more sentences or clauses;
 * - `partial`: a few quoted words inside the writer's own sentence (`called it “a provocation”`);
 * - `embedded`: a quotation inside another quotation (its words belong to the outer one);
 * - `scare`: scare quotes or a coined label (`so-called “reforms”`);
 * - `title`: the title of a work (`the film “Frozen”`);
 * - `name`: a name or nickname (`Joaquin “El Chapo” Guzman`).
 */
export type QuotationKind = 'direct' | 'partial' | 'embedded' | 'scare' | 'title' | 'name'

/**
 * The mark system of a quotation, from its opening mark (its closing mark
 * when it has none):
 *
 * - `straight`: `"…"`;
 * - `curly`: `“…”` (and Swedish `”…”`);
 * - `low-high`: `„…“`, `‚…‘`;
 * - `guillemets`: `«…»`, `»…«`, `‹…›`;
 * - `single`: `‘…’` (British style, or nested) and straight `'…'`;
 * - `corner`: CJK `「…」`, `『…』`;
 * - `apostrophes`: doubled apostrophes standing for a double mark, `''…''`;
 * - `tex`: TeX-style `` ``…'' ``;
 * - `primes`: double primes and their CJK forms, `″…″`, `〝…〞`.
 *
 * The last three are typewriter or OCR substitutes for quotation marks: they
 * are recognised in the tree (and attributed) but left out of
 * `toRecord().quotes` unless asked for
 * (`toRecord(article, {quoteMarks: 'all'})`).
 */
export type QuotationMarks =
  'straight' | 'curly' | 'low-high' | 'guillemets' | 'single' | 'corner' | 'apostrophes' | 'tex' | 'primes'

/** A quotation mark as written. */
export interface QuotationMark extends Literal {
  type: 'quotationMark'
  /** Whether it opens or closes the run. */
  role: 'open' | 'close'
}

/** The cue of an attribution (`said`, `told reporters`, `according to`, `:`). */
export interface Cue extends Literal {
  type: 'cue'
  /** The lemma of the cue (`say`, `tell`, `according to`, `colon`). */
  lemma: string
}

/**
 * A contiguous quoted run (`“…”`). A quotation split by attribution or carried
 * over paragraphs is several `quotation` nodes sharing a `group`.
 */
export interface Quotation extends Node {
  type: 'quotation'
  /** Unique id within the article (`q1`). */
  id: string
  /** Id shared by the parts of one quotation (split or multi-paragraph). */
  group: string
  kind: QuotationKind
  /** The words between the marks, marks excluded. */
  value: string
  /** Opening mark, `null` when the run was opened implicitly (continued paragraph). */
  open: QuotationMark | null
  /** Closing mark, `null` when left open (multi-paragraph or unbalanced). */
  close: QuotationMark | null
  /** Nesting depth: 0 outermost. */
  depth: number
  /**
   * The mark system the run is written with (`curly`, `straight`,
   * `apostrophes`…). Always set by `parseArticle`; `toRecord` keeps only the
   * systems of the gold corpora by default (see {@link QuotationMarks}).
   */
  marks?: QuotationMarks
  /** Id of the speaker in `article.speakers`, `null` when unattributed. */
  speaker: string | null
  /** The mention nearest the quotation that names or refers to its speaker. */
  mention: Mention | null
  /** The cue that attributes it. */
  cue: Cue | null
  /** Name of the sieve rule that attributed (or classified) it. */
  rule: string | null
  /** Confidence of the attribution, 0–1. */
  confidence: number
}

/** Indirect speech: `X said that …`, `according to X, …`, `<statement>, X said.` */
export interface Paraphrase extends Node {
  type: 'paraphrase'
  id: string
  /** The reported content as written. */
  value: string
  speaker: string | null
  mention: Mention | null
  cue: Cue | null
  rule: string | null
  confidence: number
}

/** How a mention refers to its entity. */
export type MentionKind = 'name' | 'surname' | 'pronoun' | 'nominal' | 'organisation'

/** One mention of a speaker in the text. */
export interface Mention extends Literal {
  type: 'mention'
  kind: MentionKind
}

/** A person or organisation the story quotes or reports. */
export interface Speaker extends UnistNode {
  type: 'speaker'
  /** Unique id within the article (`s1`). */
  id: string
  /** Canonical full name as the article gives it (`Aleksandar Vulin`). */
  name: string
  /** Title or role the story gives (`Serbian Deputy Prime Minister`). */
  title: string | null
  kind: 'person' | 'organisation'
  /** Gender learned from pronouns the story uses for it. */
  gender: 'male' | 'female' | null
  mentions: Mention[]
}

/** Any wirestory node. */
export type Nodes =
  | Article
  | ArticleContent
  | HeaderField
  | DatelineContent
  | TrailerContent
  | Quotation
  | QuotationMark
  | Paraphrase
  | Cue
  | Mention

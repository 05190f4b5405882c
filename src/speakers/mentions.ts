/**
 * Finding mentions: one pass over the tokens reads the capitalised runs of the body (with particles and links
 * inside: `Terre des Hommes`, `Friends of the Valley`), cuts them where a name ends (`and`, `on`, a weekday, a
 * place's `of`), leaves out headline lines in title case and headings in capitals, and reports each run as a
 * name (with its title and honorific), an organisation, or a single word to resolve later (`Vulin`); and the
 * gendered pronouns after a person's name, which vote for its gender.
 *
 * The pass is linear: a run is read at most `MAX_RUN` words long (name-run.ts), and each line is measured once.
 *
 * @module
 */

import type {MentionKind} from '../ast.js'
import {nonNameWords} from '../lexicon/function-words.js'
import {genderedPronouns} from '../lexicon/pronouns.js'
import {capitalAt, lowerAt, tokenAt, valueAt, valueEnd, type Tokens} from '../text/tokens.js'
import {
  blockedWord,
  commonWordsOnly,
  hasOrgLink,
  isOrganisation,
  isShouted,
  nationalityBeforeRole,
  orgHeads,
  places,
  weekdayOrLink
} from './kinds.js'
import {geographicName, givenNameFirst, givenNameStart} from './name-boundary.js'
import {complementTitle, pastDescriptive} from './titles.js'
import type {SpeechLexicon} from './lexicon.js'
import {createShapeFilter} from '../util/shape-filter.js'
import {honorificOf, keyOf, nameText, placeTail, splitTitle, type NameRun} from './names.js'
import {commonAtStart, sentenceInitial, titleCaseLine} from './sentence-start.js'
import {nameAfterTitle, uncapitalisedCopy} from './uncapitalised.js'
import {cutAtConjunction, readRun} from './name-run.js'
import {isOblique} from './oblique.js'

/** Weekday names: they end no name (`New Hampshire Monday`); months do (`Theresa May`). */
export {calendarWords} from './kinds.js'

/** Why an entity has its kind: the shape of the mention that made it. */
export type EntityEvidence =
  /** Two to five name words (`Aleksandar Vulin`): a person. */
  | 'name'
  /** An organisation's head, link, club prefix, acronym or known name (`Foreign Ministry`, `NATO`). */
  | 'organisation-name'
  /** A run after `the` (`the Velmar Post`): an organisation. */
  | 'the-run'
  /** An organisation's name right before a surname (`the Washington Post | Trump said`). */
  | 'head-before-surname'
  /** Named by a speaker phrase the scan did not read as a name (`the district police office of Kavre`). */
  | 'phrase'
  /** A name whose initials an acronym of the story spells (`Air France Europe` for `AFE`): an organisation. */
  | 'initials'

/** A name or organisation the scan found. */
export interface FoundName {
  type: 'name'
  kind: Extract<MentionKind, 'name' | 'organisation'>
  start: number
  end: number
  /** The name as one line, titles excluded (`Aleksandar Vulin`). */
  name: string
  /** Title before the name (`Serbian Deputy Prime Minister`), else `null`. */
  title: string | null
  /** Gender of an honorific in the title (`Mrs.`). */
  honorific: 'male' | 'female' | undefined
  evidence: EntityEvidence
  inQuote: boolean
  /** After a preposition or the verb whose object it is, or a possessive: not a clause subject. */
  oblique: boolean
}

/** A gendered pronoun outside quotations, after a person's name: a vote for that person's gender. */
export interface FoundPronoun {
  type: 'pronoun'
  gender: 'male' | 'female'
}

/** A single name word (`Vulin`, `Mrs. Berg`), resolved once the full names are known. */
export interface FoundSingle {
  /** First token of the run (titles included). */
  from: number
  to: number
  /** The name word. */
  nameFrom: number
  inQuote: boolean
}

/** What the scan found, in text order. */
export interface FoundMentions {
  events: Array<FoundName | FoundPronoun>
  singles: FoundSingle[]
}

const nonName = new Set(nonNameWords)

const genders: ReadonlyMap<string, 'male' | 'female'> = new Map(Object.entries(genderedPronouns))
const genderShapes = createShapeFilter(genders.keys())

/** The gender of a gendered pronoun (`his`), else `undefined`: most words are passed over by their shape. */
function pronounGender(lower: string): 'male' | 'female' | undefined {
  return genderShapes.has(lower) ? genders.get(lower) : undefined
}

/** State of one scan. */
interface Scan {
  text: string
  tokens: Tokens
  lexicon: SpeechLexicon
  lowerSeen: Uint8Array
  mixedCase: boolean
  quoted: ReadonlyArray<{start: number; end: number}>
  /** Cursor in `quoted`. */
  q: number
  /** End of a chain of people at their places (`X of South Carolina and Y of …`). */
  chainEnd: number
  /** End of the line last measured, and of the headline it is (or -1). */
  lineEnd: number
  headlineUntil: number
  /** A person's name was found outside quotations: pronouns after it vote. */
  personSeen: boolean
  /** The story writes proper names in lower case (uncapitalised.ts). */
  uncapitalised: boolean
  found: FoundMentions
}

/**
 * Find the name mentions of a story.
 *
 * @param quoted Quoted ranges (sorted): mentions inside them are kept but marked.
 * @param bodyStart Offset where the body starts (names in the headline are not scanned).
 * @param lowerSeen By word id: 1 for the words the text writes in lower case ({@link lowerWords}).
 * @param mixedCase Whether the story is in mixed case ({@link isMixedCase}).
 */
export function findMentions(
  text: string,
  tokens: Tokens,
  quoted: ReadonlyArray<{start: number; end: number}>,
  bodyStart: number,
  lexicon: SpeechLexicon,
  lowerSeen: Uint8Array,
  mixedCase: boolean
): FoundMentions {
  const scan: Scan = {
    text,
    tokens,
    lexicon,
    lowerSeen,
    mixedCase,
    quoted,
    q: 0,
    chainEnd: -1,
    lineEnd: -1,
    headlineUntil: -1,
    personSeen: false,
    uncapitalised: uncapitalisedCopy(text, tokens),
    found: {events: [], singles: []}
  }
  let i = tokenAt(tokens, bodyStart)
  while (i < tokens.length) {
    const quotedHere = inQuote(scan, tokens.start[i])
    if (!capitalAt(tokens, i)) {
      // Hook (uncapitalised.ts): `minister jorge brancho told` in copy that writes names in lower case.
      const lowerName = scan.uncapitalised ? nameAfterTitle(text, tokens, i, lexicon) : null
      if (lowerName) {
        reportLowerName(scan, i, lowerName, quotedHere)
        i = lowerName.to
        continue
      }
      const gender = scan.personSeen && !quotedHere ? pronounGender(lowerAt(tokens, i)) : undefined
      if (gender) scan.found.events.push({type: 'pronoun', gender})
      i++
    } else if (inHeadline(scan, i)) {
      i++
    } else {
      i = readMention(scan, i, quotedHere)
    }
  }
  return scan.found
}

function inQuote(scan: Scan, offset: number): boolean {
  const {quoted} = scan
  while (scan.q < quoted.length && quoted[scan.q].end <= offset) scan.q++
  return scan.q < quoted.length && quoted[scan.q].start <= offset
}

/**
 * Whether token `i` is in a line in title case (`Why Progressives Are Celebrating Hillary Clinton's Speech`): a
 * headline whose capitals say nothing about names. Each line is measured once.
 */
function inHeadline(scan: Scan, i: number): boolean {
  const {text, tokens} = scan
  if (tokens.start[i] >= scan.lineEnd) {
    const line = titleCaseLine(text, tokens, i)
    scan.lineEnd = line.end
    scan.headlineUntil = line.titleCase ? line.end : -1
  }
  return tokens.start[i] < scan.headlineUntil
}

/** Read the run at capitalised token `i` and report what it names. @returns Where the scan goes on. */
function readMention(scan: Scan, i: number, quotedHere: boolean): number {
  const {text, tokens, lexicon} = scan
  // Inside a chain of people at their places (`X of South Carolina and Y of North Carolina and …`), a run
  // ends at the next `and`: each part is read once (linear however long the chain).
  let limit = tokens.length
  if (i < scan.chainEnd) {
    limit = i
    while (limit < scan.chainEnd && !(lowerAt(tokens, limit) === 'and' && !capitalAt(tokens, limit))) limit++
  }
  const run = readRun(text, tokens, i, limit, true)!
  cutAtConjunction(tokens, run)
  const from = nameStart(scan, run)
  if (from >= run.to) return run.to
  let to = run.to
  // `Hudson, New Hampshire Monday`: a weekday ends no name, nor the link before it (`the Press Club on Monday`).
  while (to - 1 > from && weekdayOrLink(tokens, to - 1)) to--
  // `RED STATES OUTNUMBER BLUE STATES`: a heading in a story written in mixed case.
  if (scan.mixedCase && isShouted(tokens, from, to)) return run.to
  const tail = placeTail(tokens, from, to, lexicon.titles)
  // Where the scan goes on: after the run, or after the place's `and` (`James E. Clyburn of South
  // Carolina and G. K. Butterfield of North Carolina`: two people).
  let resume = run.to
  if (tail > 0 && !isOrganisation(tokens, from, tail)) {
    to = tail
    for (let k = tail + 1; k < run.to - 1; k++) {
      if (lowerAt(tokens, k) === 'and' && !capitalAt(tokens, k)) {
        resume = k + 1
        scan.chainEnd = Math.max(scan.chainEnd, run.to)
        break
      }
    }
  }
  // `the Washington Post Trump said`: an organisation's name, then a surname.
  if (
    to - from >= 2 &&
    orgHeads.has(lowerAt(tokens, to - 2)) &&
    capitalAt(tokens, to - 2) &&
    !hasOrgLink(tokens, from, to) &&
    !isOrganisation(tokens, from, to)
  ) {
    const name = nameText(text, tokens, from, to - 1).replace(/^the\s+/i, '')
    const oblique = isOblique(text, tokens, from, to - 1)
    scan.found.events.push({
      type: 'name',
      kind: 'organisation',
      start: tokens.start[from],
      end: tokens.end[to - 2],
      name,
      title: null,
      honorific: undefined,
      evidence: 'head-before-surname',
      inQuote: quotedHere,
      oblique
    })
    scan.found.singles.push({from: to - 1, to, nameFrom: to - 1, inQuote: quotedHere})
    return run.to
  }
  reportName(scan, run, from, to, quotedHere)
  return resume
}

/**
 * The first token of a run that can stand in a name or title: past words that are never names (`The`, `When`)
 * and a common word capitalised at a sentence start (`Hastily`, `Rival Hillary Clinton`; but `Oversight
 * Committee Republicans`: a common word that names what a body does stays in its name).
 */
function nameStart(scan: Scan, run: NameRun): number {
  const {text, tokens, lexicon, lowerSeen} = scan
  let from = run.from
  // Hook (name-boundary.ts): `Will Hurd`, `May Ortiz`: a given name that is also a common word opens a name.
  const firstName = (k: number): boolean => givenNameFirst(tokens, k, run.to, (lower) => blockedWord(lower, lexicon))
  while (
    from < run.to &&
    (!capitalAt(tokens, from) || nonName.has(lowerAt(tokens, from))) &&
    !lexicon.titles.has(lowerAt(tokens, from)) &&
    !firstName(from)
  )
    from++
  // Hook (name-boundary.ts): `in Abidjan John Kakumba`: a place before the first given name.
  from = givenNameStart(tokens, pastDescriptive(tokens, from, run.to), run.to)
  if (
    from < run.to &&
    commonAtStart(text, tokens, from, lowerSeen) &&
    !(from + 1 < run.to && orgHeads.has(lowerAt(tokens, from + 1))) &&
    !firstName(from)
  )
    from++
  return from
}

/** Report the lower-case name `name` after the title word at `title` (`minister | jorge brancho`) as a person. */
function reportLowerName(scan: Scan, title: number, name: NameRun, quotedHere: boolean): void {
  const {text, tokens} = scan
  const start = tokens.start[title]
  const end = valueEnd(tokens, name.to - 1)
  scan.found.events.push({
    type: 'name',
    kind: 'name',
    start,
    end,
    name: nameText(text, tokens, name.from, name.to),
    title: valueAt(tokens, title),
    honorific: undefined,
    evidence: 'name',
    inQuote: quotedHere,
    oblique: isOblique(text, tokens, title, name.to)
  })
  if (!quotedHere) scan.personSeen = true
}

/** Report `[from, to)` as an organisation, a person's name, or a single word to resolve later. */
function reportName(scan: Scan, run: NameRun, from: number, to: number, quotedHere: boolean): void {
  const {text, tokens, lexicon} = scan
  // `Government officials had no comment`: a body's head alone, capitalised only because it opens the sentence
  // (the story writes it in lower case elsewhere), is a description, not a name.
  if (
    to - from === 1 &&
    from === run.from &&
    orgHeads.has(lowerAt(tokens, from)) &&
    scan.lowerSeen[tokens.word[from]] === 1 &&
    sentenceInitial(text, tokens, from)
  )
    return
  const organisation = isOrganisation(tokens, from, to)
  if (
    organisation ||
    (from > run.from &&
      lowerAt(tokens, from - 1) === 'the' &&
      to - from >= 2 &&
      !lexicon.titles.has(lowerAt(tokens, from)))
  ) {
    const name = nameText(text, tokens, from, to).replace(/^the\s+/i, '')
    const evidence = organisation ? 'organisation-name' : 'the-run'
    scan.found.events.push({
      type: 'name',
      kind: 'organisation',
      start: tokens.start[from],
      end: valueEnd(tokens, to - 1),
      name,
      title: null,
      honorific: undefined,
      evidence,
      inQuote: quotedHere,
      oblique: isOblique(text, tokens, from, to)
    })
    return
  }
  reportPerson(scan, run, from, to, quotedHere)
}

/**
 * Report `[from, to)`, no organisation, as a person's name (two to five words, or one after a title's complement)
 * or as a single word to resolve later; a place or a run of common words is left out.
 */
function reportPerson(scan: Scan, run: NameRun, from: number, to: number, quotedHere: boolean): void {
  const {text, tokens, lexicon} = scan
  const nameFrom = splitTitle(tokens, {from, to}, lexicon, run.from)
  const nameTokens = to - nameFrom
  const name = nameText(text, tokens, nameFrom, to)
  const title = nameFrom > from ? nameText(text, tokens, from, nameFrom) : null
  // Hook (name-boundary.ts): `North Sea`, `Ivory Coast` name places.
  if (
    nameTokens >= 2 &&
    nameTokens <= 5 &&
    !places.has(keyOf(name)) &&
    !hasOrgLink(tokens, nameFrom, to) &&
    !nationalityBeforeRole(tokens, to, lexicon) &&
    !commonWordsOnly(tokens, nameFrom, to, scan.lowerSeen) &&
    !geographicName(tokens, nameFrom, to)
  ) {
    pushPerson(scan, from, to, name, title, honorificOf(tokens, from, nameFrom), quotedHere)
  } else if (
    nameTokens === 1 &&
    title !== null &&
    complementTitle(title, name) &&
    !places.has(lowerAt(tokens, nameFrom))
  ) {
    // Hook (titles.ts): `Minister of Mines and Energy Sutomo`: a one-word name after a title's complement is a
    // person (no honorific vote).
    pushPerson(scan, from, to, name, title, undefined, quotedHere)
  } else if (nameTokens === 1 && !places.has(lowerAt(tokens, nameFrom))) {
    scan.found.singles.push({from, to, nameFrom, inQuote: quotedHere})
  }
}

/** Push the person's name found at `[from, to)`; outside quotations, gendered pronouns after it then vote. */
function pushPerson(
  scan: Scan,
  from: number,
  to: number,
  name: string,
  title: string | null,
  honorific: FoundName['honorific'],
  quotedHere: boolean
): void {
  const {text, tokens} = scan
  scan.found.events.push({
    type: 'name',
    kind: 'name',
    start: tokens.start[from],
    end: valueEnd(tokens, to - 1),
    name,
    title,
    honorific,
    evidence: 'name',
    inQuote: quotedHere,
    oblique: isOblique(text, tokens, from, to)
  })
  if (!quotedHere) scan.personSeen = true
}

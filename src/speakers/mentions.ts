/**
 * Finding mentions: one pass over the tokens reads the capitalised runs of the body (with particles and links
 * inside: `Terre des Hommes`, `Friends of the Valley`), cuts them where a name ends (`and`, `on`, a weekday, a
 * place's `of`), leaves out headline lines in title case and headings in capitals, and reports each run as a
 * name (with its title and honorific), an organisation, or a single word to resolve later (`Vulin`); and the
 * gendered pronouns after a person's name, which vote for its gender.
 *
 * The pass is linear: a run is read at most {@link MAX_RUN} words long, and each line is measured once.
 *
 * @module
 */

import type {MentionKind} from '../ast.js'
import {nonNameWords} from '../lexicon/function-words.js'
import {compassPoints, modifierNationalityEndings} from '../lexicon/geography.js'
import {clauseOpeners, mentionPrepositions, objectVerbs} from '../lexicon/mention-roles.js'
import {nameParticles} from '../lexicon/name-particles.js'
import {genderedPronouns} from '../lexicon/pronouns.js'
import {CAPITAL, capitalAt, lowerAt, possessiveAt, tokenAt, valueAt, valueEnd, type Tokens} from '../text/tokens.js'
import {
  blockedWord,
  commonWordsOnly,
  hasOrgLink,
  isOrganisation,
  isShouted,
  nationalityBeforeRole,
  orgHeads,
  orgLinks,
  places,
  weekdayOrLink
} from './kinds.js'
import {geographicName, givenNameFirst, givenNameStart, wrappedBreak} from './name-boundary.js'
import {complementTitle, pastDescriptive} from './titles.js'
import type {SpeechLexicon} from './lexicon.js'
import {createShapeFilter} from '../util/shape-filter.js'
import {honorificOf, keyOf, nameText, placeTail, splitTitle, type NameRun} from './names.js'
import {commonAtStart, sentenceInitial, titleCaseLine} from './sentence-start.js'
import {nameAfterTitle, uncapitalisedCopy} from './uncapitalised.js'

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

/** Longest name run, in words (`Ministry of Labor and Social Security of the Republic of Karvia` is 11). */
export const MAX_RUN = 16

const nonName = new Set(nonNameWords)
const particles = new Set(nameParticles)
const prepositions = new Set(mentionPrepositions)
const verbsOfObjects = new Set(objectVerbs)
const openers = new Set(clauseOpeners)
const compass = new Set(compassPoints)
const modifierRe = new RegExp('^\\p{Lu}\\p{Ll}+(?:' + modifierNationalityEndings.join('|') + ')$', 'u')

const genders: ReadonlyMap<string, 'male' | 'female'> = new Map(Object.entries(genderedPronouns))
const genderShapes = createShapeFilter(genders.keys())

/** The gender of a gendered pronoun (`his`), else `undefined`: most words are passed over by their shape. */
function pronounGender(lower: string): 'male' | 'female' | undefined {
  return genderShapes.has(lower) ? genders.get(lower) : undefined
}

/** Gap between tokens `a` and `b` that keeps them in one name (a space, or `Ben- Shalom`). */
function joined(text: string, tokens: Tokens, a: number, b: number): boolean {
  const aEnd = tokens.end[a]
  const length = tokens.start[b] - aEnd
  if (length === 1) {
    const code = text.charCodeAt(aEnd)
    if (code === 32 || code === 0xa0 || code === 45) return true
  }
  if (length === 2 && text.charCodeAt(aEnd) === 45 && text.charCodeAt(aEnd + 1) === 32) return true
  // Hook (name-boundary.ts): a line break that wraps a paragraph's line (`John⏎Rau`).
  return wrappedBreak(text, aEnd, tokens.start[b])
}

/**
 * Read the capitalised run that starts at token `i` (particles inside it allowed; with `organisation`, the links
 * of organisations' names too). A possessive ends the run.
 */
export function readRun(text: string, tokens: Tokens, i: number, limit: number, organisation = false): NameRun | null {
  if (i >= limit || !capitalAt(tokens, i)) return null
  let to = i + 1
  // No name runs longer than `MAX_RUN` words (`Ada Lind and Kai Berg and …` with no stop would otherwise be
  // read again from each of its words).
  const end = Math.min(limit, i + MAX_RUN)
  while (to < end && !possessiveAt(tokens, to - 1) && joined(text, tokens, to - 1, to)) {
    if (capitalAt(tokens, to)) {
      to++
      continue
    }
    const lower = lowerAt(tokens, to)
    const after = to + 1 < tokens.length
    const allowed = particles.has(lower) || (organisation && orgLinks.has(lower))
    if (allowed && after && capitalAt(tokens, to + 1) && joined(text, tokens, to, to + 1)) {
      to += 2
      continue
    }
    // `Friends of the Valley`, `Council of the Americas`.
    const third = to + 2 < tokens.length
    if (
      organisation &&
      lower === 'of' &&
      after &&
      lowerAt(tokens, to + 1) === 'the' &&
      !capitalAt(tokens, to + 1) &&
      third &&
      capitalAt(tokens, to + 2) &&
      joined(text, tokens, to, to + 1) &&
      joined(text, tokens, to + 1, to + 2)
    ) {
      to += 3
      continue
    }
    break
  }
  return {from: i, to}
}

/** Lower-case words of the text, by word id (a capitalised word also seen in lower case is a common word). */
export function lowerWords(tokens: Tokens): Uint8Array {
  const {flags, word, start, end, text} = tokens
  const seen = new Uint8Array(tokens.words.length)
  for (let i = 0; i < tokens.length; i++) {
    if ((flags[i] & CAPITAL) !== 0) continue
    // Handles, hashtags, addresses (`@mike_pence`, `#Trump2016`, `site.com/pence`) are not prose.
    const before = start[i] > 0 ? text.charCodeAt(start[i] - 1) : 32
    if (
      before === 64 ||
      before === 35 ||
      before === 95 ||
      before === 47 ||
      before === 46 ||
      text.charCodeAt(end[i]) === 95
    )
      continue
    seen[word[i]] = 1
  }
  return seen
}

/** Whether a story is written in mixed case (more than 50 words in lower case): runs in capitals are headings. */
export function isMixedCase(lowerSeen: Uint8Array): boolean {
  let count = 0
  for (let w = 0; w < lowerSeen.length; w++) count += lowerSeen[w]
  return count > 50
}

/** Space between two words of one clause: blanks, at most one line break (a wrapped line, not a blank line). */
const clauseGapRe = /^(?=\s)[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/

/**
 * Whether the mention `[from, to)` is oblique: a possessive (unless it opens its sentence: `Jon's secret is …`,
 * the topic), or the object of a preposition or verb over a few modifiers (`to Rubio`, `told the French
 * financial newspaper Les Echos`, `praised Cruz`).
 */
export function isOblique(text: string, tokens: Tokens, from: number, to: number): boolean {
  if (possessiveAt(tokens, to - 1)) return !sentenceInitial(text, tokens, from)
  for (let k = from - 1; k >= 0 && k >= from - 5; k--) {
    // Within the clause: only spaces between the words, or a wrapped line (`adviser to West German⏎Chancellor`).
    if (!clauseGapRe.test(text.slice(tokens.end[k], tokens.start[k + 1]))) return false
    // Capitalised: only an adjective of nationality (`the French financial newspaper`).
    if (capitalAt(tokens, k)) {
      if (modifierRe.test(valueAt(tokens, k)) || compass.has(lowerAt(tokens, k))) continue
      return false
    }
    const lower = lowerAt(tokens, k)
    if (prepositions.has(lower) || verbsOfObjects.has(lower)) return true
    if (openers.has(lower)) return false
  }
  return false
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
 * `Niko Kovac and Brazilian midfielder Marcelinho`: `and` joins two names, and `Hillary Clinton on Tuesday`
 * ends a name at `on`, unless the whole run names an organisation (`Ministry of Labor and Social Security`,
 * `Council on Foreign Relations`). A title's complement may hold `and` (`Minister of Foreign and European
 * Affairs`).
 */
function cutAtConjunction(tokens: Tokens, run: NameRun): void {
  for (let k = run.from + 1; k < run.to - 1; k++) {
    const lower = lowerAt(tokens, k)
    if ((lower === 'of' || lower === 'for') && !capitalAt(tokens, k)) break
    if ((lower === 'and' || lower === 'on') && !capitalAt(tokens, k) && !isOrganisation(tokens, run.from, run.to)) {
      run.to = k
      break
    }
  }
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
  const {text, tokens, lexicon, found} = scan
  const nameFrom = splitTitle(tokens, {from, to}, lexicon, run.from)
  const start = tokens.start[from]
  const end = valueEnd(tokens, to - 1)
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
    found.events.push({
      type: 'name',
      kind: 'organisation',
      start,
      end,
      name,
      title: null,
      honorific: undefined,
      evidence,
      inQuote: quotedHere,
      oblique: isOblique(text, tokens, from, to)
    })
    return
  }
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
    const honorific = honorificOf(tokens, from, nameFrom)
    found.events.push({
      type: 'name',
      kind: 'name',
      start,
      end,
      name,
      title,
      honorific,
      evidence: 'name',
      inQuote: quotedHere,
      oblique: isOblique(text, tokens, from, to)
    })
    if (!quotedHere) scan.personSeen = true
  } else if (
    nameTokens === 1 &&
    title !== null &&
    complementTitle(title, name) &&
    !places.has(lowerAt(tokens, nameFrom))
  ) {
    // Hook (titles.ts): `Minister of Mines and Energy Sutomo`: a one-word name after a title's complement is a
    // person (no honorific vote).
    found.events.push({
      type: 'name',
      kind: 'name',
      start,
      end,
      name,
      title,
      honorific: undefined,
      evidence: 'name',
      inQuote: quotedHere,
      oblique: isOblique(text, tokens, from, to)
    })
    if (!quotedHere) scan.personSeen = true
  } else if (nameTokens === 1 && !places.has(lowerAt(tokens, nameFrom))) {
    found.singles.push({from, to, nameFrom, inQuote: quotedHere})
  }
}

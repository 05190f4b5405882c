/** The name and text normalisation the scorer compares with, and the word lists it uses. */

import type {GoldParaphrase, GoldQuote} from './types.js'
import {HONORIFICS, LEADING_ARTICLES, NAME_SUFFIXES} from '../../lexicon/scorer-names.js'

export {HONORIFICS, LEADING_ARTICLES, NAME_SUFFIXES}

// ---------------------------------------------------------------------------------------------------------------
// Data

/**
 * `speakerBasis` values whose speakers are judged: `source-name`, where the gold source span itself holds the name.
 * The others were resolved from the span by machine (coreference, NER), often wrongly.
 */
export const JUDGED_SPEAKER_BASES: readonly string[] = ['source-name']

// ---------------------------------------------------------------------------------------------------------------
// Normalisation

/** Unicode NFKC and whitespace folding (runs of white space to one space, trimmed); case kept. */
export function foldField(value: string): string {
  return value.normalize('NFKC').replace(/\s+/gu, ' ').trim()
}

/**
 * Quote text as compared for an *exact* match: NFKC, quote-mark styles folded (all double marks, TeX ``/'' pairs
 * included, to `"`, single marks to `'`), whitespace folded, punctuation trimmed at both ends.
 */
export function foldQuoteText(value: string): string {
  const folded = value
    .normalize('NFKC')
    .replace(/``|''/gu, '"')
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u301D\u301E\u301F\uFF02\u2033\u2036]/gu, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2039\u203A\u2032\u2035`\u00B4\uFF07]/gu, "'")
    .replace(/\s+/gu, ' ')
  return trimPunctuation(folded)
}

const edgeRe = /[\s\p{P}]/u

/** `value` without white space and punctuation at both ends (a linear scan). */
function trimPunctuation(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && edgeRe.test(value.charAt(start))) start++
  while (end > start && edgeRe.test(value.charAt(end - 1))) end--
  return value.slice(start, end)
}

const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  ħ: 'h'
}

function nameTokens(name: string): string[] {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øđðłßæœıþħ]/gu, (c) => LETTER_FOLDS[c] ?? c)
    .replace(/['\u2018\u2019\u02BC`\u00B4.]/gu, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .trim()
  return folded === '' ? [] : folded.split(/\s+/u)
}

function tokenLists(list: readonly string[]): string[][] {
  return list
    .map((entry) => nameTokens(entry))
    .filter((tokens) => tokens.length > 0)
    .sort((a, b) => b.length - a.length)
}

const PREFIX_TOKENS = tokenLists([...HONORIFICS, ...LEADING_ARTICLES])
const SUFFIX_SET = new Set(NAME_SUFFIXES)

function startsWith(tokens: readonly string[], prefix: readonly string[]): boolean {
  if (prefix.length >= tokens.length) return false // never strip the whole name
  return prefix.every((token, index) => tokens[index] === token)
}

function stripPrefixes(tokens: readonly string[]): string[] {
  let rest = [...tokens]
  for (;;) {
    const prefix = PREFIX_TOKENS.find((candidate) => startsWith(rest, candidate))
    if (prefix === undefined) return rest
    rest = rest.slice(prefix.length)
  }
}

/**
 * A speaker name as compared: diacritics, case and punctuation removed, leading honorifics and articles dropped.
 * `Sen. José Martí` → `jose marti`.
 */
export function normalizeSpeaker(name: string): string {
  return stripPrefixes(nameTokens(name)).join(' ')
}

/** Strict speaker match (after `normalizeSpeaker`). A `null` prediction never matches. */
export function speakerMatches(gold: string, predicted: string | null | undefined): boolean {
  if (predicted === null || predicted === undefined) return false
  const g = normalizeSpeaker(gold)
  return g !== '' && g === normalizeSpeaker(predicted)
}

function surname(tokens: readonly string[]): string | undefined {
  let end = tokens.length
  while (end > 1 && SUFFIX_SET.has(tokens[end - 1] ?? '')) end--
  return tokens[end - 1]
}

/**
 * Lenient speaker match: the strict match, or the last token of the gold name equals the predicted name's last
 * token (name suffixes such as `Jr` ignored) — `Vulin` matches `Aleksandar Vulin`.
 */
export function speakerMatchesLenient(gold: string, predicted: string | null | undefined): boolean {
  if (predicted === null || predicted === undefined) return false
  if (speakerMatches(gold, predicted)) return true
  const g = surname(stripPrefixes(nameTokens(gold)))
  const p = surname(stripPrefixes(nameTokens(predicted)))
  return g !== undefined && g === p
}

/** Whether a gold quote's (or paraphrase's) speaker is judged: not null, and (when recorded) a judged `speakerBasis`. */
export function isSpeakerJudged(quote: GoldQuote | GoldParaphrase): boolean {
  if (quote.speaker === null || normalizeSpeaker(quote.speaker) === '') return false
  return quote.speakerBasis === undefined || JUDGED_SPEAKER_BASES.includes(quote.speakerBasis)
}

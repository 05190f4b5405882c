/**
 * Building blocks for the speaker tests: tokens and a registry of a short story, the way `analyzeSpeech` builds
 * them (quoted ranges between straight or curly double quotes; sentences split after `.`, `!`, `?`).
 */

import {buildRegistry} from '../../src/speakers/registry.js'
import type {Registry} from '../../src/speakers/entities.js'
import {tokenize, type Tokens} from '../../src/text/tokens.js'

/** Quoted ranges of `text` (between `"…"` or `“…”`). */
export function quotedRanges(text: string): Array<{start: number; end: number}> {
  const ranges: Array<{start: number; end: number}> = []
  for (const match of text.matchAll(/"[^"]*"|“[^”]*”/g))
    ranges.push({start: match.index, end: match.index + match[0].length})
  return ranges
}

/** Sentence starts of `text`: 0 and after each `.`, `!`, `?` and the space that follows. */
export function sentenceStarts(text: string): number[] {
  const starts = [0]
  for (const match of text.matchAll(/[.!?]["”]?\s+/g)) starts.push(match.index + match[0].length)
  return starts
}

/** The registry of a story. */
export function registryOf(text: string): Registry {
  return buildRegistry(text, tokenize(text), quotedRanges(text), 0, undefined, sentenceStarts(text))
}

/** Tokens of a text. */
export function tokensOf(text: string): Tokens {
  return tokenize(text)
}

/** Index of the token that starts with `word` (the `nth` such, from 0). */
export function tokenIndex(tokens: Tokens, word: string, nth = 0): number {
  let seen = 0
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.text.slice(tokens.start[i], tokens.start[i] + word.length) !== word) continue
    if (seen++ === nth) return i
  }
  throw new Error('no token ' + word)
}

/** The names of the entities of mentions, in order, as `text → entity` pairs. */
export function mentionsOf(registry: Registry): string[] {
  return registry.mentions.map(
    (mention) => registry.text.slice(mention.start, mention.end) + ' → ' + mention.entity.name
  )
}

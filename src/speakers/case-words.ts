/**
 * The case a story writes its words in: which words it writes in lower case somewhere (a capitalised word also seen
 * in lower case is a common word, not a name) and whether it is written in mixed case at all (in a story in
 * capitals, runs of capitals say nothing).
 *
 * @module
 */

import {CAPITAL, type Tokens} from '../text/tokens.js'

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

/**
 * Input shapes for `npm run bench` and the property test of hostile shapes
 * (`test/hostile.test.ts`): ordinary wire copy, and every shape known to have
 * cost more than ordinary copy per MB or per character of memory (issues 11
 * and 14). Each shape makes a story of about `size` characters.
 *
 * `fixedIn` names the branch of work whose fix the shape waits for, when the
 * fix is not in this code (the bench marks those rows).
 *
 * Plain JavaScript (the bench runs without a build step); types in
 * `shapes.d.mts`.
 */

/** Ordinary wire paragraphs, repeated. */
function wireStory(size) {
  const paragraph =
    'The ministry said on Tuesday that talks with the delegation would resume next week, and that both sides had agreed to keep the terms of the draft confidential. ' +
    '"We are ready to continue, and we expect the other side to do the same," the deputy minister told reporters after the meeting.\n\n'
  return cut('MOSCOW, May 5. /TASS/. ' + paragraph.repeat(Math.ceil(size / paragraph.length)), size)
}

/** `unit` repeated to `size` characters. */
function repeat(unit) {
  return (size) => cut(unit.repeat(Math.ceil(size / unit.length)), size)
}

/** The first `size` characters of `text`, not ending inside a surrogate pair. */
function cut(text, size) {
  if (text.length <= size) return text
  const code = text.charCodeAt(size - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? size - 1 : size)
}

const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'ba', 'do', 'fe', 'gu', 'hi', 'jo', 'pa']

/** The `index`-th of a list of distinct made-up given names: `Ka`, `Lo`, …, `Kalo`, … */
function givenName(index) {
  let name = ''
  let n = index + 1
  while (n > 0) {
    name += syllables[(n - 1) % syllables.length]
    n = Math.floor((n - 1) / syllables.length)
  }
  return name.charAt(0).toUpperCase() + name.slice(1)
}

/** `<a different given name> <family> said it was fine. `, repeated. */
function distinctGivenNames(family) {
  return (size) => {
    const parts = []
    let length = 0
    for (let index = 0; length < size; index++) {
      const part = givenName(index) + ' ' + family + ' said it was fine. '
      parts.push(part)
      length += part.length
    }
    return cut(parts.join(''), size)
  }
}

const PRIME = 0x01000193
const OFFSET = 0x811c9dc5 | 0

/**
 * Distinct lower-case words whose plain FNV-1a hashes (as the word interner
 * computed them before its hash was seeded, issue 14) share their low `bits`
 * bits (only 2^(32 - bits) distinct whole hashes): a 5-letter prefix counted up, then the
 * 4-letter suffix that leads its hash to the target, found by walking the hash
 * backwards from the target over every suffix.
 */
export function collidingWords(count, bits = 21) {
  const mask = (1 << bits) - 1
  const before = suffixTable(bits)
  const words = []
  for (let n = 0; words.length < count; n++) {
    let prefix = ''
    let hash = OFFSET
    for (let k = 0, rest = n; k < 5; k++, rest = Math.floor(rest / 26)) {
      const code = 97 + (rest % 26)
      prefix += String.fromCharCode(code)
      hash = Math.imul(hash ^ code, PRIME)
    }
    const suffix = before.get(hash & mask)
    if (suffix !== undefined) words.push(prefix + suffix)
  }
  return words
}

/** Suffix tables made so far, by number of bits (each takes a second or two). */
const tables = new Map()

/** Hash state before the suffix → the 4-letter suffix that leads it to the target (low `bits` bits). */
function suffixTable(bits) {
  if (tables.has(bits)) return tables.get(bits)
  const mask = (1 << bits) - 1
  // The inverse of PRIME modulo 2^32 (Newton's iteration).
  let inverse = 1
  for (let step = 0; step < 5; step++) inverse = Math.imul(inverse, 2 - Math.imul(PRIME, inverse))
  const target = 0x155555 & mask
  const before = new Map()
  for (let suffix = 0; suffix < 26 ** 4; suffix++) {
    let hash = target
    let letters = ''
    for (let k = 0, rest = suffix; k < 4; k++, rest = Math.floor(rest / 26))
      letters = String.fromCharCode(97 + (rest % 26)) + letters
    for (let k = 3; k >= 0; k--) hash = (Math.imul(hash, inverse) ^ letters.charCodeAt(k)) & mask
    before.set(hash, letters)
  }
  tables.set(bits, before)
  return before
}

/** The longest list of colliding words made so far (making the suffix table takes a second or two). */
let made = []

/** Words crafted to share the low 21 bits of their FNV-1a hash, one after the other. */
function collidingText(size) {
  const count = Math.ceil(size / 10) + 1
  if (made.length < count) made = collidingWords(Math.max(count, 2 * made.length))
  return cut(made.slice(0, count).join(' '), size)
}

/**
 * The shapes. `kind`: `ordinary` (the reference), `time` (hostile to time),
 * `memory` (hostile to memory: many tiny paragraphs).
 */
export const shapes = [
  {name: 'ordinary wire copy', kind: 'ordinary', make: wireStory},
  // Issue 14's table.
  {name: '<given name> Smith said it was fine.', kind: 'time', make: distinctGivenNames('Smith')},
  {name: '<given name> al-Ani said it was fine.', kind: 'time', make: distinctGivenNames('al-Ani')},
  {name: '「 abcdefg』abcdefg', kind: 'time', make: repeat('「 abcdefg』abcdefg')},
  {name: '「Jones’ a', kind: 'time', make: repeat('「Jones’ a ')},
  {name: 'a <tweet⏎⏎ (unclosed markup)', kind: 'time', make: repeat('a <tweet\n\n')},
  {name: 'words sharing 21 FNV-1a bits', kind: 'time', make: collidingText},
  // Issue 14's memory shape.
  {name: 'a.⏎ (tiny paragraphs)', kind: 'memory', make: repeat('a.\n')},
  // Issue 11's.
  {name: 'A and B and … (name run)', kind: 'time', make: repeat('Ada Lind and Kai Berg and ')},
  {
    name: 'credit chain',
    kind: 'time',
    make: repeat('Reporting by Ada Lind; additional reporting by Kai Berg; editing by Bo Ek; ')
  },
  {name: 'run of titles', kind: 'time', make: repeat('Former Deputy Foreign Minister Senior Adviser Chief Executive ')},
  // Earlier bench shapes.
  {name: 'only quotation marks', kind: 'time', make: repeat('"“”«»')},
  {name: 'a "b (unclosed quotes)', kind: 'time', make: repeat('a "b ')},
  {name: 'nested «‹“‘', kind: 'time', make: repeat('«‹“‘')},
  {name: 'only newlines', kind: 'memory', make: repeat('\n')},
  {name: 'word said, (one line)', kind: 'time', make: repeat('word said, ')},
  {name: 'TASS datelines', kind: 'time', make: repeat('MOSCOW, May 5. /TASS/. ')},
  {name: 'Reuters datelines', kind: 'time', make: repeat('NEW YORK, March 3 - ')},
  {name: 'people at places', kind: 'time', make: repeat('Bob Smith of South Carolina and ')},
  {name: 'capitalised words', kind: 'time', make: repeat('Word Name ')}
]

// Word lists that live inline in code instead of in src/lexicon/ (the house rule: every word list in src/lexicon/
// as data, named for what it holds). Read with the TypeScript compiler API, three shapes:
//  - an array literal of string literals that are words (letters, apostrophes, hyphens, periods, spaces), as in
//    `new Set(['monday', 'tuesday', …])`;
//  - a regular expression literal whose alternation holds words (`/\b(?:said|says|told)\b/`);
//  - a chain of comparisons of one expression with word literals (`w === 'said' || w === 'says' || …`).
// A list counts when it holds at least `--min` words (3 by default). Files under src/lexicon/ are skipped.
// Usage: node scripts/word-lists.mjs [--min 3] [paths…]   (paths default to src)
// test/lexicon/inline-word-lists.test.ts runs findWordLists over src/ with a minimum of 5 and fails on any list not
// in its allow-list.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'

/** A string literal that reads as a word or a phrase of up to three words (`according to`), not a sentence. */
const wordLiteral = /^[\p{L}][\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}'’.-]+){0,2}$/u

/** Letters of an alternative of a regular expression that reads as a word (escaped period and `\s` allowed). */
const wordAlternative = /^(?:[\p{L}'’-]|\\\.|\\s|\\-|\[\p{L}{2}\]|\?)+$/u

/** Every `.ts` file under `root` (or `root` itself) outside src/lexicon/, sorted. */
function filesUnder(root) {
  const files = fs.statSync(root).isFile()
    ? [root]
    : fs
        .readdirSync(root, {recursive: true, withFileTypes: true})
        .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
        .map((entry) => path.join(entry.parentPath, entry.name))
  return files.filter((file) => !file.split(path.sep).join('/').includes('src/lexicon/')).sort()
}

/**
 * The alternatives of every group of a regular expression source (and of the pattern as a whole), one list of strings
 * a group. A nested group reads as `(…)` in the alternative around it; character classes and escapes are kept whole.
 */
function alternations(source) {
  const found = []
  const stack = [['']]
  const append = (piece) => {
    const alts = stack[stack.length - 1]
    alts[alts.length - 1] += piece
  }
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (char === '\\') {
      append(source.slice(i, i + 2))
      i++
    } else if (char === '[') {
      let end = i + 1
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1
      append(source.slice(i, end + 1))
      i = end
    } else if (char === '(') {
      const prefix = /^\(\?(?::|=|!|<=|<!|<[\w$]+>)/.exec(source.slice(i))
      if (prefix) i += prefix[0].length - 1
      stack.push([''])
    } else if (char === ')' && stack.length > 1) {
      found.push(stack.pop())
      append('(…)')
    } else if (char === '|') {
      stack[stack.length - 1].push('')
    } else {
      append(char)
    }
  }
  found.push(...stack)
  return found
}

/** The words of a regular expression literal: the longest alternation of word alternatives in it. */
function regexWords(text) {
  const body = text.slice(1, text.lastIndexOf('/'))
  let best = []
  for (const alternatives of alternations(body)) {
    const words = alternatives.map((alt) => alt.replace(/^\\b|\\b$|^\^|\$$/g, '')).filter((alt) => alt.length > 1)
    const wordy = words.filter((alt) => wordAlternative.test(alt))
    if (wordy.length > best.length && wordy.length >= words.length - 1) best = wordy
  }
  return best
}

/** The literals an `a === 'x' || a === 'y' || …` chain compares one expression with, or none. */
function comparisonWords(node, source) {
  const words = []
  let subject
  const visit = (part) => {
    if (ts.isParenthesizedExpression(part)) return visit(part.expression)
    if (ts.isBinaryExpression(part) && part.operatorToken.kind === ts.SyntaxKind.BarBarToken) {
      return visit(part.left) && visit(part.right)
    }
    if (
      ts.isBinaryExpression(part) &&
      (part.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken ||
        part.operatorToken.kind === ts.SyntaxKind.EqualsEqualsToken) &&
      ts.isStringLiteral(part.right) &&
      wordLiteral.test(part.right.text)
    ) {
      const left = part.left.getText(source)
      if (subject !== undefined && left !== subject) return false
      subject = left
      words.push(part.right.text)
      return true
    }
    return false
  }
  return visit(node) ? words : []
}

/**
 * Inline word lists in the TypeScript files under `roots` (outside src/lexicon/), each `{file, line, kind, words}`,
 * in file order.
 *
 * @param {readonly string[]} roots Files or folders.
 * @param {{min?: number}} [options] `min`: the fewest words a list holds to count (3).
 */
export function findWordLists(roots, options = {}) {
  const min = options.min ?? 3
  const found = []
  for (const file of roots.flatMap(filesUnder)) {
    const text = fs.readFileSync(file, 'utf8')
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
    const add = (node, kind, words) => {
      if (words.length < min) return
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
      found.push({file: file.split(path.sep).join('/'), line, kind, words})
    }
    const visit = (node) => {
      if (ts.isArrayLiteralExpression(node)) {
        const elements = node.elements
        if (elements.length > 0 && elements.every((e) => ts.isStringLiteral(e) && wordLiteral.test(e.text))) {
          add(
            node,
            'array',
            elements.map((e) => e.text)
          )
        }
      } else if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        add(node, 'regex', regexWords(node.getText(source)))
      } else if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.BarBarToken &&
        !(ts.isBinaryExpression(node.parent) && node.parent.operatorToken.kind === ts.SyntaxKind.BarBarToken) &&
        !ts.isParenthesizedExpression(node.parent)
      ) {
        add(node, 'comparisons', comparisonWords(node, source))
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  let min = 3
  const roots = []
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--min') min = Number(args[++i])
    else roots.push(args[i])
  }
  if (!Number.isInteger(min) || min < 1) throw new TypeError('--min takes a whole number of words, 1 or more')
  if (roots.length === 0) roots.push('src')
  const lists = findWordLists(roots, {min})
  console.log(`Inline word lists of ${min} words or more outside src/lexicon/: ${lists.length}`)
  for (const list of lists) {
    const shown = list.words.join(' ')
    console.log(
      `  ${list.file}:${list.line}  ${list.kind} (${list.words.length})  ${shown.length > 90 ? shown.slice(0, 87) + '…' : shown}`
    )
  }
}

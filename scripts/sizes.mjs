// Sizes against the house targets: modules of src/ over 500 lines and functions over 80 lines, largest first.
// Functions are read with the TypeScript compiler API: declarations, methods, accessors, constructors, function
// expressions and arrow functions (named for the variable, property or call they sit in); a nested function is
// counted on its own and within the function around it. Lines run from the function's first token (its doc comment
// left out) to its last.
// Usage: npm run sizes [-- --check] [-- --modules 500 --functions 80] [paths…]   (paths default to src)
// Without --check it exits 0: the list is a guide for design. With --check (CI, .ci/run) it exits 1 when a module
// or a function over the limits is not in `allowed` below, or when an entry of `allowed` no longer matches one
// (a stale exception is removed, not kept).
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/**
 * The modules and functions allowed over the limits, each with why. `file` is the path as listed (from the
 * repository's root); `name` is the function's name as listed, or absent for a whole module.
 * @type {ReadonlyArray<{file: string, name?: string, why: string}>}
 */
const allowed = [
  {
    file: 'src/quotes/marks.ts',
    name: 'forEachMark',
    why: 'the hottest loop, one switch per character: split into helpers it cost 10-15 % of its time on mark-dense text (see scanMarks in marks.ts)'
  }
]

const args = process.argv.slice(2)
let moduleLimit = 500
let functionLimit = 80
let check = false
const roots = []
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--modules') moduleLimit = Number(args[++i])
  else if (args[i] === '--functions') functionLimit = Number(args[++i])
  else if (args[i] === '--check') check = true
  else roots.push(args[i])
}
if (!Number.isInteger(moduleLimit) || !Number.isInteger(functionLimit)) {
  throw new TypeError('--modules and --functions take a whole number of lines')
}
if (roots.length === 0) roots.push('src')

/** Every `.ts` file under `root` (or `root` itself), sorted. */
function filesUnder(root) {
  if (fs.statSync(root).isFile()) return [root]
  return fs
    .readdirSync(root, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

/** A readable name for a function node. */
function nameOf(node, source) {
  if (node.name) return node.name.getText(source)
  if (ts.isConstructorDeclaration(node)) return 'constructor'
  const parent = node.parent
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) {
    return parent.name.getText(source)
  }
  if (ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText(source).slice(0, 40)})`
  return '(anonymous)'
}

const modules = []
const functions = []
for (const file of roots.flatMap(filesUnder)) {
  const text = fs.readFileSync(file, 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const lines = text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length
  if (lines > moduleLimit) modules.push({file, lines})
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line
      const length = last - first + 1
      if (length > functionLimit) functions.push({file, line: first + 1, name: nameOf(node, source), lines: length})
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
}

modules.sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file))
functions.sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file) || a.line - b.line)
console.log(`Modules over ${moduleLimit} lines: ${modules.length}`)
for (const m of modules) console.log(`  ${String(m.lines).padStart(5)}  ${m.file}`)
console.log(`Functions over ${functionLimit} lines: ${functions.length}`)
for (const f of functions) console.log(`  ${String(f.lines).padStart(5)}  ${f.file}:${f.line}  ${f.name}`)

if (check) {
  const allowance = (file, name) => allowed.find((entry) => entry.file === file && entry.name === name)
  const over = [
    ...modules.filter((m) => !allowance(m.file)).map((m) => `${m.file} (${m.lines} lines)`),
    ...functions
      .filter((f) => !allowance(f.file, f.name))
      .map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`)
  ]
  const used = new Set([...modules.map((m) => allowance(m.file)), ...functions.map((f) => allowance(f.file, f.name))])
  const stale = allowed.filter((entry) => !used.has(entry)).map((entry) => `${entry.file} ${entry.name ?? ''}`.trim())
  for (const item of over) console.error(`sizes: over the limit and not allowed in scripts/sizes.mjs: ${item}`)
  for (const item of stale) console.error(`sizes: allowed in scripts/sizes.mjs but no longer over the limit: ${item}`)
  if (over.length > 0 || stale.length > 0) process.exitCode = 1
}

// Sizes against the house targets: modules of src/ over 500 lines and functions over 80 lines, largest first.
// Functions are read with the TypeScript compiler API: declarations, methods, accessors, constructors, function
// expressions and arrow functions (named for the variable, property or call they sit in); a nested function is
// counted on its own and within the function around it. Lines run from the function's first token (its doc comment
// left out) to its last.
// Usage: npm run sizes [-- --modules 500 --functions 80] [paths…]   (paths default to src)
// Exits 0: the list is a guide for design, not a gate.
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

const args = process.argv.slice(2)
let moduleLimit = 500
let functionLimit = 80
const roots = []
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--modules') moduleLimit = Number(args[++i])
  else if (args[i] === '--functions') functionLimit = Number(args[++i])
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

#!/usr/bin/env bash
# The package as users meet it (issue 6). Run after `npm run build`:
#
#   1. `npm pack` the tarball into a temporary folder;
#   2. publint --strict and @arethetypeswrong/cli on the tarball;
#   3. a fresh ESM and a fresh CommonJS TypeScript project (strict, module nodenext) install the tarball,
#      type-check a small program that reads the dateline and a quotation's speaker, run it on Node and check
#      what it prints; the CommonJS one loads the ESM-only package through require(esm) (Node ≥ 20.19);
#   4. the `wirestory` bin of the installed tarball prints the record of a story;
#   5. esbuild bundles the library for the browser: the bundle must import no Node built-in; its minified and
#      gzipped size must be the README's figure (`about N KiB minified and gzipped`) within a margin
#      (at most 10 % above it, at most 20 % below it), so the README states what CI measures;
#   6. (after 1) every link of the packed README and CHANGELOG resolves: relative links to files in the tarball,
#      GitHub links to files (and headings) of this repository, anchors to headings (scripts/check-links.mjs).
#
# Needs the npm registry (the tarball's dependencies, typescript and @types/node at the repo's versions).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"

step() { printf '\n== %s\n' "$*"; }
die() {
  printf 'ci-package: FAIL: %s\n' "$*" >&2
  exit 1
}

[ -f dist/index.js ] && [ -f dist/index.d.ts ] && [ -f dist/cli.js ] || die 'dist/ is not built: run `npm run build` first'

work="$(mktemp -d "${TMPDIR:-/tmp}/wirestory-package.XXXXXX")"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT

# Versions of the repo's own toolchain, so the consumers type-check with what we build with.
installed() { node -p "require('./node_modules/$1/package.json').version"; }
ts_version="$(installed typescript)"
types_node_version="$(installed @types/node)"
npm_quiet=(--no-audit --no-fund --loglevel=error --prefer-offline)

step 'npm pack'
tarball_name="$(npm pack --silent --pack-destination "$work")"
tarball="$work/$tarball_name"
[ -f "$tarball" ] || die "npm pack did not write $tarball"
listing="$(tar -tzf "$tarball")"
printf '%s\n' "$listing" | sed 's/^/  /'
printf '  %s: %s bytes\n' "$tarball_name" "$(wc -c <"$tarball" | tr -d ' ')"
if grep -Eq '^package/(src|test|scripts|fixtures|bench|node_modules)/' <<<"$listing"; then
  die 'the tarball holds files users do not need (src, test, scripts, fixtures, bench)'
fi

step 'links of the packed README and CHANGELOG (scripts/check-links.mjs)'
mkdir -p "$work/unpacked"
tar -xzf "$tarball" -C "$work/unpacked"
node scripts/check-links.mjs --package "$work/unpacked/package" --repo "$repo" README.md CHANGELOG.md \
  || die 'a link of the packed README or CHANGELOG does not resolve'

step 'publint --strict'
npx --no-install publint run --strict "$tarball"

step 'attw (are the types wrong)'
# The package is ESM-only; CommonJS consumers load it with require(esm), which Node supports from 20.19
# (package.json engines) and TypeScript from 5.8 under module nodenext. attw's bundled TypeScript predates
# that and reports every ESM-only package as `cjs-resolves-to-esm` for node16-from-CJS; that one rule is
# ignored here, and the CommonJS consumer below proves the require(esm) path for real.
npx --no-install attw "$tarball" --ignore-rules cjs-resolves-to-esm --format table-flipped --no-color

# The consumer program: the same source for both module systems.
story='BELGRADE, September 6. /TASS/. Relations between Serbia and Russia are at the level of strategic partnership, Serbian Deputy Prime Minister Aleksandar Vulin said.

"Serbia and Russia are strategic partners and nothing can change that," Vulin emphasized.
'
expected='BELGRADE|2024-09-06|TASS|Aleksandar Vulin|Serbian Deputy Prime Minister|Aleksandar Vulin'

write_consumer() {
  local dir="$1" type="$2"
  mkdir -p "$dir/src"
  cat >"$dir/package.json" <<EOF
{"name": "wirestory-consumer-$type", "version": "1.0.0", "private": true, "type": "$type"}
EOF
  cat >"$dir/tsconfig.json" <<'EOF'
{
  "compilerOptions": {
    "target": "ES2022",
    "module": "nodenext",
    "moduleResolution": "nodenext",
    "strict": true,
    "noUncheckedIndexedAccess": true,
    "exactOptionalPropertyTypes": true,
    "skipLibCheck": false,
    "types": ["node"],
    "outDir": "out",
    "rootDir": "src"
  },
  "include": ["src"]
}
EOF
  node -e 'process.stdout.write(JSON.stringify(process.argv[1]))' "$story" >"$dir/story.json"
  cat >"$dir/src/main.ts" <<EOF
import {parseArticle, toRecord, type Article, type ArticleRecord, type Dateline, type Quotation, type Speaker} from 'wirestory'

const story: string = $(cat "$dir/story.json")

const article: Article = parseArticle(story, {referenceDate: '2024-09-10'})
const dateline: Dateline | undefined = article.children.find((node): node is Dateline => node.type === 'dateline')
const quotation: Quotation | undefined = article.quotations.find((node) => node.kind === 'direct')
const speaker: Speaker | undefined = article.speakers.find((node) => node.id === quotation?.speaker)
const record: ArticleRecord = toRecord(article)

// The types are real, not \`any\`: a field that does not exist is an error.
// @ts-expect-error Speaker has no \`nickname\`.
void speaker?.nickname

console.log(
  [dateline?.location, dateline?.isoDate, article.agency, speaker?.name, speaker?.title, record.quotes[0]?.speaker].join('|')
)
EOF
}

run_consumer() {
  local type="$1"
  local dir="$work/consumer-$type"
  step "consumer: $type TypeScript project (strict, module nodenext)"
  write_consumer "$dir" "$type"
  (cd "$dir" && npm install "${npm_quiet[@]}" "$tarball" "typescript@$ts_version" "@types/node@$types_node_version" >/dev/null)
  (cd "$dir" && npx --no-install tsc -p . && printf '  tsc %s: type-check ok\n' "$(npx --no-install tsc --version)")
  if [ "$type" = commonjs ]; then
    grep -q 'require("wirestory")' "$dir/out/main.js" || die 'the CommonJS consumer does not compile to require("wirestory")'
  else
    grep -q "from 'wirestory'" "$dir/out/main.js" || die 'the ESM consumer does not compile to an import of wirestory'
  fi
  local output
  output="$(cd "$dir" && node out/main.js)"
  printf '  node %s out/main.js → %s\n' "$(node --version)" "$output"
  [ "$output" = "$expected" ] || die "$type consumer printed '$output', expected '$expected'"
}

run_consumer module
run_consumer commonjs

step 'bin: wirestory --record from the installed tarball'
printf '%s' "$story" >"$work/story.txt"
record="$(cd "$work/consumer-module" && npx --no-install wirestory --record --reference-date 2024-09-10 "$work/story.txt")"
location="$(node -e 'const r = JSON.parse(process.argv[1]); process.stdout.write(`${r.dateline.location} ${r.quotes[0].speaker}`)' "$record")"
printf '  %s\n' "$location"
[ "$location" = 'BELGRADE Aleksandar Vulin' ] || die "wirestory --record gave '$location'"
printf '{"id":"a","text":%s}\n{"id":"b","text":"TOKYO, May 2 (Reuters) - Shares rose."}\n' "$(cat "$work/consumer-module/story.json")" >"$work/in.jsonl"
ids="$(cd "$work/consumer-module" && npx --no-install wirestory --jsonl "$work/in.jsonl" --jobs 2 | node -e 'let s = ""; process.stdin.on("data", (c) => (s += c)).on("end", () => process.stdout.write(s.trim().split("\n").map((l) => JSON.parse(l).id).join(",")))')"
[ "$ids" = 'a,b' ] || die "wirestory --jsonl gave ids '$ids'"
printf '  --jsonl --jobs 2: %s\n' "$ids"
printf '{"id":"g1","text":%s,"referenceDate":"2024-09-10","dateline":{"text":"BELGRADE, September 6. /TASS/.","start":0,"end":30,"location":"BELGRADE","date":"September 6","isoDate":"2024-09-06"},"agency":"TASS"}\n' \
  "$(cat "$work/consumer-module/story.json")" >"$work/gold.jsonl"
(cd "$work/consumer-module" && npx --no-install wirestory eval "$work/gold.jsonl" --min dateline.location=100 --min agency=100 | sed 's/^/  /')

corpus="$repo/../shared/corpus/reuters21578/dev.jsonl"
if [ -f "$corpus" ]; then
  step 'batch timing: wirestory --jsonl reuters21578/dev.jsonl, --jobs 1 vs --jobs 2 (best of 3; reported, not checked)'
  printf '  cores: %s, load average: %s\n' "$(node -p 'require("os").availableParallelism()')" "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
  for jobs in 1 2; do
    best=''
    for _ in 1 2 3; do
      start="$(node -p 'Date.now()')"
      # Exit 3: some lines failed (the others were written); --silent keeps the per-line warnings off the log.
      (cd "$work/consumer-module" && npx --no-install wirestory --jsonl "$corpus" --jobs "$jobs" --silent >/dev/null) || [ $? -eq 3 ]
      ms=$(($(node -p 'Date.now()') - start))
      if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best="$ms"; fi
    done
    printf '  --jobs %s: %s ms\n' "$jobs" "$best"
  done
fi

step 'browser bundle (esbuild, platform browser): no Node built-ins, size as the README states it'
cat >"$work/consumer-module/browser.js" <<'EOF'
import {parseArticle, toRecord} from 'wirestory'
export function parse(text) {
  return toRecord(parseArticle(text))
}
EOF
cat >"$work/bundle.mjs" <<'EOF'
// Bundle the installed package for browsers; fail on any Node built-in it would import.
import {builtinModules} from 'node:module'
import {gzipSync} from 'node:zlib'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {createRequire} from 'node:module'

const [repo, consumer, readme] = process.argv.slice(2)
const esbuild = createRequire(path.join(repo, 'package.json'))('esbuild')
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))
const hits = []
const result = await esbuild.build({
  entryPoints: [path.join(consumer, 'browser.js')],
  absWorkingDir: consumer,
  bundle: true,
  platform: 'browser',
  format: 'esm',
  minify: true,
  write: true,
  outfile: path.join(consumer, 'bundle.min.js'),
  metafile: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'no-node-builtins',
      setup(build) {
        build.onResolve({filter: /.*/}, (args) => {
          const name = args.path.startsWith('node:') ? args.path : args.path.split('/')[0]
          if (builtins.has(args.path) || builtins.has(name)) {
            hits.push(`${args.path} (imported by ${path.relative(consumer, args.importer)})`)
            return {path: args.path, external: true}
          }
          return undefined
        })
      }
    }
  ]
})
const code = readFileSync(path.join(consumer, 'bundle.min.js'))
// Belt and braces: no import/require of a built-in survives in the output either.
const leftovers = [...code.toString('utf8').matchAll(/(?:from\s*|import\s*\(?\s*|require\s*\(\s*)["']((?:node:)?[a-z_/]+)["']/g)]
  .map((match) => match[1])
  .filter((name) => builtins.has(name))
if (hits.length > 0 || leftovers.length > 0) {
  console.error(`the browser bundle imports Node built-ins:\n  ${[...new Set([...hits, ...leftovers])].join('\n  ')}`)
  process.exit(1)
}
const inputs = Object.keys(result.metafile.inputs).filter((file) => file.includes('node_modules/wirestory/'))
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
console.log(`  ${Object.keys(result.metafile.inputs).length} modules bundled (${inputs.length} from wirestory), no Node built-ins`)
const gzipped = gzipSync(code, {level: 9}).length
console.log(`  minified: ${kib(code.length)}, minified+gzipped: ${kib(gzipped)}`)

// The README states the gzipped size: it must be what we measure, within a margin.
const stated = /about (\d+(?:\.\d+)?) KiB minified\s+and gzipped/.exec(readFileSync(readme, 'utf8'))
if (!stated) {
  console.error('the README states no browser bundle size (`about N KiB minified and gzipped`)')
  process.exit(1)
}
const figure = Number(stated[1])
const measured = gzipped / 1024
console.log(`  README: about ${figure} KiB minified and gzipped; measured ${measured.toFixed(1)} KiB (allowed ${(figure * 0.8).toFixed(1)}–${(figure * 1.1).toFixed(1)})`)
if (measured > figure * 1.1) {
  console.error(`the browser bundle grew to ${measured.toFixed(1)} KiB gzipped, more than 10 % over the README's ${figure} KiB: shrink it or state the new figure`)
  process.exit(1)
}
if (measured < figure * 0.8) {
  console.error(`the browser bundle shrank to ${measured.toFixed(1)} KiB gzipped, more than 20 % under the README's ${figure} KiB: state the new figure`)
  process.exit(1)
}
EOF
node "$work/bundle.mjs" "$repo" "$work/consumer-module" "$work/unpacked/package/README.md" || die 'browser bundle'

step 'ci-package: all checks passed'

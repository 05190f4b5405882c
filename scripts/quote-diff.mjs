// Compare two dumps of scripts/quote-dump.mjs: every changed line, `+` when a judged speaker became right, `-` when
// it became wrong (judged: the speakerBasis values the evaluation scores). Usage: node scripts/quote-diff.mjs a.tsv b.tsv
import fs from 'node:fs'
import {JUDGED_SPEAKER_BASES, speakerMatches} from '../dist/eval.js'

const judged = new Set(['', ...JUDGED_SPEAKER_BASES])
const read = (file) =>
  fs
    .readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split('\t'))
const [before, after] = process.argv.slice(2).map(read)
let gained = 0
let lost = 0
for (let i = 0; i < before.length; i++) {
  if (before[i].join('\t') === after[i].join('\t')) continue
  const [id, start, gold, basis] = before[i]
  const scored = gold !== 'null' && judged.has(basis)
  const was = before[i][4] !== 'null' && speakerMatches(gold, before[i][4])
  const now = after[i][4] !== 'null' && speakerMatches(gold, after[i][4])
  const mark = scored && now && !was ? '+' : scored && was && !now ? '-' : ' '
  if (mark === '+') gained++
  if (mark === '-') lost++
  console.log(
    mark,
    id,
    start,
    'gold=' + gold,
    '|',
    before[i][4],
    before[i][5],
    '->',
    after[i][4],
    after[i][5],
    '|',
    after[i][6]
  )
}
console.log(`judged speakers: +${gained} -${lost}`)

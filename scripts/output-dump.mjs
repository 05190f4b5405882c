// Everything the built parser says about every story of one or more corpora, one TSV line a fact: the record
// (dateline, agency, paragraph count), every quotation (span, kind, marks, speaker, mention, cue, rule, confidence),
// every paraphrase and every speaker (name, kind, title, gender, mention count). Two dumps that are byte-identical
// mean a change moved no output at all: use it before and after a refactor (`cmp before.tsv after.tsv`), and
// scripts/quote-diff.mjs for changes meant to alter speakers.
// Usage: npm run build && node scripts/output-dump.mjs ../shared/corpus/*/*.jsonl > before.tsv
import fs from 'node:fs'
import {parseArticle, toRecord} from '../dist/index.js'

const flat = (value) => String(value ?? '-').replace(/[\t\n\r]/g, ' ')

for (const file of process.argv.slice(2)) {
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue
    const doc = JSON.parse(line)
    const options = doc.referenceDate ? {referenceDate: doc.referenceDate} : {}
    const article = parseArticle(doc.text, options)
    const record = toRecord(article)
    const names = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]))
    const out = (...fields) => console.log([doc.id, ...fields].map(flat).join('\t'))
    out('record', JSON.stringify({dateline: record.dateline, agency: record.agency, paragraphs: record.paragraphs}))
    for (const q of article.quotations) {
      out(
        'quote',
        q.position.start.offset,
        q.position.end.offset,
        q.kind,
        q.marks,
        q.group,
        names.get(q.speaker) ?? null,
        q.mention?.value,
        q.mention?.kind,
        q.cue?.value,
        q.rule,
        q.confidence
      )
    }
    for (const p of article.paraphrases) {
      out(
        'paraphrase',
        p.position.start.offset,
        p.position.end.offset,
        names.get(p.speaker) ?? null,
        p.mention?.value,
        p.cue?.value,
        p.rule,
        p.confidence
      )
    }
    for (const s of article.speakers) out('speaker', s.id, s.name, s.kind, s.title, s.gender, s.mentions.length)
  }
}

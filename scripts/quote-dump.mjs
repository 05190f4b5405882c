// Per gold quote of a corpus, what the built parser predicts, as TSV (id, start, gold speaker, speakerBasis,
// predicted speaker, rule, mention): diff two dumps with scripts/quote-diff.mjs to see what a change did.
// Usage: npm run build && node scripts/quote-dump.mjs ../shared/corpus/polnear/dev.jsonl > before.tsv
import fs from 'node:fs'
import {parseArticle} from '../dist/index.js'

for (const file of process.argv.slice(2)) {
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue
    const doc = JSON.parse(line)
    const article = parseArticle(doc.text)
    const names = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]))
    for (const gold of doc.quotes ?? []) {
      const quotation = article.quotations.find(
        (q) => q.position.start.offset < gold.end && q.position.end.offset > gold.start
      )
      const name = quotation?.speaker ? names.get(quotation.speaker) : null
      const row = [
        doc.id,
        gold.start,
        gold.speaker,
        gold.speakerBasis ?? '',
        name ?? null,
        quotation?.rule ?? '-',
        quotation?.mention?.value ?? ''
      ]
      console.log(row.join('\t').replace(/\n/g, ' '))
    }
  }
}

/** The flat metrics (thresholds, JSON) and the text report of a corpus score. */

import type {Accuracy, CorpusScore, Miss, PRF} from './types.js'

// ---------------------------------------------------------------------------------------------------------------
// Flat metrics (for thresholds and JSON)

/**
 * Every metric name `metricValues` can give. A PRF metric's bare name is its F1 (`quotes.exact`), with
 * `.precision` and `.recall` beside it. `dateline.false` is the false-dateline rate (lower is better).
 */
export const METRIC_NAMES: readonly string[] = [
  'dateline.found',
  'dateline.found.precision',
  'dateline.found.recall',
  'dateline.location',
  'dateline.date',
  'dateline.isoDate',
  'dateline.span',
  'dateline.false',
  'agency',
  'paragraphs',
  'quotes.exact',
  'quotes.exact.precision',
  'quotes.exact.recall',
  'quotes.overlap',
  'quotes.overlap.precision',
  'quotes.overlap.recall',
  'quotes.speaker',
  'quotes.speakerLenient',
  'quotes.endToEnd',
  'quotes.endToEnd.precision',
  'quotes.endToEnd.recall',
  'paraphrases',
  'paraphrases.precision',
  'paraphrases.recall',
  'paraphrases.speaker',
  'paraphrases.speakerLenient',
  'paraphrases.endToEnd',
  'paraphrases.endToEnd.precision',
  'paraphrases.endToEnd.recall'
]

const percent = (value: number | null): number | null => (value === null ? null : value * 100)

/**
 * The corpus's figures as percentages (0–100) by metric name; only metrics of annotated fields are present, and a
 * figure with nothing to measure (0/0) is `null`.
 */
export function metricValues(score: CorpusScore): Record<string, number | null> {
  const out: Record<string, number | null> = {}
  const addPRF = (name: string, value: PRF): void => {
    out[name] = percent(value.f1)
    out[`${name}.precision`] = percent(value.precision)
    out[`${name}.recall`] = percent(value.recall)
  }
  if (score.dateline !== null) {
    addPRF('dateline.found', score.dateline.found)
    out['dateline.location'] = percent(score.dateline.location.value)
    out['dateline.date'] = percent(score.dateline.date.value)
    out['dateline.isoDate'] = percent(score.dateline.isoDate.value)
    out['dateline.span'] = percent(score.dateline.span.value)
    out['dateline.false'] = percent(score.dateline.falseDatelines.rate)
  }
  if (score.agency !== null) out['agency'] = percent(score.agency.value)
  if (score.paragraphs !== null) out['paragraphs'] = percent(score.paragraphs.value)
  if (score.quotes !== null) {
    addPRF('quotes.exact', score.quotes.exact)
    addPRF('quotes.overlap', score.quotes.overlap)
    out['quotes.speaker'] = percent(score.quotes.speaker.value)
    out['quotes.speakerLenient'] = percent(score.quotes.speakerLenient.value)
    addPRF('quotes.endToEnd', score.quotes.endToEnd)
  }
  if (score.paraphrases !== null) {
    addPRF('paraphrases', score.paraphrases.found)
    out['paraphrases.speaker'] = percent(score.paraphrases.speaker.value)
    out['paraphrases.speakerLenient'] = percent(score.paraphrases.speakerLenient.value)
    addPRF('paraphrases.endToEnd', score.paraphrases.endToEnd)
  }
  return out
}

// ---------------------------------------------------------------------------------------------------------------
// Formatting

const pct = (value: number | null): string => (value === null ? '—' : (value * 100).toFixed(1))

export interface FormatOptions {
  /** Added to the heading after the document count (e.g. timing). */
  readonly note?: string | undefined
}

/** A compact table of one corpus's figures. */
export function formatScore(name: string, score: CorpusScore, options: FormatOptions = {}): string {
  const rows: Array<[string, string, string, string, string]> = []
  const prfRow = (metric: string, value: PRF): void => {
    rows.push([
      metric,
      pct(value.precision),
      pct(value.recall),
      pct(value.f1),
      `tp ${value.tp}, pred ${value.predicted}, gold ${value.gold}`
    ])
  }
  const accRow = (metric: string, value: Accuracy): void => {
    rows.push([metric, '', '', pct(value.value), `${value.correct}/${value.n}`])
  }
  if (score.dateline !== null) {
    const d = score.dateline
    prfRow('dateline.found', d.found)
    accRow('dateline.location', d.location)
    accRow('dateline.date', d.date)
    accRow('dateline.isoDate', d.isoDate)
    accRow('dateline.span', d.span)
    rows.push([
      'dateline.false',
      '',
      '',
      pct(d.falseDatelines.rate),
      `${d.falseDatelines.count} of ${d.falseDatelines.goldNull} gold-null`
    ])
  }
  if (score.agency !== null) accRow('agency', score.agency)
  if (score.paragraphs !== null) accRow('paragraphs', score.paragraphs)
  if (score.quotes !== null) {
    const q = score.quotes
    prfRow('quotes.exact', q.exact)
    prfRow('quotes.overlap', q.overlap)
    accRow('quotes.speaker', q.speaker)
    accRow('quotes.speakerLenient', q.speakerLenient)
    prfRow('quotes.endToEnd', q.endToEnd)
  }
  if (score.paraphrases !== null) {
    const p = score.paraphrases
    prfRow('paraphrases', p.found)
    accRow('paraphrases.speaker', p.speaker)
    accRow('paraphrases.speakerLenient', p.speakerLenient)
    prfRow('paraphrases.endToEnd', p.endToEnd)
  }
  const note = options.note === undefined || options.note === '' ? '' : `, ${options.note}`
  const heading = `${name} (${score.documents} docs${note})`
  if (rows.length === 0) return `${heading}\n  nothing annotated`
  const header: [string, string, string, string, string] = ['metric', 'P', 'R', 'F1/acc', 'counts']
  const width = Math.max(...[header, ...rows].map((row) => row[0].length))
  const line = (row: [string, string, string, string, string]): string =>
    `  ${row[0].padEnd(width)}  ${row[1].padStart(5)}  ${row[2].padStart(5)}  ${row[3].padStart(6)}  ${row[4]}`.trimEnd()
  return [heading, line(header), ...rows.map(line)].join('\n')
}

/** Up to `perField` misses of each field, grouped by field in metric order. */
export function formatMisses(misses: readonly Miss[], perField: number): string {
  if (perField <= 0 || misses.length === 0) return ''
  const byField = new Map<string, Miss[]>()
  for (const m of misses) {
    const list = byField.get(m.field) ?? []
    list.push(m)
    byField.set(m.field, list)
  }
  const order = (field: string): number => {
    const index = METRIC_NAMES.indexOf(field)
    return index === -1 ? METRIC_NAMES.length : index
  }
  const fields = [...byField.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b))
  const out: string[] = []
  for (const field of fields) {
    const list = byField.get(field) ?? []
    out.push(`  misses ${field} (${Math.min(perField, list.length)} of ${list.length}):`)
    for (const m of list.slice(0, perField)) {
      out.push(`    ${m.id}: gold ${m.gold ?? 'null'} | predicted ${m.predicted ?? 'null'}`)
      out.push(`      ${m.snippet}`)
    }
  }
  return out.join('\n')
}

/** Up to `perField` misses of each field, in their original order. */
export function limitMisses(misses: readonly Miss[], perField: number): Miss[] {
  const seen = new Map<string, number>()
  return misses.filter((m) => {
    const count = seen.get(m.field) ?? 0
    seen.set(m.field, count + 1)
    return count < perField
  })
}

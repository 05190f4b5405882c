/**
 * The rule section of `docs/attribution.md`, written from the rules
 * themselves (`src/attribution/rules/`): their order, pass, doc, what they
 * read, confidence and examples. `rule-docs.test.ts` checks that the section
 * matches; `WIRESTORY_WRITE_DOCS=1 npx vitest run test/attribution/rule-docs.test.ts`
 * rewrites it.
 */

import type {RuleExample, SieveRule} from '../../src/attribution/rule.js'
import {exampleLead} from '../../src/attribution/rules/wire.js'

/** Markers around the generated section. */
export const startMarker =
  '<!-- rules: generated from src/attribution/rules/ (test/attribution/rule-docs.test.ts); edit the rules, not this -->'
export const endMarker = '<!-- /rules -->'

const width = 116

/** `text` wrapped at {@link width}, continuation lines indented by `indent` spaces. */
function wrap(text: string, first: string, indent: number): string {
  const words = text.split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let line = first
  for (const word of words) {
    const candidate = line.endsWith(' ') || line === '' ? line + word : line + ' ' + word
    // (A line must not open with what Markdown reads as a list item, a heading or a quote.)
    const opensBlock = /^(?:[-+*>#]|\d+[.)])$/.test(word)
    if (candidate.length > width && line.trim() !== '' && line.length > indent && !opensBlock) {
      lines.push(line)
      line = ' '.repeat(indent) + word
    } else line = candidate
  }
  lines.push(line)
  return lines.join('\n')
}

/** A story of an example as shown: its paragraphs after the lead, `¶` between them. */
function shown(example: RuleExample): string {
  const body = example.text.startsWith(exampleLead) ? example.text.slice(exampleLead.length) : example.text
  return body
    .trim()
    .split(/\n\s*\n/)
    .join(' ¶ ')
}

function confidenceOf(rule: SieveRule): string {
  const strength = ' (× the cue’s strength or the confidence taken over, where there is one)'
  if (typeof rule.confidence === 'number') return 'confidence ' + rule.confidence + strength
  return (
    'confidence ' +
    Object.entries(rule.confidence)
      .map(([basis, value]) => basis + ' ' + value)
      .join(', ') +
    strength
  )
}

function ruleEntry(rule: SieveRule, n: number): string {
  const marker = n + '. '
  const indent = marker.length
  const facts = [
    'pass ' + rule.pass,
    'reads ' + rule.reads.join(', '),
    confidenceOf(rule),
    rule.local ? 'local' : 'not local',
    rule.passesOn ? 'passes on' : 'does not pass on',
    ...(rule.joinsGroup ? ['joins the group before'] : []),
    ...(rule.scan ? ['scan `' + rule.scan + '`'] : [])
  ]
  const parts = [
    wrap('`' + rule.name + '` — ' + rule.doc, marker, indent),
    wrap('*' + facts.join('; ') + '.*', ' '.repeat(indent), indent)
  ]
  for (const example of rule.examples) {
    parts.push(
      wrap('- `' + shown(example) + '` → ' + (example.speaker ?? 'no speaker'), ' '.repeat(indent), indent + 2)
    )
  }
  for (const example of rule.counterExamples) {
    parts.push(
      wrap('- `' + shown(example) + '` → not ' + (example.speaker ?? 'no speaker'), ' '.repeat(indent), indent + 2)
    )
  }
  return parts.join('\n')
}

/** The generated section, markers included. */
export function ruleSection(rules: readonly SieveRule[]): string {
  const out: string[] = [startMarker, '']
  let n = 0
  for (const pass of [1, 2] as const) {
    out.push(pass === 1 ? 'Pass 1, the quotation’s own sentence:' : 'Pass 2, for quotations still unattributed:', '')
    for (const rule of rules) if (rule.pass === pass) out.push(ruleEntry(rule, ++n))
    out.push('')
  }
  out.push(endMarker)
  return out.join('\n')
}

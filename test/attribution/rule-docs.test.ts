import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {sieveRules} from '../../src/attribution/rules/index.js'
import {endMarker, ruleSection, startMarker} from './rule-docs.js'

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/attribution.md')

describe('docs/attribution.md', () => {
  it('has the rule section the rules give (WIRESTORY_WRITE_DOCS=1 rewrites it)', () => {
    const docs = readFileSync(file, 'utf8')
    const start = docs.indexOf(startMarker)
    const end = docs.indexOf(endMarker)
    expect(start, 'the start marker').toBeGreaterThanOrEqual(0)
    expect(end, 'the end marker').toBeGreaterThan(start)
    const current = docs.slice(start, end + endMarker.length)
    const generated = ruleSection(sieveRules)
    if (process.env.WIRESTORY_WRITE_DOCS && current !== generated) {
      writeFileSync(file, docs.slice(0, start) + generated + docs.slice(end + endMarker.length))
      return
    }
    expect(current).toBe(generated)
  })
})

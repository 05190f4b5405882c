import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, expectTypeOf, it} from 'vitest'
import {sieveRuleNames, sieveRules} from '../../src/attribution/rules/index.js'
import {sieveSteps} from '../../src/attribution/sieve.js'
import type {SieveRuleName, SpeakerRule} from '../../src/index.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const custom = (rule: Partial<SpeakerRule>): SpeakerRule => ({name: 'mine', run: () => null, ...rule})

describe('the sieve’s configuration', () => {
  it('is the only list of names: each rule once, pass 1 before pass 2', () => {
    expect(sieveRuleNames).toEqual(sieveRules.map((rule) => rule.name))
    expect(new Set(sieveRuleNames).size).toBe(sieveRuleNames.length)
    const passes = sieveRules.map((rule) => rule.pass)
    expect(passes).toEqual([...passes].sort())
    expect(sieveRuleNames).toHaveLength(22)
  })

  it('has a module and a test file for every rule', () => {
    for (const name of sieveRuleNames) {
      expect(existsSync(path.join(here, '../../src/attribution/rules', name + '.ts')), name).toBe(true)
      expect(existsSync(path.join(here, 'rules', name + '.test.ts')), name).toBe(true)
    }
  })

  it('keeps rules that share a scan next to each other, in one pass', () => {
    const seen = new Set<string>()
    let previous: string | undefined
    for (const rule of sieveRules) {
      const scan = 'scan' in rule ? rule.scan : undefined
      if (scan !== undefined && scan !== previous) {
        expect(seen.has(scan), 'scan ' + scan).toBe(false)
        seen.add(scan)
      }
      previous = scan
    }
    expect(seen).toEqual(new Set(['after', 'before']))
  })

  it('types SieveRuleName as the union of the names', () => {
    expectTypeOf<'cue-after'>().toMatchTypeOf<SieveRuleName>()
    expectTypeOf<'sentence-subject'>().toMatchTypeOf<SieveRuleName>()
    expectTypeOf<'no-such-rule'>().not.toMatchTypeOf<SieveRuleName>()
    expectTypeOf<SpeakerRule['before']>().toEqualTypeOf<SieveRuleName | null | undefined>()
  })
})

describe('sieveSteps: custom rules', () => {
  const names = (steps: ReturnType<typeof sieveSteps>) => [...steps.pass1, ...steps.pass2].map((rule) => rule.name)

  it('gives the built-in rules by pass without custom rules', () => {
    const steps = sieveSteps([])
    expect(steps.pass1.every((rule) => rule.pass === 1) && steps.pass2.every((rule) => rule.pass === 2)).toBe(true)
    expect(names(steps)).toEqual(sieveRuleNames)
  })

  it('inserts before or after the whole group of rules that share a scan', () => {
    const before = names(sieveSteps([custom({before: 'sentence-cue-after'})]))
    expect(before.indexOf('mine')).toBe(before.indexOf('cue-after') - 1)
    const after = names(sieveSteps([custom({after: 'cue-after'})]))
    expect(after.indexOf('mine')).toBe(after.indexOf('according-to') + 1)
    const outer = names(sieveSteps([custom({after: 'cue-before'})]))
    expect(outer.indexOf('mine')).toBe(outer.indexOf('cue-before-outer') + 1)
  })

  it('runs a rule in the pass of its anchor, last without one, and after an earlier custom rule it names', () => {
    const steps = sieveSteps([
      custom({name: 'first', before: 'split'}),
      custom({name: 'second', after: 'first' as SieveRuleName}),
      custom({name: 'last'})
    ])
    expect(steps.pass2.map((rule) => rule.name).slice(0, 3)).toEqual(['first', 'second', 'split'])
    expect(steps.pass2.at(-1)?.name).toBe('last')
    expect(steps.pass1.some((rule) => rule.name === 'first')).toBe(false)
  })

  it('rejects an anchor that names no rule', () => {
    expect(() => sieveSteps([custom({before: 'nothing' as SieveRuleName})])).toThrow(RangeError)
  })
})

import {describe, expect, test, vi} from 'vitest'
import {readOptions} from '../../src/options.js'

const seen: unknown[] = []

vi.mock('../../src/attribution/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/attribution/index.js')>()
  return {
    ...original,
    analyzeSpeech(input: Parameters<typeof original.analyzeSpeech>[0]) {
      seen.push((input as unknown as {settings: unknown}).settings)
      return original.analyzeSpeech(input)
    }
  }
})

const {parseArticle} = await import('../../src/index.js')

describe('options of the analyzers and extension points', () => {
  test('unknown option names are still a TypeError, listing the new ones', () => {
    expect(() => readOptions({plugin: []})).toThrow(TypeError)
    expect(() => readOptions({plugin: []})).toThrow(/plugins, articlePlugins, cues, titles, nominals/)
  })

  test('defaults', () => {
    const settings = readOptions(undefined)
    expect(settings.plugins).toEqual([])
    expect(settings.articlePlugins).toEqual([])
    expect(settings.speech).toEqual({cues: [], titles: [], nominals: {person: [], organisation: []}, rules: []})
    expect(readOptions({}).speech).toBe(settings.speech)
  })

  test('plugins and articlePlugins must be lists of plugins, tuples or presets', () => {
    const plugin = () => () => {}
    expect(readOptions({plugins: [plugin, [plugin, {a: 1}], {plugins: [plugin]}]}).plugins).toHaveLength(3)
    expect(() => readOptions({plugins: plugin})).toThrow(/expected `plugins` to be a list of plugins/)
    expect(() => readOptions({plugins: ['retext-pos']})).toThrow(/`plugins\[0\]` to be a plugin/)
    expect(() => readOptions({articlePlugins: [[{}]]})).toThrow(/`articlePlugins\[0\]\[0\]` to be a plugin/)
    expect(() => readOptions({plugins: [{plugins: [42]}]})).toThrow(/`plugins\[0\]\.plugins\[0\]`/)
    expect(() => readOptions({plugins: [{}]})).toThrow(TypeError)
  })

  test('cues are checked and normalised', () => {
    const {speech} = readOptions({
      cues: [
        {lemma: 'Quip', forms: ['Quipped', ' quips ']},
        {lemma: 'muse', forms: ['mused'], strength: 0.5}
      ]
    })
    expect(speech.cues).toEqual([
      {lemma: 'quip', forms: ['quipped', 'quips'], strength: 1},
      {lemma: 'muse', forms: ['mused'], strength: 0.5}
    ])
    expect(() => readOptions({cues: {lemma: 'x'}})).toThrow(TypeError)
    expect(() => readOptions({cues: [{forms: ['x']}]})).toThrow(/`cues\[0\]\.lemma`/)
    expect(() => readOptions({cues: [{lemma: 'x', forms: []}]})).toThrow(/`cues\[0\]\.forms`/)
    expect(() => readOptions({cues: [{lemma: 'x', forms: [3]}]})).toThrow(/`cues\[0\]\.forms\[0\]`/)
    expect(() => readOptions({cues: [{lemma: 'x', forms: ['x'], strength: 2}]})).toThrow(RangeError)
  })

  test('titles and nominals are checked and normalised', () => {
    const {speech} = readOptions({
      titles: ['Ombudsman', 'Amb.'],
      nominals: {person: ['Forecaster'], organisation: ['regulator  body']}
    })
    expect(speech.titles).toEqual(['ombudsman', 'amb.'])
    expect(speech.nominals).toEqual({person: ['forecaster'], organisation: ['regulator body']})
    expect(() => readOptions({titles: 'ombudsman'})).toThrow(TypeError)
    expect(() => readOptions({titles: ['']})).toThrow(/`titles\[0\]`/)
    expect(() => readOptions({nominals: ['forecaster']})).toThrow(TypeError)
    expect(() => readOptions({nominals: {people: []}})).toThrow(/unknown field `nominals.people`/)
  })

  test('the speech settings are passed to the speech stage', () => {
    seen.length = 0
    parseArticle('MOSCOW, May 5. /TASS/. The forecaster quipped that rain was due.', {
      cues: [{lemma: 'quip', forms: ['quipped']}],
      titles: ['forecaster'],
      nominals: {person: ['forecaster']}
    })
    expect(seen).toEqual([
      {
        cues: [{lemma: 'quip', forms: ['quipped'], strength: 1}],
        titles: ['forecaster'],
        nominals: {person: ['forecaster'], organisation: []},
        rules: []
      }
    ])
  })
})

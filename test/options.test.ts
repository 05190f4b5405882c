import {describe, expect, it} from 'vitest'
import {parseArticle} from '../src/index.js'

const story = 'MOSCOW, May 5. /TASS/. "We are ready," the minister told reporters.'

/** Run `body` with `Object.prototype[key]` set to `value`, and remove it again whatever happens. */
function polluted(key: string, value: unknown, body: () => void): void {
  Object.defineProperty(Object.prototype, key, {value, configurable: true, writable: true, enumerable: false})
  try {
    body()
  } finally {
    delete (Object.prototype as Record<string, unknown>)[key]
  }
}

describe('options are read as own properties only', () => {
  const calls: string[] = []
  const injected = function injected() {
    calls.push('attached')
    return () => {
      calls.push('ran')
    }
  }

  for (const key of ['plugins', 'articlePlugins']) {
    it('ignores a polluted `Object.prototype.' + key + '`', () => {
      calls.length = 0
      polluted(key, [injected], () => {
        const article = parseArticle(story, {})
        expect(article.quotations).toHaveLength(1)
        parseArticle(story)
        // A preset object a user passes is not a preset through the prototype either.
        parseArticle(story, {plugins: []})
      })
      expect(calls).toEqual([])
    })
  }

  it('ignores a polluted `Object.prototype.rules`', () => {
    calls.length = 0
    polluted('rules', [{name: 'injected', before: 'quoted-as-saying', run: () => calls.push('rule')}], () => {
      expect(parseArticle(story, {}).quotations).toHaveLength(1)
    })
    expect(calls).toEqual([])
  })

  it('ignores a polluted `Object.prototype.agencies`', () => {
    polluted('agencies', [{name: 'Injected', aliases: ['TASS']}], () => {
      expect(parseArticle(story, {}).agency).toBe('TASS')
    })
  })

  it('ignores polluted fields of a cue, rule or agency the user gives', () => {
    calls.length = 0
    polluted(
      'run',
      () => calls.push('run'),
      () => {
        // A rule without its own `run` is an error, not the prototype's `run`.
        expect(() => parseArticle(story, {rules: [{name: 'mine'} as never]})).toThrow(TypeError)
      }
    )
    polluted('strength', 5, () => {
      expect(() => parseArticle(story, {cues: [{lemma: 'quip', forms: ['quipped']}]})).not.toThrow()
    })
    expect(calls).toEqual([])
  })

  it('still reads options a user sets on an object with no prototype', () => {
    const options = Object.assign(Object.create(null) as object, {referenceDate: '2024-05-05'})
    expect(parseArticle(story, options).children.find((child) => child.type === 'dateline')).toMatchObject({
      isoDate: '2024-05-05'
    })
  })
})

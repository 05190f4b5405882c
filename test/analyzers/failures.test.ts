import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {parseArticle, parseArticleAsync, type Analyzer, type ArticlePlugin} from '../../src/index.js'

const story = readFileSync(new URL('../../fixtures/ap/washington.txt', import.meta.url), 'utf8')

function caught(run: () => unknown): Error {
  try {
    run()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a throw')
}

describe('plugin failures', () => {
  const boom = new Error('boom')
  const explode: Analyzer = function retextExplode() {
    return () => {
      throw boom
    }
  }

  test('a transformer that throws surfaces as an Error naming the plugin, with `cause`', () => {
    const file = new VFile({value: story, path: 'story.txt'})
    const error = caught(() => parseArticle(file, {plugins: [explode]}))
    expect(error).toBeInstanceOf(Error)
    expect(error.message).toBe('wirestory: analyzer `retextExplode` failed: boom')
    expect(error.cause).toBe(boom)
    // The input is not mutated.
    expect(file.value).toBe(story)
  })

  test('an attacher that throws names the plugin too', () => {
    const badOptions: Analyzer<[{level: number}?]> = function retextStrict(options) {
      if (!options) throw new TypeError('missing options')
      return () => {}
    }
    const error = caught(() => parseArticle(story, {plugins: [badOptions]}))
    expect(error.message).toBe('wirestory: analyzer `retextStrict` failed while attaching: missing options')
    expect(error.cause).toBeInstanceOf(TypeError)
  })

  test('a failing article plugin is named', () => {
    const tagger: ArticlePlugin = function tagCountries() {
      return (article) => {
        void article.quotations[99].value
      }
    }
    const error = caught(() => parseArticle(story, {articlePlugins: [tagger]}))
    expect(error.message).toMatch(/^wirestory: article plugin `tagCountries` failed: /)
    expect(error.cause).toBeInstanceOf(TypeError)
  })

  test('an anonymous plugin is called `anonymous`; a non-Error throw is wrapped', () => {
    const error = caught(() =>
      parseArticle(story, {
        plugins: [
          [
            () => () => {
              throw 'a string'
            }
          ]
        ]
      })
    )
    expect(error.message).toBe('wirestory: analyzer `anonymous` failed: a string')
    expect(error.cause).toBe('a string')
  })

  test('a plugin that changes `file.value` is an error and the value is restored', () => {
    const rewrite: Analyzer = function rewriteValue() {
      return (_tree, file) => {
        file.value = 'something else'
      }
    }
    const file = new VFile({value: story})
    expect(() => parseArticle(file, {plugins: [rewrite]})).toThrow(/`rewriteValue` changed `file.value`/)
    expect(file.value).toBe(story)
  })

  test('a thrower after a file-changing step still leaves the value as it was', () => {
    const rewriteThenThrow: Analyzer = function rewriteThenThrow() {
      return (_tree, file) => {
        file.value = ''
        throw new Error('late')
      }
    }
    const file = new VFile({value: story})
    expect(() => parseArticle(file, {plugins: [rewriteThenThrow]})).toThrow(/`rewriteThenThrow` failed: late/)
    expect(file.value).toBe(story)
  })

  test('async: a rejected promise and `next(error)` are named', async () => {
    const rejects: Analyzer = function retextRejects() {
      return async () => {
        throw boom
      }
    }
    await expect(parseArticleAsync(story, {plugins: [rejects]})).rejects.toMatchObject({
      message: 'wirestory: analyzer `retextRejects` failed: boom',
      cause: boom
    })
    const callsBack: ArticlePlugin = function callsBack() {
      return (_article, _file, next) => {
        setTimeout(() => next(boom), 1)
      }
    }
    await expect(parseArticleAsync(story, {articlePlugins: [callsBack]})).rejects.toMatchObject({
      message: 'wirestory: article plugin `callsBack` failed: boom',
      cause: boom
    })
  })

  test('messages reported before the failure stay on the file', () => {
    const warnThenThrow: Analyzer = function warnThenThrow() {
      return (tree, file) => {
        file.message('first', {place: tree.position, source: 'warn-then-throw'})
        throw boom
      }
    }
    const file = new VFile({value: story})
    expect(() => parseArticle(file, {plugins: [warnThenThrow]})).toThrow(/warnThenThrow/)
    expect(file.messages.some((message) => message.source === 'warn-then-throw')).toBe(true)
  })

  test('an article plugin returning something that is not an article is an error naming it', () => {
    for (const [value, said] of [
      [42, 'returned a number, not an article tree'],
      ['done', 'returned a string, not an article tree'],
      [{type: 'RootNode', children: []}, 'returned a `RootNode` node, not an article tree'],
      [[1], 'returned an array, not an article tree'],
      [{children: []}, 'returned an object with no `type`, not an article tree']
    ] as const) {
      const returns: ArticlePlugin = function returnsJunk() {
        return (() => value) as never
      }
      const error = caught(() => parseArticle(story, {articlePlugins: [returns]}))
      expect(error.message).toBe(
        'wirestory: article plugin `returnsJunk` ' + said + ' (return nothing to keep the tree it was given)'
      )
    }
  })

  test('an analyzer returning a number is an error naming it; one returning a tree or nothing is not', () => {
    const junk: Analyzer = function retextJunk() {
      return (() => 42) as never
    }
    expect(caught(() => parseArticle(story, {plugins: [junk]})).message).toBe(
      'wirestory: analyzer `retextJunk` returned a number, not a tree (return nothing to keep the tree it was given)'
    )
    const same: Analyzer = function retextSame() {
      return (tree) => tree
    }
    const nothing: ArticlePlugin = function keeps() {
      return () => undefined
    }
    const article: ArticlePlugin = function returnsArticle() {
      return (tree) => tree
    }
    expect(parseArticle(story, {plugins: [same], articlePlugins: [nothing, article]}).type).toBe('article')
  })

  test('async: a plugin resolving or calling back with a non-tree is named', async () => {
    const resolves: ArticlePlugin = function resolvesJunk() {
      return (async () => 42) as never
    }
    await expect(parseArticleAsync(story, {articlePlugins: [resolves]})).rejects.toThrow(
      'wirestory: article plugin `resolvesJunk` returned a number, not an article tree'
    )
    const callsBack: ArticlePlugin = function callsBackJunk() {
      return ((_article: unknown, _file: unknown, next: (error: unknown, tree?: unknown) => void) => {
        setTimeout(() => next(null, 42), 1)
      }) as never
    }
    await expect(parseArticleAsync(story, {articlePlugins: [callsBack]})).rejects.toThrow(
      'wirestory: article plugin `callsBackJunk` returned a number, not an article tree'
    )
  })

  test('a thrown value with no string form keeps the plugin name', () => {
    const bare = Object.create(null) as object
    const throwsBare: Analyzer = function retextBare() {
      return () => {
        throw bare
      }
    }
    const error = caught(() => parseArticle(story, {plugins: [throwsBare]}))
    expect(error.message).toBe('wirestory: analyzer `retextBare` failed: a thrown object with no string form')
    expect(error.cause).toBe(bare)
    const withMessage: ArticlePlugin = function throwsErrorLike() {
      return () => {
        throw Object.assign(Object.create(null) as object, {message: 'not an Error, but says why'})
      }
    }
    expect(caught(() => parseArticle(story, {articlePlugins: [withMessage]})).message).toBe(
      'wirestory: article plugin `throwsErrorLike` failed: not an Error, but says why'
    )
  })
})

/**
 * Running analyzers (retext plugins) and article plugins with unified.
 *
 * Every attacher is wrapped so that a failure names its plugin: an error
 * thrown (or passed, or rejected) while attaching or transforming surfaces as
 * an `Error` whose message names the attacher and whose `cause` is the
 * original error. A plugin that changes `file.value` is an error too (the
 * article's positions slice that value): the value is restored.
 *
 * @module
 */

import type {Node} from 'unist'
import {unified, type Pluggable, type PluggableList, type Plugin, type Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Article} from '../ast.js'
import {toNlcst} from './nlcst.js'

/** Frozen base processor: each run starts from a copy (`base()`). */
const base = unified().freeze()

type Mode = 'sync' | 'async'
type AnyPlugin = Plugin<unknown[], Node, Node>
type Callback = (error?: unknown, tree?: Node, file?: VFile) => void
type TransformerLike = (tree: Node, file: VFile, next?: Callback) => unknown

/** What a wrapped run reports as the plugin kind in messages. */
type Kind = 'analyzer' | 'article plugin'

/**
 * Run analyzers over the article's nlcst tree, synchronously.
 *
 * @throws {Error} When a plugin fails (naming it, with `cause`) or is async.
 */
export function runAnalyzersSync(article: Article, file: VFile, plugins: PluggableList): void {
  if (plugins.length === 0) return
  const processor = prepare(plugins, 'sync', 'analyzer', file)
  runSync(processor, toNlcst(article), file)
}

/** Run analyzers over the article's nlcst tree; async plugins allowed. */
export async function runAnalyzers(article: Article, file: VFile, plugins: PluggableList): Promise<void> {
  if (plugins.length === 0) return
  const processor = prepare(plugins, 'async', 'analyzer', file)
  await processor.run(toNlcst(article), file)
}

/**
 * Run article plugins, synchronously.
 *
 * @returns The article (or the tree the last transformer returned).
 */
export function runArticlePluginsSync(article: Article, file: VFile, plugins: PluggableList): Article {
  if (plugins.length === 0) return article
  const processor = prepare(plugins, 'sync', 'article plugin', file)
  return runSync(processor, article, file) as Article
}

/** Run article plugins; async plugins allowed. */
export async function runArticlePlugins(article: Article, file: VFile, plugins: PluggableList): Promise<Article> {
  if (plugins.length === 0) return article
  const processor = prepare(plugins, 'async', 'article plugin', file)
  return (await processor.run(article, file)) as Article
}

function runSync(processor: Processor<undefined, Node, Node>, tree: Node, file: VFile): Node {
  try {
    return processor.runSync(tree, file)
  } catch (error) {
    // Fallback for async work the wrappers could not see (`runSync finished async`).
    if (error instanceof Error && /finished async/.test(error.message)) {
      throw new Error(
        'wirestory: a plugin is async, so `parseArticle` cannot run it; use `parseArticleAsync` instead',
        {cause: error}
      )
    }
    throw error
  }
}

/** Make a processor whose attachers are the wrapped `plugins`. */
function prepare(plugins: PluggableList, mode: Mode, kind: Kind, file: VFile): Processor<undefined, Node, Node> {
  if (!Array.isArray(plugins)) {
    throw new TypeError('wirestory: expected a list of plugins')
  }
  // One wrapper per attacher, so unified still merges repeated attachers.
  const wrappers = new Map<AnyPlugin, AnyPlugin>()
  const wrapList = (list: PluggableList): PluggableList => list.map((entry) => wrapEntry(entry))
  const wrapPlugin = (plugin: AnyPlugin): AnyPlugin => {
    if (typeof plugin !== 'function') {
      throw new TypeError('wirestory: expected a plugin (a function), not `' + describe(plugin) + '`')
    }
    let wrapper = wrappers.get(plugin)
    if (!wrapper) {
      wrapper = wrapAttacher(plugin, mode, kind, file)
      wrappers.set(plugin, wrapper)
    }
    return wrapper
  }
  const wrapEntry = (entry: Pluggable): Pluggable => {
    if (typeof entry === 'function') return wrapPlugin(entry as AnyPlugin)
    if (Array.isArray(entry)) {
      const [plugin, ...parameters] = entry as unknown as [AnyPlugin, ...unknown[]]
      return [wrapPlugin(plugin), ...parameters] as unknown as Pluggable
    }
    if (typeof entry === 'object' && entry !== null) {
      return {...entry, plugins: entry.plugins ? wrapList(entry.plugins) : entry.plugins}
    }
    throw new TypeError(
      'wirestory: expected a plugin, a `[plugin, options]` tuple or a preset, not `' + describe(entry) + '`'
    )
  }
  const processor = base().use(wrapList(plugins)) as unknown as Processor<undefined, Node, Node>
  processor.freeze()
  return processor
}

function wrapAttacher(attacher: AnyPlugin, mode: Mode, kind: Kind, file: VFile): AnyPlugin {
  const name = attacher.name || 'anonymous'
  const wrapped = function (this: Processor, ...parameters: unknown[]) {
    let transformer: unknown
    try {
      transformer = (attacher as (...args: unknown[]) => unknown).apply(this, parameters)
    } catch (error) {
      throw failure(kind, name, 'failed while attaching', error)
    }
    if (typeof transformer !== 'function') return transformer
    return wrapTransformer(transformer as TransformerLike, name, mode, kind, file)
  }
  Object.defineProperty(wrapped, 'name', {value: name})
  return wrapped as unknown as AnyPlugin
}

function wrapTransformer(
  transformer: TransformerLike,
  name: string,
  mode: Mode,
  kind: Kind,
  file: VFile
): TransformerLike {
  const value = file.value
  const guard = (): void => {
    if (file.value !== value) {
      file.value = value
      throw new Error(
        'wirestory: ' + kind + ' `' + name + '` changed `file.value`; plugins must leave the input as it is'
      )
    }
  }

  // trough (unified's runner) passes a callback to transformers that declare a third parameter.
  if (transformer.length >= 3) {
    return function (this: unknown, tree: Node, file_: VFile, next?: Callback) {
      let called = false
      transformer.call(this, tree, file_, (error?: unknown, ...rest: unknown[]) => {
        called = true
        if (error) {
          restore()
          next!(failure(kind, name, 'failed', error))
          return
        }
        try {
          guard()
          checkResult(rest[0], kind, name)
        } catch (guardError) {
          next!(guardError)
          return
        }
        ;(next as (...args: unknown[]) => void)(null, ...rest)
      })
      if (mode === 'sync' && !called) throw asyncError(kind, name)
    } as TransformerLike
  }

  return function (this: unknown, tree: Node, file_: VFile) {
    let result: unknown
    try {
      result = transformer.call(this, tree, file_)
    } catch (error) {
      restore()
      throw failure(kind, name, 'failed', error)
    }
    if (isPromiseLike(result)) {
      if (mode === 'sync') {
        // Swallow its outcome: we report it as async right away.
        result.then(undefined, () => {})
        throw asyncError(kind, name)
      }
      return result.then(
        (tree_) => {
          guard()
          checkResult(tree_, kind, name)
          return tree_
        },
        (error: unknown) => {
          restore()
          throw failure(kind, name, 'failed', error)
        }
      )
    }
    if (result instanceof Error) {
      restore()
      return failure(kind, name, 'failed', result)
    }
    guard()
    checkResult(result, kind, name)
    return result
  } as TransformerLike

  function restore(): void {
    file.value = value
  }
}

function asyncError(kind: Kind, name: string): Error {
  return new Error(
    'wirestory: ' + kind + ' `' + name + '` is async, so `parseArticle` cannot run it; use `parseArticleAsync` instead'
  )
}

/**
 * What a transformer returned must be nothing (the tree it was given goes on) or a tree: a node (an object with a
 * string `type`), an `article` for article plugins (`parseArticle` returns it).
 *
 * @throws {Error} Naming the plugin, when it is not.
 */
function checkResult(result: unknown, kind: Kind, name: string): void {
  if (result === undefined || result === null) return
  const type = typeof result === 'object' ? (result as {type?: unknown}).type : undefined
  if (kind === 'article plugin' ? type === 'article' : typeof type === 'string') return
  const what =
    typeof result !== 'object'
      ? 'a ' + typeof result
      : typeof type === 'string'
        ? 'a `' + type.slice(0, 40) + '` node'
        : Array.isArray(result)
          ? 'an array'
          : 'an object with no `type`'
  throw new Error(
    'wirestory: ' +
      kind +
      ' `' +
      name +
      '` returned ' +
      what +
      ', not ' +
      (kind === 'article plugin' ? 'an article tree' : 'a tree') +
      ' (return nothing to keep the tree it was given)'
  )
}

function failure(kind: Kind, name: string, what: string, cause: unknown): Error {
  const error = new Error('wirestory: ' + kind + ' `' + name + '` ' + what + ': ' + reasonOf(cause), {cause})
  return error
}

/**
 * The message of a thrown value: an error's message, else its string form; a value with none (`Object.create(null)`,
 * whose `String()` throws) is described instead, so that the plugin's name is never lost.
 */
function reasonOf(cause: unknown): string {
  if (cause instanceof Error) return cause.message
  try {
    const message = typeof cause === 'object' && cause !== null ? (cause as {message?: unknown}).message : undefined
    return typeof message === 'string' ? message : String(cause)
  } catch {
    return 'a thrown ' + (typeof cause === 'object' ? 'object' : typeof cause) + ' with no string form'
  }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as {then?: unknown}).then === 'function'
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

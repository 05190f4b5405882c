/**
 * Types of the plugins `parseArticle` runs.
 *
 * - An **analyzer** is a retext plugin: a unified attacher whose transformer
 *   receives the story's nlcst `Root` (see `toNlcst`) and the `VFile` of the
 *   call. Any retext plugin from npm is an analyzer.
 * - An **article plugin** is a unified attacher whose transformer receives
 *   the parsed {@link Article} and the `VFile`; it runs after the analyzers.
 *
 * Both are passed as unified `PluggableList`s: plugins, `[plugin, options]`
 * tuples and presets (`{plugins, settings}`).
 *
 * @module
 */

import type {Root as NlcstRoot} from 'nlcst'
import type {Plugin, PluggableList, Transformer} from 'unified'
import type {Article} from '../ast.js'

export type {Pluggable, PluggableList} from 'unified'

/**
 * A retext plugin run over the story's nlcst tree by the `plugins` option.
 *
 * @typeParam Options The attacher's parameters (`[]` when it takes none,
 *   `[Options?]` for an optional options object).
 */
export type Analyzer<Options extends unknown[] = []> = Plugin<Options, NlcstRoot, NlcstRoot>

/** What an {@link Analyzer}'s attacher returns: `(tree, file) => …`, maybe async. */
export type AnalyzerTransformer = Transformer<NlcstRoot, NlcstRoot>

/**
 * A unified plugin run over the parsed article by the `articlePlugins`
 * option. Its transformer may mutate the article (stand-off lists, `data`
 * fields) or return a new {@link Article}; it must keep the tree lossless.
 */
export type ArticlePlugin<Options extends unknown[] = []> = Plugin<Options, Article, Article>

/** What an {@link ArticlePlugin}'s attacher returns: `(article, file) => …`, maybe async. */
export type ArticleTransformer = Transformer<Article, Article>

/** A list of analyzers (retext plugins), tuples and presets: the `plugins` option. */
export type AnalyzerList = PluggableList

/** A list of article plugins, tuples and presets: the `articlePlugins` option. */
export type ArticlePluginList = PluggableList

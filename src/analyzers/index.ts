/**
 * Pluggable analyzers: retext plugins over the story's nlcst tree, article
 * plugins over the article, and helpers to reach nlcst nodes from article
 * nodes. See `docs/plugins.md`.
 *
 * @module
 */

export {toNlcst, nlcstUnder} from './nlcst.js'
export type {NlcstContent, NlcstTypeMap} from './nlcst.js'
export type {
  Analyzer,
  AnalyzerList,
  AnalyzerTransformer,
  ArticlePlugin,
  ArticlePluginList,
  ArticleTransformer,
  Pluggable,
  PluggableList
} from './types.js'

/**
 * `wirestoryParse`: wirestory as a unified parser, as `remark-parse` is for markdown.
 *
 * @module
 */

import type {Compiler, Parser, Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Article} from '../ast.js'
import {readOptions, type ParseOptions} from '../options.js'
import {parseStory} from '../parse.js'
import {serializeArticle} from './serialize.js'

/**
 * A unified plugin that parses wire stories into wirestory's {@link Article} tree.
 *
 * `unified().use(wirestoryParse, options)` makes a processor whose `parse` is
 * `parseArticle` with `options`: the tree is the article (header, dateline,
 * paragraphs of nlcst, trailer, with the stand-off `quotations`,
 * `paraphrases` and `speakers` on the root), the parse's warnings land on the
 * file, and the options' `plugins` (analyzers) and `articlePlugins` run
 * during the parse, exactly as `parseArticle` runs them (synchronously).
 *
 * The plugins `.use`d after it are transformers of the article. retext
 * plugins among them run on it as they are: they walk `SentenceNode`s,
 * `WordNode`s and punctuation, which the article's `paragraph`s hold, so
 * `unified().use(wirestoryParse).use(retextReadability).process(story)` puts
 * retext-readability's messages on the file, with places in the story. The
 * few retext plugins that look for `ParagraphNode`s or the `RootNode` go in
 * the `plugins` option instead, which hands them the story's true nlcst root
 * (see `docs/unified.md`).
 *
 * Unless the processor already has one, it also sets a compiler that
 * serializes the tree back to text: the story itself, as the tree is
 * lossless (a plugin that changes leaves changes the output). So `process`,
 * `processSync`, unified-engine and unified-args work with no other plugin;
 * use `wirestoryHtml` (or your own compiler) after it for another output.
 *
 * @param options Options of {@link parseArticle} (checked when the plugin is attached).
 * @throws {TypeError} When options are malformed (as `parseArticle`).
 * @throws {RangeError} When `referenceDate` is not a valid date.
 *
 * @example
 * ```ts
 * import retextReadability from 'retext-readability'
 * import {unified} from 'unified'
 * import {wirestoryParse} from 'wirestory'
 *
 * const file = await unified()
 *   .use(wirestoryParse, {referenceDate: '2024-09-10'})
 *   .use(retextReadability, {age: 18})
 *   .process(story)
 * file.messages // wirestory's warnings and retext-readability's, with places in the story
 * ```
 */
export const wirestoryParse: Plugin<[(Readonly<ParseOptions> | null | undefined)?], string, Article> = function (
  this: Processor,
  options?: Readonly<ParseOptions> | null | undefined
): undefined {
  const settings = readOptions(options)
  const self = this as unknown as Processor<Article, Article, Article, Article, string>

  const parser: Parser<Article> = (document: string, file: VFile): Article => parseStory(document, file, settings, file)
  self.parser = parser

  if (!self.compiler) {
    const compiler: Compiler<Article, string> = (tree: Article, file: VFile): string =>
      serializeArticle(tree, file.value === undefined ? undefined : String(file))
    self.compiler = compiler
  }
  return undefined
}

/**
 * `wirestoryHtml`: the HTML view as a unified compiler.
 *
 * @module
 */

import type {Compiler, Plugin, Processor} from 'unified'
import type {Article} from '../ast.js'
import {readTitle, renderHtml, type HtmlOptions} from '../html/render.js'

/**
 * A unified plugin that compiles the article tree to the HTML view of
 * {@link renderHtml}: one self-contained page with each quotation and
 * paraphrase highlighted in its speaker's colour.
 *
 * Use it after {@link wirestoryParse}: `unified().use(wirestoryParse)
 * .use(wirestoryHtml).process(story)` gives a file whose value is the page.
 *
 * @param options Options of {@link renderHtml} (`title`).
 * @throws {TypeError} When options are malformed.
 *
 * @example
 * ```ts
 * const file = await unified().use(wirestoryParse).use(wirestoryHtml).process(story)
 * String(file) // '<!doctype html>…'
 * ```
 */
export const wirestoryHtml: Plugin<[(Readonly<HtmlOptions> | null | undefined)?], Article, string> = function (
  this: Processor,
  options?: Readonly<HtmlOptions> | null | undefined
): undefined {
  const title = readTitle(options) // checked now, not on the first file
  const self = this as unknown as Processor<Article, Article, Article, Article, string>
  const compiler: Compiler<Article, string> = (tree) => renderHtml(tree, {title})
  self.compiler = compiler
  return undefined
}

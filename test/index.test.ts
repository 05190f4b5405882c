/**
 * The public API as users meet it: every value and every type the declarations (dist/index.d.ts, built by
 * `npm test`'s pretest) mention is exported, so users can name what they hold. The runtime exports are listed in
 * test/parse.test.ts ("should expose the public API").
 */

import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, expectTypeOf, it} from 'vitest'
import type * as api from '../src/index.js'

/**
 * Declared in dist/index.d.ts but not exported: `sieveRules`, the built-in rule list, which the declarations
 * mention only as `typeof sieveRules` (where `SieveRuleName` comes from). It is no runtime export: a type-only
 * export would show in the declarations as a value users could import.
 */
const notExported = ['sieveRules']

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const declarations = path.join(root, 'dist', 'index.d.ts')

/** The types a user meets, by what they come with: options, nodes, records, analyzers, messages, the HTML view. */
type Exported = [
  api.ParseOptions,
  api.CueOption,
  api.NominalsOption,
  api.AgencyDefinition,
  api.RecordOptions,
  api.HtmlOptions,
  api.Article,
  api.ArticleContent,
  api.ArticleContentMap,
  api.Header,
  api.HeaderField,
  api.Headline,
  api.Byline,
  api.Noise,
  api.Agency,
  api.Dateline,
  api.DatelineContent,
  api.DatelinePlace,
  api.DatelineDate,
  api.DatelinePunctuation,
  api.Paragraph,
  api.ParagraphContent,
  api.Trailer,
  api.TrailerContent,
  api.SignOff,
  api.Credits,
  api.Copyright,
  api.More,
  api.EndMark,
  api.WhiteSpace,
  api.Quotation,
  api.QuotationKind,
  api.QuotationMarks,
  api.QuotationMark,
  api.Cue,
  api.Paraphrase,
  api.Mention,
  api.MentionKind,
  api.Speaker,
  api.Nodes,
  api.Node,
  api.Literal,
  api.Parent,
  api.Data,
  api.Position,
  api.Point,
  api.ArticleRecord,
  api.DatelineRecord,
  api.QuoteRecord,
  api.Analyzer,
  api.AnalyzerList,
  api.AnalyzerTransformer,
  api.ArticlePlugin,
  api.ArticlePluginList,
  api.ArticleTransformer,
  api.Pluggable,
  api.PluggableList,
  api.NlcstContent,
  api.NlcstTypeMap,
  api.MessageRuleId,
  api.WirestoryMessage
]

describe('public types', () => {
  it.skipIf(!existsSync(declarations))('should export every type its declarations use', () => {
    const text = readFileSync(declarations, 'utf8')
    const declared = [...text.matchAll(/^(?:declare )?(?:interface|type|const|function) ([A-Za-z_$][\w$]*)/gm)].map(
      (match) => match[1]
    )
    const exportList = /^export \{([^}]*)\};?$/m.exec(text)?.[1] ?? ''
    const exported = new Set(
      exportList.split(',').map(
        (name) =>
          name
            .trim()
            .replace(/^type /, '')
            .split(' as ')[0]
      )
    )
    const missing = [...new Set(declared)].filter((name) => !exported.has(name) && !name.includes('$')).sort()
    expect(missing).toEqual(notExported)
  })

  it('should type the message rule ids as a union', () => {
    expectTypeOf<api.MessageRuleId>().toEqualTypeOf<
      | 'empty-document'
      | 'missing-dateline'
      | 'missing-paragraphs'
      | 'control-character'
      | 'unresolved-date'
      | 'unclosed-quotation'
      | 'unopened-quotation'
      | 'dense-quotation-marks'
      | 'quotation-depth'
    >()
    expectTypeOf<api.WirestoryMessage['source']>().toEqualTypeOf<'wirestory'>()
    expectTypeOf<Exported>().not.toBeAny()
  })
})

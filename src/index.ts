/**
 * wirestory: parse wire-style news copy into a lossless unist syntax tree.
 *
 * @packageDocumentation
 */

export {parseArticle, parseArticleAsync} from './parse.js'
export * from './analyzers/index.js'
export {toRecord} from './record.js'
export type {ArticleRecord, DatelineRecord, ParaphraseRecord, QuoteRecord, RecordOptions} from './record.js'
export type {CueOption, NominalsOption, ParseOptions, SpeechSettings} from './options.js'
export type {SpeakerRule, SpeakerRuleContext, SpeakerRuleResult} from './attribution/custom.js'
export type {RuleDescription, RuleExample, RuleReads, SieveRule} from './attribution/rule.js'
export type {SieveRuleName} from './attribution/rules/index.js'
export type {AgencyDefinition} from './lexicon/agencies.js'
export {agencies} from './lexicon/agencies.js'
export type * from './ast.js'
export type {RuleId as MessageRuleId, WirestoryMessage} from './messages.js'
export {wirestoryParse} from './unified/parse.js'
export {wirestoryHtml} from './unified/html.js'
export {renderHtml} from './html/render.js'
export type {HtmlOptions} from './html/render.js'

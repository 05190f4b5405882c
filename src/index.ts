/**
 * wirestory: parse wire-style news copy into a lossless unist syntax tree.
 *
 * @packageDocumentation
 */

export {parseArticle} from './parse.js'
export {toRecord} from './record.js'
export type {ArticleRecord, DatelineRecord, QuoteRecord} from './record.js'
export type {ParseOptions} from './options.js'
export type {AgencyDefinition} from './lexicon/agencies.js'
export {agencies} from './lexicon/agencies.js'
export type * from './ast.js'

/**
 * `parseArticle`: text → frame → tree → quotations → attribution → speakers.
 */

import {VFile} from 'vfile'
import type {Article} from './ast.js'
import {createAgencyMatcher} from './frame/agency.js'
import {agencies as builtinAgencies} from './lexicon/agencies.js'
import {dateFieldNames} from './lexicon/header-fields.js'
import {createMonthLookup, parseIsoDate, type CalendarDate} from './frame/date.js'
import {readFrame, type Frame} from './frame/frame.js'
import {warn} from './messages.js'
import {readOptions, type ParseOptions} from './options.js'
import {buildArticle} from './tree/build.js'
import {analyzeSpeech, type SpeechInput} from './attribution/index.js'
import {createLocator, type Locator} from './text/location.js'
import {runAnalyzers, runAnalyzersSync, runArticlePlugins, runArticlePluginsSync} from './analyzers/run.js'
import type {Settings, SpeechSettings} from './options.js'

const controlRe = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

// Compiled once from constant data; read-only afterwards.
const builtinMatcher = createAgencyMatcher(builtinAgencies)
const monthLookup = createMonthLookup()
const dateFields = new Set(dateFieldNames)

/**
 * Parse a wire story into an {@link Article} tree.
 *
 * Pure and synchronous: nothing is read from disk or network. Odd text never
 * throws; it is parsed as well as it can be, and warnings (vfile messages
 * with a `ruleId` and a `place`) land on `file.messages` when `value` is a
 * `VFile`.
 *
 * Analyzers (`plugins`, retext plugins) then run over the story's nlcst
 * tree, and article plugins (`articlePlugins`) over the article, with the
 * same `VFile`: their messages and `file.data` land on the caller's file.
 * Plugins must be synchronous here; use {@link parseArticleAsync} for async
 * ones.
 *
 * @param value The story: a string, or a `VFile` whose `value` is the story.
 * @param options Options (`referenceDate`, `agencies`, `plugins`, `articlePlugins`, `cues`, `titles`, `nominals`).
 * @returns The article tree.
 * @throws {TypeError} When `value` is neither a string nor a `VFile`, or an option is malformed or unknown.
 * @throws {RangeError} When `referenceDate` is not a valid date.
 * @throws {Error} When a plugin fails (the message names it, `cause` is its error) or is async.
 *
 * @example
 * ```ts
 * const article = parseArticle('MOSCOW, May 5. /TASS/. The Kremlin said…', {referenceDate: '2024-05-05'})
 * article.agency // 'TASS'
 * ```
 */
export function parseArticle(value: string | VFile, options?: ParseOptions | null): Article {
  if (typeof value === 'string') {
    const settings = readOptions(options)
    // No plugin and a string: nobody sees a file (no VFile is made).
    if (settings.plugins.length === 0 && settings.articlePlugins.length === 0) return parseText(value, settings, null)
    const file = new VFile({value})
    return parseStory(value, file, settings, reportsTo(value, file, settings))
  }
  const file = toFile(value)
  const settings = readOptions(options)
  return parseStory(String(file.value ?? ''), file, settings, reportsTo(value, file, settings))
}

/**
 * Parse `text` and run the synchronous plugins of `settings` with `file`: what {@link parseArticle} and the
 * parser of `wirestoryParse` share.
 *
 * @param text The story.
 * @param file The file plugins receive (its `value` is the story, as a string or as bytes).
 * @param settings Checked options.
 * @param report Where the parse's own warnings go (`null`: nowhere).
 */
export function parseStory(text: string, file: VFile, settings: Settings, report: VFile | null): Article {
  const article = parseText(text, settings, report)
  runAnalyzersSync(article, file, settings.plugins)
  return runArticlePluginsSync(article, file, settings.articlePlugins)
}

/**
 * Parse a wire story into an {@link Article} tree, running plugins that may
 * be async (a transformer that returns a promise or takes a callback).
 *
 * Same result as {@link parseArticle}; errors reject the promise.
 *
 * @param value The story: a string, or a `VFile` whose `value` is the story.
 * @param options Same options as {@link parseArticle}.
 * @returns A promise of the article tree.
 *
 * @example
 * ```ts
 * const file = new VFile({value: story})
 * const article = await parseArticleAsync(file, {plugins: [myAsyncAnalyzer]})
 * ```
 */
export async function parseArticleAsync(value: string | VFile, options?: ParseOptions | null): Promise<Article> {
  const file = toFile(value)
  const settings = readOptions(options)
  const article = parseText(String(file.value ?? ''), settings, reportsTo(value, file, settings))
  await runAnalyzers(article, file, settings.plugins)
  return runArticlePlugins(article, file, settings.articlePlugins)
}

/**
 * Where the parse's warnings go: the caller's file, or the file plugins see; `null` when a string was given and
 * no plugin runs (nobody can read them).
 */
function reportsTo(value: unknown, file: VFile, settings: Settings): VFile | null {
  return typeof value !== 'string' || settings.plugins.length > 0 || settings.articlePlugins.length > 0 ? file : null
}

/** The article tree built from the frame, and what the warnings need of the frame. */
interface Built {
  article: Article
  /** The ranges of the tree's paragraphs. */
  paragraphs: SpeechInput['paragraphs']
  dateline: Frame['dateline']
  paragraphCount: number
  reference: CalendarDate | null
}

/**
 * Read the frame and build the tree from it. The frame (an object a paragraph) is not kept: the speech stage
 * runs after it has gone.
 */
function buildTree(text: string, settings: Settings, locator: Locator): Built {
  const agencies = settings.agencies === builtinAgencies ? builtinMatcher : createAgencyMatcher(settings.agencies)
  const frame = readFrame(text, {agencies, months: monthLookup}, agencies)

  // The header's first date field (`date`, `filed`, `published`, …) with an ISO date wins over the option.
  let reference: CalendarDate | null = settings.referenceDate
  for (const block of frame.head) {
    if (block.kind === 'headerField' && block.name !== undefined && dateFields.has(block.name) && block.content) {
      const date = parseIsoDate(block.content)
      if (date) {
        reference = date
        break
      }
    }
  }

  const {article, paragraphs} = buildArticle({text, frame, locator, reference})
  return {article, paragraphs, dateline: frame.dateline, paragraphCount: frame.paragraphs.length, reference}
}

/** The parse proper: frame, tree, speech, warnings (on `file`, when given). */
function parseText(text: string, settings: Settings, file: VFile | null): Article {
  const locator = createLocator(text)
  const {article, paragraphs, dateline, paragraphCount, reference} = buildTree(text, settings, locator)
  // The user's cues, titles, nominals and speaker rules (`SpeechSettings`)
  // extend the speech stage's lexicons and sieve for this call only.
  const speech: SpeechInput & {settings: SpeechSettings} = {
    text,
    article,
    paragraphs,
    locator,
    file,
    settings: settings.speech
  }
  analyzeSpeech(speech)

  if (text.trim().length === 0) {
    warn(file, 'Empty document: no text to parse', locator.position(0, text.length), 'empty-document')
  } else {
    if (!dateline) {
      warn(
        file,
        'No dateline found at the top of the story',
        locator.position(0, Math.min(text.length, 1)),
        'missing-dateline'
      )
    } else if (dateline.dayDigits !== null && !reference && dateline.year === null) {
      const at = dateline.start
      warn(
        file,
        'Dateline date `' + dateline.date + '` has no year and no reference date: `isoDate` is null',
        locator.position(at, dateline.textEnd),
        'unresolved-date'
      )
    }
    if (paragraphCount === 0) {
      warn(file, 'No body paragraphs found', locator.position(0, text.length), 'missing-paragraphs')
    }
  }
  const control = controlRe.exec(text)
  if (control) {
    warn(
      file,
      'Control character U+' + control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') + ' in the text',
      locator.position(control.index, control.index + 1),
      'control-character'
    )
  }

  return article
}

function toFile(value: unknown): VFile {
  if (typeof value === 'string') return new VFile({value})
  if (value instanceof VFile || isVFileLike(value)) {
    const file = value as VFile
    if (file.value !== undefined && typeof file.value !== 'string' && !(file.value instanceof Uint8Array)) {
      throw new TypeError('wirestory: expected the VFile `value` to be a string')
    }
    if (file.value instanceof Uint8Array) {
      throw new TypeError('wirestory: expected the VFile `value` to be a string, not bytes (decode it first)')
    }
    return file
  }
  throw new TypeError(
    'wirestory: expected `value` to be a string or a VFile, not ' +
      (value === null ? '`null`' : Array.isArray(value) ? 'an array' : '`' + typeof value + '`')
  )
}

function isVFileLike(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    'messages' in value &&
    Array.isArray((value as {messages: unknown}).messages) &&
    typeof (value as {message?: unknown}).message === 'function'
  )
}

/**
 * One story: read (capped at `--max-size`, strict UTF-8), parse with the plugins of `--use`, write the outline,
 * the tree (`--json`, streamed) or the record (`--record`) on stdout, and the vfile-reporter report on stderr.
 */

import {createReadStream, statSync} from 'node:fs'

import {VFile} from 'vfile'
import type {Point} from 'unist'

import {parseArticle, parseArticleAsync} from '../parse.js'
import type {Article} from '../ast.js'
import type {CliOptions} from './args.js'
import {EXIT_FAILED, EXIT_OK, InputError, type CliStreams} from './common.js'
import {renderHtml} from '../html/render.js'
import {jsonChunks, writeChunks} from './json-stream.js'
import {renderOutline} from './outline.js'
import type {LoadedPlugins} from './job.js'
import {addError, counts, reportFile, type ReportOptions} from './report.js'
import {storyRecord} from './story-record.js'
import {binaryAt, decodeUtf8} from './utf8.js'

export interface SingleContext {
  streams: CliStreams
  loaded: LoadedPlugins
  report: ReportOptions
  /** Colours and preview width of the outline. */
  outline: {color: boolean; preview: number}
}

export async function runSingle(options: CliOptions, context: SingleContext): Promise<number> {
  const {stdout, stderr} = context.streams
  const name = options.file ?? 'stdin'
  const bytes = await readStory(options, context.streams.stdin)
  const file = new VFile({path: options.file ?? undefined})
  const decoded = decodeUtf8(bytes, true)
  if (decoded.text === undefined) {
    addError(
      file,
      `invalid UTF-8 at byte ${decoded.invalidAt}: wirestory reads UTF-8 text (convert it first, e.g. with \`iconv -f latin1 -t utf-8\`)`,
      'invalid-utf8'
    )
    stderr.write(reportFile(file, context.report))
    return EXIT_FAILED
  }
  const text = decoded.text
  file.value = text
  const nul = binaryAt(bytes)
  if (nul !== -1) {
    const at = pointAt(text, text.indexOf('\u0000'))
    file.message(`${name} looks binary: it holds NUL bytes (is it UTF-16, or not text at all?)`, {
      place: {start: at, end: {...at, column: at.column + 1, offset: (at.offset ?? 0) + 1}},
      ruleId: 'binary-input',
      source: 'wirestory'
    })
  }

  let article: Article
  try {
    const settings = {referenceDate: options.referenceDate, ...context.loaded}
    const async = settings.plugins.length > 0 || settings.articlePlugins.length > 0
    article = async ? await parseArticleAsync(file, settings) : parseArticle(file, settings)
  } catch (error) {
    addError(file, `cannot parse ${name}: ${error instanceof Error ? error.message : String(error)}`, 'parse-failed')
    stderr.write(reportFile(file, context.report))
    return EXIT_FAILED
  }

  switch (options.format) {
    case 'record':
      stdout.write(JSON.stringify(storyRecord(article, file), null, 2) + '\n')
      break
    case 'html':
      stdout.write(renderHtml(article))
      break
    case 'json':
      await writeChunks(stdout, jsonChunks(article, '  '))
      stdout.write('\n')
      break
    default:
      stdout.write(renderOutline(article, text, context.outline))
  }
  stderr.write(reportFile(file, context.report))
  const {errors, warnings} = counts(file)
  return errors > 0 || (options.frail && warnings > 0) ? EXIT_FAILED : EXIT_OK
}

/**
 * The bytes of the story, at most `--max-size` of them.
 *
 * @throws {InputError} When the input cannot be read or is larger than `--max-size`.
 */
async function readStory(options: CliOptions, stdin: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const name = options.file ?? 'stdin'
  const tooLarge = (size: string): InputError =>
    new InputError(`${name} is ${size} bytes, over the limit of ${options.maxSize} bytes (--max-size)`)
  let input: AsyncIterable<Uint8Array | string> = stdin
  if (options.file !== null) {
    try {
      const stat = statSync(options.file)
      if (stat.isDirectory()) throw new Error('it is a directory')
      if (stat.isFile() && stat.size > options.maxSize) throw tooLarge(String(stat.size))
    } catch (error) {
      if (error instanceof InputError) throw error
      throw new InputError(`cannot read ${options.file}: ${error instanceof Error ? error.message : String(error)}`)
    }
    input = createReadStream(options.file)
  }
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for await (const chunk of input) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      size += bytes.length
      if (size > options.maxSize) throw tooLarge(`more than ${options.maxSize}`)
      chunks.push(bytes)
    }
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(`cannot read ${name}: ${error instanceof Error ? error.message : String(error)}`)
  }
  return Buffer.concat(chunks, size)
}

/** The line, column and offset of `offset` in `text`. */
function pointAt(text: string, offset: number): Point {
  let line = 1
  let lineStart = 0
  let index = text.indexOf('\n')
  while (index !== -1 && index < offset) {
    line++
    lineStart = index + 1
    index = text.indexOf('\n', lineStart)
  }
  return {line, column: offset - lineStart + 1, offset}
}

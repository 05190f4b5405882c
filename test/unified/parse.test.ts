import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Writable} from 'node:stream'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Root as NlcstRoot} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextKeywords from 'retext-keywords'
import retextPos from 'retext-pos'
import retextReadability from 'retext-readability'
import retextRepeatedWords from 'retext-repeated-words'
import retextSentiment from 'retext-sentiment'
import {unified, type Plugin} from 'unified'
import {engine} from 'unified-engine'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {isUntokenized} from '../../src/tree/build.js'
import {nlcstUnder, parseArticle, toRecord, wirestoryParse, type Article, type Paragraph} from '../../src/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const story = readFileSync(path.join(root, 'fixtures/tass/belgrade-relations.txt'), 'utf8')

// One long, hard sentence and a repeated word, so retext plugins have something to say.
const hard = `WASHINGTON, Jan 5 (Reuters) - The Federal Reserve held its benchmark rate on Wednesday.

Notwithstanding considerable institutional uncertainty regarding macroeconomic indicators, policymakers unanimously characterized prevailing inflationary developments as fundamentally unsustainable, officials acknowledged.

"We will will act," Chair Jerome Powell said.
`

describe('wirestoryParse', () => {
  it('should run retext-readability on the article and put its messages on the file', async () => {
    const file = await unified().use(wirestoryParse).use(retextReadability).process(hard)

    const readability = file.messages.filter((message) => message.source === 'retext-readability')
    expect(readability.length).toBe(1)
    const [message] = readability
    const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
    const end = message.place && 'end' in message.place ? message.place.end.offset : undefined
    expect(hard.slice(start, end)).toMatch(/^Notwithstanding considerable .* officials acknowledged\.$/)
    // The compiler gives the story back: the tree is lossless.
    expect(String(file)).toBe(hard)
  })

  it('should put the parse’s own warnings on the file', () => {
    const file = unified().use(wirestoryParse).processSync('BEIJING, Sept. 6 (Xinhua) -- Trains ran late.')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['unresolved-date'])
    expect(file.messages[0].source).toBe('wirestory')
  })

  it('should parse to the tree parseArticle gives, with the same options', () => {
    const options = {referenceDate: '2024-09-10', titles: ['ombudsman']}
    const tree = unified().use(wirestoryParse, options).parse(story)
    const article = parseArticle(story, options)
    expect(tree.type).toBe('article')
    expect(toRecord(tree)).toEqual(toRecord(article))
    expect(JSON.stringify(tree)).toBe(JSON.stringify(article))
    expect(tree.speakers.map((speaker) => speaker.name)).toContain('Milovan Daric')
  })

  it('should check options when the plugin is attached', () => {
    const wrong = {referenceData: '2024-09-10'} as unknown as Parameters<typeof wirestoryParse>[0]
    expect(() => unified().use(wirestoryParse, wrong).freeze()).toThrow(TypeError)
    expect(() => unified().use(wirestoryParse, {referenceDate: 'yesterday'}).freeze()).toThrow(RangeError)
  })

  it('should read stories given as bytes, as unified-engine gives them', () => {
    const bytes = new TextEncoder().encode('\uFEFF' + hard)
    const file = unified()
      .use(wirestoryParse)
      .use(retextRepeatedWords)
      .processSync(new VFile({value: bytes}))
    const repeated = file.messages.find((message) => message.source === 'retext-repeated-words')
    expect(repeated?.actual).toBe('will will')
    expect(String(file)).toBe(hard)
  })

  it('should run transformers after it on the article, and leave data on the article’s nodes', () => {
    const processor = unified().use(wirestoryParse).use(retextPos)
    // retext plugins are typed for an nlcst `Root`: the processor's types expect one, the tree is the article.
    const tree = processor.runSync(processor.parse(story) as never) as unknown as Article
    const words: string[] = []
    visit(tree, 'WordNode', (word) => {
      if (word.data?.partOfSpeech === 'NNP') words.push(toString(word))
    })
    expect(words).toContain('Belgrade')
    expect(words).toContain('Moscow')
  })

  it('should run retext-keywords and retext-sentiment on the article', () => {
    const processor = unified()
      .use(wirestoryParse)
      .use(retextPos)
      .use(retextKeywords, {maximum: 3})
      .use(retextSentiment as never)
    const file = new VFile({value: story})
    const tree = processor.runSync(processor.parse(file) as never, file) as unknown as Article
    const keywords = file.data.keywords!.map((keyword) => toString(keyword.matches[0].node).toLowerCase())
    expect(keywords).toContain('trade')
    const quotation = tree.quotations.find((node) => node.value.startsWith('Our economies'))!
    const words = nlcstUnder(tree, quotation, 'WordNode')
    expect(words.find((word) => toString(word) === 'welcome')?.data).toMatchObject({polarity: 2, valence: 'positive'})
  })

  it('should hand analyzers of the `plugins` option the story’s nlcst root', () => {
    const seen: string[] = []
    const paragraphs: Plugin<[], NlcstRoot> = function paragraphs() {
      return (tree) => {
        seen.push(tree.type)
        visit(tree, 'ParagraphNode', () => {
          seen.push('ParagraphNode')
        })
      }
    }
    unified()
      .use(wirestoryParse, {plugins: [paragraphs]})
      .processSync(story)
    expect(seen).toEqual(['RootNode', ...Array.from({length: 5}, () => 'ParagraphNode')])
  })

  it('should run async transformers with process', async () => {
    const later: Plugin<[], Article> = function later() {
      return async (tree, file) => {
        await new Promise((resolve) => setTimeout(resolve, 1))
        file.data.quotes = tree.quotations.length
      }
    }
    const file = await unified().use(wirestoryParse).use(later).process(story)
    expect(file.data.quotes).toBe(3)
  })

  it('should not tokenize paragraphs just to compile the story back', () => {
    const processor = unified().use(wirestoryParse)
    const file = new VFile({value: story})
    const tree = processor.parse(file)
    const output = processor.stringify(tree, file)
    expect(output).toBe(story)
    const paragraphs = tree.children.filter((child): child is Paragraph => child.type === 'paragraph')
    expect(paragraphs.length).toBe(5)
    expect(paragraphs.every((paragraph) => isUntokenized(paragraph))).toBe(true)
  })

  it('should compile what plugins changed in the tree', () => {
    const shout: Plugin<[], Article> = function shout() {
      return (tree) => {
        visit(tree, 'TextNode', (node) => {
          if (node.value === 'Serbia') node.value = 'SERBIA'
        })
      }
    }
    const output = String(unified().use(wirestoryParse).use(shout).processSync(story))
    expect(output).toBe(story.replaceAll(/\bSerbia\b/g, 'SERBIA'))
  })

  it('should keep a compiler set before it and give way to one set after it', () => {
    const json: Plugin<[], Article, string> = function json() {
      this.compiler = (tree) => JSON.stringify(toRecord(tree as Article))
    }
    expect(JSON.parse(String(unified().use(json).use(wirestoryParse).processSync(story))).agency).toBe('TASS')
    expect(JSON.parse(String(unified().use(wirestoryParse).use(json).processSync(story))).agency).toBe('TASS')
  })
})

describe('wirestoryParse with unified-engine and unified-args', () => {
  it('should process files with unified-engine and report on them', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'wirestory-engine-'))
    try {
      writeFileSync(path.join(folder, 'fed.txt'), hard)
      writeFileSync(path.join(folder, 'xinhua.txt'), 'BEIJING, Sept. 6 (Xinhua) -- Trains ran late.\n')
      const report: string[] = []
      const {code, context} = await new Promise<{code: number | undefined; context: {files: VFile[]}}>(
        (resolve, reject) => {
          engine(
            {
              processor: unified().use(wirestoryParse).use(retextRepeatedWords),
              files: ['.'],
              cwd: folder,
              extensions: ['txt'],
              ignoreName: '.wirestoryignore',
              color: false,
              frail: true,
              streamError: new Writable({
                write(chunk: Buffer, _encoding, callback) {
                  report.push(String(chunk))
                  callback()
                }
              })
            },
            (error, code, context) => (error ? reject(error) : resolve({code, context: context as {files: VFile[]}}))
          )
        }
      )
      const messages = context.files.flatMap((file) =>
        file.messages.map((message) => path.basename(file.path) + ' ' + message.ruleId)
      )
      expect(messages.sort()).toEqual(['fed.txt unresolved-date', 'fed.txt will', 'xinhua.txt unresolved-date'])
      expect(code).toBe(1) // `frail`: warnings fail the run
      expect(report.join('')).toMatch(/fed\.txt[\s\S]*Unexpected repeated `will`/)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })

  it('should make a command line with unified-args', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'wirestory-args-'))
    try {
      const cli = path.join(folder, 'cli.mjs')
      const imports = (name: string) =>
        JSON.stringify(pathToFileURL(path.join(root, 'node_modules', name, 'index.js')).href)
      writeFileSync(
        cli,
        `import {unified} from ${imports('unified')}
import {args} from ${imports('unified-args')}
import {wirestoryParse} from ${JSON.stringify(pathToFileURL(path.join(root, 'dist', 'index.js')).href)}
args({
  name: 'wirestory-lint', description: 'check wire stories', version: '0.0.0',
  extensions: ['txt'], ignoreName: '.wirestoryignore', packageField: 'wirestoryConfig',
  pluginPrefix: 'retext', rcName: '.wirestoryrc', processor: unified().use(wirestoryParse)
})
`
      )
      writeFileSync(path.join(folder, 'story.txt'), 'BEIJING, Sept. 6 (Xinhua) -- Trains ran late.\n')
      const run = spawnSync(process.execPath, [cli, 'story.txt', '--no-color', '--frail'], {
        cwd: folder,
        encoding: 'utf8'
      })
      expect(run.stderr).toMatch(
        /story\.txt[\s\S]*1:1-1:\d+\s+warning\s+Dateline date `Sept\. 6` has no year[\s\S]*unresolved-date\s+wirestory/
      )
      expect(run.status).toBe(1)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })
})

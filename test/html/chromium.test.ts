/**
 * The HTML view as a browser draws it: headless Chromium (Debian's `chromium` package, driven by
 * playwright-core) loads the page `renderHtml` writes and we read back what it shows. Skipped where Chromium is
 * not installed (`apt-get install chromium`; `.ci/run` installs it). Set `WIRESTORY_CHROMIUM` to use another
 * binary and `WIRESTORY_SCREENSHOT` to keep the screenshot.
 */

import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type BrowserContext, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseArticle, renderHtml, type Article} from '../../src/index.js'

// The few DOM names the callbacks that run in the page use (the project compiles without the DOM library).
interface PageElement {
  dataset: Record<string, string | undefined>
  textContent: string | null
  querySelector(selector: string): PageElement | null
}
declare function getComputedStyle(
  element: PageElement,
  pseudo?: string
): {backgroundColor: string; borderBottomColor: string; borderTopColor: string; content: string}

const executable = process.env.WIRESTORY_CHROMIUM ?? '/usr/bin/chromium'
const available = existsSync(executable)
if (!available) {
  console.warn(
    `test/html/chromium.test.ts: skipped, no Chromium at ${executable} (apt-get install chromium, or set WIRESTORY_CHROMIUM)`
  )
}

// A story written for this test: three speakers, a quotation carried to the next sentence, a partial quotation
// inside a paraphrase's sentence, speech nobody is credited with, scare quotes, and markup-like text to escape.
export const story = `GENEVA, March 3 (Reuters) - Talks on a new shipping accord stalled on Monday, with delegates blaming each other for the delay over <cargo> & <b>port fees</b>.

"We came here to sign, not to talk about talking," said Ingrid Solberg, Norway's chief negotiator. "The text has been ready for weeks."

Brazilian delegate Paulo Mendes told reporters that the draft ignored smaller ports. He called the proposal a "rich man's club".

The International Maritime Organization said in a statement that it remained hopeful of a deal by Friday.

Delegates also failed to agree on the so-called "green corridor" for tankers.

"Nobody wants to leave empty-handed," one diplomat said, asking not to be named.
`

interface Highlight {
  id: string
  speaker: string
  text: string
  background: string
  border: string
}

describe.skipIf(!available)('renderHtml in headless Chromium', () => {
  let folder: string
  let context: BrowserContext
  let page: Page
  let article: Article
  const requests: string[] = []

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'wirestory-chromium-'))
    article = parseArticle(story, {referenceDate: '2025-03-04'})
    const file = path.join(folder, 'story.html')
    writeFileSync(file, renderHtml(article))
    context = await chromium.launchPersistentContext(path.join(folder, 'profile'), {
      executablePath: executable,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ],
      viewport: {width: 900, height: 700}
    })
    page = context.pages()[0] ?? (await context.newPage())
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(pathToFileURL(file).href)
  }, 60_000)

  afterAll(async () => {
    await context?.close()
    if (folder) rmSync(folder, {recursive: true, force: true})
  })

  /** Every highlight of a class in the story, its pieces joined by `data-id`, with its computed colours. */
  async function highlights(kind: 'quotation' | 'paraphrase' | 'other'): Promise<Highlight[]> {
    return page.$$eval(`main mark.${kind}`, (marks) => {
      const byId = new Map<string, {id: string; speaker: string; text: string; background: string; border: string}>()
      for (const mark of marks as unknown as PageElement[]) {
        const id = mark.dataset.id ?? ''
        const style = getComputedStyle(mark)
        const entry = byId.get(id)
        if (entry) entry.text += mark.textContent
        else {
          byId.set(id, {
            id,
            speaker: mark.dataset.speaker ?? '',
            text: mark.textContent ?? '',
            background: style.backgroundColor,
            border: style.borderBottomColor
          })
        }
      }
      return [...byId.values()]
    })
  }

  /** The legend's swatch colours, by speaker id (`''` for speech without a speaker). */
  async function swatches(): Promise<Map<string, {background: string; border: string; label: string}>> {
    const list = await page.$$eval('.legend li', (items) =>
      (items as unknown as PageElement[]).map((item) => {
        const style = getComputedStyle(item.querySelector('.swatch')!)
        return [
          item.dataset.speaker ?? '',
          {background: style.backgroundColor, border: style.borderTopColor, label: item.textContent ?? ''}
        ] as const
      })
    )
    return new Map(list)
  }

  it('should load nothing but the page itself', () => {
    expect(requests).toEqual([expect.stringMatching(/story\.html$/)])
  })

  it('should show the story text as written, markup-like text escaped', async () => {
    const shown = await page.$eval('main', (main) => main.textContent)
    expect(shown).toBe(story)
  })

  it('should highlight each quotation, with its text, in its speaker’s colour', async () => {
    const speech = article.quotations.filter((node) => node.kind === 'direct' || node.kind === 'partial')
    const marks = await highlights('quotation')
    const legend = await swatches()
    expect(marks.map((mark) => mark.id)).toEqual(speech.map((node) => node.id))
    for (const [index, node] of speech.entries()) {
      const mark = marks[index]
      expect(mark.text).toBe(story.slice(node.position.start.offset, node.position.end.offset))
      expect(mark.speaker).toBe(node.speaker ?? '')
      expect(mark.background).toBe(legend.get(node.speaker ?? '')?.background)
    }
    // Solberg's two quotations share a colour; Mendes's is another; the diplomat's has no speaker (grey).
    const solberg = article.speakers.find((speaker) => speaker.name === 'Ingrid Solberg')!
    const mendes = article.speakers.find((speaker) => speaker.name === 'Paulo Mendes')!
    const colour = (id: string) => marks.filter((mark) => mark.speaker === id).map((mark) => mark.background)
    expect(colour(solberg.id)).toEqual([expect.any(String), expect.any(String)])
    expect(new Set(colour(solberg.id)).size).toBe(1)
    expect(colour(mendes.id)).toHaveLength(1)
    expect(colour(mendes.id)[0]).not.toBe(colour(solberg.id)[0])
    expect(colour('')).toEqual(['rgb(230, 230, 230)'])
    expect(marks.find((mark) => mark.speaker === '')?.text).toBe('Nobody wants to leave empty-handed,')
  })

  it('should underline each paraphrase in its speaker’s colour', async () => {
    const marks = await highlights('paraphrase')
    const legend = await swatches()
    expect(marks.map((mark) => mark.id)).toEqual(article.paraphrases.map((node) => node.id))
    expect(marks.length).toBeGreaterThanOrEqual(2)
    for (const [index, node] of article.paraphrases.entries()) {
      expect(marks[index].text).toBe(story.slice(node.position.start.offset, node.position.end.offset))
      expect(marks[index].border).toBe(legend.get(node.speaker ?? '')?.border)
      expect(marks[index].background).toBe('rgba(0, 0, 0, 0)')
    }
    const colours = new Set(marks.map((mark) => mark.border))
    expect(colours.size).toBe(new Set(article.paraphrases.map((node) => node.speaker)).size)
  })

  it('should mark scare quotes apart from speech', async () => {
    const other = await highlights('other')
    expect(other.map((mark) => mark.text)).toEqual(['green corridor'])
  })

  it('should list every speaker in the legend', async () => {
    const legend = await swatches()
    for (const speaker of article.speakers) expect(legend.get(speaker.id)?.label).toContain(speaker.name)
    expect(legend.get('')?.label).toMatch(/no speaker found.*1 quotation/)
  })

  it('should show the speaker, cue and rule on hover', async () => {
    const first = page.locator('main mark.quotation', {hasText: 'We came here to sign'})
    await first.hover()
    const tip = await first.evaluate((mark) => getComputedStyle(mark as unknown as PageElement, '::after').content)
    expect(tip).toMatch(
      /^"Quotation q1 · direct\\a Speaker: Ingrid Solberg\\a Mention: “Ingrid Solberg” \(name\)\\a Cue: “said” \(say\)[\s\S]*Rule: cue-after · confidence/
    )
    // Only the highlight under the pointer shows its tip.
    const other = page.locator('main mark.quotation', {hasText: 'Nobody wants'})
    expect(await other.evaluate((mark) => getComputedStyle(mark as unknown as PageElement, '::after').content)).toBe(
      'none'
    )
    const keep = process.env.WIRESTORY_SCREENSHOT
    if (keep) await page.screenshot({path: keep.replace(/\.png$/, '') + '-hover.png'})
  })

  it('should take a screenshot of the page', async () => {
    await page.mouse.move(0, 0)
    const image = await page.screenshot({fullPage: true})
    // A PNG, as wide as the viewport, of some height, and not a blank page (which compresses to far less).
    expect(image.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(image.readUInt32BE(16)).toBe(900)
    expect(image.readUInt32BE(20)).toBeGreaterThan(300)
    const blank = await context.newPage()
    await blank.setContent('<!doctype html><title>blank</title>')
    const empty = await blank.screenshot({fullPage: true})
    await blank.close()
    expect(image.length).toBeGreaterThan(empty.length * 5)
    if (process.env.WIRESTORY_SCREENSHOT) writeFileSync(process.env.WIRESTORY_SCREENSHOT, image)
  })
})

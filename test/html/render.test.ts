import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {markupSpans} from '../../src/html/spans.js'
import {speakerColour} from '../../src/html/colours.js'
import {parseArticle, renderHtml, wirestoryHtml, wirestoryParse, type Article} from '../../src/index.js'

const escape = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;')

/** The text of the page's story, tags dropped and entities read back. */
function shownText(html: string): string {
  const main = /<main class="story">([\s\S]*)<\/main>/.exec(html)?.[1] ?? ''
  return main
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&')
}

describe('markupSpans', () => {
  it('should nest spans inside one another', () => {
    const spans = [
      {start: 0, end: 11, rank: 0, open: '<a>', close: '</a>'},
      {start: 6, end: 11, rank: 1, open: '<b>', close: '</b>'}
    ]
    expect(markupSpans('hello world', spans, escape)).toBe('<a>hello <b>world</b></a>')
  })

  it('should cut a span that crosses another into pieces that nest', () => {
    const spans = [
      {start: 0, end: 7, rank: 0, open: '<a>', close: '</a>'},
      {start: 4, end: 11, rank: 1, open: '<b>', close: '</b>'}
    ]
    expect(markupSpans('abcdefghijk', spans, escape)).toBe('<a>abcd<b>efg</b></a><b>hijk</b>')
  })

  it('should put the lower rank outside when two spans cover the same text', () => {
    const spans = [
      {start: 0, end: 3, rank: 5, open: '<i>', close: '</i>'},
      {start: 0, end: 3, rank: 1, open: '<o>', close: '</o>'}
    ]
    expect(markupSpans('abc', spans, escape)).toBe('<o><i>abc</i></o>')
  })

  it('should drop empty spans and clamp spans to the text, escaping the text', () => {
    const spans = [
      {start: 2, end: 2, rank: 0, open: '<e>', close: '</e>'},
      {start: -4, end: 99, rank: 0, open: '<a>', close: '</a>'}
    ]
    expect(markupSpans('<&>', spans, escape)).toBe('<a>&lt;&amp;></a>')
  })
})

describe('speakerColour', () => {
  it('should give distinct colours, past the palette too', () => {
    const colours = Array.from({length: 40}, (_, index) => speakerColour(index).strong)
    expect(new Set(colours).size).toBe(40)
    expect(speakerColour(0).tint).toMatch(/^#[\da-f]{6}$/)
    expect(speakerColour(12).tint).toMatch(/^hsl\(/)
  })
})

describe('renderHtml', () => {
  const story =
    'date 2024-09-06\nBELGRADE, September 6. /TASS/. Serbia will not join sanctions, Minister Ana Brnabic said.\n\n' +
    '"We decide <our> policy & \'nobody\' else," Brnabic said.\n'

  it('should escape the story and keep all of it, in order', () => {
    const html = renderHtml(parseArticle(story))
    expect(html).toContain('We decide &lt;our&gt; policy &amp;')
    expect(html).not.toContain('<our>')
    expect(shownText(html)).toBe(story)
  })

  it('should escape what the tree holds in attributes and the legend', () => {
    const article = parseArticle(story)
    article.speakers[0].name = '<script>alert("x")</script>'
    const html = renderHtml(article, {title: 'A <b>"title"</b>'})
    expect(html).not.toMatch(/<script|<b>"/)
    expect(html).toContain('<title>A &lt;b&gt;"title"&lt;/b&gt;</title>')
    expect(html).toContain('Speaker: &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;')
    expect(html).toContain('<b>&lt;script&gt;alert("x")&lt;/script&gt;</b>')
  })

  it('should show control characters as their pictures', () => {
    const html = renderHtml(parseArticle('MOSCOW, May 5. /TASS/. Bad\u0000 byte\u0007 here\u007F.\n'))
    expect(shownText(html)).toBe('MOSCOW, May 5. /TASS/. Bad\u2400 byte\u2407 here\u2421.\n')
    expect(html).not.toMatch(/[\u0000\u0007\u007F]/)
  })

  it('should give every quotation of a speaker the speaker’s colour class', () => {
    const html = renderHtml(parseArticle(story))
    const marks = [
      ...html.matchAll(/<mark class="(quotation|paraphrase) (c\d+|none)" data-id="(\w+)" data-speaker="(\w*)"/g)
    ]
    expect(marks.map((match) => match.slice(1))).toEqual([
      ['paraphrase', 'c0', 'p1', 's1'],
      ['quotation', 'c0', 'q1', 's1']
    ])
    expect(html).toMatch(
      /<li class="speaker c0" data-speaker="s1"><span class="swatch"><\/span><b>Ana Brnabic<\/b>, Minister/
    )
  })

  it('should render empty and odd stories', () => {
    for (const text of ['', '   \n', 'no dateline, no quotes', '"unclosed', '\uD800 lone surrogate']) {
      const html = renderHtml(parseArticle(text))
      expect(html.startsWith('<!doctype html>')).toBe(true)
      expect(shownText(html)).toBe(text)
    }
    expect(renderHtml(parseArticle(''))).toContain('No speech found.')
  })

  it('should throw a TypeError on what is not an article, or bad options', () => {
    expect(() => renderHtml(null as unknown as Article)).toThrow(TypeError)
    expect(() => renderHtml({type: 'root', children: []} as unknown as Article)).toThrow(/tree from `parseArticle`/)
    expect(() => renderHtml(parseArticle(''), {titel: 'x'} as never)).toThrow(/unknown option `titel`/)
    expect(() => renderHtml(parseArticle(''), {title: 3} as never)).toThrow(TypeError)
  })
})

describe('wirestoryHtml', () => {
  it('should compile the article to the page', () => {
    const story = 'LONDON, May 2 (Reuters) - "Rates will fall," Governor Andrew Bailey said.\n'
    const file = unified()
      .use(wirestoryParse, {referenceDate: '2024-05-02'})
      .use(wirestoryHtml, {title: 'Rates'})
      .processSync(story)
    expect(String(file)).toBe(renderHtml(parseArticle(story, {referenceDate: '2024-05-02'}), {title: 'Rates'}))
  })

  it('should check its options when attached', () => {
    expect(() =>
      unified()
        .use(wirestoryParse)
        .use(wirestoryHtml, {size: 2} as never)
        .freeze()
    ).toThrow(TypeError)
  })
})

/**
 * The style sheet of the HTML view (inline in the page: the page loads nothing).
 *
 * @module
 */

import {noSpeakerColour, speakerColour} from './colours.js'

const base = `
:root { color-scheme: light; }
body { font: 16px/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; background: #fff;
  max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.35rem; margin: 0 0 .25rem; }
h2 { font-size: 1rem; margin: 1rem 0 .25rem; }
.facts, .key { color: #555; margin: 0 0 .5rem; font-size: .9rem; }
.legend ul { list-style: none; padding: 0; margin: .25rem 0 .75rem; display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; }
.swatch { display: inline-block; width: 1.1em; height: 1.1em; vertical-align: -.2em; margin-right: .3em; box-sizing: border-box;
  background: var(--tint); border: .22em solid var(--strong); border-radius: .25em; }
.counts { color: #666; font-size: .85em; }
.story { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem;
  line-height: 1.75; border-top: 1px solid #ddd; padding-top: 1rem; }
.header, .noise, .trailer { color: #777; }
.headline, .byline, .dateline { font-weight: 700; }
mark { color: inherit; background: none; }
mark.quotation { background: var(--tint); border-radius: .15em; }
mark.quotation.none { outline: 1px dashed var(--strong); }
mark.paraphrase { border-bottom: .2em solid var(--strong); }
mark.other { border-bottom: .12em dotted #8a8a8a; }
.mention { font-weight: 700; text-decoration: underline; text-decoration-color: var(--strong); text-decoration-thickness: .14em; }
.cue { font-style: italic; text-decoration: underline dotted #555; }
[data-tip] { position: relative; }
[data-tip]:hover:not(:has([data-tip]:hover))::after { content: attr(data-tip); position: absolute; left: 0; top: 100%; z-index: 10;
  white-space: pre; font: 400 12px/1.45 system-ui, sans-serif; color: #fff; background: #222; padding: .45em .65em;
  border-radius: .35em; box-shadow: 0 2px 8px rgba(0, 0, 0, .3); pointer-events: none; }
`

/**
 * The page's style sheet: the base rules and one class a speaker colour
 * (`.c0`, `.c1`, …, and `.none` for speech without a speaker).
 *
 * @param speakers How many speaker colours the page uses.
 */
export function styleSheet(speakers: number): string {
  const rules = [`.none { --strong: ${noSpeakerColour.strong}; --tint: ${noSpeakerColour.tint}; }`]
  for (let index = 0; index < speakers; index++) {
    const colour = speakerColour(index)
    rules.push(`.c${index} { --strong: ${colour.strong}; --tint: ${colour.tint}; }`)
  }
  return base + rules.join('\n') + '\n'
}

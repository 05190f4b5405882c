// Per-MB cost of the speaker stage's hostile shapes (issue 14), 100 KB against larger inputs, in one process so
// that ratios hold on a busy machine: many people of one family name with first names of their own, with an
// Arabic article, with bare surnames and honorifics between them. `npm run bench` owns the benchmark cases;
// this script is for measuring a change to src/speakers/.
// Usage: npm run build && node --expose-gc scripts/speaker-scaling.mjs [sizes in KB, default 100 1000]
import {parseArticle} from '../dist/index.js'

const sizes = process.argv.slice(2).map(Number)
if (sizes.length === 0) sizes.push(100, 1000)

/** A first name of its own for each number (`Kao`, `Kbo`, …). */
function given(i) {
  let letters = ''
  do {
    letters += String.fromCharCode(97 + (i % 26))
    i = Math.floor(i / 26)
  } while (i > 0)
  return 'K' + letters + 'o'
}

const shapes = {
  ordinary: (i) =>
    `The council met on Monday and ${given(i)} ${given(i + 77777)} told reporters that the budget was fine. `,
  smith: (i) => `${given(i)} Smith said it was fine. `,
  alAni: (i) => `${given(i)} al-Ani said it was fine. `,
  smithSingles: (i) => (i % 2 ? `${given(i)} Smith said it was fine. ` : 'Smith said it was fine. '),
  mrsSmith: (i) =>
    i % 3 === 0
      ? `${given(i)} Smith said it was fine. `
      : i % 3 === 1
        ? 'Mrs. Smith said she was fine. '
        : 'Mr. Smith said he was fine. '
}

function build(shape, length) {
  let text = 'WASHINGTON (Reuters) - '
  for (let i = 0; text.length < length;) {
    text += shape(i++)
    if (i % 8 === 0) text += '\n\n'
  }
  return text
}

for (const shape of Object.values(shapes)) parseArticle(build(shape, 100_000))
for (const [name, shape] of Object.entries(shapes)) {
  const row = sizes.map((kb) => {
    const text = build(shape, kb * 1000)
    let best = Number.POSITIVE_INFINITY
    // Best of a few runs (fewer for large inputs): the machine may be shared.
    for (let run = 0; run < (kb <= 200 ? 5 : 2); run++) {
      globalThis.gc?.()
      const start = performance.now()
      parseArticle(text)
      best = Math.min(best, performance.now() - start)
    }
    return {kb, perMB: best / (kb / 1000)}
  })
  console.log(
    name.padEnd(13),
    row
      .map(({kb, perMB}) => `${kb} KB ${(perMB / 1000).toFixed(2)} s/MB ×${(perMB / row[0].perMB).toFixed(2)}`)
      .join(' | ')
  )
}

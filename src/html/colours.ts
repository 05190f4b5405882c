/**
 * Speaker colours of the HTML view: a strong colour (lines, swatch borders) and a light tint of it (the
 * background of quotations), distinct from one speaker to the next.
 *
 * @module
 */

/** A speaker's colours, as CSS colours. */
export interface SpeakerColour {
  /** For lines: the underline of paraphrases and mentions. */
  strong: string
  /** For fills: the background of quotations. */
  tint: string
}

/**
 * Ten strong colours that stay apart from one another (Tableau 10, its grey
 * swapped for a dark teal, as grey is kept for speech without a speaker).
 */
const palette = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#ff9da7',
  '#9c755f',
  '#499894'
]

/** The colours of speech that has no speaker. */
export const noSpeakerColour: SpeakerColour = {strong: '#8a8a8a', tint: '#e6e6e6'}

/**
 * The colours of the `index`th speaker: the palette first, then hues spread
 * by the golden angle.
 */
export function speakerColour(index: number): SpeakerColour {
  if (index < palette.length) {
    const strong = palette[index]
    return {strong, tint: mixWithWhite(strong, 0.68)}
  }
  const hue = Math.round((index * 137.508) % 360)
  return {strong: `hsl(${hue}, 55%, 45%)`, tint: `hsl(${hue}, 75%, 87%)`}
}

/** `#rrggbb` mixed with white: `amount` 0 is the colour, 1 is white. */
function mixWithWhite(hex: string, amount: number): string {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16))
  return (
    '#' +
    channels
      .map((value) =>
        Math.round(value + (255 - value) * amount)
          .toString(16)
          .padStart(2, '0')
      )
      .join('')
  )
}

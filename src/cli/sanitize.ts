/**
 * Text taken from the input (a bad line, a plugin's error, a warning that quotes the story) made safe for a
 * terminal: control characters, bidirectional overrides, line and paragraph separators and lone surrogates are
 * written as `\u{…}` escapes, and the result is capped.
 */

/** Longest text, in characters, that a message quotes from the input. */
export const MESSAGE_CAP = 200

// C0 and C1 controls, DEL, bidi embeddings/overrides/isolates, LS/PS, BOM, lone surrogates.
const unsafe =
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu

/**
 * Escape what a terminal would act on and cap the length.
 *
 * @param text Any text.
 * @param cap Characters to keep at most (an ellipsis and the count of what was cut follow).
 */
export function sanitize(text: string, cap = MESSAGE_CAP): string {
  const head = text.length > cap ? text.slice(0, cap) : text
  // Do not cut a surrogate pair in two.
  const kept = /[\uD800-\uDBFF]$/u.test(head) && text.length > cap ? head.slice(0, -1) : head
  const escaped = kept.replace(unsafe, (character) => `\\u{${character.charCodeAt(0).toString(16).toUpperCase()}}`)
  return text.length > kept.length ? `${escaped}… (${text.length - kept.length} more characters)` : escaped
}

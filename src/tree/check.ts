/**
 * Checking that a value handed to the public API is an article tree.
 *
 * @module
 */

import type {Article} from '../ast.js'

/** How a value is named in an error message: `` `null` ``, `an array`, `` `number` ``. */
export function describeValue(value: unknown): string {
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'an array'
  return '`' + typeof value + '`'
}

/**
 * Check that `value` is an article tree from `parseArticle`: an object of `type: 'article'` whose `fields` are
 * arrays.
 *
 * @param value The argument.
 * @param caller The function that was called (`toRecord`), for the message.
 * @param fields The list fields the caller reads.
 * @throws {TypeError} When it is not.
 */
export function assertArticle(
  value: unknown,
  caller: string,
  fields: ReadonlyArray<'children' | 'quotations' | 'paraphrases' | 'speakers'>
): asserts value is Article {
  const expected = 'wirestory: expected the `article` of `' + caller + '` to be an article tree from `parseArticle`'
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(expected + ', not ' + describeValue(value))
  }
  const type = (value as {type?: unknown}).type
  if (type !== 'article') {
    throw new TypeError(
      expected +
        " (`type: 'article'`), not " +
        (typeof type === 'string'
          ? 'a `' + type.slice(0, 40) + '` node'
          : 'an object whose `type` is ' + describeValue(type))
    )
  }
  for (const field of fields) {
    const list = (value as Record<string, unknown>)[field]
    if (!Array.isArray(list))
      throw new TypeError(expected + ': its `' + field + '` is ' + describeValue(list) + ', not an array')
  }
}

/**
 * JSON written in pieces. `JSON.stringify(tree)` builds one string, and V8 caps a string at about 512 MiB: the
 * tree of a 2 MB story does not fit. `jsonChunks` yields the same text as `JSON.stringify(value, null, space)`
 * in pieces of about `size` characters, walking the value with an explicit stack (no recursion, no depth limit
 * but the value's own); `writeChunks` writes them to a stream, waiting for `drain`.
 */

import {once} from 'node:events'

type Frame =
  | {kind: 'array'; value: readonly unknown[]; index: number; indent: string}
  | {kind: 'object'; value: Record<string, unknown>; keys: string[]; index: number; indent: string; wrote: boolean}

/** Pieces written by default: 64 KiB. */
export const CHUNK = 1 << 16

/**
 * The JSON text of `value`, in pieces, as `JSON.stringify(value, null, space)` gives it whole (`toJSON`,
 * skipped `undefined` and functions, `null` for non-finite numbers). Nothing is yielded where `JSON.stringify`
 * returns `undefined`.
 *
 * @throws {TypeError} On a cycle or a bigint, as `JSON.stringify` does.
 */
export function* jsonChunks(value: unknown, space = '', size = CHUNK): Generator<string> {
  const stack: Frame[] = []
  const open = new Set<object>()
  let buffer = ''
  const nl = space === '' ? '' : '\n'
  const colon = space === '' ? ':' : ': '

  // Write one prepared value; containers push a frame and write their opening bracket.
  const put = (item: unknown, indent: string, inArray: boolean): void => {
    if (item === undefined) {
      if (inArray) buffer += 'null'
      return
    }
    if (item === null || typeof item !== 'object') {
      buffer += scalar(item)
      return
    }
    if (open.has(item)) throw new TypeError('Converting circular structure to JSON')
    if (Array.isArray(item)) {
      if (item.length === 0) {
        buffer += '[]'
        return
      }
      open.add(item)
      buffer += '['
      stack.push({kind: 'array', value: item, index: 0, indent})
      return
    }
    const keys = Object.keys(item)
    open.add(item)
    buffer += '{'
    stack.push({kind: 'object', value: item as Record<string, unknown>, keys, index: 0, indent, wrote: false})
  }

  put(prepare(value, ''), '', false)
  if (buffer === '' && stack.length === 0) return
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]
    const inner = frame.indent + space
    if (frame.kind === 'array') {
      if (frame.index < frame.value.length) {
        buffer += (frame.index > 0 ? ',' : '') + nl + inner
        const index = frame.index++
        put(prepare(frame.value[index], String(index)), inner, true)
      } else {
        buffer += nl + frame.indent + ']'
        open.delete(frame.value)
        stack.pop()
      }
    } else if (frame.index < frame.keys.length) {
      const key = frame.keys[frame.index++]
      const item = prepare(frame.value[key], key)
      if (item === undefined) continue
      buffer += (frame.wrote ? ',' : '') + nl + inner + JSON.stringify(key) + colon
      frame.wrote = true
      put(item, inner, false)
    } else {
      buffer += frame.wrote ? nl + frame.indent + '}' : '}'
      open.delete(frame.value)
      stack.pop()
    }
    if (buffer.length >= size) {
      yield buffer
      buffer = ''
    }
  }
  if (buffer !== '') yield buffer
}

/** `toJSON`, boxed primitives, and what JSON leaves out (returned as `undefined`). */
function prepare(value: unknown, key: string): unknown {
  let item = value
  if (typeof item === 'object' && item !== null && typeof (item as {toJSON?: unknown}).toJSON === 'function') {
    item = (item as {toJSON: (key: string) => unknown}).toJSON(key)
  }
  if (item instanceof Number || item instanceof String || item instanceof Boolean) item = item.valueOf()
  if (item === undefined || typeof item === 'function' || typeof item === 'symbol') return undefined
  return item
}

function scalar(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (value === null) return 'null'
  throw new TypeError(`Do not know how to serialize a ${typeof value}`)
}

/** Write pieces to `stream`, waiting for `drain` when it asks to. */
export async function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (!stream.write(chunk)) await once(stream, 'drain')
  }
}

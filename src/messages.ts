/**
 * Warnings about odd text, reported as vfile messages.
 */

import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Position} from 'unist'

/** Rule ids of the messages wirestory reports. */
export type RuleId =
  | 'empty-document'
  | 'missing-dateline'
  | 'missing-paragraphs'
  | 'control-character'
  | 'unresolved-date'
  | 'unclosed-quotation'
  | 'unopened-quotation'
  | 'dense-quotation-marks'
  | 'quotation-depth'

/** Source of every message wirestory reports. */
export const source = 'wirestory'

/**
 * A message wirestory reports on the file: a `VFileMessage` whose `source`
 * is `'wirestory'` and whose `ruleId` is one of {@link RuleId}, with a
 * `place` in input coordinates. Narrow `file.messages` to it by `source`:
 *
 * ```ts
 * const own = file.messages.filter((message): message is WirestoryMessage => message.source === 'wirestory')
 * ```
 */
export type WirestoryMessage = VFileMessage & {source: 'wirestory'; ruleId: RuleId}

/**
 * Report a warning on `file` at `place`; nothing when `file` is `null` (a string was parsed with no plugin to
 * read the messages: building them, each an `Error` with its stack, would be wasted work).
 */
export function warn(file: VFile | null, reason: string, place: Position, ruleId: RuleId): void {
  if (file) file.message(reason, {place, ruleId, source})
}

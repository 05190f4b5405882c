/**
 * The record the CLI prints for a story (`--record`, and each line of `--jsonl`): `toRecord`'s fields
 * (`dateline`, `agency`, `paragraphs`, `quotes`), then `paraphrases` (indirect speech, in the shape of `quotes`)
 * and `messages` (the story's vfile messages). Documented in docs/cli.md.
 */

import type {VFile} from 'vfile'

import type {Article} from '../ast.js'
import {toRecord, type ArticleRecord} from '../record.js'
import {messageRecords, type MessageRecord} from './report.js'

/** Indirect speech in a record. */
export interface ParaphraseRecord {
  /** The reported content as written. */
  text: string
  start: number
  end: number
  /** Canonical full name of the speaker, `null` when the story does not say. */
  speaker: string | null
  /** The mention nearest the paraphrase that names or refers to the speaker. */
  speakerMention?: string | undefined
}

export interface StoryRecord extends ArticleRecord {
  paraphrases: ParaphraseRecord[]
  messages: MessageRecord[]
}

export function storyRecord(article: Article, file: VFile): StoryRecord {
  const names = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]))
  const paraphrases = article.paraphrases.map((paraphrase) => {
    const record: ParaphraseRecord = {
      text: paraphrase.value,
      start: paraphrase.position.start.offset ?? 0,
      end: paraphrase.position.end.offset ?? 0,
      speaker: paraphrase.speaker === null ? null : (names.get(paraphrase.speaker) ?? null)
    }
    if (paraphrase.mention) record.speakerMention = paraphrase.mention.value
    return record
  })
  return {...toRecord(article), paraphrases, messages: messageRecords(file)}
}

/**
 * The record the CLI prints for a story (`--record`, and each line of `--jsonl`): `toRecord`'s fields
 * (`dateline`, `agency`, `paragraphs`, `quotes`, `paraphrases`), then `messages` (the story's vfile messages).
 * Documented in docs/cli.md.
 */

import type {VFile} from 'vfile'

import type {Article} from '../ast.js'
import {toRecord, type ArticleRecord} from '../record.js'
import {messageRecords, type MessageRecord} from './report.js'

export interface StoryRecord extends ArticleRecord {
  messages: MessageRecord[]
}

export function storyRecord(article: Article, file: VFile): StoryRecord {
  return {...toRecord(article), messages: messageRecords(file)}
}

import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../../src/index.js'

/** The paraphrases of a story as `[content, speaker name]`. */
function read(text: string): Array<[string, string | null]> {
  const article = parseArticle(text)
  return article.paraphrases.map((paraphrase) => [
    paraphrase.value,
    article.speakers.find((speaker) => speaker.id === paraphrase.speaker)?.name ?? null
  ])
}

describe('paraphrases inside paraphrases', () => {
  it('keeps a credit inside another content as part of it', () => {
    expect(read('Mayor Ana Ruiz said the council believes the bridge is safe.')).toEqual([
      ['the council believes the bridge is safe', 'Ana Ruiz']
    ])
    expect(read('Karl Vos told reporters that he expected exports to fall.')).toEqual([
      ['he expected exports to fall', 'Karl Vos']
    ])
  })

  it('ends a content before a verb coordinated with its credit', () => {
    expect(read('Mayor Ana Ruiz praised the plan and warned that costs would rise.')).toEqual([
      ['the plan', 'Ana Ruiz'],
      ['costs would rise', 'Ana Ruiz']
    ])
    expect(read('Senator Mia Holt said she had met the farmers but said no deal was near.')).toEqual([
      ['she had met the farmers', 'Mia Holt'],
      ['no deal was near', 'Mia Holt']
    ])
  })

  it('ends a content before a coordinate clause with a credit of its own', () => {
    expect(read('Some economists say the rate will rise and others say it will fall.')).toEqual([
      ['the rate will rise', null],
      ['it will fall', null]
    ])
    expect(read('Officials said turnout was high; 40 percent of voters said they had waited an hour.')).toEqual([
      ['turnout was high', null],
      ['they had waited an hour', null]
    ])
  })

  it('leaves a content whole when its second clause has no credit', () => {
    expect(read('Mayor Ana Ruiz said the ferry was late and the bridge was closed.')).toEqual([
      ['the ferry was late and the bridge was closed', 'Ana Ruiz']
    ])
    expect(read('Mayor Ana Ruiz said the bridge and the tunnel were safe.')).toEqual([
      ['the bridge and the tunnel were safe', 'Ana Ruiz']
    ])
  })
})

import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/parse.js'
import type {Article} from '../../src/ast.js'

/** `[quotation value, speaker name, rule]` for the speech quotations. */
function attributed(article: Article): Array<[string, string | null, string | null]> {
  const names = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]))
  return article.quotations
    .filter((quotation) => quotation.kind === 'direct' || quotation.kind === 'partial')
    .map((quotation) => [
      quotation.value,
      quotation.speaker ? (names.get(quotation.speaker) ?? null) : null,
      quotation.rule
    ])
}

// Stories written for these tests.
describe('speaker mentions', () => {
  it('full name with title, then surname, pronoun and nominal', () => {
    const article = parseArticle(
      'Harbour deal signed.\n\nPORTVILLE, March 3 - Harbour Minister Tomas Brel said on Monday the deal was done.\n\n' +
        '"We waited ten years for this," Brel said.\n\n"The ships will come," he added.\n\n' +
        '"Nobody can stop it now," the minister told reporters.\n'
    )
    expect(attributed(article).map((entry) => entry[1])).toEqual(['Tomas Brel', 'Tomas Brel', 'Tomas Brel'])
    const speaker = article.speakers.find((entry) => entry.name === 'Tomas Brel')!
    expect(speaker.title).toBe('Harbour Minister')
    expect(speaker.gender).toBe('male')
    const kinds = new Set(speaker.mentions.map((mention) => mention.kind))
    for (const kind of ['name', 'surname', 'pronoun', 'nominal'] as const) expect(kinds.has(kind)).toBe(true)
  })

  it('keeps invisible characters inside a name (mis-decoded text, soft hyphens)', () => {
    const article = parseArticle(
      '"We are on time," said Federico de Jes\u00c3\u0083\u00c2os, a strategist.\n\n"It is late," said Anna Mei\u00adster, an aide.'
    )
    expect(attributed(article).map((entry) => entry[1])).toEqual([
      'Federico de Jes\u00c3\u0083\u00c2os',
      'Anna Mei\u00adster'
    ])
  })

  it('a sentence opened by the same pronoun is skipped whole when resolving it', () => {
    const article = parseArticle(
      'Karvian President Ivo Marr-Dal was not at the talks. Senator Tom Rell spoke at his farm.\n' +
        '"You are fighting three countries," he said.\n' +
        'He said getting Marr-Dal to leave power was less important.\n' +
        '"Marr-Dal is secondary," he said.'
    )
    expect(attributed(article).map((entry) => entry[1])).toEqual(['Tom Rell', 'Tom Rell'])
  })

  it('pronouns follow the gender learned from the story and the new subject', () => {
    const article = parseArticle(
      'Vote count.\n\nMayor Lena Ostrova said her office would recount. She spoke at noon.\n\n' +
        '"Every ballot counts," she said.\n\nCouncilman Pavel Dunn disagreed with him on little, his aides said. Dunn spoke next.\n\n' +
        '"The count was fair," he said.\n'
    )
    expect(attributed(article).map((entry) => entry[1])).toEqual(['Lena Ostrova', 'Pavel Dunn'])
  })

  it('honorifics tell apart people with the same surname', () => {
    const article = parseArticle(
      'Family business.\n\nAnton Berg and his wife, Maria Berg, run the bakery. Mr. Berg bakes; Mrs. Berg sells.\n\n' +
        '"The bread sells itself," Mrs. Berg said.\n\n"I start at four," Mr. Berg said.\n'
    )
    expect(attributed(article).map((entry) => entry[1])).toEqual(['Maria Berg', 'Anton Berg'])
  })

  it('a partial name takes the fuller name of the story', () => {
    const article = parseArticle(
      'Opposition.\n\nOpposition leader Michel Dano Kivu spoke in the capital.\n\n"The regime is afraid," Dano Kivu said.\n'
    )
    expect(attributed(article)[0][1]).toBe('Michel Dano Kivu')
  })

  it('a person at a place: "X of Y" keeps the person', () => {
    const article = parseArticle(
      'Funds.\n\nThe lawmakers, Representatives Jane Alder of Ohio and Ray Tull of Iowa, wrote a letter.\n\n"We need the money," Ms. Alder said.\n'
    )
    expect(attributed(article)[0][1]).toBe('Jane Alder')
  })

  it('a sentence-initial capitalised word is no part of a name', () => {
    const article = parseArticle(
      'Reply.\n\nRival candidate Omar Selby answered quickly. Rival Omar Selby called the plan "a fantasy." The rival spoke again.\n'
    )
    expect(attributed(article)[0][1]).toBe('Omar Selby')
  })
})

describe('organisations as speakers', () => {
  it('an organisation, its nominal and its acronym', () => {
    const article = parseArticle(
      'Aid.\n\nThe relief group Friends of the Valley Foundation (FVF) suspended its work.\n\n' +
        '"The violence is rising," the group warned.\n\n"We cannot stay," FVF said in a statement.\n\n' +
        'The Interior Ministry said the roads were safe. "Convoys move freely," the ministry said.\n'
    )
    const speakers = attributed(article).map((entry) => entry[1])
    expect(speakers[1]).toBe('Friends of the Valley Foundation')
    expect(speakers[2]).toBe('Interior Ministry')
  })

  it('a source with a preamble: analysts at a named firm', () => {
    const article = parseArticle(
      'Oil.\n\nCrude rose on Monday.\n\n"Prices were lifted by the cold," analysts at the Korbel brokerage firm said.\n'
    )
    expect(attributed(article)[0][1]).toBe('Korbel')
  })

  it('a document speaks for the organisation that published it', () => {
    const article = parseArticle(
      'Study.\n\nThe Institute for Rivers published a study on Friday.\n\n"Water levels are falling," the report concluded.\n'
    )
    expect(attributed(article)[0][1]).toBe('Institute for Rivers')
  })
})

describe('rules of the sieve', () => {
  it('sentence subject of a partial quotation without a cue', () => {
    const article = parseArticle(
      'Debate.\n\nSenator Ruth Kale described the bill as "a gift to lobbyists" on Tuesday.\n\nKale referred to her rival as "a tired man."\n'
    )
    expect(attributed(article).map((entry) => entry[1])).toEqual(['Ruth Kale', 'Ruth Kale'])
    expect(attributed(article)[1][2]).toBe('sentence-subject')
  })

  it('participle cue: the clause subject speaks', () => {
    const article = parseArticle('Rally.\n\nGovernor Ida Plum attacked her rival, calling him "a total stiff."\n')
    expect(attributed(article)[0][1]).toBe('Ida Plum')
  })

  it('a paragraph ending with a colon introduces the quotation below', () => {
    const article = parseArticle(
      'Statement.\n\nWhen the law passed, Senator Abel Crane released a statement:\n\n"This is a good day for farmers."\n'
    )
    expect(attributed(article)[0]).toEqual(['This is a good day for farmers.', 'Abel Crane', 'colon-paragraph'])
  })

  it('transcript labels', () => {
    const article = parseArticle(
      'Interview.\n\nHost Nina Ward spoke with Governor Carl Mott.\n\n"MOTT: We will win this state."\n'
    )
    expect(attributed(article)[0][1]).toBe('Carl Mott')
  })

  it('a multi-paragraph quotation takes the speaker of its later attributed part', () => {
    const article = parseArticle(
      'Speech.\n\nTeacher Ada Quinn spoke first. Then Principal Bo Lind rose.\n\n"The school is old.\n\n"It needs a new roof," Lind said.\n'
    )
    expect(attributed(article).map((entry) => entry[1])).toEqual(['Bo Lind', 'Bo Lind'])
  })

  it('indirect speech right before a quotation in the same paragraph', () => {
    const article = parseArticle(
      'Talks.\n\nEnvoy Rui Lopes spoke on Monday.\n\nThe envoy pointed out that the talks would go on. "We will not stop," he said.\n'
    )
    expect(article.paraphrases.map((paraphrase) => paraphrase.rule)).toEqual(['reported-clause'])
  })

  it('indirect speech is a paraphrase, not a quotation', () => {
    const article = parseArticle(
      'Budget.\n\nThe budget will grow next year, Finance Minister Ivo Sand said on Monday.\n\nSand said that taxes would not rise.\n'
    )
    expect(article.quotations).toEqual([])
    expect(article.paraphrases.map((paraphrase) => paraphrase.rule)).toEqual(['credit-after', 'reported-clause'])
    const names = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]))
    expect(article.paraphrases.map((paraphrase) => names.get(paraphrase.speaker!))).toEqual(['Ivo Sand', 'Ivo Sand'])
  })
})

describe('speech options', () => {
  const story =
    'Weather.\n\nForecaster Ana Lima of the weather office spoke on Monday.\n\nRain fell all week.\n\n"Rain is coming," the forecaster hedged.\n'

  it('cues, titles and nominals take effect for the call only', () => {
    expect(attributed(parseArticle(story))[0][1]).toBe(null)
    const article = parseArticle(story, {
      cues: [{lemma: 'hedge', forms: ['hedged']}],
      titles: ['forecaster'],
      nominals: {person: ['forecaster']}
    })
    expect(attributed(article)[0][1]).toBe('Ana Lima')
    expect(article.quotations[0].cue?.lemma).toBe('hedge')
    // No module state changed.
    expect(attributed(parseArticle(story))[0][1]).toBe(null)
  })

  it('custom rules run at their place, before built-in rules', () => {
    const text = 'Tally.\n\nBoard member Eli Rook spoke.\n\n"Done," Rook said.\n'
    const article = parseArticle(text, {
      rules: [{name: 'always-board', before: 'cue-after', run: () => ({name: 'Harbour Board', kind: 'organisation'})}]
    })
    expect(attributed(article)[0]).toEqual(['Done,', 'Harbour Board', 'always-board'])
    const after = parseArticle(text, {
      rules: [{name: 'late', after: 'sentence-subject', run: () => ({name: 'Nobody'})}]
    })
    expect(attributed(after)[0][2]).toBe('cue-after')
  })

  it('custom rules: offsets resolved like any mention; failures name the rule', () => {
    const text = 'Tally.\n\nBoard member Eli Rook spoke.\n\nStatement by Rook: "Done."\n'
    const article = parseArticle(text, {
      rules: [
        {
          name: 'statement-by',
          before: 'colon-lead',
          run: (context) => {
            const at = context.before.value.indexOf('Statement by ')
            return at < 0 ? null : {start: context.before.start + at + 13, end: context.before.start + at + 17}
          }
        }
      ]
    })
    expect(attributed(article)[0]).toEqual(['Done.', 'Eli Rook', 'statement-by'])
    expect(() =>
      parseArticle(text, {
        rules: [
          {
            name: 'boom',
            before: 'quoted-as-saying',
            run: () => {
              throw new Error('bad')
            }
          }
        ]
      })
    ).toThrow(/`boom`/)
    expect(() =>
      parseArticle(text, {rules: [{name: 'x', before: 'a' as never, after: 'b' as never, run: () => null}]})
    ).toThrow(TypeError)
    expect(() => parseArticle(text, {rules: [{name: 'x', run: 'no' as never}]})).toThrow(TypeError)
  })
})

// Stories written for this test.
describe('a weekday after a body named with links', () => {
  it('ends the name before the link that led to it (`the Velmar Press Club on Monday`)', () => {
    const article = parseArticle(
      'The Velmar Press Club on Monday sent a letter to the embassy.\n\n"We ask for a correction," the club wrote.'
    )
    const names = article.speakers.map((speaker) => speaker.name)
    expect(names).toContain('Velmar Press Club')
    expect(names).not.toContain('Velmar Press Club on')
  })

  it('keeps a link inside the name (`the Council on Coastal Relations`)', () => {
    const article = parseArticle(
      'The Council on Coastal Relations issued a report on Monday.\n\n"Ports must reopen," the council said.'
    )
    expect(article.speakers.map((speaker) => speaker.name)).toEqual(['Council on Coastal Relations'])
  })
})

/**
 * Stories in the house styles of publishers the dev corpora do not hold (AP, UPI, Bloomberg, dpa, Kyodo, Yonhap,
 * PTI, IANS, ANI, Anadolu, Bernama, TASS, RIA, Interfax, Al Jazeera, BBC, Guardian, MailOnline, CNA, ABC, PA, EFE,
 * ANSA, PR Newswire, Business Wire), written for this project (`fixtures/<publisher>/`), with what a reader finds
 * in them: the dateline (place, date, agency) and every direct quotation with the full name of its speaker.
 *
 * Entries with `known` are the parser's open failures on these styles (`it.fails`); remove `known` when fixed.
 */

import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parseArticle, toRecord, type ParseOptions} from '../src/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

interface Expected {
  /** `[location, date]` of the dateline, `null` when the story has none. */
  dateline: [string, string | null] | null
  /** The agency of the story (also when the dateline has none, as `(Bloomberg) --`). */
  agency: string | null
  /** Every direct quotation: `[its first words, speaker]`. */
  quotes: Array<[string, string | null]>
  /** Why the parser fails this story today. */
  known?: string
}

const stories: Record<string, Expected> = {
  'ap/denver': {
    dateline: ['DENVER', null],
    agency: 'AP',
    quotes: [
      ['We don’t take this step lightly,', 'Dana Whitcomb'],
      ['But we made a commitment', 'Dana Whitcomb'],
      ['They’ve moved them before', 'Tom Eckles'],
      ['I’ll believe it', 'Tom Eckles']
    ]
  },
  'ap/new-york-spanning': {
    dateline: ['NEW YORK', null],
    agency: 'AP',
    quotes: [
      ['The city may have good reasons', 'Margaret O’Brien-Castillo'],
      ['But good reasons are not', 'Margaret O’Brien-Castillo'],
      ['The Council is free to try again', 'Margaret O’Brien-Castillo']
    ]
  },
  'upi/manila': {
    dateline: ['MANILA, Philippines', 'March 3'],
    agency: 'UPI',
    quotes: [
      ['This is a clear violation', 'Arnel Bautista'],
      ['We will not be intimidated.', 'Arnel Bautista'],
      ['professionally and with restraint.', 'Beijing']
    ]
  },
  'bloomberg/tokyo-interview': {
    dateline: null,
    agency: 'Bloomberg',
    quotes: [
      ['The market at home', 'Kenji Morimoto'],
      ['We have to be honest', 'Kenji Morimoto'],
      ["It's a sensible move", 'Paul Greaves'],
      ['Investors have been waiting', 'Paul Greaves']
    ]
  },
  'dpa/berlin': {
    dateline: ['Berlin', null],
    agency: 'dpa',
    quotes: [
      ['We cannot simply look away', 'Heike Brandstätter'],
      ['A speed limit is a symbol', 'Markus von Ahlen'],
      ['It would not have prevented', 'Markus von Ahlen']
    ]
  },
  'kyodo/tokyo': {
    dateline: ['TOKYO', 'Jan. 15'],
    agency: 'Kyodo',
    quotes: [
      ['This is an important step', 'Tanaka Hiroshi'],
      ['We share the same values', 'Enrique Manalo'],
      ['two-plus-two', null]
    ]
  },
  'yonhap/seoul': {
    dateline: ['SEOUL', 'Dec. 4'],
    agency: 'Yonhap',
    quotes: [
      ['There is no more time', 'Kim Soo-jin'],
      ['The North should come forward', 'Kim Soo-jin'],
      ['We are open to any format', 'Kim Soo-jin']
    ]
  },
  'pti/new-delhi': {
    dateline: ['New Delhi', 'Mar 12'],
    agency: 'PTI',
    quotes: [
      ['Farmers in the region', 'Rakesh Verma'],
      ['This will change the lives', 'Bijoy Kalita']
    ]
  },
  'ians/mumbai': {
    dateline: ['Mumbai', 'June 7'],
    agency: 'IANS',
    quotes: [
      ['No farmer will be left behind', 'Sunil Patwardhan'],
      ['This is an insult', 'Meera Deshmukh']
    ]
  },
  'ani/srinagar': {
    dateline: ['Srinagar (Jammu and Kashmir) [India]', 'May 22'],
    agency: 'ANI',
    quotes: [
      ['We have received a record number', 'Farooq Ahmad Lone'],
      ['Security arrangements are in place', 'Farooq Ahmad Lone']
    ]
  },
  'ani/new-delhi': {
    dateline: ['New Delhi [India]', 'September 9'],
    agency: 'ANI',
    quotes: [['Ninety per cent of the work is done', 'Nitin Rao']]
  },
  'anadolu/ankara': {
    dateline: ['ANKARA', null],
    agency: null,
    quotes: [
      ['unbearable.', 'Hakan Yildirim'],
      ['The world cannot remain silent', 'Hakan Yildirim'],
      ['We will continue to work together', 'Ayman Safadi']
    ],
    known: '`Türkiye’s foreign minister` in the lead is not linked to the minister named after (`Hakan Yildirim`)'
  },
  'bernama/kuala-lumpur': {
    dateline: ['KUALA LUMPUR', 'Aug 9'],
    agency: 'Bernama',
    quotes: [['We want to make sure', 'Ahmad Zahid Ismail']]
  },
  'tass/moscow-diplomat': {
    dateline: ['MOSCOW', 'October 14'],
    agency: 'TASS',
    quotes: [
      ['We have never closed the door', 'Sergei Ryabkov'],
      ['But the ball is in the American court', 'Sergei Ryabkov'],
      ['We see no signals', 'Sergei Ryabkov']
    ]
  },
  'ria/moscow': {
    dateline: ['MOSCOW', 'March 2'],
    agency: 'RIA Novosti',
    quotes: [['The planes are carrying', 'Irina Rossius']]
  },
  'interfax/kyiv': {
    dateline: ['KYIV', 'Feb 20'],
    agency: 'Interfax',
    quotes: [['The power engineers', 'Herman Halushchenko']]
  },
  'interfax/moscow-dash': {
    dateline: ['MOSCOW', 'Nov 11'],
    agency: 'Interfax',
    quotes: [['in a mirror manner', 'Maria Zakharova']],
    known: '`According to her, …`: a pronoun after `according to` is no credit for the partial quote'
  },
  'aljazeera/doha': {
    dateline: null,
    agency: null,
    quotes: [
      ['critical stage', 'Mohammed bin Abdulrahman Al Thani'],
      ['some progress', 'Mohammed bin Abdulrahman Al Thani'],
      ['We are doing everything', 'Mohammed bin Abdulrahman Al Thani'],
      ['Without real pressure', 'Abdel Rahman al-Masri']
    ]
  },
  'bbc/rents': {
    dateline: null,
    agency: null,
    quotes: [
      ['unaffordable rises', 'Angela Fairburn'],
      ['We are on the side of renters', 'Angela Fairburn'],
      ['This cap gives them certainty', 'Angela Fairburn'],
      ['Five per cent is still far more than most tenants’ wages have gone up,', 'Polly Neate-Harris'],
      ['There is a real risk', 'Rohan Mehta']
    ]
  },
  'guardian/coal-mine': {
    dateline: null,
    agency: null,
    quotes: [
      ['incompatible', null],
      ['The evidence is overwhelming', 'Sarah Blackwood'],
      ['My constituents want work', 'Gareth Holt'],
      ['We will respond', null]
    ]
  },
  'mail/scam': {
    dateline: null,
    agency: null,
    quotes: [
      ['sounded so genuine', 'Margaret Pilling'],
      ['I feel such a fool', 'Margaret Pilling'],
      ['They were polite', 'Margaret Pilling'],
      ["Mum's generation", 'David Pilling'],
      ['These criminals know that', 'David Pilling'],
      ['We would urge anyone', 'Sian Rowley']
    ]
  },
  'cna/singapore': {
    dateline: ['SINGAPORE', null],
    agency: null,
    quotes: [
      ['We must do more', 'Janil Tan'],
      ['study all options', 'Janil Tan']
    ]
  },
  'abc-au/sydney': {
    dateline: null,
    agency: null,
    quotes: [
      ['People in the bush', 'Chris Minns'],
      ['a drop in the ocean', 'Kellie Sloane'],
      ["It's not going to fix", 'Kellie Sloane']
    ]
  },
  'pa/kent': {
    dateline: null,
    agency: null,
    quotes: [
      ['Whitlock targeted elderly residents', 'Amy Fairfax'],
      ['untold distress', 'Simon Carrow']
    ]
  },
  'efe/madrid': {
    dateline: ['Madrid', 'Jul 18'],
    agency: 'EFE',
    quotes: [
      ['Housing is the great challenge', 'Pedro Sánchez'],
      ['improvising', 'Alberto Núñez Feijóo'],
      ['They have had six years', 'Alberto Núñez Feijóo']
    ]
  },
  'ansa/rome-budget': {
    dateline: ['Rome', 'April 3'],
    agency: null,
    quotes: [
      ['We will keep our word', 'Giorgia Meloni'],
      ['living in another country', 'Elly Schlein']
    ]
  },
  'prnewswire/san-francisco': {
    dateline: ['SAN FRANCISCO', 'Feb. 6, 2025'],
    agency: 'PR Newswire',
    quotes: [
      ['This funding lets us', 'Priya Raman'],
      ['We are going to hire', 'Priya Raman'],
      ['Brightwave has built a product', 'Marcus Lee']
    ]
  },
  'businesswire/austin': {
    dateline: ['AUSTIN, Texas', null],
    agency: 'Business Wire',
    quotes: [
      ['We closed the year', 'Elena Vargas'],
      ['Our backlog has never been stronger', 'Elena Vargas']
    ]
  }
}

function parse(id: string) {
  const base = path.join(root, 'fixtures', id)
  const input = readFileSync(base + '.txt', 'utf8')
  const options = existsSync(base + '.options.json')
    ? (JSON.parse(readFileSync(base + '.options.json', 'utf8')) as ParseOptions)
    : undefined
  return {input, record: toRecord(parseArticle(input, options))}
}

describe('stories of publishers outside the dev corpora', () => {
  for (const [id, expected] of Object.entries(stories)) {
    const test = expected.known ? it.fails : it
    test(id + (expected.known ? ' (known failure: ' + expected.known + ')' : ''), () => {
      const {input, record} = parse(id)
      const dateline = record.dateline ? [record.dateline.location, record.dateline.date] : null
      expect(dateline).toEqual(expected.dateline)
      expect(record.agency).toBe(expected.agency)
      expect(record.quotes.map((quote) => quote.text)).toHaveLength(expected.quotes.length)
      for (const [index, [start, speaker]] of expected.quotes.entries()) {
        const quote = record.quotes[index]
        expect(quote.text.startsWith(start), quote.text + ' should start with ' + start).toBe(true)
        expect(input.slice(quote.start, quote.end)).toBe(quote.text)
        expect(quote.speaker).toBe(speaker)
      }
    })
  }
})

import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/parse.js'
import {toRecord} from '../../src/record.js'
import type {Article, Dateline} from '../../src/ast.js'

// Every story here is a short sentence written for these tests.

interface Expected {
  text?: string
  location: string | null
  date: string | null
  isoDate?: string | null
  agency: string | null
  city?: string | null
  region?: string | null
}

function datelineOf(article: Article): Dateline | undefined {
  return article.children.find((child): child is Dateline => child.type === 'dateline')
}

function check(input: string, expected: Expected, referenceDate?: string): void {
  const article = parseArticle(input, referenceDate ? {referenceDate} : {})
  const record = toRecord(article)
  expect(record.dateline, input).not.toBeNull()
  const dateline = record.dateline!
  if (expected.text !== undefined) expect(dateline.text).toBe(expected.text)
  expect(input.slice(dateline.start, dateline.end)).toBe(dateline.text)
  expect(dateline.location).toBe(expected.location)
  expect(dateline.date).toBe(expected.date)
  if (expected.isoDate !== undefined) expect(dateline.isoDate).toBe(expected.isoDate)
  expect(record.agency).toBe(expected.agency)
  const node = datelineOf(article)!
  if (expected.city !== undefined) expect(node.city).toBe(expected.city)
  if (expected.region !== undefined) expect(node.region).toBe(expected.region)
}

function none(input: string): void {
  const record = toRecord(parseArticle(input))
  expect(record.dateline, input).toBeNull()
}

describe('agency datelines', () => {
  it('TASS: `MOSCOW, May 5. /TASS/.`', () => {
    check(
      'MOSCOW, May 5. /TASS/. The ministry said the talks went well.',
      {text: 'MOSCOW, May 5. /TASS/.', location: 'MOSCOW', date: 'May 5', isoDate: '2024-05-05', agency: 'TASS'},
      '2024-05-05'
    )
  })

  it('TASS with a header date field on the line before', () => {
    check('date 2024-09-06\nBELGRADE, September 6. /TASS/. The minister spoke to reporters.', {
      location: 'BELGRADE',
      date: 'September 6',
      isoDate: '2024-09-06',
      agency: 'TASS'
    })
  })

  it('Itar-Tass and RIA Novosti tags', () => {
    check('MOSCOW, October 2 (Itar-Tass) - The council met on Tuesday.', {
      location: 'MOSCOW',
      date: 'October 2',
      agency: 'TASS'
    })
    check('MOSCOW, Sept 6 (RIA Novosti) - Officials said the bridge is open.', {
      location: 'MOSCOW',
      date: 'Sept 6',
      agency: 'RIA Novosti'
    })
  })

  it('Reuters today: `LONDON (Reuters) -`', () => {
    check('LONDON (Reuters) - Shares rose on Monday.', {
      text: 'LONDON (Reuters)',
      location: 'LONDON',
      date: null,
      isoDate: null,
      agency: 'Reuters'
    })
  })

  it('Reuters with a date: `WASHINGTON, Jan 5 (Reuters) -`', () => {
    check(
      'WASHINGTON, Jan 5 (Reuters) - The agency said prices fell.',
      {location: 'WASHINGTON', date: 'Jan 5', isoDate: '2021-01-05', agency: 'Reuters'},
      '2021-01-06'
    )
  })

  it('Reuters 1987: `NEW YORK, March 3 -` … `Reuter`', () => {
    check(
      'NEW YORK, March 3 - The company said sales rose.\n    It gave no details.\n Reuter\n',
      {text: 'NEW YORK, March 3', location: 'NEW YORK', date: 'March 3', isoDate: '1987-03-03', agency: 'Reuters'},
      '1987-03-03'
    )
  })

  it('AP: `WASHINGTON (AP) —` and `KYIV, Ukraine (AP) —`', () => {
    check('WASHINGTON (AP) — Lawmakers voted on the bill.', {location: 'WASHINGTON', date: null, agency: 'AP'})
    check('KYIV, Ukraine (AP) — The mayor said the power was back.', {
      location: 'KYIV, Ukraine',
      city: 'KYIV',
      region: 'Ukraine',
      date: null,
      agency: 'AP'
    })
  })

  it('AP with an underscore separator and a spaced tag', () => {
    check('CANBERRA, Australia (AP) _ The rain stopped at noon.', {
      location: 'CANBERRA, Australia',
      date: null,
      agency: 'AP'
    })
    check('HAVANA (AP ) -- The ship docked late.', {location: 'HAVANA', date: null, agency: 'AP'})
  })

  it('AFP: `Paris (AFP) -`', () => {
    check('Paris (AFP) - The museum reopened its doors.', {location: 'Paris', date: null, agency: 'AFP'})
  })

  it('Xinhua: `BEIJING, Sept. 6 (Xinhua) --`', () => {
    check(
      'BEIJING, Sept. 6 (Xinhua) -- The city opened a new line.',
      {location: 'BEIJING', date: 'Sept. 6', isoDate: '2024-09-06', agency: 'Xinhua'},
      '2024-09-06'
    )
  })

  it('Xinhua without spaces around the tag, and with no separator', () => {
    check('HANOI, Nov. 14(Xinhua)-- The port handled more cargo.', {
      location: 'HANOI',
      date: 'Nov. 14',
      agency: 'Xinhua'
    })
    check('HANOI, Nov. 27 (Xinhua) Vietnam signed the deal.', {
      text: 'HANOI, Nov. 27 (Xinhua)',
      location: 'HANOI',
      date: 'Nov. 27',
      agency: 'Xinhua'
    })
  })

  it('UPI: `HEMPSTEAD, N.Y., Sept. 26 (UPI) —`', () => {
    check(
      'HEMPSTEAD, N.Y., Sept. 26 (UPI) — The debate began at nine.',
      {
        location: 'HEMPSTEAD, N.Y.',
        city: 'HEMPSTEAD',
        region: 'N.Y.',
        date: 'Sept. 26',
        isoDate: '2016-09-26',
        agency: 'UPI'
      },
      '2016-09-27'
    )
  })

  it('Interfax: `MOSCOW. Sept 6 (Interfax) -`', () => {
    check('MOSCOW. Sept 6 (Interfax) - The bank cut its rate.', {
      location: 'MOSCOW',
      date: 'Sept 6',
      agency: 'Interfax'
    })
  })

  it('Anadolu, dpa, EFE, Kyodo, Yonhap', () => {
    check('ANKARA (AA) - The talks will resume.', {location: 'ANKARA', date: null, agency: 'Anadolu'})
    check('ABUJA, Aug 25, 2004 (dpa) -- The vote was delayed.', {
      location: 'ABUJA',
      date: 'Aug 25, 2004',
      isoDate: '2004-08-25',
      agency: 'dpa'
    })
    check('MADRID, Jun 3 (EFE).- The strike ended.', {location: 'MADRID', date: 'Jun 3', agency: 'EFE'})
    check('TOKYO, March 4 (Kyodo) -- The yen firmed.', {location: 'TOKYO', date: 'March 4', agency: 'Kyodo'})
    check('SEOUL, Feb. 2 (Yonhap) -- Exports grew again.', {location: 'SEOUL', date: 'Feb. 2', agency: 'Yonhap'})
  })

  it('a known agency named without brackets after the date: `TOKYO, Jan. 15 Kyodo -`', () => {
    check('TOKYO, Jan. 15 Kyodo - The yen firmed.', {
      text: 'TOKYO, Jan. 15 Kyodo',
      location: 'TOKYO',
      date: 'Jan. 15',
      agency: 'Kyodo'
    })
    // Not an agency, or no date before it: no dateline.
    none('TOKYO, Jan. 15 Sony - The yen firmed.')
    none('TOKYO Kyodo - The yen firmed.')
  })

  it('ANSA with the tag first: `(ANSA) - ROME, SEP 6 -`', () => {
    check(
      '(ANSA) - ROME, SEP 6 - The premier met the unions.',
      {location: 'ROME', date: 'SEP 6', isoDate: '2024-09-06', agency: 'ANSA'},
      '2024-09-06'
    )
  })

  it('PTI, IANS, ANI, Bernama', () => {
    check('NEW DELHI, Sep 6 (PTI) The court adjourned the hearing.', {
      location: 'NEW DELHI',
      date: 'Sep 6',
      agency: 'PTI'
    })
    check('BHOPAL (PTI) - The dam is full.', {location: 'BHOPAL', date: null, agency: 'PTI'})
    check('Mumbai, Sep 6 (IANS) The market closed higher.', {location: 'Mumbai', date: 'Sep 6', agency: 'IANS'})
    check('New Delhi [India], Sept 6 (ANI): The minister arrived.', {
      location: 'New Delhi [India]',
      date: 'Sept 6',
      agency: 'ANI'
    })
    check('KUALA LUMPUR, Sept 6 (Bernama) -- The ringgit rose.', {
      location: 'KUALA LUMPUR',
      date: 'Sept 6',
      agency: 'Bernama'
    })
  })

  it('CP and CNN', () => {
    check('VANCOUVER (CP) - The team won again.', {location: 'VANCOUVER', date: null, agency: 'CP'})
    check('LONDON, England (CNN) -- The queen opened parliament.', {
      location: 'LONDON, England',
      city: 'LONDON',
      region: 'England',
      date: null,
      agency: 'CNN'
    })
  })

  it('place-less dateline: `Dec 29 (Reuters) -`', () => {
    check('Dec 29 (Reuters) - Oil prices fell.', {location: null, date: 'Dec 29', agency: 'Reuters'})
  })

  it('`, Reuter` inside the dateline', () => {
    check('WASHINGTON, March 12, Reuter - The house voted.', {
      text: 'WASHINGTON, March 12, Reuter',
      location: 'WASHINGTON',
      date: 'March 12',
      agency: 'Reuters'
    })
  })
})

describe('aggregator prefixes and wire noise', () => {
  it('`Canadian Press - VANCOUVER (CP) -`', () => {
    check('Canadian Press - VANCOUVER (CP) - The port reopened.', {
      text: 'VANCOUVER (CP)',
      location: 'VANCOUVER',
      date: null,
      agency: 'CP'
    })
  })

  it('`AFP - ` alone names the agency', () => {
    const record = toRecord(parseArticle('AFP - The talks ended without a deal.'))
    expect(record.dateline).toBeNull()
    expect(record.agency).toBe('AFP')
  })

  it('`AP - ` before a byline and a dateline', () => {
    check('AP - By JANE DOE    WASHINGTON (AP) -- The senate met.', {location: 'WASHINGTON', date: null, agency: 'AP'})
  })

  it('a non-agency source label before a dateline', () => {
    check('SPACE.com - HOUSTON -- The crew slept well.', {
      text: 'HOUSTON',
      location: 'HOUSTON',
      date: null,
      agency: null
    })
  })

  it('a bare agency tag without a place names the agency only', () => {
    const record = toRecord(parseArticle('(Sports Network) - The Jets won again.'))
    expect(record.dateline).toBeNull()
    expect(record.agency).toBe('Sports Network')
  })

  it('dashes glued to a press-release tag', () => {
    check('SAN JOSE, Calif.--(BUSINESS WIRE)--Oct. 5, 2004--The firm said.', {
      text: 'SAN JOSE, Calif.--(BUSINESS WIRE)',
      location: 'SAN JOSE, Calif.',
      date: null,
      agency: 'Business Wire'
    })
  })

  it('a comma left before the tag, and an outlet in slashes', () => {
    check('DOVER, Del., (Sports Network) - The team won.', {
      location: 'DOVER, Del.',
      date: null,
      agency: 'Sports Network'
    })
    check('SAN JOSE, Calif., Dec. 13 /Newswire/ -- The firm said.', {
      location: 'SAN JOSE, Calif.',
      date: 'Dec. 13',
      agency: null
    })
  })

  it('escaped markup before the dateline', () => {
    check('&lt;p&gt;&lt;/p&gt; WASHINGTON (Reuters) - The court ruled.', {
      text: 'WASHINGTON (Reuters)',
      location: 'WASHINGTON',
      date: null,
      agency: 'Reuters'
    })
  })

  it('a colon after an agency tag', () => {
    check('JAKARTA (Antara): The minister arrived.', {location: 'JAKARTA', date: null, agency: 'Antara'})
  })

  it('a colon after an untagged place: `SINGAPORE:` (CNA), `New Delhi, August 26:`, `MUMBAI/NEW DELHI:`', () => {
    check('SINGAPORE: Singapore will raise the smoking age.', {
      text: 'SINGAPORE',
      location: 'SINGAPORE',
      date: null,
      agency: null
    })
    check('KUALA LUMPUR : The ringgit rose.', {location: 'KUALA LUMPUR', date: null, agency: null})
    // Times of India and CNA print their datelines this way.
    check('NEW DELHI: The court ruled on the case.', {location: 'NEW DELHI', date: null, agency: null})
    check('MUMBAI/NEW DELHI: The talks resumed.', {location: 'MUMBAI/NEW DELHI', date: null, agency: null})
    check('New Delhi, August 26: The strike went on.', {location: 'New Delhi', date: 'August 26', agency: null})
    check('MUZAFFARABAD, Nov 17: The alliance met.', {location: 'MUZAFFARABAD', date: 'Nov 17', agency: null})
  })

  it('a known city alone on the line above the story (Anadolu): `ANKARA`', () => {
    check('ANKARA\n\nTurkey will send more aid, the minister said.', {
      text: 'ANKARA',
      location: 'ANKARA',
      date: null,
      agency: null
    })
    check('Minister urges aid\n\nISTANBUL\nTurkey will send more aid.', {
      location: 'ISTANBUL',
      date: null,
      agency: null
    })
    const record = toRecord(parseArticle('ANKARA\n\nTurkey will send aid.\n\nThe ships leave on Monday.'))
    expect(record.paragraphs).toBe(2)
  })

  it('no dateline in a line alone that is no known city in capitals, or with no story after it', () => {
    none('PROGRESS\n\nThe talks went on.')
    none('Ankara\n\nTurkey will send more aid.')
    none('WASHINGTON')
    none('WASHINGTON\n\n')
  })

  it('no dateline in a label, a transcript speaker or a place before a lower-case colon clause', () => {
    none('HUFFPOLLSTER: A shift among voters.')
    none('KATE BOULDUAN: Why not debate?')
    none('LOOK: Shocking photos of the rally.')
    none('SINGAPORE: the city-state in numbers.')
  })

  it('a leading space', () => {
    check(' LOS ANGELES (Reuters) - The studio said it will sell.', {
      location: 'LOS ANGELES',
      agency: 'Reuters',
      date: null
    })
  })

  it('noise before the dateline', () => {
    check('****SANTO DOMINGO, March 4 - The bank said.', {
      text: 'SANTO DOMINGO, March 4',
      location: 'SANTO DOMINGO',
      date: 'March 4',
      agency: null
    })
    check('RPT --LUDWIGSHAFEN, West Germany, March 30 - The firm said.', {
      location: 'LUDWIGSHAFEN, West Germany',
      date: 'March 30',
      agency: null
    })
    check('0    LONDON, April 29 - Rates were steady.', {
      text: 'LONDON, April 29',
      location: 'LONDON',
      date: 'April 29',
      agency: null
    })
  })

  it('a headline and a byline before the dateline', () => {
    check('Ships wait outside the port\nBy Jane Doe\nRAFAH, Gaza Strip, Nov. 25 (Xinhua) -- The crossing opened.', {
      location: 'RAFAH, Gaza Strip',
      date: 'Nov. 25',
      agency: 'Xinhua'
    })
  })
})

describe('places', () => {
  it('upper, mixed and lower case', () => {
    check('MANILA, March 1 - The peso fell.', {location: 'MANILA', date: 'March 1', agency: null})
    check('London, March 2 - The pound rose.', {location: 'London', date: 'March 2', agency: null})
    check('peoria, april 7 - Skies were clear.', {location: 'peoria', date: 'april 7', agency: null})
    check('La paz, march 4 - The strike went on.', {location: 'La paz', date: 'march 4', agency: null})
  })

  it('multi-word places and state abbreviations', () => {
    check('FULLERTON, Calif., March 2 - The firm said.', {
      location: 'FULLERTON, Calif.',
      city: 'FULLERTON',
      region: 'Calif.',
      date: 'March 2',
      agency: null
    })
    check('FAIR LAWN, N.J., March 2 - The firm said.', {location: 'FAIR LAWN, N.J.', date: 'March 2', agency: null})
    check('TROY, MICH., March 2 - The firm said.', {location: 'TROY, MICH.', date: 'March 2', agency: null})
    check('ST. LOUIS, MO., March 3 - The firm said.', {location: 'ST. LOUIS, MO.', date: 'March 3', agency: null})
    check('ANGLETON, Tex. March 3 - The firm said.', {location: 'ANGLETON, Tex.', date: 'March 3', agency: null})
    check('UPPER SADDLE RIVER, N.J., March 2 - The firm said.', {
      location: 'UPPER SADDLE RIVER, N.J.',
      date: 'March 2',
      agency: null
    })
    check('NEWPORT NEWS, Va., March 4 - The yard said.', {location: 'NEWPORT NEWS, Va.', date: 'March 4', agency: null})
  })

  it('regions written in full, and several of them', () => {
    check('SOWETO, South Africa, March 2 - The schools shut.', {
      location: 'SOWETO, South Africa',
      date: 'March 2',
      agency: null
    })
    check('Vancouver, British Columbia, March 6 - The mine said.', {
      location: 'Vancouver, British Columbia',
      date: 'March 6',
      agency: null
    })
    check('GEORGETOWN, Grand Cayman, British West Indies, March 5 - The bank said.', {
      location: 'GEORGETOWN, Grand Cayman, British West Indies',
      date: 'March 5',
      agency: null
    })
  })

  it('slashes: `DALLAS/FORT WORTH`', () => {
    check('DALLAS/FORT WORTH, Texas, March 3 - The airline said.', {
      location: 'DALLAS/FORT WORTH, Texas',
      date: 'March 3',
      agency: null
    })
  })

  it('dangling punctuation before the date', () => {
    check('CHEVY CHASE, Md., - March 4 - The firm said.', {
      text: 'CHEVY CHASE, Md., - March 4',
      location: 'CHEVY CHASE, Md.',
      date: 'March 4',
      agency: null
    })
  })

  it('a parenthesised or bracketed region', () => {
    check('Nagpur (India) (AFP) - The rally drew crowds.', {location: 'Nagpur (India)', date: null, agency: 'AFP'})
  })

  it('a state in parentheses and a country in brackets: ANI’s `Srinagar (Jammu and Kashmir) [India], May 22 (ANI):`', () => {
    check('Srinagar (Jammu and Kashmir) [India], May 22 (ANI): The pilgrimage resumed.', {
      text: 'Srinagar (Jammu and Kashmir) [India], May 22 (ANI)',
      location: 'Srinagar (Jammu and Kashmir) [India]',
      date: 'May 22',
      agency: 'ANI',
      city: 'Srinagar',
      region: 'Jammu and Kashmir, India'
    })
    check('New Delhi [India], September 9 (ANI): The minister spoke.', {
      location: 'New Delhi [India]',
      date: 'September 9',
      agency: 'ANI'
    })
  })
})

describe('dates', () => {
  it('full, abbreviated, dotted and upper-case months', () => {
    check(
      'SALVADOR, Feb 26 - Rain fell.',
      {location: 'SALVADOR', date: 'Feb 26', isoDate: '1987-02-26', agency: null},
      '1987-02-26'
    )
    check(
      'MILWAUKEE, Oct. 20 - Rain fell.',
      {location: 'MILWAUKEE', date: 'Oct. 20', isoDate: '1987-10-20', agency: null},
      '1987-10-20'
    )
    check(
      'NEW YORK, MARCH 2 - Rain fell.',
      {location: 'NEW YORK', date: 'MARCH 2', isoDate: '1987-03-02', agency: null},
      '1987-03-02'
    )
  })

  it('misspelt months and letter-for-digit days', () => {
    check(
      'NEW YORK, Narch 2 - Rain fell.',
      {location: 'NEW YORK', date: 'Narch 2', isoDate: '1987-03-02', agency: null},
      '1987-03-02'
    )
    check(
      'BOSTON, Macrh 5 - Rain fell.',
      {location: 'BOSTON', date: 'Macrh 5', isoDate: '1987-03-05', agency: null},
      '1987-03-05'
    )
    check(
      'DENVER, Junee 3 - Rain fell.',
      {location: 'DENVER', date: 'Junee 3', isoDate: '1987-06-03', agency: null},
      '1987-06-03'
    )
    check(
      'LIMA, ABR 7 - Rain fell.',
      {location: 'LIMA', date: 'ABR 7', isoDate: '1987-04-07', agency: null},
      '1987-04-07'
    )
    check(
      'CHICAGO, March 2O - Rain fell.',
      {location: 'CHICAGO', date: 'March 2O', isoDate: '1987-03-20', agency: null},
      '1987-03-20'
    )
    check(
      'TAFT, Calif., Apri l7 - Oil flowed.',
      {location: 'TAFT, Calif.', date: 'Apri l7', isoDate: '1987-04-07', agency: null},
      '1987-04-07'
    )
  })

  it('a stray digit in the day is resolved with the reference date', () => {
    check(
      'BOSTON, March 187 - Rain fell.',
      {location: 'BOSTON', date: 'March 187', isoDate: '1987-03-18', agency: null},
      '1987-03-18'
    )
  })

  it('day first', () => {
    check(
      'AMSTERDAM, 2 March - Rates fell.',
      {location: 'AMSTERDAM', date: '2 March', isoDate: '1987-03-02', agency: null},
      '1987-03-02'
    )
  })

  it('weekday before the date', () => {
    check(
      'CAIRO, Monday, Sept. 9 (AP) — The talks resumed.',
      {location: 'CAIRO', date: 'Monday, Sept. 9', isoDate: '2024-09-09', agency: 'AP'},
      '2024-09-09'
    )
  })

  it('no comma between place and date', () => {
    check('JOHANNESBURG March 13 - Gold rose.', {location: 'JOHANNESBURG', date: 'March 13', agency: null})
  })

  it('month without a day, and no date at all', () => {
    check(
      'SYDNEY, April - Wool sold well.',
      {location: 'SYDNEY', date: 'April', isoDate: null, agency: null},
      '1987-04-07'
    )
    check('TOKYO - Stocks closed higher.', {location: 'TOKYO', date: null, isoDate: null, agency: null})
    check('WOODBRIDGE, N.J. - The firm said.', {location: 'WOODBRIDGE, N.J.', date: null, agency: null})
  })

  it('a period closing the date', () => {
    check('LONDON, Aug. 28. - The match ended level.', {
      text: 'LONDON, Aug. 28.',
      location: 'LONDON',
      date: 'Aug. 28.',
      agency: null
    })
  })

  it('year in the date, without a tag', () => {
    check('OCTOBER 14, 2004 (REUTERS) - Chip sales rose.', {
      location: null,
      date: 'OCTOBER 14, 2004',
      isoDate: '2004-10-14',
      agency: 'Reuters'
    })
  })
})

describe('separators', () => {
  it.each([
    ['BONN, March 3 - The mark rose.', ' - '],
    ['BONN, March 3 -- The mark rose.', ' -- '],
    ['BONN, March 3 — The mark rose.', ' — '],
    ['BONN, March 3 – The mark rose.', ' – '],
    ['BONN, March 3- The mark rose.', '- '],
    ['BONN, March 3, - The mark rose.', ', - ']
  ])('%j', (input) => {
    check(input, {text: 'BONN, March 3', location: 'BONN', date: 'March 3', agency: null})
  })

  it('NYT News Service `WASHINGTON _`', () => {
    check('WASHINGTON _ The economy grew.', {location: 'WASHINGTON', date: null, agency: null})
    check('NEWARK, N.J. _ The mayor spoke.', {location: 'NEWARK, N.J.', date: null, agency: null})
  })

  it('the dateline on its own line', () => {
    check('JOHANNESBURG, August 7 (Xinhua) --\nThe rand firmed.', {
      location: 'JOHANNESBURG',
      date: 'August 7',
      agency: 'Xinhua'
    })
  })
})

describe('not datelines', () => {
  it.each([
    'The market rose on Monday - a rare event.',
    'UPDATE - The company said it would cut jobs.',
    'CBC SPORTS ONLINE - The team lost.',
    'WHEAT - prices were firm.',
    'APRIL 7  - prices were firm.',
    'Today - the market was quiet.',
    'Federal Express Corp - said profits rose.',
    'SUPREME COURT - The judges met.',
    'It was a quiet day in the city.',
    'A new study finds that cats sleep a lot.',
    'SMITH--John Paul, 80, of Dover, died on Friday.',
    '(Sports Network) - The Jets won.',
    'BASEBALL Boston (AL): Activated a pitcher from the list.',
    ''
  ])('%j', (input) => {
    none(input)
  })
})

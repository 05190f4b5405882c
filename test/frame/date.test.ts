import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parseArticle} from '../../src/parse.js'
import {toRecord} from '../../src/record.js'
import {chooseDay, createMonthLookup, daysInMonth, readDayDigits, readMonth, resolveYear} from '../../src/frame/date.js'

function isoDate(input: string, referenceDate?: string | Date): string | null | undefined {
  return toRecord(parseArticle(input, referenceDate ? {referenceDate} : {})).dateline?.isoDate
}

describe('reading months', () => {
  const lookup = createMonthLookup()

  it.each([
    ['September', 9],
    ['Sept.', 9],
    ['SEP', 9],
    ['sept', 9],
    ['Feb', 2],
    ['MARCH', 3],
    ['Narch', 3],
    ['Marc', 3],
    ['Mach', 3],
    ['Macrh', 3],
    ['Marchg', 3],
    ['Apri', 4],
    ['Junee', 6],
    ['Jne', 6],
    ['Juen', 6],
    ['ABR', 4],
    ['Oct.', 10]
  ])('%s → %i', (word, month) => {
    expect(readMonth(word, lookup)).toBe(month)
  })

  it.each(['Monday', 'Mayor', 'Ju', 'Paris', 'Marching', 'the'])('%s is not a month', (word) => {
    expect(readMonth(word, lookup)).toBeNull()
  })
})

describe('reading days', () => {
  it('reads letters for digits', () => {
    expect(readDayDigits('2O')).toBe('20')
    expect(readDayDigits('l7')).toBe('17')
    expect(readDayDigits('6')).toBe('6')
    expect(readDayDigits('ll')).toBeNull()
  })

  it('drops a stray digit, preferring the reference day', () => {
    expect(chooseDay('187', 3, 1987, {year: 1987, month: 3, day: 18})).toBe(18)
    expect(chooseDay('219', 6, 1987, {year: 1987, month: 6, day: 21})).toBe(21)
    expect(chooseDay('31', 4, 1987, null)).toBeNull()
    expect(chooseDay('318', 3, 1987, null)).toBe(18)
    expect(chooseDay('6', 9, 2024, null)).toBe(6)
  })
})

describe('resolving the year', () => {
  it('takes the reference year for a near date', () => {
    expect(resolveYear(9, 6, {year: 2024, month: 9, day: 7})).toEqual({year: 2024, month: 9, day: 6})
  })

  it('rolls back over new year: `December 31` filed on `January 1`', () => {
    expect(resolveYear(12, 31, {year: 2025, month: 1, day: 1})).toEqual({year: 2024, month: 12, day: 31})
    expect(isoDate('OSLO, December 31 (Wire) - The year ended quietly.', '2025-01-01')).toBe('2024-12-31')
  })

  it('rolls forward: `January 1` filed on `December 31`', () => {
    expect(isoDate('OSLO, Jan. 1 (Wire) - The year began quietly.', '2024-12-31')).toBe('2025-01-01')
  })

  it('a header date field beats `referenceDate`', () => {
    expect(isoDate('date 2024-09-06\nBELGRADE, September 6. /TASS/. The minister spoke.', '2019-03-01')).toBe(
      '2024-09-06'
    )
    expect(isoDate('date 2024-09-06 BELGRADE, September 6. /TASS/. The minister spoke.')).toBe('2024-09-06')
  })

  it('a year in the dateline beats both', () => {
    expect(isoDate('ABUJA, Aug 25, 2004 (dpa) -- The vote was delayed.', '2019-03-01')).toBe('2004-08-25')
  })

  it('accepts a `Date` as `referenceDate`', () => {
    expect(isoDate('OSLO, May 2 - Shares fell.', new Date(Date.UTC(2023, 4, 3)))).toBe('2023-05-02')
  })

  it('is null without a header date, a reference or a year, and warns', () => {
    const file = new VFile({value: 'OSLO, May 2 - Shares fell.'})
    const record = toRecord(parseArticle(file))
    expect(record.dateline?.date).toBe('May 2')
    expect(record.dateline?.isoDate).toBeNull()
    expect(file.messages.map((message) => message.ruleId)).toContain('unresolved-date')
  })

  it('is null when the dateline gives no day', () => {
    expect(isoDate('SYDNEY, April - Wool sold well.', '1987-04-07')).toBeNull()
    expect(isoDate('TOKYO - Stocks closed higher.', '1987-04-07')).toBeNull()
  })

  it('is null for a day the month does not have', () => {
    expect(isoDate('OSLO, February 30 - Shares fell.', '2023-02-27')).toBeNull()
  })
})

describe('days in a month', () => {
  it('follows the calendar of Date.UTC (leap years, years 0–99 as 1900–1999, odd months)', () => {
    const years = [
      -401, -400, -100, -4, -1, 0, 1, 4, 99, 100, 1600, 1700, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 199_999,
      300_000, 1.5
    ]
    for (const year of years) {
      for (const month of [0, 1, 2, 3, 4, 6, 9, 11, 12, 13, 2.5]) {
        expect(daysInMonth(year, month), `${year}-${month}`).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate())
      }
    }
    expect(daysInMonth(2024, 2)).toBe(29)
    expect(daysInMonth(1900, 2)).toBe(28)
    expect(daysInMonth(0, 2)).toBe(28)
  })
})

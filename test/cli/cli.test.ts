/**
 * The built `wirestory` bin (dist/cli.js), run as a child process. CI builds before testing; locally, run
 * `npm run build` first (the suite is skipped, with a message, when dist/cli.js is missing).
 */

import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {built, root, run, story} from './helpers.js'

describe.skipIf(!built)('wirestory CLI', () => {
  let dir = ''
  let storyFile = ''

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'wirestory-cli-'))
    storyFile = path.join(dir, 'story.txt')
    writeFileSync(storyFile, story)
  })
  afterAll(() => {
    rmSync(dir, {recursive: true, force: true})
  })

  it('prints an outline of a story file', () => {
    const {code, stdout, stderr} = run([storyFile, '--reference-date', '2024-09-10'])
    expect(stderr).toBe(`${storyFile}: no issues found\n`)
    expect(code).toBe(0)
    expect(stdout).toMatch(/^article {2}agency: TASS/)
    expect(stdout).toContain('dateline  "BELGRADE, September 6. /TASS/."')
    expect(stdout).toMatch(/location: BELGRADE .*isoDate: 2024-09-06/)
    expect(stdout).toMatch(/q1 {2}direct {2}"Serbia and Russia are strategic partners.*— Aleksandar Vulin \(s1\)/)
    expect(stdout).toMatch(/s1 {2}Aleksandar Vulin/)
    expect(stdout).not.toContain('\u001B[') // no colours when not a terminal
  })

  it('reads the story from stdin when no file is given (and from "-")', () => {
    const fromFile = run([storyFile])
    const fromStdin = run([], story)
    const fromDash = run(['-'], story)
    expect(fromStdin.code).toBe(0)
    expect(fromStdin.stdout).toBe(fromFile.stdout)
    expect(fromDash.stdout).toBe(fromFile.stdout)
  })

  it('prints the tree as JSON with --json', () => {
    const {code, stdout} = run([storyFile, '--json'])
    expect(code).toBe(0)
    const tree = JSON.parse(stdout)
    expect(tree.type).toBe('article')
    expect(tree.agency).toBe('TASS')
    const dateline = tree.children.find((node: {type: string}) => node.type === 'dateline')
    expect(dateline.location).toBe('BELGRADE')
    expect(tree.quotations[0].speaker).toBe(tree.speakers[0].id)
    expect(tree.speakers[0].name).toBe('Aleksandar Vulin')
  })

  it('prints the record with --record, honouring --reference-date', () => {
    const {code, stdout} = run(['--record', '--reference-date', '2024-09-10'], story)
    expect(code).toBe(0)
    const record = JSON.parse(stdout)
    expect(record.dateline).toMatchObject({location: 'BELGRADE', date: 'September 6', isoDate: '2024-09-06'})
    expect(record.agency).toBe('TASS')
    expect(record.paragraphs).toBe(2)
    expect(record.quotes[0]).toMatchObject({speaker: 'Aleksandar Vulin'})
    expect(record.quotes[0].text).toMatch(/^Serbia and Russia are strategic partners/)
  })

  it('exits 1 when the story file cannot be read', () => {
    const {code, stdout, stderr} = run([path.join(dir, 'missing.txt')])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/cannot read .*missing\.txt/)
  })

  describe('--jsonl', () => {
    const total = 300
    const bad = 137 // 1-based line number of the broken line
    let input = ''
    let jsonlFile = ''

    beforeAll(() => {
      const lines: string[] = []
      for (let index = 1; index <= total; index++) {
        if (index === bad) {
          lines.push('{"id": "broken", "text": ')
          continue
        }
        const place = ['MOSCOW', 'BELGRADE', 'NEW YORK', 'TOKYO'][index % 4]
        lines.push(
          JSON.stringify({
            id: `doc-${index}`,
            text:
              `${place}, March ${1 + (index % 27)} (Reuters) - Story ${index}${' and more'.repeat(index % 50)}. ` +
              `"We will see," Ivan Petrov said.\n\nSecond paragraph ${index}.\n`,
            ...(index % 3 === 0 ? {referenceDate: '1987-03-30'} : {})
          })
        )
      }
      input = lines.join('\n') + '\n'
      jsonlFile = path.join(dir, 'in.jsonl')
      writeFileSync(jsonlFile, input)
    })

    function check(result: ReturnType<typeof run>, source: string): void {
      expect(result.code).toBe(3)
      const records = result.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line))
      expect(records).toHaveLength(total - 1)
      const expected = Array.from({length: total}, (_, index) => `doc-${index + 1}`).filter(
        (_, index) => index + 1 !== bad
      )
      expect(records.map((record) => record.id)).toEqual(expected)
      expect(Object.keys(records[0])[0]).toBe('id')
      expect(records[0]).toMatchObject({agency: 'Reuters', paragraphs: 2, dateline: {location: 'BELGRADE'}})
      expect(records[2].dateline.isoDate).toBe('1987-03-04') // referenceDate from the line
      expect(records[0].quotes[0].speaker).toBe('Ivan Petrov')
      expect(result.stderr).toContain(`${source}:${bad}\n error not JSON`)
      expect(result.stderr).toContain(`1 of ${total} lines failed`)
    }

    it('keeps input order across 2 workers, reports the bad line and exits 3', () => {
      check(run(['--jsonl', jsonlFile, '--jobs', '2']), jsonlFile)
    })

    it('streams stdin to stdout', () => {
      check(run(['--jsonl', '-j', '2'], input), 'stdin')
    })

    it('gives the same output with one worker as with two', () => {
      const one = run(['--jsonl', jsonlFile, '--jobs', '1'])
      const two = run(['--jsonl', jsonlFile, '--jobs', '2'])
      expect(one.stdout).toBe(two.stdout)
    })

    it('exits 0 on clean input, skipping blank lines and CRLF endings', () => {
      const clean = input
        .split('\n')
        .filter((_, index) => index + 1 !== bad)
        .join('\r\n\r\n')
      const result = run(['--jsonl', '--reference-date', '1987-12-31'], clean)
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
      expect(result.stdout.trimEnd().split('\n')).toHaveLength(total - 1)
    })

    it('reports a line that is JSON but not a story', () => {
      const result = run(['--jsonl'], '{"id": 1, "text": "A story."}\n[1, 2]\n{"id": 2}\n')
      expect(result.code).toBe(3)
      expect(
        result.stdout
          .trimEnd()
          .split('\n')
          .map((line) => JSON.parse(line).id)
      ).toEqual([1])
      expect(result.stderr).toContain('stdin:2\n error expected a JSON object')
      expect(result.stderr).toContain('stdin:3\n error expected `text` to be a string')
    })
  })

  describe('usage', () => {
    it.each([
      [['--bogus']],
      [['a.txt', 'b.txt']],
      [['--reference-date', '2024-02-30', 'story.txt']],
      [['--reference-date', 'yesterday', 'story.txt']],
      [['--jsonl', '--jobs', '0']],
      [['--jsonl', '--jobs', 'two']],
      [['--jobs', '2', 'story.txt']],
      [['--jsonl', '--json']],
      [['eval']],
      [['eval', '--bogus']]
    ])('exits 2 on %j', (args) => {
      const {code, stdout, stderr} = run(args, story)
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toMatch(/^wirestory/)
    })

    it('prints help with --help and -h', () => {
      for (const flag of ['--help', '-h']) {
        const {code, stdout} = run([flag])
        expect(code).toBe(0)
        expect(stdout).toMatch(/^wirestory: parse wire news copy/)
        expect(stdout).toContain('--jsonl')
        expect(stdout).toContain('Exit codes: 0 ok, 1 the run failed')
      }
    })

    it('prints the version of package.json with --version and -v', () => {
      const {version} = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
      for (const flag of ['--version', '-v']) {
        const {code, stdout} = run([flag])
        expect(code).toBe(0)
        expect(stdout).toBe(`${version}\n`)
      }
    })
  })

  describe('eval', () => {
    it('scores a gold corpus like npm run eval', () => {
      const gold = path.join(dir, 'gold.jsonl')
      writeFileSync(
        gold,
        JSON.stringify({
          id: 'g1',
          text: story,
          referenceDate: '2024-09-10',
          dateline: {
            text: 'BELGRADE, September 6. /TASS/.',
            start: 0,
            end: 30,
            location: 'BELGRADE',
            date: 'September 6',
            isoDate: '2024-09-06'
          },
          agency: 'TASS'
        }) + '\n'
      )
      const cliRun = run(['eval', gold, '--json', '--min', 'dateline.location=100'])
      expect(cliRun.code).toBe(0)
      const figures = JSON.parse(cliRun.stdout)
      expect(figures.ok).toBe(true)
      expect(figures.corpora[0].metrics['dateline.location']).toBe(100)

      const script = spawnSync(
        process.execPath,
        [path.join(root, 'scripts', 'eval.mjs'), gold, '--json', '--min', 'dateline.location=100'],
        {
          encoding: 'utf8'
        }
      )
      const strip = (text: string) => text.replace(/"ms": \d+/gu, '"ms": 0')
      expect(strip(cliRun.stdout)).toBe(strip(script.stdout))

      const failing = run(['eval', gold, '--min', 'dateline.location=100', '--max', 'agency=50'])
      expect(failing.code).toBe(1)
      expect(failing.stdout).toContain('thresholds: 1 of 2 not met')
    })

    it('exits 1 on an unreadable corpus', () => {
      const {code, stderr} = run(['eval', path.join(dir, 'missing.jsonl')])
      expect(code).toBe(1)
      expect(stderr).toMatch(/^wirestory eval: cannot read/)
    })
  })
})

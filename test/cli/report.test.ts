/**
 * The CLI reports what it sees (vfile-reporter on stderr, messages in records), honours --frail, --quiet and
 * --silent, and runs plugins given with --use and --use-article, for one story and in batch mode.
 */

import path from 'node:path'

import {describe, expect, it} from 'vitest'

import {built, fixtures, records, run, story} from './helpers.js'

// No year, an unclosed quotation mark and a control character: three warnings.
const odd = 'MOSCOW, May 5. /TASS/. The Kremlin \u0007said "it was fine.\n'
const countWords = path.join(fixtures, 'count-words.mjs')
const tagArticle = path.join(fixtures, 'tag-article.mjs')

describe.skipIf(!built)('reporting', () => {
  it('reports the parser’s warnings on stderr with vfile-reporter and exits 0', () => {
    const {code, stdout, stderr} = run([], odd)
    expect(code).toBe(0)
    expect(stdout).toMatch(/^article/)
    expect(stderr).toMatch(/^<stdin>\n/)
    expect(stderr).toMatch(/1:1-1:23 +warning +Dateline date `May 5` has no year.* unresolved-date +wirestory/)
    expect(stderr).toMatch(/warning +Control character U\+0007 in the text +control-character/)
    expect(stderr).toMatch(/warning +Quotation mark opened here is not closed.* unclosed-quotation/)
    expect(stderr).toContain('⚠ 3 warnings')
  })

  it('fails on warnings with --frail, still printing the tree', () => {
    const {code, stdout} = run(['--frail'], odd)
    expect(code).toBe(1)
    expect(stdout).toMatch(/^article/)
    expect(run(['--frail', '--reference-date', '2024-09-10'], story).code).toBe(0)
  })

  it('says "no issues found" for a clean story, which --quiet leaves out', () => {
    expect(run(['--reference-date', '2024-09-10'], story).stderr).toBe('<stdin>: no issues found\n')
    expect(run(['--reference-date', '2024-09-10', '--quiet'], story).stderr).toBe('')
    expect(run(['-q'], odd).stderr).toContain('unresolved-date')
  })

  it('shows only errors with --silent', () => {
    expect(run(['--silent'], odd).stderr).toBe('')
    const bad = run(['--silent'], Uint8Array.from([0x61, 0xff, 0x0a]))
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/error +invalid UTF-8 at byte 1/)
  })

  it('puts the messages and paraphrases into --record', () => {
    const record = JSON.parse(run(['--record', '-S'], odd).stdout)
    expect(Object.keys(record)).toEqual(['dateline', 'agency', 'paragraphs', 'quotes', 'paraphrases', 'messages'])
    expect(record.messages.map((message: {ruleId: string}) => message.ruleId).sort()).toEqual([
      'control-character',
      'unclosed-quotation',
      'unresolved-date'
    ])
    expect(record.messages[0]).toMatchObject({source: 'wirestory', severity: 'warning', line: 1})
    const said = JSON.parse(
      run(
        ['--record'],
        'WASHINGTON (Reuters) - The economy will grow next year, the minister John Smith said on Monday.\n'
      ).stdout
    )
    expect(said.paraphrases).toEqual([
      expect.objectContaining({speaker: 'John Smith', text: expect.stringContaining('The economy will grow')})
    ])
  })

  it('warns on empty input and on binary input', () => {
    const empty = run([], '')
    expect(empty.code).toBe(0)
    expect(empty.stderr).toMatch(/warning +Empty document: no text to parse +empty-document/)
    expect(run(['--frail'], '').code).toBe(1)
    const binary = run([], Buffer.from('M\u0000O\u0000S\u0000C\u0000O\u0000W\u0000', 'latin1'))
    expect(binary.code).toBe(0)
    expect(binary.stderr).toMatch(/1:2-1:3 +warning +stdin looks binary: it holds NUL bytes.* binary-input/)
  })

  it('reports invalid UTF-8 instead of decoding it to U+FFFD', () => {
    const {code, stdout, stderr} = run(
      [],
      Buffer.concat([Buffer.from('MOSCOW, May 5. /TASS/. Caf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')])
    )
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/error +invalid UTF-8 at byte 26: wirestory reads UTF-8 text .* invalid-utf8/)
  })

  it('escapes control characters from the input in what it reports', () => {
    const {stderr} = run(['--jsonl'], 'not json \u001B[31m red\n')
    expect(stderr).toContain('\\u{1B}[31m')
    expect(stderr).not.toContain('\u001B')
    const long = run(['--jsonl'], `{"text": "${'x'.repeat(5000)}`)
    expect(long.stderr.length).toBeLessThan(1000)
  })

  it('rejects output formats that do not go together, and formats of the other mode', () => {
    for (const args of [
      ['--json', '--record'],
      ['--record', '--json'],
      ['--jsonl', '--tree', '--record']
    ]) {
      const {code, stderr} = run(args, story)
      expect(code).toBe(2)
      expect(stderr).toMatch(/^wirestory: --\w+ and --\w+ cannot be used together: choose one output format/)
    }
    expect(run(['--jsonl', '--json'], story).stderr).toMatch(/--json applies to one story, not to --jsonl/)
    expect(run(['--tree'], story).stderr).toMatch(/--tree applies only to --jsonl/)
    expect(run(['--error-records'], story).stderr).toMatch(/--error-records applies only to --jsonl/)
  })
})

describe.skipIf(!built)('--use', () => {
  it('runs a retext plugin with options on one story', () => {
    const {code, stderr} = run(['--use', `${countWords}=warn:true`, '--reference-date', '2024-09-10'], story)
    expect(code).toBe(0)
    expect(stderr).toMatch(/warning +\d+ words +count-words +count-words/)
    expect(run(['--use', `${countWords}=warn:true`, '--reference-date', '2024-09-10', '--frail'], story).code).toBe(1)
    // Without `warn`, an info message: shown by default, not with --quiet.
    expect(run(['--use', countWords, '--reference-date', '2024-09-10'], story).stderr).toMatch(/info +\d+ words/)
    expect(run(['--use', countWords, '--reference-date', '2024-09-10', '-q'], story).stderr).toBe('')
  })

  it('loads retext plugins by their short name, as unified-args does', () => {
    const {code, stderr} = run(
      ['--use', 'repeated-words', '--reference-date', '2024-09-10'],
      'MOSCOW, May 5. /TASS/. It was was fine.\n'
    )
    expect(code).toBe(0)
    expect(stderr).toMatch(/warning +Unexpected repeated `was`, remove one occurrence +was +retext-repeated-words/)
  })

  it('runs an article plugin with --use-article, and both kinds in batch mode', () => {
    const single = run(['--json', '--use-article', `${tagArticle}=label:"checked"`], story)
    expect(JSON.parse(single.stdout).data.tagged).toBe('checked')
    expect(single.stderr).toMatch(/warning +tagged +tagged +tag-article/)
    const lines = [JSON.stringify({id: 'a', text: story}), JSON.stringify({id: 'b', text: odd})].join('\n')
    const batch = run(
      ['--jsonl', '--use', `${countWords}=warn:true`, '--use-article', tagArticle, '--jobs', '2'],
      lines
    )
    expect(batch.code).toBe(0)
    const out = records(batch.stdout)
    expect(out.map((record) => record.id)).toEqual(['a', 'b'])
    for (const record of out) {
      const sources = (record.messages as Array<{source: string}>).map((message) => message.source)
      expect(sources).toContain('count-words')
      expect(sources).toContain('tag-article')
    }
    expect(batch.stderr).toContain('stdin:1\n')
    expect(batch.stderr).toMatch(/stdin:2\n(?:.*\n)*.*warning +Dateline date `May 5`/)
    const tree = run(['--jsonl', '--tree', '--use-article', `${tagArticle}=label:"t"`], lines)
    expect(records(tree.stdout).map((record) => (record.tree as {data: {tagged: string}}).data.tagged)).toEqual([
      't',
      't'
    ])
  })

  it('fails with a usage error when a plugin cannot be found or its options are not JSON5', () => {
    const missing = run(['--use', 'no-such-plugin-anywhere'], story)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(
      /cannot find the plugin `no-such-plugin-anywhere` \(looked for `no-such-plugin-anywhere` and `retext-no-such-plugin-anywhere`/
    )
    const options = run(['--use', `${countWords}=warn:`], story)
    expect(options.code).toBe(2)
    expect(options.stderr).toMatch(/cannot read the options of/)
  })
})

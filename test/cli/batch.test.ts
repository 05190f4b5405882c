/**
 * Batch mode holds up: a worker that dies costs its line only, long lines and endless input keep memory bounded,
 * the re-executed child dies with its parent, exit codes tell "some lines failed" from "the run failed", ids come
 * back as written, invalid UTF-8 is reported.
 */

import {spawn, spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'

import {describe, expect, it} from 'vitest'

import {built, cli, fixtures, records, run, story} from './helpers.js'

const dieOn = path.join(fixtures, 'die-on.mjs')
const line = (id: unknown, text = story): string =>
  `{"id":${typeof id === 'string' ? JSON.stringify(id) : String(id)},"text":${JSON.stringify(text)}}`

/** 40 good lines with a killer at `at` (1-based). */
function withKiller(at: number): string {
  return (
    Array.from({length: 40}, (_, index) => line(index + 1, index + 1 === at ? `${story} DIE` : story)).join('\n') + '\n'
  )
}

describe.skipIf(!built)('batch robustness', () => {
  it('replaces a worker that dies, reports its line by number and writes every other line', () => {
    for (const jobs of ['1', '2']) {
      const {code, stdout, stderr} = run(['--jsonl', '--jobs', jobs, '--use-article', dieOn, '-S'], withKiller(17))
      expect(code).toBe(3)
      expect(records(stdout).map((record) => record.id)).toEqual(
        Array.from({length: 40}, (_, index) => index + 1).filter((id) => id !== 17)
      )
      expect(stderr).toMatch(
        /stdin:17\n error the worker thread parsing this line died: it exited with code 7 +worker-died/
      )
      expect(stderr).toContain('wirestory: 1 of 40 lines failed')
    }
  })

  it('survives a line that exhausts a worker’s memory', () => {
    const input = withKiller(5)
    const {code, stdout, stderr} = run(
      ['--jsonl', '--use-article', `${dieOn}=how:"oom"`, '-S', '--error-records'],
      input,
      {nodeArgs: ['--max-old-space-size=96']}
    )
    expect(code).toBe(3)
    const out = records(stdout)
    expect(out).toHaveLength(40)
    expect(out[4]).toEqual({
      id: 5,
      line: 5,
      error: {reason: 'the worker thread parsing this line died: out of memory', ruleId: 'worker-died'}
    })
    expect(out.filter((record) => 'error' in record)).toHaveLength(1)
    expect(stderr).toMatch(/stdin:5\n error the worker thread parsing this line died: out of memory/)
  })

  it('fails the run (exit 1), not a line, when workers cannot start', () => {
    const {code, stdout, stderr} = run(
      ['--jsonl', '--use', path.join(fixtures, 'fails-in-worker.mjs')],
      `${line(1)}\n${line(2)}\n`
    )
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(
      /^wirestory: a worker thread could not start: cannot load the plugin `.*fails-in-worker\.mjs`: this plugin cannot load in a worker thread\n$/u
    )
  })

  it('rejects a line over --max-size with a clear error, and goes on', () => {
    const input = `${line(1)}\n{"id":2,"text":"${'x'.repeat(3000)}"}\n${line(3)}\n`
    const {code, stdout, stderr} = run(['--jsonl', '--max-size', '2K', '-S'], input)
    expect(code).toBe(3)
    expect(records(stdout).map((record) => record.id)).toEqual([1, 3])
    expect(stderr).toMatch(
      /stdin:2\n error the line is 3\d{3} bytes long, over the limit of 2048 bytes \(--max-size\) +line-too-long/
    )
  })

  it('reads 600 MB without a line feed in bounded memory (more than one string can hold)', () => {
    const script = `{ head -c 600000000 /dev/zero; printf '\\n%s\\n' '${line('after')}'; } | "${process.execPath}" "${cli}" --jsonl --max-size 1M -S`
    const result = spawnSync('sh', ['-c', script], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    expect(result.status).toBe(3)
    expect(records(result.stdout).map((record) => record.id)).toEqual(['after'])
    expect(result.stderr).toContain(
      'stdin:1\n error the line is 600000000 bytes long, over the limit of 1048576 bytes (--max-size)'
    )
  })

  it('keeps ids exactly as written', () => {
    const ids = ['12345678901234567890', '-0', '1.50', '1e400', '"doc-\\u0031"', '"ünïcode"', 'null', '7']
    const input = ids.map((id) => `{"id": ${id}, "text": ${JSON.stringify(story)}}`).join('\n')
    const {code, stdout} = run(['--jsonl', '-S'], input)
    expect(code).toBe(0)
    const raw = stdout
      .trimEnd()
      .split('\n')
      .map((output) => /^\{"id":(.*?),"dateline"/u.exec(output)?.[1])
    expect(raw).toEqual(['12345678901234567890', '-0', '1.50', '1e400', '"doc-1"', '"ünïcode"', 'null', '7'])
    // The error record of a bad line keeps its id too.
    const bad = run(['--jsonl', '--error-records', '-S'], '{"id": 12345678901234567890, "text": 5}')
    expect(bad.stdout).toBe(
      '{"id":12345678901234567890,"line":1,"error":{"reason":"expected `text` to be a string","ruleId":"invalid-line"}}\n'
    )
  })

  it('reports a line that is not UTF-8 by number, and parses the others', () => {
    const input = Buffer.concat([
      Buffer.from(`${line(1)}\n{"id":2,"text":"Caf`),
      Buffer.from([0xe9]),
      Buffer.from(`"}\n${line(3)}\n`)
    ])
    const {code, stdout, stderr} = run(['--jsonl', '-S'], input)
    expect(code).toBe(3)
    expect(records(stdout).map((record) => record.id)).toEqual([1, 3])
    expect(stderr).toMatch(/stdin:2\n error invalid UTF-8 at byte 19 of the line +invalid-utf8/)
  })

  it('tells "some lines failed" (3) from a usage error (2) and from a run that failed (1)', () => {
    expect(run(['--jsonl', '-S'], `${line(1)}\nnot json\n`).code).toBe(3)
    expect(run(['--jsonl', '-S', '--reference-date', '2024-09-10'], `${line(1)}\n`).code).toBe(0)
    expect(run(['--jsonl', '--jobs', 'x'], '').code).toBe(2)
    expect(run(['--jsonl', '/no/such/file.jsonl']).code).toBe(1)
    expect(run(['--jsonl', path.dirname(cli)]).code).toBe(1)
    // One story over --max-size: the run failed.
    const large = run(['--max-size', '100'], story)
    expect(large.code).toBe(1)
    expect(large.stderr).toBe('wirestory: stdin is more than 100 bytes, over the limit of 100 bytes (--max-size)\n')
    // --frail: warnings fail the line's exit status; the record is still written.
    const frail = run(['--jsonl', '--frail', '-S'], `${line(1, 'MOSCOW, May 5. /TASS/. Fine.')}\n`)
    expect(frail.code).toBe(3)
    expect(records(frail.stdout)).toHaveLength(1)
  })

  it('warns on empty input and writes nothing', () => {
    const {code, stdout, stderr} = run(['--jsonl'], '')
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(stderr).toBe('wirestory: stdin: no lines to parse\n')
  })

  it('caps --jobs at the number of cores unless forced', () => {
    const {code, stderr} = run(['--jsonl', '--jobs', '512', '--reference-date', '2024-09-10'], `${line(1)}\n`)
    expect(code).toBe(0)
    expect(stderr).toMatch(/--jobs 512 is more than the \d+ cores? here: using \d+ \(add --force-jobs to use 512\)/)
    expect(run(['--jsonl', '--force-jobs'], '').code).toBe(2)
  })

  it('gives the whole tree per line with --tree', () => {
    const {stdout} = run(['--jsonl', '--tree', '-S'], `${line('t')}\n`)
    const [record] = records(stdout)
    expect(Object.keys(record)).toEqual(['id', 'tree', 'messages'])
    const tree = record.tree as {type: string; quotations: unknown[]; position: {end: {offset: number}}}
    expect(tree.type).toBe('article')
    expect(tree.position.end.offset).toBe(story.length)
    expect(tree.quotations).toHaveLength(1)
  })
})

describe.skipIf(!built || process.platform !== 'linux')('the re-executed child', () => {
  it('dies with its parent, even by kill -9', async () => {
    // Keep stdin open so that the batch waits; the parent re-executes itself with --v8-pool-size.
    const parent = spawn(process.execPath, [cli, '--jsonl'], {
      stdio: ['pipe', 'ignore', 'ignore'],
      env: {...process.env, NODE_OPTIONS: ''}
    })
    const childOf = (pid: number): number | undefined => {
      const result = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], {encoding: 'utf8'})
      const found = result.stdout.trim().split(/\s+/u).filter(Boolean)[0]
      return found === undefined ? undefined : Number(found)
    }
    const alive = (pid: number): boolean => {
      try {
        // A zombie is dead for this purpose.
        return !/^\S+ \(.*\) Z/u.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
      } catch {
        return false
      }
    }
    let child: number | undefined
    for (let tries = 0; tries < 300 && child === undefined; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      child = childOf(parent.pid as number)
    }
    expect(child).toBeDefined()
    // Let the child start up and register its watch on the parent.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    parent.kill('SIGKILL')
    let gone = false
    for (let tries = 0; tries < 300 && !gone; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      gone = !alive(child as number)
    }
    if (!gone) process.kill(child as number, 'SIGKILL')
    parent.stdin?.destroy()
    expect(gone).toBe(true)
  }, 90_000)
})

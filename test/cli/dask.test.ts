/**
 * Scale-out on a real engine: a Dask LocalCluster of two worker processes, each piping partitions of a JSON Lines
 * file through `wirestory --jsonl` (scripts/scale-out/dask_wirestory.py, the recipe of docs/cli.md). No story
 * is lost or duplicated, ids come back as given, failing stories come back as error records.
 *
 * Needs Python's `distributed` (Debian: python3-distributed, which .ci/run installs); skipped, with a message,
 * where no Python can import it.
 */

import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

import {describe, expect, it} from 'vitest'

import {rawMember} from '../../src/cli/raw-id.js'
import {built, cli, fixtures, root, story} from './helpers.js'

const python = ['python3', '/usr/bin/python3'].find(
  (candidate) => spawnSync(candidate, ['-c', 'import distributed, dask.bag'], {stdio: 'ignore'}).status === 0
)
if (built && python === undefined) {
  console.warn('test/cli/dask: skipped: no python3 can import `distributed` (apt-get install python3-distributed)')
}

describe.skipIf(!built || python === undefined)('Dask distributed', () => {
  it('parses every story exactly once across two worker processes and reports the failing ones', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wirestory-dask-'))
    try {
      const ids: string[] = []
      const lines: string[] = []
      for (let index = 1; index <= 400; index++) {
        // Ids of every kind: past 2^53, strings, small numbers.
        const id =
          index % 3 === 0
            ? `1234567890123456${String(index).padStart(4, '0')}`
            : index % 3 === 1
              ? JSON.stringify(`story-${index}`)
              : String(index)
        ids.push(id)
        let text = JSON.stringify(story.replace('Vulin emphasized', `Vulin emphasized on day ${index}`))
        if (index === 123) text = '42' // not a string: an error record
        if (index === 250) text = JSON.stringify(`${story} DIE`) // kills its worker thread
        lines.push(`{"id":${id},"text":${text}}`)
      }
      lines.splice(300, 0, 'not json at all') // no id: reported by its line within the partition
      const input = path.join(dir, 'in.jsonl')
      const output = path.join(dir, 'out.jsonl')
      writeFileSync(input, lines.join('\n') + '\n')

      const command = `"${process.execPath}" "${cli}" --jobs 1 --reference-date 2024-09-10 --use-article "${path.join(fixtures, 'die-on.mjs')}"`
      const result = spawnSync(
        python as string,
        [
          path.join(root, 'scripts', 'scale-out', 'dask_wirestory.py'),
          input,
          output,
          '--workers',
          '2',
          '--blocksize',
          '16KB',
          '--wirestory',
          command
        ],
        {encoding: 'utf8', timeout: 240_000}
      )
      expect(result.stderr).toMatch(/dask_wirestory: 401 records from \d+ partitions, 3 failed/)
      expect(Number(/from (\d+) partitions/u.exec(result.stderr)?.[1])).toBeGreaterThan(2)
      expect(result.status).toBe(3)

      const out = readFileSync(output, 'utf8').trimEnd().split('\n')
      expect(out).toHaveLength(401)
      const records = out.map((line) => ({
        raw: rawMember(line, 'id'),
        record: JSON.parse(line) as Record<string, unknown>
      }))
      // Every id once, as written, in input order.
      expect(records.map(({raw}) => raw).filter((raw) => raw !== undefined)).toEqual(ids)
      const errors = records.filter(({record}) => 'error' in record)
      expect(errors.map(({raw, record}) => [raw, (record.error as {ruleId: string}).ruleId])).toEqual([
        [ids[122], 'invalid-line'],
        [ids[249], 'worker-died'],
        [undefined, 'invalid-line']
      ])
      const good = records.filter(({record}) => !('error' in record))
      expect(good).toHaveLength(398)
      for (const {record} of good) expect(record).toMatchObject({agency: 'TASS', dateline: {isoDate: '2024-09-06'}})
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  }, 300_000)
})

/**
 * `wirestory --html`: the built bin (dist/cli.js) writes the page of `renderHtml`. Skipped, with a message, when
 * dist/ is not built (`npm test` builds first).
 */

import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parseArticle, renderHtml} from '../../src/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const cli = path.join(root, 'dist', 'cli.js')
const built = existsSync(cli)
if (!built) console.warn('test/cli/html.test.ts: dist/cli.js is missing, skipped (run `npm run build` first)')

const story =
  'BELGRADE, September 6. /TASS/. Relations between Serbia and Russia are at the level of strategic partnership, ' +
  'Serbian Deputy Prime Minister Aleksandar Vulin said.\n\n' +
  '"Serbia and Russia are strategic partners and nothing can change that," Vulin emphasized.\n'

function run(args: string[], input = '') {
  const result = spawnSync(process.execPath, [cli, ...args], {
    input,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1'}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe.skipIf(!built)('wirestory --html', () => {
  it('should write the page of a story file, as renderHtml makes it', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'wirestory-html-'))
    try {
      const file = path.join(folder, 'story.txt')
      writeFileSync(file, story)
      const result = run(['--html', file, '--reference-date', '2024-09-10'])
      // The report on stderr (vfile-reporter) has nothing to say of this story.
      expect(result.stderr).not.toMatch(/warning|error/)
      expect(result.code).toBe(0)
      expect(result.stdout).toBe(renderHtml(parseArticle(story, {referenceDate: '2024-09-10'})))
      expect(result.stdout).toMatch(
        /<mark class="quotation c0" data-id="q1" data-speaker="s1"[^>]*>Serbia and Russia are strategic partners/
      )
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })

  it('should read the story from stdin', () => {
    const result = run(['--html'], story)
    expect(result.code).toBe(0)
    expect(result.stdout.startsWith('<!doctype html>\n')).toBe(true)
    expect(result.stdout).toContain('Aleksandar Vulin')
  })

  it('should refuse --html with another output', () => {
    for (const other of ['--json', '--record', '--jsonl']) {
      const result = run(['--html', other], story)
      expect(result.code, other).toBe(2)
      expect(result.stderr).toMatch(/--html/)
      expect(result.stderr).toMatch(/cannot be used together|applies to one story/)
    }
  })
})

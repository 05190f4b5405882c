/**
 * `npm run sizes -- --check` (scripts/sizes.mjs), the CI gate on the house sizes: it passes on src/ as it stands,
 * fails on a function over the limit that its allow-list does not name, and fails on an allow-list entry that no
 * longer matches.
 */

import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Run the script with `args` from the repository's root: its exit code and what it wrote to stderr. */
function sizes(...args: string[]): {status: number | null; stderr: string} {
  const result = spawnSync(process.execPath, ['scripts/sizes.mjs', ...args], {cwd: root, encoding: 'utf8'})
  return {status: result.status, stderr: result.stderr}
}

describe('scripts/sizes.mjs --check', () => {
  it('should pass on src/, its exceptions named', () => {
    expect(sizes('--check')).toEqual({status: 0, stderr: ''})
  })

  it('should fail on a function over the limit that is not allowed', () => {
    const {status, stderr} = sizes('--check', '--functions', '40', 'src/quotes')
    expect(status).toBe(1)
    expect(stderr).toMatch(/over the limit and not allowed in scripts\/sizes\.mjs: src\/quotes\/\S+ \S+ \(\d+ lines\)/)
  })

  it('should fail on an allowed exception that is no longer over the limit', () => {
    const {status, stderr} = sizes('--check', 'src/frame')
    expect(status).toBe(1)
    expect(stderr).toContain(
      'allowed in scripts/sizes.mjs but no longer over the limit: src/quotes/marks.ts forEachMark'
    )
  })

  it('should exit 0 without --check, whatever it lists', () => {
    expect(sizes('--functions', '40', 'src/quotes').status).toBe(0)
  })
})

/** Running the built `wirestory` bin (dist/cli.js) as a child process, for the CLI tests. */

import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const cli = path.join(root, 'dist', 'cli.js')
export const fixtures = path.join(root, 'test', 'cli', 'fixtures')
export const built = existsSync(cli) && existsSync(path.join(root, 'dist', 'cli-worker.js'))
if (!built) console.warn('test/cli: dist/cli.js is missing, skipping the CLI tests (run `npm run build` first)')

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Run the bin with `args`, `input` on stdin; no colours. `nodeArgs` go to Node (`--max-old-space-size`). */
export function run(
  args: string[],
  input?: string | Uint8Array,
  options: {nodeArgs?: string[]; env?: NodeJS.ProcessEnv} = {}
): Run {
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), cli, ...args], {
    input: input ?? '',
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env},
    maxBuffer: 256 * 1024 * 1024
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** The JSON lines of a batch's stdout. */
export function records(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

export const story =
  'BELGRADE, September 6. /TASS/. Relations between Serbia and Russia are at the level of strategic partnership, ' +
  'Serbian Deputy Prime Minister Aleksandar Vulin said.\n\n' +
  '"Serbia and Russia are strategic partners and nothing can change that," Vulin emphasized.\n'

/**
 * Batch mode runs its workers in a Node whose V8 background pool is sized to the cores the workers leave free.
 *
 * Every worker thread is a V8 isolate; all of them share the process's V8 platform pool (concurrent compilation,
 * GC helpers), 4 threads by default. With one worker per core, those threads compete with the workers for the
 * same cores: measured on 2 cores, `--jobs 2` spent ~35% more CPU than `--jobs 1` for the same stories, and
 * `--v8-pool-size=1` removed that. The pool size can only be set when Node starts, so batch mode restarts
 * itself once with the flag, unless the user set it (`NODE_OPTIONS=--v8-pool-size=4` keeps Node's default).
 *
 * The child must not outlive its parent: it is started with an IPC channel, and when the channel closes (the
 * parent exited, or was killed with `kill -9`, which cannot be caught or forwarded) the child exits.
 */

import {spawn} from 'node:child_process'
import process from 'node:process'

/** Set in the child's environment. */
const CHILD = 'WIRESTORY_REEXEC_CHILD'

/** The pool size for `jobs` workers: the cores they leave free, at least 1, at most Node's default of 4. */
export function poolSize(jobs: number, cores: number): number {
  return Math.min(4, Math.max(1, cores - jobs))
}

/** Whether this process already has a pool size (from the command line or NODE_OPTIONS). */
export function poolConfigured(): boolean {
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/u)]
  return flags.some((flag) => flag.startsWith('--v8-pool-size'))
}

/**
 * In the re-executed child: exit with `code` as soon as the parent goes away. Call once, at start-up; nothing
 * happens in a process that is not such a child.
 */
export function dieWithParent(code: number): void {
  if (process.env[CHILD] !== '1') return
  delete process.env[CHILD]
  // No channel, or a closed one: the parent died before this child started.
  if (!process.channel || !process.connected) process.exit(code)
  // The channel must not keep the child alive once its work is done.
  process.channel.unref()
  process.on('disconnect', () => {
    process.exit(code)
  })
}

/**
 * Run this same command again in a child Node with `--v8-pool-size=size`, sharing stdin, stdout and stderr.
 *
 * @returns The child's exit code (a child killed by a signal kills this process with the same signal).
 */
export async function rerunWithPool(size: number): Promise<number> {
  const script = process.argv[1]
  if (script === undefined) throw new Error('cannot restart: no script path')
  const child = spawn(
    process.execPath,
    [...process.execArgv, `--v8-pool-size=${size}`, script, ...process.argv.slice(2)],
    {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      env: {...process.env, [CHILD]: '1'}
    }
  )
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal)
  }
  for (const signal of signals) process.on(signal, forward)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      for (const name of signals) process.off(name, forward)
      if (signal !== null) {
        process.kill(process.pid, signal)
        return
      }
      resolve(code ?? 1)
    })
  })
}

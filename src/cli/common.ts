/** What the modules of the command line share: exit codes, the streams, the input error. */

/** Everything went well (warnings allowed, unless `--frail`). */
export const EXIT_OK = 0
/** The run failed: one story that could not be read or parsed (or warned under `--frail`), a batch that could not finish. Node's own code for a crash. */
export const EXIT_FAILED = 1
/** Usage: an unknown option, a bad value, options that do not go together, a plugin that cannot be found. */
export const EXIT_USAGE = 2
/** Batch mode: some lines failed (listed on stderr); every other line was written. */
export const EXIT_SOME_LINES_FAILED = 3

export interface CliStreams {
  stdin: AsyncIterable<Uint8Array | string> & {isTTY?: boolean}
  stdout: NodeJS.WritableStream & {isTTY?: boolean; columns?: number}
  stderr: NodeJS.WritableStream & {isTTY?: boolean; columns?: number}
}

/** The input could not be read: exit 1. */
export class InputError extends Error {}

/** Types of `shapes.mjs`. */

/** An input shape of the bench. */
export interface Shape {
  name: string
  /** `ordinary` (the reference), `time` (hostile to time), `memory` (hostile to memory). */
  kind: 'ordinary' | 'time' | 'memory'
  /** A story of about `size` characters. */
  make(size: number): string
  /** The branch of work whose fix the shape waits for, when the fix is not in this code. */
  fixedIn?: string
}

export declare const shapes: readonly Shape[]

/** Distinct lower-case words whose FNV-1a hashes share their low `bits` bits. */
export declare function collidingWords(count: number, bits?: number): string[]

/**
 * Choosing among namesakes: the people a family name can stand for (a list of `surnames.ts`), picked by an
 * honorific's gender (`Mrs. Clinton`), then by who was named most recently, then by frequency; and the fuller
 * name of a list that a partial name stands for (`Dano Kivu` → `Michel Dano Kivu`).
 *
 * Each list gets an index on first use (each member's place, its members by gender, the word-final parts of
 * their keys and their first words), and recency is read from one log of mentions by offset: a choice costs
 * the mentions in a window of {@link RECENT} code units and a logarithm, however many namesakes there are.
 *
 * @module
 */

import {firstStartingAt} from '../util/bisect.js'
import {genderOf, vote, type Entity, type Recency, type Registry} from './entities.js'
import {keyOf} from './names.js'

/** How near (code units) a full name must be to win over the most frequent one with the same surname. */
export const RECENT = 400

/** How close (code units) two namesakes' full names are to count as one phrase. */
export const SAME_PHRASE = 60

/** Gender classes of members: no gender yet, male, female. */
const NONE = 0
const MALE = 1
const FEMALE = 2
const ANY = (1 << NONE) | (1 << MALE) | (1 << FEMALE)

/** The index of one list. */
interface ListIndex {
  list: readonly Entity[]
  /** Place of each member in the list. */
  place: Map<Entity, number>
  /** Members of each gender class, counted. */
  counts: [number, number, number]
  /** Places of the members of each class: min-heaps, entries checked when read (a member may change class). */
  heaps: [number[], number[], number[]]
  /** First place of a member whose key ends with ` ` + a key (built on first use). */
  endings?: Map<string, number> | undefined
  /** First place of a member whose name opens with a word and a space (built on first use). */
  firsts?: Map<string, number> | undefined
}

/** Indexes over the lists of one registry. */
export interface NamesakeIndex {
  lists: Map<readonly Entity[], ListIndex>
  /** Lists each indexed entity is in, and its gender class when last counted. */
  memberOf: Map<Entity, ListIndex[]>
  classOf: Map<Entity, number>
}

function classOf(entity: Entity): number {
  const gender = genderOf(entity)
  return gender === 'male' ? MALE : gender === 'female' ? FEMALE : NONE
}

function listIndex(registry: Registry, list: readonly Entity[]): ListIndex {
  registry.namesakes ??= {lists: new Map(), memberOf: new Map(), classOf: new Map()}
  const index = registry.namesakes
  let found = index.lists.get(list)
  if (found) return found
  found = {list, place: new Map(), counts: [0, 0, 0], heaps: [[], [], []]}
  for (let place = 0; place < list.length; place++) {
    const entity = list[place]
    found.place.set(entity, place)
    const kind = classOf(entity)
    index.classOf.set(entity, kind)
    found.counts[kind]++
    found.heaps[kind].push(place)
    const lists = index.memberOf.get(entity)
    if (lists) lists.push(found)
    else index.memberOf.set(entity, [found])
  }
  index.lists.set(list, found)
  return found
}

/**
 * Add gender votes to a person (an honorific before a surname), keeping the indexes of the lists that hold
 * them in step.
 */
export function voteFor(registry: Registry, entity: Entity, gender: 'male' | 'female', weight: number): void {
  vote(entity, gender, weight)
  const index = registry.namesakes
  const before = index?.classOf.get(entity)
  if (!index || before === undefined) return
  const after = classOf(entity)
  if (after === before) return
  index.classOf.set(entity, after)
  for (const found of index.memberOf.get(entity) ?? []) {
    found.counts[before]--
    found.counts[after]++
    heapPush(found.heaps[after], found.place.get(entity)!)
  }
}

/** First place (in list order) of a member whose class is in `mask`. */
function firstOf(found: ListIndex, mask: number): number {
  if (mask === ANY) return 0
  let first = Number.POSITIVE_INFINITY
  for (let kind = NONE; kind <= FEMALE; kind++) {
    if ((mask & (1 << kind)) === 0) continue
    const heap = found.heaps[kind]
    // Drop places whose member has left the class since.
    while (heap.length > 0 && classOf(found.list[heap[0]]) !== kind) heapPop(heap)
    if (heap.length > 0 && heap[0] < first) first = heap[0]
  }
  return first
}

/**
 * Choose among people sharing a surname: honorific gender first (`Mrs. Clinton`: those of that gender, else
 * those of no known gender), then the one named most recently before `offset` (within {@link RECENT}; of two
 * named within {@link SAME_PHRASE} of each other, `Patricia Smith, mother of Benghazi victim Sean Smith`, the
 * first, the head of the phrase), then the most frequent.
 *
 * @param list A list of `registry.surnames`, most frequent first.
 */
export function pickCandidate(
  registry: Registry,
  list: readonly Entity[],
  offset: number,
  honorific?: 'male' | 'female'
): Entity {
  let mask = ANY
  let size = list.length
  const found = listIndex(registry, list)
  if (honorific && list.length > 1) {
    const kind = honorific === 'male' ? MALE : FEMALE
    if (found.counts[kind] > 0) {
      mask = 1 << kind
      size = found.counts[kind]
    } else if (found.counts[NONE] + found.counts[kind] > 0) {
      mask = (1 << NONE) | (1 << kind)
      size = found.counts[NONE] + found.counts[kind]
    }
  }
  if (size === 1) return list[firstOf(found, mask)]
  const recent = mostRecent(registry.recency, found, mask, offset)
  return recent ?? list[firstOf(found, mask)]
}

/**
 * The member of the pool named last before `offset`, within {@link RECENT}; of two named within
 * {@link SAME_PHRASE}, the earlier. Reads the recency log backwards from `offset`.
 *
 * Near the start of the text (`offset` under `RECENT - 1`), members not named before `offset` count as named
 * at -1, in list order, as the first version of this rule counted them.
 */
function mostRecent(recency: Recency, found: ListIndex, mask: number, offset: number): Entity | null {
  const inPool = (entity: Entity): boolean => found.place.has(entity) && (mask & (1 << classOf(entity))) !== 0
  let best: Entity | null = null
  let bestAt = 0
  const before = firstStartingAt(recency, offset)
  for (let i = before - 1; i >= 0; i--) {
    const {start: at, entity} = recency[i]
    if (at <= offset - RECENT) break
    if (entity === best || !inPool(entity)) continue
    if (!best) {
      best = entity
      bestAt = at
    } else {
      return bestAt - at <= SAME_PHRASE ? entity : best
    }
  }
  if (offset - RECENT >= -1) return best
  const named = new Set<Entity>()
  for (let i = 0; i < before; i++) named.add(recency[i].entity)
  for (const entity of found.list) {
    if (named.has(entity) || !inPool(entity)) continue
    if (!best) {
      best = entity
      bestAt = -1
    } else {
      return bestAt + 1 <= SAME_PHRASE ? entity : best
    }
  }
  return best
}

/**
 * The first member of a list (most frequent first) whose name ends with the name `key` stands for (`Dano
 * Kivu` → `Michel Dano Kivu`) or opens with the word `first` (`Ilham Aliyev` for `Ilham Aliev`), else
 * `undefined`.
 *
 * @param key The name's key ({@link keyOf}).
 * @param first The name's first word, lower case.
 */
export function fullerNamesake(
  registry: Registry,
  list: readonly Entity[],
  key: string,
  first: string
): Entity | undefined {
  const found = listIndex(registry, list)
  if (!found.endings || !found.firsts) {
    found.endings = new Map()
    found.firsts = new Map()
    for (let place = 0; place < list.length; place++) {
      const memberKey = keyOf(list[place].name)
      for (let at = memberKey.indexOf(' '); at >= 0; at = memberKey.indexOf(' ', at + 1)) {
        const ending = memberKey.slice(at + 1)
        if (!found.endings.has(ending)) found.endings.set(ending, place)
      }
      const lower = list[place].name.toLowerCase()
      const space = /\s/.exec(lower)
      if (space && space[0] === ' ' && !found.firsts.has(lower.slice(0, space.index)))
        found.firsts.set(lower.slice(0, space.index), place)
    }
  }
  const place = Math.min(
    found.endings.get(key) ?? Number.POSITIVE_INFINITY,
    found.firsts.get(first) ?? Number.POSITIVE_INFINITY
  )
  return place === Number.POSITIVE_INFINITY ? undefined : list[place]
}

function heapPush(heap: number[], value: number): void {
  let at = heap.length
  heap.push(value)
  while (at > 0) {
    const parent = (at - 1) >> 1
    if (heap[parent] <= value) break
    heap[at] = heap[parent]
    at = parent
  }
  heap[at] = value
}

function heapPop(heap: number[]): void {
  const last = heap.pop()!
  if (heap.length === 0) return
  let at = 0
  for (;;) {
    const left = 2 * at + 1
    if (left >= heap.length) break
    const right = left + 1
    const child = right < heap.length && heap[right] < heap[left] ? right : left
    if (heap[child] >= last) break
    heap[at] = heap[child]
    at = child
  }
  heap[at] = last
}

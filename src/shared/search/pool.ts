/**
 * The first of the search's two stages: from the index, a small pool of reports that holds the
 * best matches, in about the order fuse.js would give them. The second stage (create-search.ts)
 * runs fuse.js itself over the pool only, so the scores, the order and the highlighted ranges the
 * user sees are fuse.js's own.
 *
 * 1. Candidates. The reports whose title or alias starts with the query (they rank first); the
 *    reports the person's history lifts; then the postings of the query's most selective words:
 *    a report needs at least half of the words, so any (n − ⌈n/2⌉ + 1) words reach every report
 *    that can qualify, and the rarest ones reach them cheapest. A word's postings are taken exact
 *    matches first, then one typo, then two; a word so common that its postings exceed the
 *    budget (one or two letters, "by", "users" in a BI catalog) gives only its most important
 *    postings: those where it stands in a short title or an alias, which is where fuse.js scores
 *    it best. The budget is what bounds the work per keystroke, whatever the catalog's size.
 * 2. Scores. Each candidate is scored per word as fuse.js would: per field entry the best score
 *    of its words (see word-match.ts), and over the fields the product of score^(weight × norm);
 *    the words' scores are averaged, a missing word counting 1, and a report with fewer than half
 *    of the words is left out, as in text-match.ts. The customer fit and the person's boosts are
 *    applied, and the best `size` by (literal tier, score, catalog order) form the pool.
 */
import { LEVELS, reportsNamed, type WordIndex } from './word-index'
import { EXACT_PIECE, NO_MATCH, type WordHits } from './word-match'

export interface PoolRequest {
  /** The query's words, matched against the vocabulary (at most 12, no repeats). */
  words: readonly WordHits[]
  /** The query as `literalTier` compares names (see `tierName`). */
  name: string
  /** How many reports the pool holds: what the caller shows, and a margin. */
  size: number
  /** At most this many candidates are scored (Infinity: every report that can qualify). */
  budget: number
  /** Added to each report's score when the query named a customer (the customer fit). */
  fits: readonly number[] | null
  /**
   * Subtracted from a report's score (the person's habits and favourites), by catalog index:
   * only the reports that have one. They are always considered.
   */
  boosts: ReadonlyMap<number, number>
}

interface Scratch {
  stamp: Uint32Array
  tier: Uint8Array
  generation: number
}
const scratches = new WeakMap<WordIndex, Scratch>()

function scratchFor(index: WordIndex): Scratch {
  let scratch = scratches.get(index)
  if (scratch === undefined) {
    scratch = {
      stamp: new Uint32Array(index.docCount),
      tier: new Uint8Array(index.docCount),
      generation: 0,
    }
    scratches.set(index, scratch)
  }
  if (++scratch.generation === 0xffffffff) {
    scratch.stamp.fill(0)
    scratch.generation = 1
  }
  return scratch
}

/** Words with at most this many postings get a bit per report saying whether they match it. */
const PRESENCE_POSTINGS = 30000
const presences = new WeakMap<WordHits, Uint32Array>()

/**
 * One bit per report: does this word match it (in any field)? Built once per word from its
 * postings, for words rare enough that this is cheap; it rejects a report lacking the word
 * without looking at its fields.
 */
function presence(index: WordIndex, hits: WordHits): Uint32Array | undefined {
  if (hits.postings > PRESENCE_POSTINGS) return undefined
  let bits = presences.get(hits)
  if (bits === undefined) {
    bits = new Uint32Array((index.docCount >>> 5) + 1)
    const { postStart, postDocs } = index
    for (const id of hits.matched) {
      const end = postStart[id + 1] ?? 0
      for (let at = postStart[id] ?? 0; at < end; at++) {
        const doc = postDocs[at] ?? 0
        bits[doc >>> 5] = (bits[doc >>> 5] ?? 0) | (1 << (doc & 31))
      }
    }
    presences.set(hits, bits)
  }
  return bits
}

/** A report's score for one word as fuse.js computes it, or NO_MATCH when no field matches. */
export function wordScore(index: WordIndex, doc: number, table: Float64Array): number {
  const { docFields, fieldText, fieldExp, textStart, textWords, textSole } = index
  let log = 0
  let matched = false
  const end = docFields[doc + 1] ?? 0
  for (let field = docFields[doc] ?? 0; field < end; field++) {
    const text = fieldText[field] ?? 0
    let best = NO_MATCH
    const last = textStart[text + 1] ?? 0
    for (let at = textStart[text] ?? 0; at < last; at++) {
      const score = table[textWords[at] ?? 0] ?? NO_MATCH
      if (score < best) best = score
    }
    if (best === NO_MATCH) continue
    matched = true
    // 0 means the word equals an index word; fuse.js gives 0 only when it is the whole field.
    const score = best === 0 ? ((textSole[text] ?? -1) >= 0 ? Number.EPSILON : EXACT_PIECE) : best
    log += (fieldExp[field] ?? 0) * Math.log(score)
  }
  return matched ? Math.exp(log) : NO_MATCH
}

interface Ranked {
  doc: number
  tier: number
  key: number
}

/** (doc, tier, key) before b: lower tier, then lower key, then catalog order. */
const beats = (doc: number, tier: number, key: number, b: Ranked) =>
  tier !== b.tier ? tier < b.tier : key !== b.key ? key < b.key : doc < b.doc
const better = (a: Ranked, b: Ranked) => beats(a.doc, a.tier, a.key, b)

/** Keeps the best `size` of what it is offered: a binary heap with the worst kept on top. */
class Best {
  private readonly heap: Ranked[] = []

  constructor(private readonly size: number) {}

  offer(doc: number, tier: number, key: number): void {
    const { heap } = this
    const top = heap[0]
    if (heap.length === this.size) {
      if (top === undefined || !beats(doc, tier, key, top)) return
    }
    const item = { doc, tier, key }
    if (heap.length < this.size) {
      heap.push(item)
      let i = heap.length - 1
      while (i > 0) {
        const parent = (i - 1) >> 1
        const up = heap[parent]
        if (up === undefined || !better(up, item)) break
        heap[i] = up
        i = parent
      }
      heap[i] = item
      return
    }
    let i = 0
    for (;;) {
      const left = 2 * i + 1
      if (left >= heap.length) break
      const l = heap[left]
      const r = heap[left + 1]
      if (l === undefined) break
      let worse = left
      let child = l
      if (r !== undefined && better(l, r)) {
        worse = left + 1
        child = r
      }
      if (!better(item, child)) break
      heap[i] = child
      i = worse
    }
    heap[i] = item
  }

  /** The worst kept, once the heap is full. */
  worst(): Ranked | undefined {
    return this.heap.length === this.size ? this.heap[0] : undefined
  }

  sorted(): Ranked[] {
    return [...this.heap].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0))
  }
}

/** The pool: catalog indexes of the reports most likely to rank first, best first. */
export function selectPool(index: WordIndex, request: PoolRequest): number[] {
  const { words, size, budget, fits, boosts } = request
  const n = words.length
  if (n === 0 || size <= 0) return []
  const { stamp, tier, generation } = scratchFor(index)
  const candidates: number[] = []
  const consider = (doc: number) => {
    if (stamp[doc] !== generation) {
      stamp[doc] = generation
      tier[doc] = 2
      candidates.push(doc)
    }
  }
  const best = new Best(size)
  // Rarest words first: a report that lacks them is dropped before the common words are scored.
  const order = [...words].sort((a, b) => a.postings - b.postings)
  const present = order.map((hits) => presence(index, hits))
  const allowedMissing = n - Math.ceil(n / 2)
  let scored = 0
  const scoreNew = () => {
    candidate: for (; scored < candidates.length; scored++) {
      const doc = candidates[scored] ?? 0
      const docTier = tier[doc] ?? 2
      const offset = (fits?.[doc] ?? 0) - (boosts.get(doc) ?? 0)
      const worst = best.worst()
      let total = 0
      let missing = 0
      for (let w = 0; w < n; w++) {
        const bits = present[w]
        const score =
          bits !== undefined && ((bits[doc >>> 5] ?? 0) & (1 << (doc & 31))) === 0
            ? NO_MATCH
            : wordScore(index, doc, (order[w] as WordHits).table)
        if (score === NO_MATCH) {
          total += 1
          if (++missing > allowedMissing) continue candidate
        } else total += score
        // Scores are at least 0, so the words left cannot bring the report back above the
        // pool's worst.
        if (
          worst !== undefined &&
          (docTier > worst.tier || (docTier === worst.tier && total / n + offset > worst.key))
        ) {
          continue candidate
        }
      }
      best.offer(doc, docTier, total / n + offset)
    }
  }

  reportsNamed(index, request.name, budget, (doc, exact) => {
    consider(doc)
    tier[doc] = Math.min(tier[doc] ?? 2, exact ? 0 : 1)
  })
  // Reports whose name starts with the query outrank all others: when they fill the pool,
  // nothing else can enter it.
  if (candidates.length < size) {
    for (const doc of boosts.keys()) consider(doc)
    const need = Math.ceil(n / 2)
    const drivers = [...words].sort((a, b) => a.postings - b.postings).slice(0, n - need + 1)
    for (let j = 0; j < drivers.length; j++) {
      const hits = drivers[j] as WordHits
      const complete = addPostings(index, hits, candidates, budget, consider)
      scoreNew()
      if (!complete) break
      // A report not considered yet lacks the j + 1 words so far, has no name that starts with
      // the query and no boost: its score is at least (j + 1) / n. Once the pool's worst is
      // better than that, no further word can bring a report into the pool.
      const worst = best.worst()
      if (worst !== undefined && (worst.tier < 2 || worst.key < (j + 1) / n)) break
    }
  }
  scoreNew()
  return best.sorted().map((ranked) => ranked.doc)
}

/**
 * Adds a word's postings to the candidates, fewest edits first, within the budget. Returns false
 * when the budget ran out (the rest of this word, and further words, are not added).
 */
function addPostings(
  index: WordIndex,
  hits: WordHits,
  candidates: number[],
  budget: number,
  consider: (doc: number) => void,
): boolean {
  const { postStart, postDocs, postLevel } = index
  const { matched, edits } = hits
  let from = 0
  while (from < matched.length) {
    let to = from
    let postings = 0
    while (to < matched.length && edits[to] === edits[from]) {
      const id = matched[to] ?? 0
      postings += (postStart[id + 1] ?? 0) - (postStart[id] ?? 0)
      to++
    }
    if (candidates.length + postings <= budget) {
      for (let w = from; w < to; w++) {
        const id = matched[w] ?? 0
        const end = postStart[id + 1] ?? 0
        for (let at = postStart[id] ?? 0; at < end; at++) consider(postDocs[at] ?? 0)
      }
      from = to
      continue
    }
    // Over budget: the most important postings of these words first, level by level.
    const cursor = Array.from(matched.subarray(from, to), (id) => postStart[id] ?? 0)
    for (let level = LEVELS - 1; level >= 0; level--) {
      for (let w = 0; w < cursor.length; w++) {
        const id = matched[from + w] ?? 0
        const end = postStart[id + 1] ?? 0
        let at = cursor[w] ?? end
        while (at < end && postLevel[at] === level) {
          consider(postDocs[at] ?? 0)
          at++
          if (candidates.length >= budget) return false
        }
        cursor[w] = at
      }
    }
    return false
  }
  return true
}

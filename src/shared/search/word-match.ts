/**
 * One query word against the vocabulary: which index words it matches, and with what score.
 *
 * The score is the one fuse.js's Bitap gives the word inside a text with `ignoreLocation`: the
 * fewest edits (insertions, deletions, substitutions) that turn the query word into some piece of
 * the text, divided by the word's length; a match needs that to be at most the threshold (0.34:
 * one typo in 3-5 letters, two in 6-8…). An exact piece scores 0.001, a text that IS the word 0.
 * Here the "text" is one index word: a query word has no spaces, so its best piece of a field
 * nearly always lies inside one word of it. The exception, a match across two words that spends
 * an edit on the separator ("sup" in "ticketS Per"), is seen only by the fuse.js pass over the
 * pool; it makes the index's score of such a report a little worse than fuse.js's, never better.
 *
 * The vocabulary is scanned through grams, not word by word. A word within k edits of a piece of
 * an index word shares at least (length − 1 − 2k) of its adjacent-letter pairs with it (each
 * edit breaks at most two pairs: the q-gram lemma), so only index words that share enough pairs
 * are checked, with a small dynamic-programming edit distance. That bound is useful from four
 * letters; for three letters and one typo, the candidates are the words holding one of the
 * word's pairs, adjacent or one apart; one or two letters allow no typo and must appear as typed.
 */
import { MATCHING_OPTIONS } from './fuse-options'
import { pairKey, type WordIndex } from './word-index'

/** Table value for an index word the query word does not match. */
export const NO_MATCH = 2
/** fuse.js's score for an exact piece of a longer text (Bitap floors scores at 0.001). */
export const EXACT_PIECE = 0.001

/** A query word matched against the vocabulary. */
export interface WordHits {
  word: string
  /** Per vocabulary word: its score for this query word (see above), or NO_MATCH. */
  table: Float64Array
  /** The matched vocabulary words, fewest edits first, and their edits. */
  matched: Uint32Array
  edits: Uint8Array
  /** How many postings the matched words have: the size of a full scan of this word. */
  postings: number
}

/** The most edits fuse.js allows a word of this length (score = edits / length ≤ threshold). */
export function maxEdits(length: number): number {
  let k = 0
  while ((k + 1) / length <= MATCHING_OPTIONS.threshold) k++
  return k
}

let rowA = new Int32Array(64)
let rowB = new Int32Array(64)

/**
 * The fewest edits that turn `pattern` into a substring of `text` (Sellers' algorithm: the
 * text may start anywhere for free), or `limit + 1` when that is more than `limit`.
 */
export function substringEdits(pattern: string, text: string, limit: number): number {
  const m = pattern.length
  if (rowA.length <= m) {
    rowA = new Int32Array(m + 1)
    rowB = new Int32Array(m + 1)
  }
  let prev = rowA
  let cur = rowB
  for (let i = 0; i <= m; i++) prev[i] = i
  let best = m
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j)
    cur[0] = 0
    for (let i = 1; i <= m; i++) {
      const diagonal = (prev[i - 1] ?? 0) + (pattern.charCodeAt(i - 1) === c ? 0 : 1)
      const up = (prev[i] ?? 0) + 1
      const left = (cur[i - 1] ?? 0) + 1
      const value = diagonal < up ? (diagonal < left ? diagonal : left) : up < left ? up : left
      cur[i] = value
    }
    const end = cur[m] ?? m
    if (end < best) best = end
    if (best === 0) return 0
    const swap = prev
    prev = cur
    cur = swap
  }
  return best <= limit ? best : limit + 1
}

/** Scratch space per index: a counter per vocabulary word, reset by generation. */
interface Scratch {
  stamp: Uint32Array
  count: Uint16Array
  generation: number
}
const scratches = new WeakMap<WordIndex, Scratch>()

function scratchFor(index: WordIndex): Scratch {
  let scratch = scratches.get(index)
  if (scratch === undefined) {
    scratch = {
      stamp: new Uint32Array(index.vocab.length),
      count: new Uint16Array(index.vocab.length),
      generation: 0,
    }
    scratches.set(index, scratch)
  }
  return scratch
}

/** The vocabulary words that may be within `k` edits of `word`; to be checked one by one. */
function candidateWords(index: WordIndex, word: string, k: number): Iterable<number> {
  const m = word.length
  const code = (i: number) => word.charCodeAt(i)
  if (m === 1) return index.unigrams.get(code(0)) ?? []
  if (k === 0 && m === 2) return index.bigrams.get(pairKey(code(0), code(1))) ?? []
  if (m === 3) {
    const lists = [
      index.bigrams.get(pairKey(code(0), code(1))),
      index.bigrams.get(pairKey(code(1), code(2))),
      ...(k > 0
        ? [
            index.bigrams.get(pairKey(code(0), code(2))),
            index.gapped.get(pairKey(code(0), code(2))),
          ]
        : []),
    ]
    const union = new Set<number>()
    for (const list of lists) if (list) for (const id of list) union.add(id)
    return union
  }
  // Four letters or more: count, per vocabulary word, the word's adjacent pairs it contains.
  const needed = m - 1 - 2 * k
  const multiplicity = new Map<number, number>()
  for (let i = 0; i + 1 < m; i++) {
    const key = pairKey(code(i), code(i + 1))
    multiplicity.set(key, (multiplicity.get(key) ?? 0) + 1)
  }
  const scratch = scratchFor(index)
  const generation = ++scratch.generation
  if (generation === 0xffffffff) {
    scratch.stamp.fill(0)
    scratch.generation = 1
  }
  const touched: number[] = []
  for (const [key, times] of multiplicity) {
    const list = index.bigrams.get(key)
    if (list === undefined) continue
    for (const id of list) {
      if (scratch.stamp[id] !== scratch.generation) {
        scratch.stamp[id] = scratch.generation
        scratch.count[id] = 0
        touched.push(id)
      }
      scratch.count[id] = (scratch.count[id] ?? 0) + times
    }
  }
  return touched.filter((id) => (scratch.count[id] ?? 0) >= needed)
}

/** Matches one folded query word against the index's vocabulary. */
export function matchWord(index: WordIndex, word: string): WordHits {
  const { vocab, postStart } = index
  const table = new Float64Array(vocab.length).fill(NO_MATCH)
  const found: { id: number; edits: number }[] = []
  if (word.length > 0) {
    const k = maxEdits(word.length)
    for (const id of candidateWords(index, word, k)) {
      const text = vocab[id] ?? ''
      const edits = text.includes(word) ? 0 : k === 0 ? 1 : substringEdits(word, text, k)
      if (edits > k) continue
      table[id] = edits === 0 ? (text === word ? 0 : EXACT_PIECE) : edits / word.length
      found.push({ id, edits })
    }
  }
  found.sort((a, b) => a.edits - b.edits || a.id - b.id)
  let postings = 0
  for (const { id } of found) postings += (postStart[id + 1] ?? 0) - (postStart[id] ?? 0)
  return {
    word,
    table,
    matched: Uint32Array.from(found, (f) => f.id),
    edits: Uint8Array.from(found, (f) => f.edits),
    postings,
  }
}

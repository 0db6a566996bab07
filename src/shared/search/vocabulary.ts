/**
 * The index's vocabulary while it is built: words by id, and a hash table that finds a word's id
 * straight from the text it stands in, without cutting the word out of the text or lower-casing
 * the text first. On 50,000 reports those copies were a good part of the build.
 */
import { foldText, foldedWords } from './fold'

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193
const NON_ASCII = /[\u0080-\uffff]/

/** A text split into vocabulary words. */
export interface SplitText {
  /** Word ids in order, without repeats. */
  words: number[]
  /** The id of the word the whole folded text is, or -1. */
  sole: number
  /** fuse.js's field-length norm of the text (see `fuseNorm`). */
  norm: number
}

/** fuse.js's field norm from a count of whitespace-separated tokens. */
function normOf(tokens: number): number {
  return Math.round(1000 / Math.sqrt(Math.max(tokens, 1))) / 1000
}

/** fuse.js's field-length norm: 1/√(number of whitespace-separated tokens), to 3 decimals. */
export function fuseNorm(value: string): number {
  let tokens = 0
  let inToken = false
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    const space = (code >= 9 && code <= 13) || code === 32 || code === 160
    if (!space && !inToken) tokens++
    inToken = !space
  }
  return normOf(tokens)
}

function hashOf(word: string): number {
  let hash = FNV_OFFSET
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME)
  return hash >>> 0
}

export class Vocabulary {
  readonly words: string[] = []
  private readonly hashes: number[] = []
  private slots = new Int32Array(1 << 12)

  /** Splits a text into words (letters and digits, folded as fuse.js folds text). */
  split(value: string): SplitText {
    if (NON_ASCII.test(value)) {
      const folded = foldText(value)
      const words: number[] = []
      for (const word of foldedWords(folded)) {
        const id = this.find(word, hashOf(word))
        if (!words.includes(id)) words.push(id)
      }
      const only = words.length === 1 ? (words[0] ?? -1) : -1
      return {
        words,
        sole: only >= 0 && this.words[only] === folded ? only : -1,
        norm: fuseNorm(value),
      }
    }
    const words: number[] = []
    let tokens = 0
    let inToken = false
    let start = -1
    let hash = FNV_OFFSET
    let found = 0
    let firstStart = -1
    let lastEnd = -1
    for (let i = 0; i <= value.length; i++) {
      let code = i < value.length ? value.charCodeAt(i) : 32
      const space = (code >= 9 && code <= 13) || code === 32
      if (!space && !inToken) tokens++
      inToken = !space
      if (code >= 65 && code <= 90) code += 32
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
        if (start < 0) {
          start = i
          hash = FNV_OFFSET
        }
        hash = Math.imul(hash ^ code, FNV_PRIME)
      } else if (start >= 0) {
        const id = this.findIn(value, start, i, hash >>> 0)
        if (!words.includes(id)) words.push(id)
        if (++found === 1) firstStart = start
        lastEnd = i
        start = -1
      }
    }
    // Folding keeps an ASCII text's length: it is one word when one word spans all of it.
    const sole = found === 1 && firstStart === 0 && lastEnd === value.length
    return { words, sole: sole ? (words[0] ?? -1) : -1, norm: normOf(tokens) }
  }

  /** The id of the ASCII word value[start, end), compared without regard to case; added if new. */
  private findIn(value: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] ?? 0
      if (entry === 0) return this.add(value.slice(start, end).toLowerCase(), hash, slot)
      const id = entry - 1
      const word = this.words[id] ?? ''
      if (this.hashes[id] === hash && word.length === end - start) {
        let same = true
        for (let i = 0; i < word.length && same; i++) {
          let code = value.charCodeAt(start + i)
          if (code >= 65 && code <= 90) code += 32
          same = code === word.charCodeAt(i)
        }
        if (same) return id
      }
    }
  }

  /** The id of a folded word; added if new. */
  private find(word: string, hash: number): number {
    const mask = this.slots.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] ?? 0
      if (entry === 0) return this.add(word, hash, slot)
      if (this.hashes[entry - 1] === hash && this.words[entry - 1] === word) return entry - 1
    }
  }

  private add(word: string, hash: number, slot: number): number {
    const id = this.words.length
    this.words.push(word)
    this.hashes.push(hash)
    this.slots[slot] = id + 1
    // Kept at most half full, so that probes stay short.
    if (this.words.length * 2 > this.slots.length) this.grow()
    return id
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2)
    const mask = slots.length - 1
    this.hashes.forEach((hash, id) => {
      let slot = hash & mask
      while (slots[slot] !== 0) slot = (slot + 1) & mask
      slots[slot] = id + 1
    })
    this.slots = slots
  }
}

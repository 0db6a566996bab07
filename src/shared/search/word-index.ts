/**
 * The index behind the fast search: built once per catalog, in one pass over the reports.
 *
 * - Every searched field of every report (the keys of fuse-options.ts; one entry per item of a
 *   list field) becomes a *field entry*: its text, and the exponent fuse.js gives a match in it
 *   (the key's share of the weights × the field-length norm). Each distinct text (catalogs repeat
 *   tools, kinds, sections, copied titles) is split once into words, ids into the vocabulary.
 * - The *vocabulary* is the set of distinct folded words. It grows with the language of the
 *   catalog, not with its size (2,000-10,000 words for 1,000-100,000 reports), so a query word is
 *   matched against words, fuzzily, instead of against reports.
 * - *Postings* list, per word, the reports that contain it, the most promising first: ordered by
 *   how much of fuse.js's weight the word carries in that report (a word of a short title before
 *   a word deep in a description), so that a budget can take the best part of a long list.
 * - *Grams*: per character, pair of adjacent characters, and pair one apart, the vocabulary
 *   words that contain it: the prefilter that finds the words within a typo or two of a query word.
 * - *Names*: titles and aliases in the form `literalTier` compares, sorted, so the reports whose
 *   name starts with the query (which rank first) are a binary search away.
 */
import type { Report } from '../catalog/schema'
import { tierName } from './fold'
import { SEARCH_KEYS } from './fuse-options'
import { Vocabulary } from './vocabulary'

/** Importance levels of a posting (0 = least); see `importanceLevel`. */
export const LEVELS = 32

export interface WordIndex {
  docCount: number
  /** The vocabulary: folded words, by id. */
  vocab: string[]
  /** Per report: its first field entry (`docFields[d]` to `docFields[d + 1]`). */
  docFields: Uint32Array
  /** Per field entry: fuse.js's exponent for a match there (key weight share × field norm). */
  fieldExp: Float64Array
  /** Per field entry: its text, as an index of the distinct texts below. */
  fieldText: Uint32Array
  /** Per distinct text: its first word in `textWords` (`textStart[t]` to `textStart[t + 1]`). */
  textStart: Uint32Array
  /** Word ids of the distinct texts, each text's without repeats. */
  textWords: Uint32Array
  /** Per distinct text: the word id when the whole folded text is that one word (else -1). */
  textSole: Int32Array
  /** Per word: its first posting (`postStart[w]` to `postStart[w + 1]`). */
  postStart: Uint32Array
  /** Report of each posting: per word, the highest importance level first, catalog order within. */
  postDocs: Uint32Array
  /** Importance level of each posting. */
  postLevel: Uint8Array
  /** Word ids containing a character / two adjacent characters / two characters one apart. */
  unigrams: Map<number, Uint32Array>
  bigrams: Map<number, Uint32Array>
  gapped: Map<number, Uint32Array>
  /** Titles and aliases as `literalTier` compares them, and their reports. */
  names: string[]
  nameDocs: Uint32Array
  /** Names by their first 1, 2 and 3 characters (index 0, 1, 2; see `prefixKey`): positions in `names`. */
  namePrefixes: Map<number, Uint32Array>[]
}

export { fuseNorm } from './vocabulary'

/** The postings' order: how much of fuse.js's weight a word carries in one report. */
function importanceLevel(exponentSum: number): number {
  return Math.min(LEVELS - 1, Math.floor(exponentSum * 64))
}

/** The key of a pair of characters in `bigrams` and `gapped`; word-match.ts looks them up by it. */
export const pairKey = (a: number, b: number) => a * 65536 + b
/** Not blank as fuse.js sees it (`!value.trim()`): some character that is not white space. */
const NOT_BLANK = /\S/

/** The key of a name's first 1, 2 or 3 characters (UTF-16 units) in `namePrefixes`. */
function prefixKey(name: string, length: number): number {
  let key = 0
  for (let i = 0; i < length; i++) key = key * 65536 + name.charCodeAt(i)
  return key
}

/**
 * A Uint32Array that grows as it is pushed to. One class per element type: a store through one
 * generic class would see several typed-array kinds and be slow.
 */
class Uint32Builder {
  length = 0
  array: Uint32Array

  constructor(size: number) {
    this.array = new Uint32Array(size)
  }

  push(value: number): void {
    if (this.length === this.array.length) {
      const bigger = new Uint32Array(this.array.length * 2)
      bigger.set(this.array)
      this.array = bigger
    }
    this.array[this.length++] = value
  }

  /** The values pushed; a view when that wastes at most half the space, else a copy. */
  done(): Uint32Array {
    return this.length * 2 >= this.array.length
      ? this.array.subarray(0, this.length)
      : this.array.slice(0, this.length)
  }
}

class Float64Builder {
  length = 0
  array: Float64Array

  constructor(size: number) {
    this.array = new Float64Array(size)
  }

  push(value: number): void {
    if (this.length === this.array.length) {
      const bigger = new Float64Array(this.array.length * 2)
      bigger.set(this.array)
      this.array = bigger
    }
    this.array[this.length++] = value
  }

  /** The values pushed; a view when that wastes at most half the space, else a copy. */
  done(): Float64Array {
    return this.length * 2 >= this.array.length
      ? this.array.subarray(0, this.length)
      : this.array.slice(0, this.length)
  }
}

function toTyped(lists: Map<number, number[]>): Map<number, Uint32Array> {
  const typed = new Map<number, Uint32Array>()
  for (const [key, list] of lists) typed.set(key, Uint32Array.from(list))
  return typed
}

/** The values of a builder less one, as signed integers (-1 for none). */
function minusOne(builder: Uint32Builder): Int32Array {
  const values = new Int32Array(builder.length)
  for (let i = 0; i < builder.length; i++) values[i] = (builder.array[i] ?? 0) - 1
  return values
}

/** The text id of a blank value, which fuse.js skips. */
const BLANK = -1
/** Texts up to this long are looked up before they are split (see `textOf`). */
const SHARED_TEXT = 64

export function buildWordIndex(reports: readonly Report[]): WordIndex {
  const totalWeight = SEARCH_KEYS.reduce((sum, key) => sum + key.weight, 0)
  const keys = SEARCH_KEYS.map((key) => ({
    name: key.name,
    weight: key.weight / totalWeight,
    // Titles and aliases are also names, for the literal tiers.
    named: key.name === 'title' || key.name === 'aliases',
  }))
  // Sizes to start from (they grow when short), as the bench's catalogs need them: about 8 fields
  // and 20 postings a report, and a distinct text of 9 words a report.
  const fields = reports.length * 8 + 16
  const textCount = reports.length + 16

  const vocabulary = new Vocabulary()
  const vocab = vocabulary.words
  // Text ids by value; per id, its field norm and (for titles and aliases) its name.
  const texts = new Map<string, number>()
  const textNorms = new Float64Builder(textCount)
  const textNames: (string | undefined)[] = []
  const textStart = new Uint32Builder(textCount)
  const textWords = new Uint32Builder(textCount * 10)
  // The sole word + 1, 0 for none.
  const textSole = new Uint32Builder(textCount)
  const docFields = new Uint32Array(reports.length + 1)
  const fieldExp = new Float64Builder(fields)
  const fieldText = new Uint32Builder(fields)
  // Per posting: its bucket (word × LEVELS + LEVELS − 1 − level, the counting sort's key) and
  // its report.
  const postBucket = new Uint32Builder(fields * 3)
  const postDoc = new Uint32Builder(fields * 3)
  // Per word: the last report that touched it and the exponent it has gathered there.
  let lastDoc = new Int32Array(1024).fill(-1)
  let gathered = new Float64Array(1024)
  const touched: number[] = []
  const names: string[] = []
  const nameDocs = new Uint32Builder(reports.length * 2)
  const nameLevels = new Uint32Builder(reports.length * 2)
  textStart.push(0)

  function textOf(value: string): number {
    // Long texts (descriptions, notes) rarely repeat: hashing them to find out costs more than
    // it saves. Short ones (tools, kinds, sections, titles) repeat a lot.
    const shared = value.length <= SHARED_TEXT
    let id = shared ? texts.get(value) : undefined
    if (id !== undefined) return id
    // fuse.js skips blank values: they neither match nor count.
    if (!NOT_BLANK.test(value)) {
      if (shared) texts.set(value, BLANK)
      return BLANK
    }
    const { words, sole, norm } = vocabulary.split(value)
    for (const wordId of words) textWords.push(wordId)
    if (vocab.length > lastDoc.length) {
      const more = new Int32Array(vocab.length * 2).fill(-1)
      more.set(lastDoc)
      lastDoc = more
      const sums = new Float64Array(vocab.length * 2)
      sums.set(gathered)
      gathered = sums
    }
    textSole.push(sole + 1)
    textStart.push(textWords.length)
    textNorms.push(norm)
    // Set for titles and aliases when first met as one (kept dense: no holes).
    textNames.push(undefined)
    id = textSole.length - 1
    if (shared) texts.set(value, id)
    return id
  }

  function addField(doc: number, value: string, weight: number, named: boolean): void {
    const text = textOf(value)
    if (text === BLANK) return
    const exponent = weight * (textNorms.array[text] ?? 0)
    fieldExp.push(exponent)
    fieldText.push(text)
    if (named) {
      // Titles repeat (copies, the same chart per region): each text is named once.
      const name = (textNames[text] ??= tierName(value))
      if (name) {
        names.push(name)
        nameDocs.push(doc)
        nameLevels.push(importanceLevel(exponent))
      }
    }
    const end = textStart.array[text + 1] ?? 0
    for (let at = textStart.array[text] ?? 0; at < end; at++) {
      const id = textWords.array[at] ?? 0
      if (lastDoc[id] !== doc) {
        lastDoc[id] = doc
        gathered[id] = 0
        touched.push(id)
      }
      gathered[id] = (gathered[id] ?? 0) + exponent
    }
  }

  for (let doc = 0; doc < reports.length; doc++) {
    const report = reports[doc] as Report
    docFields[doc] = fieldExp.length
    touched.length = 0
    for (const { name, weight, named } of keys) {
      const value: unknown = report[name]
      if (typeof value === 'string') addField(doc, value, weight, named)
      else if (Array.isArray(value)) {
        for (const item of value) if (typeof item === 'string') addField(doc, item, weight, named)
      }
    }
    for (const id of touched) {
      postBucket.push(id * LEVELS + (LEVELS - 1 - importanceLevel(gathered[id] ?? 0)))
      postDoc.push(doc)
    }
  }
  docFields[reports.length] = fieldExp.length

  // Postings grouped by word, highest level first: one counting sort over (word, level).
  const count = postBucket.length
  const postKeys = postBucket.array
  const buckets = new Uint32Array(vocab.length * LEVELS + 1)
  for (let i = 0; i < count; i++) {
    const bucket = (postKeys[i] ?? 0) + 1
    buckets[bucket] = (buckets[bucket] ?? 0) + 1
  }
  for (let b = 1; b < buckets.length; b++) buckets[b] = (buckets[b] ?? 0) + (buckets[b - 1] ?? 0)
  const postStart = new Uint32Array(vocab.length + 1)
  for (let w = 0; w <= vocab.length; w++) postStart[w] = buckets[w * LEVELS] ?? count
  const sortedDocs = new Uint32Array(count)
  const sortedLevels = new Uint8Array(count)
  for (let i = 0; i < count; i++) {
    const bucket = postKeys[i] ?? 0
    const at = buckets[bucket] ?? 0
    buckets[bucket] = at + 1
    sortedDocs[at] = postDoc.array[i] ?? 0
    sortedLevels[at] = LEVELS - 1 - (bucket % LEVELS)
  }

  const unigrams = new Map<number, number[]>()
  const bigrams = new Map<number, number[]>()
  const gapped = new Map<number, number[]>()
  const add = <K>(lists: Map<K, number[]>, key: K, id: number) => {
    const list = lists.get(key)
    if (list === undefined) lists.set(key, [id])
    // Entries are added in id order, so a repeat can only be the last entry.
    else if (list[list.length - 1] !== id) list.push(id)
  }
  vocab.forEach((word, id) => {
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i)
      add(unigrams, c, id)
      if (i + 1 < word.length) add(bigrams, pairKey(c, word.charCodeAt(i + 1)), id)
      if (i + 2 < word.length) add(gapped, pairKey(c, word.charCodeAt(i + 2)), id)
    }
  })

  // Names by their first characters: the reports whose name starts with a query are in one list,
  // the names fuse.js weighs most (a title before an alias, a short name before a long one) first.
  const byLevel = Array.from({ length: LEVELS }, (): number[] => [])
  for (let at = 0; at < names.length; at++) {
    byLevel[LEVELS - 1 - (nameLevels.array[at] ?? 0)]?.push(at)
  }
  const prefixes = [
    new Map<number, number[]>(),
    new Map<number, number[]>(),
    new Map<number, number[]>(),
  ]
  for (const group of byLevel) {
    for (const at of group) {
      const name = names[at] ?? ''
      for (let length = 1; length <= 3 && length <= name.length; length++) {
        const map = prefixes[length - 1] as Map<number, number[]>
        const key = prefixKey(name, length)
        const list = map.get(key)
        if (list === undefined) map.set(key, [at])
        else list.push(at)
      }
    }
  }

  return {
    docCount: reports.length,
    vocab,
    docFields,
    fieldExp: fieldExp.done(),
    fieldText: fieldText.done(),
    textStart: textStart.done(),
    textWords: textWords.done(),
    textSole: minusOne(textSole),
    postStart,
    postDocs: sortedDocs,
    postLevel: sortedLevels,
    unigrams: toTyped(unigrams),
    bigrams: toTyped(bigrams),
    gapped: toTyped(gapped),
    names,
    nameDocs: nameDocs.done(),
    namePrefixes: prefixes.map((map) => toTyped(map)),
  }
}

/**
 * The reports with a name (title or alias) that starts with `name`, and whether one equals it:
 * every report with a name equal to it, and at most `limit` others, those whose name fuse.js
 * weighs most first.
 */
export function reportsNamed(
  index: WordIndex,
  name: string,
  limit: number,
  visit: (doc: number, exact: boolean) => void,
): void {
  if (!name) return
  const length = Math.min(name.length, 3)
  const bucket = index.namePrefixes[length - 1]?.get(prefixKey(name, length))
  if (bucket === undefined) return
  const { names, nameDocs } = index
  let others = 0
  for (const at of bucket) {
    const candidate = names[at] ?? ''
    if (candidate.length === name.length) {
      if (candidate === name) visit(nameDocs[at] ?? 0, true)
    } else if (others < limit && candidate.startsWith(name)) {
      others++
      visit(nameDocs[at] ?? 0, false)
    }
  }
}

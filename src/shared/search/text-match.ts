import type Fuse from 'fuse.js'
import type { FuseResultMatch } from 'fuse.js'
import { mergeMatches } from './match-ranges'
import type { SearchMatch } from './types'
import { splitWords } from './words'

/** How one report matched the words of a query. */
export interface TextMatch {
  /** The report's position in the catalog (and in the index). */
  refIndex: number
  /** The mean of the words' scores, a missing word counting as 1 (no match). */
  score: number
  matches: SearchMatch[]
}

// Each word is a pass over the index; a paragraph pasted into the box must not stall typing.
const MAX_WORDS = 12
const MISSING_WORD_SCORE = 1

/** The words a query is searched by: normalised, without repeats, at most MAX_WORDS. */
export function queryWords(query: string): string[] {
  return [...new Set(splitWords(query).map((word) => word.text))].slice(0, MAX_WORDS)
}

/** fuse.js's result for one word in one report. */
export interface WordResult {
  score: number
  matches: readonly FuseResultMatch[]
}

/**
 * Combines the words' results per report: the mean of the words' scores, a missing word
 * counting as 1; a report with fewer than half of the words is left out. `hits` gives, per
 * report, each word's result by the word's position (undefined: the word did not match).
 */
export function combineWords(
  wordCount: number,
  hits: Iterable<readonly [number, readonly (WordResult | undefined)[]]>,
): TextMatch[] {
  const found: TextMatch[] = []
  for (const [refIndex, results] of hits) {
    let total = 0
    let matched = 0
    const matches: FuseResultMatch[] = []
    for (let i = 0; i < wordCount; i++) {
      const result = results[i]
      if (result !== undefined) {
        matched++
        matches.push(...result.matches)
      }
      total += result?.score ?? MISSING_WORD_SCORE
    }
    if (matched * 2 >= wordCount) {
      found.push({ refIndex, score: total / wordCount, matches: mergeMatches(matches) })
    }
  }
  return found
}

/** One word searched with fuse.js: its result per report (by the index's refIndex). */
export function searchWord<T>(fuse: Fuse<T>, word: string): Map<number, WordResult> {
  const results = new Map<number, WordResult>()
  for (const result of fuse.search(word)) {
    results.set(result.refIndex, {
      score: result.score ?? MISSING_WORD_SCORE,
      matches: result.matches ?? [],
    })
  }
  return results
}

/**
 * Searches each word of the query on its own and averages the words' scores per report.
 *
 * Why word by word: fuse.js matches a pattern as one string, so "single customer batch changes"
 * would be far from "Batch changes — single customer"; and its extended search ANDs words but
 * only within one field, so "amplitude cloud" (tool + title) would find nothing.
 *
 * A report that misses a word still counts, with the worst score for that word, so a stray word
 * ("for", a customer named first) does not empty the list while a report that has every word
 * ranks first. One that has fewer than half of the words is noise and is left out.
 */
export function matchText<T>(fuse: Fuse<T>, query: string): TextMatch[] {
  const words = queryWords(query)
  const hits = new Map<number, (WordResult | undefined)[]>()
  words.forEach((word, i) => {
    for (const [refIndex, result] of searchWord(fuse, word)) {
      let hit = hits.get(refIndex)
      if (hit === undefined) {
        hit = []
        hits.set(refIndex, hit)
      }
      hit[i] = result
    }
  })
  return combineWords(words.length, hits)
}

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
  const words = [...new Set(splitWords(query).map((word) => word.text))].slice(0, MAX_WORDS)
  const hits = new Map<number, { scores: (number | undefined)[]; matches: FuseResultMatch[] }>()
  words.forEach((word, i) => {
    for (const result of fuse.search(word)) {
      let hit = hits.get(result.refIndex)
      if (hit === undefined) {
        hit = { scores: [], matches: [] }
        hits.set(result.refIndex, hit)
      }
      hit.scores[i] = result.score ?? MISSING_WORD_SCORE
      hit.matches.push(...(result.matches ?? []))
    }
  })

  const found: TextMatch[] = []
  for (const [refIndex, { scores, matches }] of hits) {
    let total = 0
    let matched = 0
    for (let i = 0; i < words.length; i++) {
      const score = scores[i]
      if (score !== undefined) matched++
      total += score ?? MISSING_WORD_SCORE
    }
    if (matched * 2 >= words.length) {
      found.push({ refIndex, score: total / words.length, matches: mergeMatches(matches) })
    }
  }
  return found
}

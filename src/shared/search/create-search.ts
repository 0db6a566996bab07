import Fuse from 'fuse.js'
import { takesCustomer } from '../catalog/filters'
import type { Catalog, Customer, Report } from '../catalog/schema'
import { customerFit } from './customer-fit'
import { tierName, foldWord } from './fold'
import { FUSE_OPTIONS } from './fuse-options'
import { matchTrailingCustomer, prepareCustomerNames } from './parse-query'
import { literalTier, personalBoosts, type Personal } from './personal'
import { searchPins } from './pins'
import { selectPool } from './pool'
import { combineWords, queryWords, searchWord, type TextMatch, type WordResult } from './text-match'
import type { Search, SearchResult } from './types'
import { buildWordIndex } from './word-index'
import { matchWord, type WordHits } from './word-match'

const DEFAULT_LIMIT = 10
// A pin is a choice the person made on purpose: it leads among equally good matches.
const PIN_BOOST = 0.1
/**
 * Reports the index stage hands to fuse.js beyond those shown. The index scores as fuse.js does,
 * except for a typo matched across two words ("dauma" in "DAU/MAU"), which only fuse.js sees; the
 * margin lets such a report still be reordered into the list.
 */
const POOL_MARGIN = 5
/**
 * Candidates scored per search at most (see pool.ts), whatever the catalog's size: about a
 * millisecond on the bench machine. Only common words reach it (one or two letters, "by",
 * "revenue" in a finance catalog); their most important postings are taken first.
 */
const CANDIDATE_BUDGET = 2000
/** Query words whose vocabulary matches are kept between keystrokes. */
const WORD_CACHE_SIZE = 64

interface Ranked {
  result: SearchResult
  tier: number
  key: number
  order: number
}

/** Best first: the literal tier, then the score with the person's boosts; ties keep catalog order. */
function rank(found: Ranked[]): SearchResult[] {
  return found
    .sort((a, b) => a.tier - b.tier || a.key - b.key || a.order - b.order)
    .map(({ result }) => result)
}

/** The same report for the same customer is shown once: as the pin, which may carry filters. */
function withoutPinned(results: SearchResult[]): SearchResult[] {
  const pinned = new Set(
    results.filter((r) => r.pin).map((r) => `${r.report.id}\n${r.customer?.name ?? ''}`),
  )
  return results.filter(
    (r) => r.pin !== null || !pinned.has(`${r.report.id}\n${r.customer?.name ?? ''}`),
  )
}

/** A query word: what it matches in the vocabulary, and fuse.js's result per report so far. */
interface Word {
  text: string
  hits: WordHits
  /** By catalog index; null when fuse.js finds the word nowhere in that report. */
  exact: Map<number, WordResult | null>
}

/** What one search call wants from the text stage. */
interface Want {
  /** Reports to rank: the limit, the pins that may replace results, a margin. */
  size: number
  /** The person's boosts, by catalog index: only the reports that have one. */
  boosts: Map<number, number>
}

/**
 * Builds the search over a catalog: the index (see word-index.ts) and the customers' names are
 * prepared here, once, and reused by every call of `search` (one per keystroke). Build a new one
 * when the catalog changes; the person's pins, favourites and usage come with each call instead,
 * since they change with every report opened.
 *
 * A query that ends with a customer's name or alias (see `parseQuery`) searches the words
 * before it, and the results that take a customer carry it; a query that is only a customer
 * lists the reports that take one, single-customer reports first. When the words before the
 * customer find nothing, the whole query is searched as text instead.
 *
 * How a keystroke stays within a frame on a catalog of 50,000 reports: fuse.js alone scans every
 * report for every word (a second and more on the bench machine). Here an index built once
 * (word-index.ts) narrows the catalog to a pool a few reports larger than the list shown, which
 * holds the best matches (pool.ts: query words matched against the vocabulary, typos included;
 * postings within a budget; fuse.js's scoring formula); then fuse.js searches the pool only, word
 * by word (text-match.ts), so the results, their scores and highlights are fuse.js's as before.
 * The work per keystroke is bounded by the budget and the vocabulary, not by the catalog.
 */
export function createSearch(catalog: Catalog): Search {
  const { reports, customers } = catalog
  const index = buildWordIndex(reports)
  const customerNames = prepareCustomerNames(customers)
  const fits: number[] = []
  const refIndexOf = new Map<string, number>()
  const takers: number[] = []
  reports.forEach((report, refIndex) => {
    fits.push(customerFit(report))
    refIndexOf.set(report.id, refIndex)
    if (takesCustomer(report)) takers.push(refIndex)
  })
  // The reports a customer alone lists: single-customer first, then by catalog order.
  takers.sort((a, b) => (fits[a] ?? 0) - (fits[b] ?? 0) || a - b)
  const byId = {
    get: (id: string): Report | undefined => reports[refIndexOf.get(id) ?? -1],
  }

  // Typing changes the last word; the others are looked up again on every keystroke, so what
  // each word matched (in the vocabulary, and per report with fuse.js) is kept for a while.
  const wordCache = new Map<string, Word>()
  function wordFor(text: string): Word {
    let word = wordCache.get(text)
    if (word !== undefined) {
      wordCache.delete(text)
    } else {
      word = { text, hits: matchWord(index, foldWord(text)), exact: new Map() }
      if (wordCache.size >= WORD_CACHE_SIZE) {
        const oldest = wordCache.keys().next()
        if (!oldest.done) wordCache.delete(oldest.value)
      }
    }
    wordCache.set(text, word)
    return word
  }

  /**
   * fuse.js's results for the words over the pool, as `matchText` over the whole catalog would
   * give them for these reports: a report's fuse.js score depends on that report alone, so a
   * small index of the pool gives each pooled report exactly its score and matches.
   */
  function exactResults(pool: readonly number[], words: readonly Word[]): TextMatch[] {
    const missing = pool.filter((doc) => words.some((word) => !word.exact.has(doc)))
    if (missing.length > 0) {
      const fuse = new Fuse(
        missing.map((doc) => reports[doc] as Report),
        FUSE_OPTIONS,
      )
      for (const word of words) {
        if (missing.every((doc) => word.exact.has(doc))) continue
        const found = searchWord(fuse, word.text)
        missing.forEach((doc, i) => {
          if (!word.exact.has(doc)) word.exact.set(doc, found.get(i) ?? null)
        })
      }
    }
    return combineWords(
      words.length,
      pool.map((doc) => [doc, words.map((word) => word.exact.get(doc) ?? undefined)] as const),
    )
  }

  /** `matchText` over the whole catalog, for the reports that can rank among the first `size`. */
  function findText(text: string, customer: Customer | null, want: Want): TextMatch[] {
    const words = queryWords(text).map(wordFor)
    const pool = selectPool(index, {
      words: words.map((word) => word.hits),
      name: tierName(text),
      size: want.size,
      budget: Math.max(CANDIDATE_BUDGET, want.size * 4),
      fits: customer === null ? null : fits,
      boosts: want.boosts,
    })
    return pool.length === 0 ? [] : exactResults(pool, words)
  }

  function entry(
    report: Report,
    refIndex: number,
    customer: Customer | null,
    score: number,
    matches: SearchResult['matches'],
  ) {
    return {
      report,
      customer: customer !== null && takesCustomer(report) ? customer : null,
      score: customer === null ? score : score + (fits[refIndex] ?? 0),
      matches,
      pin: null,
    }
  }

  function reportResults(
    query: string,
    want: Want,
  ): {
    text: string
    results: { refIndex: number; result: SearchResult }[]
  } {
    const { text, customer } = matchTrailingCustomer(query, customerNames)
    if (customer !== null && !text && takers.length > 0) {
      // Nothing was matched, so the score is the customer fit alone: the first takers, and any
      // the person's boosts may lift, are all that can rank.
      const boosted = [...want.boosts.keys()].filter((refIndex) =>
        takesCustomer(reports[refIndex] as Report),
      )
      const shown = new Set([...takers.slice(0, want.size), ...boosted])
      return {
        text,
        results: [...shown].map((refIndex) => ({
          refIndex,
          result: entry(reports[refIndex] as Report, refIndex, customer, 0, []),
        })),
      }
    }
    const resultsOf = (found: TextMatch[], who: Customer | null) =>
      found.flatMap(({ refIndex, score, matches }) => {
        const report = reports[refIndex]
        return report ? [{ refIndex, result: entry(report, refIndex, who, score, matches) }] : []
      })
    if (customer !== null) {
      const found = findText(text, customer, want)
      if (found.length > 0) return { text, results: resultsOf(found, customer) }
    }
    return { text: query, results: resultsOf(findText(query, null, want), null) }
  }

  return {
    search(query, { limit = DEFAULT_LIMIT, personal = {} } = {}) {
      if (!query.trim()) return []
      const boosts = personalBoosts(personal, query)
      const pins = personal.pins ?? []
      const boosted = new Map<number, number>()
      for (const id of boosts.ids) {
        const refIndex = refIndexOf.get(id)
        const amount = boosts.of(id)
        if (refIndex !== undefined && amount > 0) boosted.set(refIndex, amount)
      }
      const want: Want = { size: Math.max(0, limit) + pins.length + POOL_MARGIN, boosts: boosted }
      const { text, results } = reportResults(query, want)
      const ranked: Ranked[] = results.map(({ refIndex, result }) => ({
        result,
        tier: literalTier(text, [result.report.title, ...result.report.aliases]),
        key: result.score - boosts.of(result.report.id),
        order: refIndex,
      }))
      const pinned = searchPins(query, pins, byId, customers)
      pinned.forEach((match, index) => {
        ranked.push({
          result: {
            report: match.report,
            customer: match.customer,
            score: match.score,
            matches: [],
            pin: match.pin,
          },
          tier: literalTier(query, [match.pin.label]),
          key: match.score - boosts.of(match.report.id) - PIN_BOOST,
          order: -pinned.length + index,
        })
      })
      return withoutPinned(rank(ranked)).slice(0, Math.max(0, limit))
    },
  }
}

export type { Personal }

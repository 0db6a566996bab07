import Fuse from 'fuse.js'
import { takesCustomer } from '../catalog/filters'
import type { Catalog, Customer, Report } from '../catalog/schema'
import { customerFit } from './customer-fit'
import { FUSE_OPTIONS } from './fuse-options'
import { matchTrailingCustomer, prepareCustomerNames } from './parse-query'
import { literalTier, personalBoosts, type Personal } from './personal'
import { searchPins } from './pins'
import { matchText } from './text-match'
import type { Search, SearchResult } from './types'

const DEFAULT_LIMIT = 10
// A pin is a choice the person made on purpose: it leads among equally good matches.
const PIN_BOOST = 0.1

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

/**
 * Builds the search over a catalog: the fuse.js index and the customers' names are prepared
 * here, once, and reused by every call of `search` (one per keystroke). Build a new one when
 * the catalog changes; the person's pins, favourites and usage come with each call instead,
 * since they change with every report opened.
 *
 * A query that ends with a customer's name or alias (see `parseQuery`) searches the words
 * before it, and the results that take a customer carry it; a query that is only a customer
 * lists the reports that take one, single-customer reports first. When the words before the
 * customer find nothing, the whole query is searched as text instead.
 */
export function createSearch(catalog: Catalog): Search {
  const { reports, customers } = catalog
  const fuse = new Fuse(reports, FUSE_OPTIONS)
  const customerNames = prepareCustomerNames(customers)
  const fits = reports.map(customerFit)
  const byId = new Map(reports.map((report) => [report.id, report]))

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

  function reportResults(query: string): {
    text: string
    results: { refIndex: number; result: SearchResult }[]
  } {
    const { text, customer } = matchTrailingCustomer(query, customerNames)
    if (customer !== null && !text) {
      // Nothing was matched, so the score is the customer fit alone.
      const taking = reports.flatMap((report, refIndex) =>
        takesCustomer(report)
          ? [{ refIndex, result: entry(report, refIndex, customer, 0, []) }]
          : [],
      )
      if (taking.length > 0) return { text, results: taking }
    }
    if (customer !== null) {
      const found = matchText(fuse, text).flatMap(({ refIndex, score, matches }) => {
        const report = reports[refIndex]
        return report
          ? [{ refIndex, result: entry(report, refIndex, customer, score, matches) }]
          : []
      })
      if (found.length > 0) return { text, results: found }
    }
    const found = matchText(fuse, query).flatMap(({ refIndex, score, matches }) => {
      const report = reports[refIndex]
      return report ? [{ refIndex, result: entry(report, refIndex, null, score, matches) }] : []
    })
    return { text: query, results: found }
  }

  return {
    search(query, { limit = DEFAULT_LIMIT, personal = {} } = {}) {
      if (!query.trim()) return []
      const boost = personalBoosts(personal, query)
      const { text, results } = reportResults(query)
      const ranked: Ranked[] = results.map(({ refIndex, result }) => ({
        result,
        tier: literalTier(text, [result.report.title, ...result.report.aliases]),
        key: result.score - boost(result.report.id),
        order: refIndex,
      }))
      const pins = searchPins(query, personal.pins ?? [], byId, customers)
      pins.forEach((match, index) => {
        ranked.push({
          result: {
            report: match.report,
            customer: match.customer,
            score: match.score,
            matches: [],
            pin: match.pin,
          },
          tier: literalTier(query, [match.pin.label]),
          key: match.score - boost(match.report.id) - PIN_BOOST,
          order: -pins.length + index,
        })
      })
      return withoutPinned(rank(ranked)).slice(0, Math.max(0, limit))
    },
  }
}

export type { Personal }

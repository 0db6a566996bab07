/**
 * The search as it was before the index: fuse.js word by word over the WHOLE catalog (no pool,
 * no budget). It is the yardstick of fidelity: the fast search should return what this returns.
 * Pins and personal boosts are left out; they are the same code in both.
 */
import Fuse from 'fuse.js'
import { takesCustomer } from '../../src/shared/catalog/filters'
import type { Catalog, Customer, Report } from '../../src/shared/catalog/schema'
import { customerFit } from '../../src/shared/search/customer-fit'
import { FUSE_OPTIONS } from '../../src/shared/search/fuse-options'
import { matchTrailingCustomer, prepareCustomerNames } from '../../src/shared/search/parse-query'
import { literalTier } from '../../src/shared/search/personal'
import { matchText } from '../../src/shared/search/text-match'
import type { Search, SearchResult } from '../../src/shared/search/types'

export function createExhaustiveSearch(catalog: Catalog): Search {
  const { reports, customers } = catalog
  const fuse = new Fuse(reports, FUSE_OPTIONS)
  const names = prepareCustomerNames(customers)
  const fits = reports.map(customerFit)

  const entry = (report: Report, refIndex: number, customer: Customer | null, score: number) => ({
    refIndex,
    result: {
      report,
      customer: customer !== null && takesCustomer(report) ? customer : null,
      score: customer === null ? score : score + (fits[refIndex] ?? 0),
      matches: [],
      pin: null,
    } satisfies SearchResult,
  })

  function results(query: string): { text: string; found: ReturnType<typeof entry>[] } {
    const { text, customer } = matchTrailingCustomer(query, names)
    if (customer !== null && !text) {
      const taking = reports.flatMap((report, i) =>
        takesCustomer(report) ? [entry(report, i, customer, 0)] : [],
      )
      if (taking.length > 0) return { text, found: taking }
    }
    const search = (what: string, who: Customer | null) =>
      matchText(fuse, what).flatMap(({ refIndex, score }) => {
        const report = reports[refIndex]
        return report ? [entry(report, refIndex, who, score)] : []
      })
    if (customer !== null) {
      const found = search(text, customer)
      if (found.length > 0) return { text, found }
    }
    return { text: query, found: search(query, null) }
  }

  return {
    search(query, { limit = 10 } = {}) {
      if (!query.trim()) return []
      const { text, found } = results(query)
      return found
        .map(({ refIndex, result }) => ({
          result,
          tier: literalTier(text, [result.report.title, ...result.report.aliases]),
          order: refIndex,
        }))
        .sort((a, b) => a.tier - b.tier || a.result.score - b.result.score || a.order - b.order)
        .slice(0, Math.max(0, limit))
        .map(({ result }) => result)
    },
  }
}

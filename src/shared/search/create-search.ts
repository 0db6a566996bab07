import Fuse from 'fuse.js'
import type { Catalog, Customer } from '../catalog/schema'
import { takesCustomer } from '../catalog/filters'
import { customerFit } from './customer-fit'
import { FUSE_OPTIONS } from './fuse-options'
import { matchTrailingCustomer, prepareCustomerNames } from './parse-query'
import { matchText } from './text-match'
import type { Search, SearchResult } from './types'

const DEFAULT_LIMIT = 10

/** Best first; equal scores keep the catalog's order, which is the order of its source page. */
function rank(found: { refIndex: number; result: SearchResult }[]): SearchResult[] {
  return found
    .sort((a, b) => a.result.score - b.result.score || a.refIndex - b.refIndex)
    .map(({ result }) => result)
}

/**
 * Builds the search over a catalog: the fuse.js index and the customers' names are prepared
 * here, once, and reused by every call of `search` (one per keystroke). Build a new one when
 * the catalog changes.
 *
 * A query that ends with a customer's name or alias (see `parseQuery`) searches the words
 * before it, and the results that take a customer carry it; a query that is only a customer
 * lists the reports that take one, single-customer reports first. When the words before the
 * customer find nothing, the whole query is searched as text instead.
 */
export function createSearch(catalog: Catalog): Search {
  const { reports } = catalog
  const fuse = new Fuse(reports, FUSE_OPTIONS)
  const customerNames = prepareCustomerNames(catalog.customers)
  const fits = reports.map(customerFit)

  function fitFor(refIndex: number): number {
    return fits[refIndex] ?? 0
  }

  function searchText(text: string, customer: Customer | null): SearchResult[] {
    return rank(
      matchText(fuse, text).flatMap(({ refIndex, score, matches }) => {
        const report = reports[refIndex]
        if (report === undefined) return []
        const result: SearchResult = {
          report,
          customer: customer !== null && takesCustomer(report) ? customer : null,
          score: customer === null ? score : score + fitFor(refIndex),
          matches,
        }
        return [{ refIndex, result }]
      }),
    )
  }

  function reportsTaking(customer: Customer): SearchResult[] {
    // Nothing was matched, so the score is the customer fit alone.
    return rank(
      reports.flatMap((report, refIndex) =>
        takesCustomer(report)
          ? [{ refIndex, result: { report, customer, score: fitFor(refIndex), matches: [] } }]
          : [],
      ),
    )
  }

  return {
    search(query, { limit = DEFAULT_LIMIT } = {}) {
      const { text, customer } = matchTrailingCustomer(query, customerNames)
      let results: SearchResult[] = []
      if (customer !== null) results = text ? searchText(text, customer) : reportsTaking(customer)
      if (results.length === 0) results = searchText(query, null)
      return results.slice(0, Math.max(0, limit))
    },
  }
}

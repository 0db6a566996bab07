import type { Catalog, Customer, Report } from '../shared/catalog/schema'
import { findCustomer } from '../shared/catalog/customers'
import { createSearch } from '../shared/search'
import type { Personal } from '../shared/search/personal'
import { findPin } from '../shared/state/operations'
import type { Pin, State } from '../shared/state/schema'
import { CliError } from './io'

export interface ResolvedReport {
  report: Report
  /** The customer the words ended with, or the pin's customer. */
  customer: Customer | null
  /** The pin named by its label, whose filter values apply too. */
  pin: Pin | null
  /** What was searched for, when the report was found by search (ranking learns from it). */
  query: string | null
}

/**
 * The report the words name: an exact id first, then a pin's label (without regard to case),
 * then the best search match, ranked with the person's pins, favourites and usage.
 */
export function resolveReport(
  catalog: Catalog,
  words: readonly string[],
  state: State,
  personal: Personal,
): ResolvedReport {
  const query = words.join(' ').trim()
  const exact = catalog.reports.find((r) => r.id === query)
  if (exact) return { report: exact, customer: null, pin: null, query: null }
  const pin = findPin(state, query)
  const pinned = pin && catalog.reports.find((r) => r.id === pin.report)
  if (pin && pinned) {
    const customer = pin.customer ? findCustomer(catalog.customers, pin.customer) : null
    return { report: pinned, customer, pin, query: null }
  }
  const [best] = createSearch(catalog).search(query, { limit: 1, personal })
  if (!best) throw new CliError(`no report matches "${query}" (try: dashkey search ${query})`)
  return { report: best.report, customer: best.customer, pin: best.pin, query }
}

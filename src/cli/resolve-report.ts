import type { Catalog, Customer, Report } from '../shared/catalog/schema'
import { createSearch } from '../shared/search'
import { CliError } from './io'

export interface ResolvedReport {
  report: Report
  /** The customer the words ended with, if any ("batch changes single chime"). */
  customer: Customer | null
  /** True when the report was found by search rather than named by its id. */
  searched: boolean
}

/** The report named by its exact id, else the best search match for the words. */
export function resolveReport(catalog: Catalog, words: readonly string[]): ResolvedReport {
  const query = words.join(' ').trim()
  const exact = catalog.reports.find((r) => r.id === query)
  if (exact) return { report: exact, customer: null, searched: false }
  const [best] = createSearch(catalog).search(query, { limit: 1 })
  if (!best) throw new CliError(`no report matches "${query}" (try: dashkey search ${query})`)
  return { report: best.report, customer: best.customer, searched: true }
}

import { takesCustomer } from '../../../shared/catalog/filters'
import type { Report } from '../../../shared/catalog/schema'

/** A report made for one customer, which has a filter to put the customer in. */
export function isSingleCustomer(report: Pick<Report, 'scope' | 'filters'>): boolean {
  return report.scope === 'single customer' && takesCustomer(report)
}

/**
 * Whether Enter should first ask for a customer: a single-customer report without one would
 * open on an empty filter.
 */
export function needsCustomer(
  report: Pick<Report, 'scope' | 'filters'>,
  customer: string | null,
): boolean {
  return isSingleCustomer(report) && (customer === null || customer.trim() === '')
}

/**
 * The report's twin (the all-customers one of a single-customer dashboard, and back): the
 * first of its related ids that the catalog holds.
 */
export function twinOf(
  report: Pick<Report, 'related'>,
  byId: ReadonlyMap<string, Report>,
): Report | null {
  for (const id of report.related) {
    const twin = byId.get(id)
    if (twin !== undefined) return twin
  }
  return null
}

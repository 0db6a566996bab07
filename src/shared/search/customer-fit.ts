import { takesCustomer } from '../catalog/filters'
import type { Report } from '../catalog/schema'

/**
 * What is added to a report's score when the query named a customer. A report made for one
 * customer is what such a query most likely wants; an all-customers report that a customer
 * narrows comes next; one that cannot take the customer at all comes last.
 *
 * It is a bounded nudge rather than a sort key on purpose: it reorders matches that are about
 * equally good (the twins "Batch changes — all customers" / "— single customer" tie exactly on
 * text) but it cannot lift a poor match over a clearly better one. On the handbook reports a
 * one-letter typo costs about 0.3 and two extra words in a title about 0.15 ("DAU/MAU" 0.10
 * against "DAU/MAU by customer" 0.27), so 0.1 stays below what a real difference in match costs.
 */
export function customerFit(report: Report): number {
  if (!takesCustomer(report)) return 0.1
  return report.scope === 'single customer' ? 0 : 0.02
}

import { takesCustomer } from '../../../shared/catalog/filters'
import type { Report } from '../../../shared/catalog/schema'

/** What the empty customer field says for a report. */
export function customerPlaceholder(report: Pick<Report, 'scope' | 'filters'>): string {
  if (!takesCustomer(report)) return 'This report takes no customer'
  if (report.scope === 'single customer') return 'Type a customer — this report needs one'
  return 'All customers — type one to narrow'
}

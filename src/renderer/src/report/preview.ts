import { findCustomer } from '../../../shared/catalog/customers'
import type { Customer, Report } from '../../../shared/catalog/schema'
import { buildUrl, type BuildResult } from '../../../shared/url'
import type { OpenValues } from './open-values'

/**
 * The link as main will build it from the same values, for showing only: main resolves the
 * customer the same way (name or alias, an unknown name as typed), rebuilds and checks the URL.
 */
export function previewLink(
  report: Report,
  values: OpenValues,
  customers: readonly Customer[],
): BuildResult {
  return buildUrl(report, {
    customer: values.customer === null ? null : findCustomer(customers, values.customer),
    set: values.set,
    expr: values.expr,
  })
}

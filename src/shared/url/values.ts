import type { Report } from '../catalog/schema'
import { takesCustomer } from '../catalog/filters'
import { listName, quote } from './show'
import type { FilterValues } from './types'

/** The `--customer does not apply` wording is the CLI's; the app shows the same message. */
function noCustomerFilter(report: Report): string {
  return `${quote(report.title)} has no customer filter; --customer does not apply`
}

function givenKeys(values: FilterValues): string[] {
  return [...Object.keys(values.set ?? {}), ...Object.keys(values.expr ?? {})]
}

function unknownFilter(report: Report, key: string): string {
  const names = report.filters.map((filter) => filter.name)
  // " Week" typed as "week" is the likely slip: the leading space is invisible in a link.
  const near = names.filter((name) => name.trim().toLowerCase() === key.trim().toLowerCase())
  const hint = near.length === 1 && near[0] !== undefined ? `; did you mean ${quote(near[0])}?` : ''
  return `${quote(report.title)} has no filter ${quote(key)}; its filters are: ${names.map(listName).join(', ')}${hint}`
}

/**
 * Why these values cannot fill a report that opens as stored (Amplitude, or no filters), if so.
 * Dropping them silently would open a dashboard the person believes is filtered.
 */
export function staticValuesError(report: Report, values: FilterValues): string | undefined {
  const reason = report.tool === 'amplitude' ? ' (Amplitude links open as stored)' : ''
  if (givenKeys(values).length > 0) return `${quote(report.title)} takes no filters${reason}`
  if (values.customer) {
    return report.tool === 'amplitude'
      ? `${quote(report.title)} takes no customer${reason}; --customer does not apply`
      : noCustomerFilter(report)
  }
  return undefined
}

/** Why these values cannot fill this report's filters, if so: unknown filter, misplaced customer. */
export function valuesError(report: Report, values: FilterValues): string | undefined {
  const names = new Set(report.filters.map((filter) => filter.name))
  const unknown = givenKeys(values).find((key) => !names.has(key))
  if (unknown !== undefined) return unknownFilter(report, unknown)
  if (values.customer && !takesCustomer(report)) {
    return noCustomerFilter(report)
  }
  return undefined
}

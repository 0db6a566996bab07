import type { Filter, Report } from './schema'

/**
 * The query parameter a filter writes: `f[view.field]` where the catalog names the field (Looks
 * and Explores), otherwise the filter's name exactly, leading spaces included (`" Week"`).
 */
export function filterParameter(filter: Pick<Filter, 'name' | 'field'>): string {
  return filter.field === undefined ? filter.name : `f[${filter.field}]`
}

/** Whether a report has a filter that takes the customer. */
export function takesCustomer(report: Pick<Report, 'filters'>): boolean {
  return report.filters.some((filter) => filter.customer !== undefined)
}

/**
 * Why a list of filters is ambiguous, per offending index: two filters with one name, or on one
 * URL parameter, would make a value's destination a guess.
 */
export function ambiguousFilters(filters: readonly Filter[]): { index: number; message: string }[] {
  const names = new Set<string>()
  const parameters = new Map<string, string>()
  const found: { index: number; message: string }[] = []
  filters.forEach((filter, index) => {
    const parameter = filterParameter(filter)
    const other = parameters.get(parameter)
    if (names.has(filter.name)) {
      found.push({ index, message: `a second filter named "${filter.name}"` })
    } else if (other !== undefined) {
      found.push({
        index,
        message: `a second filter for the URL parameter "${parameter}" (the other is "${other}")`,
      })
    }
    names.add(filter.name)
    parameters.set(parameter, filter.name)
  })
  return found
}

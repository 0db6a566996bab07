import type { Filter, Report } from '../../../shared/catalog/schema'

/**
 * The filters a person sets in the filters panel: every filter but those the customer fills
 * (the customer field does). Amplitude links open as stored, so they have none.
 */
export function editableFilters(report: Pick<Report, 'tool' | 'filters'>): Filter[] {
  if (report.tool === 'amplitude') return []
  return report.filters.filter((filter) => filter.customer === undefined)
}

/** A filter's name as a label: `" Week"` is stored with its leading space, shown as "Week". */
export function filterLabel(filter: Pick<Filter, 'name'>): string {
  return filter.name.trim() || filter.name
}

import { takesCustomer } from '../../../shared/catalog/filters'
import { findCustomer } from '../../../shared/catalog/customers'
import type { Customer, Report } from '../../../shared/catalog/schema'
import type { SearchResult } from '../../../shared/search'
import type { State } from '../../../shared/state/schema'

/** The sections of the empty box, in the order they show. */
export type Group = 'pinned' | 'favourites' | 'recent'

export const GROUP_LABELS: Readonly<Record<Group, string>> = {
  pinned: 'Pinned',
  favourites: 'Favourites',
  recent: 'Recent',
}

/** Recent reports the empty box lists at most. */
export const RECENT_LIMIT = 8

/**
 * One row of the Reports list: a search result, or an item of the empty box (a pin, a
 * favourite, a recent report) in the same shape, so that Enter, the customer field, the filters
 * and the keys work on both alike.
 */
export interface Row extends SearchResult {
  /** Unique in its list: the selection follows it while the list changes under it. */
  key: string
  /** The empty box's section; null for a search result. */
  group: Group | null
}

/**
 * Whose filter edits a row uses: a pin keeps its own (they start from its values), any other
 * row those of its report, so a report keeps its edits from one search to the next.
 */
export function editKeyOf(result: Pick<SearchResult, 'report' | 'pin'>): string {
  return result.pin === null ? result.report.id : `pin:${result.pin.label.toLowerCase()}`
}

/** The search results as rows. */
export function searchRows(results: readonly SearchResult[]): Row[] {
  return results.map((result) => ({ ...result, key: editKeyOf(result), group: null }))
}

function row(
  group: Group,
  key: string,
  report: Report,
  customer: Customer | null,
  pin: SearchResult['pin'],
): Row {
  return { key: `${group}:${key}`, group, report, customer, score: 0, matches: [], pin }
}

/**
 * What the empty box lists: the pins in the person's order, then the favourite reports in
 * theirs, then the recent reports (with the customer they were opened for), newest first.
 * Reports the catalog no longer holds are left out.
 */
export function homeRows(
  state: Pick<State, 'pins' | 'favouriteReports' | 'recents'> | null,
  byId: ReadonlyMap<string, Report>,
  customers: readonly Customer[],
  recentLimit = RECENT_LIMIT,
): Row[] {
  if (state === null) return []
  const customerFor = (report: Report, name: string | null) =>
    name === null || !takesCustomer(report) ? null : findCustomer(customers, name)
  const pinned = state.pins.flatMap((pin) => {
    const report = byId.get(pin.report)
    return report === undefined
      ? []
      : [row('pinned', pin.label.toLowerCase(), report, customerFor(report, pin.customer), pin)]
  })
  const favourites = [...new Set(state.favouriteReports)].flatMap((id) => {
    const report = byId.get(id)
    return report === undefined ? [] : [row('favourites', id, report, null, null)]
  })
  const seen = new Set<string>()
  const recent = state.recents
    .flatMap((entry) => {
      const report = byId.get(entry.report)
      if (report === undefined) return []
      const customer = customerFor(report, entry.customer)
      const key = `${report.id}\n${customer?.name.toLowerCase() ?? ''}`
      if (seen.has(key)) return []
      seen.add(key)
      return [row('recent', key, report, customer, null)]
    })
    .slice(0, Math.max(0, recentLimit))
  return [...pinned, ...favourites, ...recent]
}

/** The rows split where their section changes, for the list's group headings. */
export function groupRows(
  rows: readonly Row[],
): { group: Group | null; rows: { row: Row; index: number }[] }[] {
  const groups: { group: Group | null; rows: { row: Row; index: number }[] }[] = []
  rows.forEach((item, index) => {
    const last = groups.at(-1)
    if (last !== undefined && last.group === item.group) last.rows.push({ row: item, index })
    else groups.push({ group: item.group, rows: [{ row: item, index }] })
  })
  return groups
}

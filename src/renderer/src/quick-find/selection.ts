import { takesCustomer } from '../../../shared/catalog/filters'
import type { Customer, Filter, Report } from '../../../shared/catalog/schema'
import type { OpenRequest } from '../../../shared/ipc'
import type { SearchResult } from '../../../shared/search'
import type { BuildResult } from '../../../shared/url'
import { own } from '../../../shared/url/own'
import { matchCustomers } from '../customers/match-customers'
import { editableFilters } from '../report/editable-filters'
import { editOf, isEdited, type FilterEdits } from '../report/filter-edits'
import { openRequest } from '../report/open-values'
import { previewLink } from '../report/preview'
import { twinOf } from '../report/report-rules'
import type { CustomerInput, QuickFindState } from './state'

/** The index of the selected report in the results: the chosen one while listed, else the first. */
export function selectedIndex(
  results: readonly Pick<SearchResult, 'report'>[],
  id: string | null,
): number {
  if (results.length === 0) return -1
  const found = id === null ? -1 : results.findIndex((result) => result.report.id === id)
  return found === -1 ? 0 : found
}

/**
 * The customer the person chose in the customer field: the highlighted suggestion, else the
 * text as typed (a new name works), null when emptied; undefined while the field is untouched
 * and the results' own customer (from the query) applies.
 */
export function chosenCustomer(
  input: CustomerInput,
  suggestions: readonly Customer[],
): string | null | undefined {
  if (input.text === null) return undefined
  const active = suggestions[input.active]
  if (active !== undefined) return active.name
  const typed = input.text.trim()
  return typed === '' ? null : typed
}

/** The customer a result opens with: none when it takes none, else the chosen or the query's. */
export function customerOf(
  result: Pick<SearchResult, 'report' | 'customer'>,
  chosen: string | null | undefined,
): string | null {
  if (!takesCustomer(result.report)) return null
  return chosen === undefined ? (result.customer?.name ?? null) : chosen
}

/** Everything the window shows and sends for the selected report, derived from the state. */
export interface Selection {
  index: number
  result: SearchResult | undefined
  /** The text the customer field shows: as typed, else the customer the query named. */
  shownCustomer: string
  suggestions: Customer[]
  /** See {@link chosenCustomer}. */
  chosen: string | null | undefined
  customerFor: (result: Pick<SearchResult, 'report' | 'customer'>) => string | null
  requestFor: (
    result: Pick<SearchResult, 'report' | 'customer'>,
    customer?: string | null,
  ) => OpenRequest
  link: BuildResult | null
  twin: Report | null
  filters: Filter[]
  edits: FilterEdits | undefined
  editedCount: number
}

export function selectionOf(
  state: QuickFindState,
  results: readonly SearchResult[],
  byId: ReadonlyMap<string, Report>,
  customers: readonly Customer[],
): Selection {
  const index = selectedIndex(results, state.selectedId)
  const result = results[index]
  const shownCustomer =
    result !== undefined && takesCustomer(result.report)
      ? (state.customer.text ?? result.customer?.name ?? '')
      : ''
  const suggestions = matchCustomers(customers, shownCustomer)
  const chosen = chosenCustomer(state.customer, suggestions)
  const customerFor: Selection['customerFor'] = (r) => customerOf(r, chosen)
  const requestFor: Selection['requestFor'] = (r, customer = customerFor(r)) =>
    openRequest(r.report, customer, own(state.edits, r.report.id))
  const edits = result === undefined ? undefined : own(state.edits, result.report.id)
  const filters = result === undefined ? [] : editableFilters(result.report)
  return {
    index,
    result,
    shownCustomer,
    suggestions,
    chosen,
    customerFor,
    requestFor,
    link:
      result === undefined
        ? null
        : previewLink(result.report, requestFor(result).values, customers),
    twin: result === undefined ? null : twinOf(result.report, byId),
    filters,
    edits,
    editedCount: filters.filter((filter) => isEdited(filter, editOf(filter, edits))).length,
  }
}

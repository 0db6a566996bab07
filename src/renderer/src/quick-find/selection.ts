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
import { pinEdits, pinValues } from '../report/pin-values'
import { previewLink } from '../report/preview'
import { twinOf } from '../report/report-rules'
import { editKeyOf, type Row } from './rows'
import type { CustomerInput, QuickFindState } from './state'

/** The index of the selected row: the chosen one while listed, else the first. */
export function selectedIndex(rows: readonly Pick<Row, 'key'>[], key: string | null): number {
  if (rows.length === 0) return -1
  const found = key === null ? -1 : rows.findIndex((row) => row.key === key)
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

type Opened = Pick<SearchResult, 'report' | 'customer' | 'pin'>

/**
 * The request that opens a row: its report with the customer and the filter edits; a pin with
 * its own values under those edits.
 */
export function requestOf(
  row: Opened,
  customer: string | null,
  edits: QuickFindState['edits'],
): OpenRequest {
  const mine = own(edits, editKeyOf(row))
  if (row.pin === null) return openRequest(row.report, customer, mine)
  return { reportId: row.report.id, values: pinValues(row.pin, row.report, customer, mine) }
}

/** Everything the window shows and sends for the selected row, derived from the state. */
export interface Selection {
  index: number
  result: Row | undefined
  /** The text the customer field shows: as typed, else the customer the query named. */
  shownCustomer: string
  suggestions: Customer[]
  /** See {@link chosenCustomer}. */
  chosen: string | null | undefined
  customerFor: (result: Pick<SearchResult, 'report' | 'customer'>) => string | null
  requestFor: (result: Opened, customer?: string | null) => OpenRequest
  link: BuildResult | null
  twin: Report | null
  filters: Filter[]
  /** The edits the filters panel shows: the person's, over a pin's own values. */
  edits: FilterEdits | undefined
  editedCount: number
}

export function selectionOf(
  state: QuickFindState,
  rows: readonly Row[],
  byId: ReadonlyMap<string, Report>,
  customers: readonly Customer[],
): Selection {
  const index = selectedIndex(rows, state.selectedKey)
  const result = rows[index]
  const shownCustomer =
    result !== undefined && takesCustomer(result.report)
      ? (state.customer.text ?? result.customer?.name ?? '')
      : ''
  const suggestions = matchCustomers(customers, shownCustomer)
  const chosen = chosenCustomer(state.customer, suggestions)
  const customerFor: Selection['customerFor'] = (r) => customerOf(r, chosen)
  const requestFor: Selection['requestFor'] = (r, customer = customerFor(r)) =>
    requestOf(r, customer, state.edits)
  const mine = result === undefined ? undefined : own(state.edits, editKeyOf(result))
  const edits = result?.pin ? { ...pinEdits(result.pin, result.report), ...mine } : mine
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

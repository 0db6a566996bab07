import { takesCustomer } from '../../../shared/catalog/filters'
import type { Report } from '../../../shared/catalog/schema'
import type { OpenRequest } from '../../../shared/ipc'
import { editableFilters } from './editable-filters'
import { editOf, isEdited, type FilterEdits } from './filter-edits'

export type OpenValues = OpenRequest['values']

/**
 * The values the window sends with openReport and copyLink: the customer by name (only to a
 * report that takes one: main refuses it otherwise), and each filter the person changed, as a
 * literal value (`set`) or, in expression mode, as a Looker expression (`expr`). An emptied
 * field sends an empty value, which is Looker's "any value".
 */
export function openValues(
  report: Pick<Report, 'tool' | 'filters'>,
  customer: string | null,
  edits: FilterEdits | undefined,
): OpenValues {
  const name = customer?.trim() ?? ''
  const set: [string, string[]][] = []
  const expr: [string, string][] = []
  for (const filter of editableFilters(report)) {
    const edit = editOf(filter, edits)
    if (!isEdited(filter, edit)) continue
    if (edit.expression) expr.push([filter.name, edit.text])
    else set.push([filter.name, [edit.text]])
  }
  return {
    customer: name !== '' && takesCustomer(report) ? name : null,
    set: Object.fromEntries(set),
    expr: Object.fromEntries(expr),
  }
}

/** The request for a report: its id and the values. */
export function openRequest(
  report: Pick<Report, 'id' | 'tool' | 'filters'>,
  customer: string | null,
  edits: FilterEdits | undefined,
): OpenRequest {
  return { reportId: report.id, values: openValues(report, customer, edits) }
}

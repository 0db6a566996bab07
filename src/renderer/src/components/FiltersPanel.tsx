import type { Ref } from 'react'
import type { Report } from '../../../shared/catalog/schema'
import { editableFilters } from '../report/editable-filters'
import { editOf, isEdited, type FilterEdit, type FilterEdits } from '../report/filter-edits'
import { FilterRow } from './FilterRow'

interface Props {
  panelRef: Ref<HTMLElement>
  report: Report
  edits: FilterEdits | undefined
  onEdit: (name: string, edit: FilterEdit) => void
}

function emptyReason(report: Report): string {
  if (report.tool === 'amplitude')
    return 'Amplitude links open as stored: there are no filters to set.'
  if (report.filters.length > 0)
    return 'Its only filters take the customer: use the customer field.'
  return 'This report has no filters to set.'
}

/** The selected report's filters other than the customer's, opened with Alt+F or →. */
export function FiltersPanel({ panelRef, report, edits, onEdit }: Props) {
  const filters = editableFilters(report)
  return (
    <section ref={panelRef} className="filters" aria-label="Filters">
      <h2>
        Filters <span className="filters-of">{report.title}</span>
      </h2>
      {filters.length === 0 ? (
        <p className="filters-empty">{emptyReason(report)}</p>
      ) : (
        filters.map((filter, index) => {
          const edit = editOf(filter, edits)
          return (
            <FilterRow
              key={filter.name}
              filter={filter}
              edit={edit}
              edited={isEdited(filter, edit)}
              autoFocus={index === 0}
              onChange={(next) => onEdit(filter.name, next)}
            />
          )
        })
      )}
      <p className="filters-hint">Enter opens · Esc closes · empty means any value</p>
    </section>
  )
}

import type { ReactNode } from 'react'
import type { Report } from '../../../shared/catalog/schema'

interface Props {
  /** The customer field. */
  children: ReactNode
  filterCount: number
  editedCount: number
  filtersOpen: boolean
  onToggleFilters: () => void
  twin: Report | null
}

/** Under the results: the selected report's customer, its filters button and its twin. */
export function SelectionBar(props: Props) {
  const { children, filterCount, editedCount, filtersOpen, onToggleFilters, twin } = props
  return (
    <div className="selection-bar">
      {children}
      <button
        type="button"
        className="filters-button"
        aria-expanded={filtersOpen}
        aria-keyshortcuts="Alt+F"
        onClick={onToggleFilters}
      >
        Filters{filterCount > 0 ? ` (${filterCount})` : ''}
        {editedCount > 0 && <span className="edited"> · {editedCount} changed</span>}
      </button>
      {twin !== null && (
        <p className="twin">
          Twin: <span className="twin-title">{twin.title}</span>
        </p>
      )}
    </div>
  )
}

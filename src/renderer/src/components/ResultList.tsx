import { Fragment, useEffect, useId, useRef } from 'react'
import type { SearchResult } from '../../../shared/search'
import { GROUP_LABELS, groupRows, type Row } from '../quick-find/rows'
import { ResultOption } from './ResultOption'

interface Props {
  id: string
  rows: readonly Row[]
  selectedIndex: number
  optionId: (index: number) => string
  customerFor: (result: SearchResult) => string | null
  /** The ids of the person's favourite reports. */
  favourites: ReadonlySet<string>
  expanded: boolean
  /** The rows answer an older query; a newer answer is on its way. */
  stale: boolean
  onPick: (index: number) => void
}

/**
 * The Reports list box: the search results, or in the empty box the pins, favourites and recent
 * reports under their headings (option groups). The search box keeps the focus and points at
 * the selected row with aria-activedescendant. Every row is rendered: a later issue swaps in a
 * virtualised list behind the same props.
 */
export function ResultList(props: Props) {
  const { id, rows, selectedIndex, optionId, customerFor, favourites, expanded, stale, onPick } =
    props
  const list = useRef<HTMLUListElement>(null)
  const headingId = useId()

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' })
  }, [selectedIndex, rows])

  const option = (row: Row, index: number) => (
    <ResultOption
      key={row.key}
      id={optionId(index)}
      result={row}
      customer={customerFor(row)}
      favourite={favourites.has(row.report.id)}
      selected={index === selectedIndex}
      onPick={() => onPick(index)}
    />
  )

  return (
    <ul
      ref={list}
      id={id}
      role="listbox"
      aria-label="Reports"
      aria-busy={stale}
      className="results"
      hidden={!expanded}
    >
      {groupRows(rows).map(({ group, rows: members }) =>
        group === null ? (
          <Fragment key={`rows-${members[0]?.index ?? 0}`}>
            {members.map(({ row, index }) => option(row, index))}
          </Fragment>
        ) : (
          // The list item is only the group's place in the list; the group is the div.
          <li key={group} role="none" className="result-group">
            <div role="group" aria-labelledby={`${headingId}-${group}`}>
              <div id={`${headingId}-${group}`} role="presentation" className="group-heading">
                {GROUP_LABELS[group]}
              </div>
              <ul role="none" className="group-options">
                {members.map(({ row, index }) => option(row, index))}
              </ul>
            </div>
          </li>
        ),
      )}
    </ul>
  )
}

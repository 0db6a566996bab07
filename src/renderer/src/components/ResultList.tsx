import { Fragment, useCallback, useEffect, useId, useLayoutEffect, useRef } from 'react'
import type { SearchResult } from '../../../shared/search'
import { GROUP_LABELS, groupRows, type Row } from '../quick-find/rows'
import { ResultOption } from './ResultOption'
import { VirtualOptions, type RowPlace } from './VirtualOptions'

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
  /** Called when the list is scrolled near its end and more rows can be had; null: no more. */
  onNearEnd: (() => void) | null
  onPick: (index: number) => void
}

/**
 * The Reports list box: the search results, or in the empty box the pins, favourites and recent
 * reports under their headings (option groups). The search box keeps the focus and points at
 * the selected row with aria-activedescendant. Search results are virtualised (only the rows in
 * view and the selected one are in the page); the empty box's few grouped rows are not.
 */
export function ResultList(props: Props) {
  const { id, rows, selectedIndex, optionId, customerFor, favourites, expanded, stale } = props
  const { onNearEnd, onPick } = props
  const list = useRef<HTMLUListElement>(null)
  const headingId = useId()
  const grouped = rows.some((row) => row.group !== null)
  const keyOf = useCallback((index: number) => rows[index]?.key ?? index, [rows])
  // The rows get one stable callback, so those whose props are unchanged skip rendering.
  const latestPick = useRef(onPick)
  useLayoutEffect(() => {
    latestPick.current = onPick
  })
  const pick = useCallback((index: number) => latestPick.current(index), [])

  useEffect(() => {
    if (!grouped) return // VirtualOptions scrolls to the selection itself.
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' })
  }, [grouped, selectedIndex, rows])

  const option = (row: Row, index: number, place?: RowPlace) => (
    <ResultOption
      key={row.key}
      id={optionId(index)}
      result={row}
      customer={customerFor(row)}
      favourite={favourites.has(row.report.id)}
      selected={index === selectedIndex}
      index={index}
      onPick={pick}
      {...(place && {
        virtual: { setSize: rows.length, start: place.start },
      })}
    />
  )

  return (
    <ul
      ref={list}
      id={id}
      role="listbox"
      aria-label="Reports"
      aria-busy={stale}
      className={grouped ? 'results' : 'results virtual'}
      hidden={!expanded}
    >
      {!grouped ? (
        <VirtualOptions
          scrollRef={list}
          count={rows.length}
          selectedIndex={selectedIndex}
          keyOf={keyOf}
          onNearEnd={onNearEnd}
        >
          {(index, place) => {
            const row = rows[index]
            return row === undefined ? null : option(row, index, place)
          }}
        </VirtualOptions>
      ) : (
        groupRows(rows).map(({ group, rows: members }) =>
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
        )
      )}
    </ul>
  )
}

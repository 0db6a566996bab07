import { useEffect, useRef } from 'react'
import type { SearchResult } from '../../../shared/search'
import { ResultOption } from './ResultOption'

interface Props {
  id: string
  results: readonly SearchResult[]
  selectedIndex: number
  optionId: (index: number) => string
  customerFor: (result: SearchResult) => string | null
  expanded: boolean
  /** The rows answer an older query; a newer answer is on its way. */
  stale: boolean
  onPick: (index: number) => void
}

/**
 * The results list box. The search box keeps the focus and points at the selected row with
 * aria-activedescendant. Every row is rendered: a later issue swaps in a virtualised list
 * behind the same props.
 */
export function ResultList(props: Props) {
  const { id, results, selectedIndex, optionId, customerFor, expanded, stale, onPick } = props
  const list = useRef<HTMLUListElement>(null)

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' })
  }, [selectedIndex, results])

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
      {results.map((result, index) => (
        <ResultOption
          key={result.report.id}
          id={optionId(index)}
          result={result}
          customer={customerFor(result)}
          selected={index === selectedIndex}
          onPick={() => onPick(index)}
        />
      ))}
    </ul>
  )
}

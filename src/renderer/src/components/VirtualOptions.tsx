import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, type ReactNode, type RefObject } from 'react'
import { withSelected } from '../quick-find/virtual-range'

/** A result row's height in px (two lines, see .result in styles.css); rows are measured too. */
export const ROW_HEIGHT = 45
const OVERSCAN = 4

/** Where a virtual row goes: its offset in the list box and the ref that measures it. */
export interface RowPlace {
  start: number
  measure: (node: Element | null) => void
}

interface Props {
  scrollRef: RefObject<HTMLUListElement | null>
  count: number
  selectedIndex: number
  keyOf: (index: number) => string | number
  children: (index: number, place: RowPlace) => ReactNode
}

/**
 * The options of a long list box, virtualised: only the rows in view (plus overscan) and the
 * selected row are in the page, placed over a spacer the height of the whole list. The list box
 * itself is the scroll container; moving the selection scrolls it into view.
 */
export function VirtualOptions({ scrollRef, count, selectedIndex, keyOf, children }: Props) {
  const rangeExtractor = useCallback(
    (range: Parameters<typeof defaultRangeExtractor>[0]) =>
      withSelected(defaultRangeExtractor(range), selectedIndex, count),
    [selectedIndex, count],
  )
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders us itself
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: keyOf,
    overscan: OVERSCAN,
    rangeExtractor,
  })

  useEffect(() => {
    if (selectedIndex >= 0 && selectedIndex < count) {
      virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
    }
  }, [virtualizer, selectedIndex, count, keyOf])

  return (
    <>
      <li
        role="none"
        aria-hidden="true"
        className="results-spacer"
        style={{ height: virtualizer.getTotalSize() }}
      />
      {virtualizer.getVirtualItems().map((item) =>
        children(item.index, {
          start: item.start,
          measure: virtualizer.measureElement,
        }),
      )}
    </>
  )
}

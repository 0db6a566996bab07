import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, type ReactNode, type RefObject } from 'react'
import { withSelected } from '../quick-find/virtual-range'

/**
 * A result row's height in px: two lines, and fixed in styles.css (`.results.virtual .result`).
 * Rows are not measured: reading a row's height forces a layout in the middle of a keystroke's
 * render, about a millisecond and a half each time in the bench.
 */
export const ROW_HEIGHT = 45
/** Rows rendered beyond those in view: every one is rendered again on every keystroke. */
const OVERSCAN = 2

/** Where a virtual row goes: its offset in the list box. */
export interface RowPlace {
  start: number
}

interface Props {
  scrollRef: RefObject<HTMLUListElement | null>
  count: number
  selectedIndex: number
  keyOf: (index: number) => string | number
  /** See ResultList. */
  onNearEnd: (() => void) | null
  children: (index: number, place: RowPlace) => ReactNode
}

/**
 * The options of a long list box, virtualised: only the rows in view (plus overscan) and the
 * selected row are in the page, placed over a spacer the height of the whole list. The list box
 * itself is the scroll container; moving the selection scrolls it into view.
 */
export function VirtualOptions(props: Props) {
  const { scrollRef, count, selectedIndex, keyOf, onNearEnd, children } = props
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
    if (selectedIndex < 0 || selectedIndex >= count) return
    // New results select the first row: back to the top. Reading or setting a scroll position
    // forces a layout in the middle of the keystroke (a millisecond or two), so the list is
    // scrolled only when the virtualizer saw it scrolled, which typing never does.
    if (selectedIndex > 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
    else if ((virtualizer.scrollOffset ?? 0) > 0 && scrollRef.current !== null) {
      scrollRef.current.scrollTop = 0
    }
  }, [virtualizer, scrollRef, selectedIndex, count, keyOf])

  useEffect(() => {
    const list = scrollRef.current
    if (onNearEnd === null || list === null) return
    // Scrolling is the person's doing, never a keystroke's: reading the layout here costs no one.
    const onScroll = () => {
      if (list.scrollTop + list.clientHeight >= list.scrollHeight - 2 * ROW_HEIGHT) onNearEnd()
    }
    list.addEventListener('scroll', onScroll, { passive: true })
    return () => list.removeEventListener('scroll', onScroll)
  }, [scrollRef, onNearEnd])

  return (
    <>
      <li
        role="none"
        aria-hidden="true"
        className="results-spacer"
        style={{ height: virtualizer.getTotalSize() }}
      />
      {virtualizer.getVirtualItems().map((item) => children(item.index, { start: item.start }))}
    </>
  )
}

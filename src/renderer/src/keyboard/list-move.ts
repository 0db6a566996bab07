/** A move in a list by keyboard. */
export type ListMove = 'next' | 'previous' | 'pageDown' | 'pageUp' | 'first' | 'last'

/** How many rows PageUp and PageDown move. */
export const PAGE_SIZE = 5

export interface MoveOptions {
  /** -1 when the list may have no selection (the customer suggestions: back to what was typed). */
  min?: 0 | -1
  page?: number
}

/**
 * The index after a move in a list of `count` rows, clamped to the list (no wrapping, as in a
 * native list box). An empty list has no selection (-1).
 */
export function moveIndex(
  current: number,
  count: number,
  move: ListMove,
  { min = 0, page = PAGE_SIZE }: MoveOptions = {},
): number {
  if (count <= 0) return -1
  const last = count - 1
  const target = {
    next: current + 1,
    previous: current - 1,
    pageDown: current + page,
    pageUp: current - page,
    first: 0,
    last,
  }[move]
  return Math.min(last, Math.max(min, target))
}

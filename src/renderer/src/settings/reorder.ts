/** `list` with the item at `index` moved by `delta` places, or null when it cannot move. */
export function moved<T>(list: readonly T[], index: number, delta: -1 | 1): T[] | null {
  const target = index + delta
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return null
  const next = [...list]
  const [item] = next.splice(index, 1)
  if (item === undefined) return null
  next.splice(target, 0, item)
  return next
}

/** Alt+↑ / Alt+↓ on a row: the move it asks for, or null. */
export function rowMove(event: {
  key: string
  altKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
}): -1 | 1 | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null
  if (event.key === 'ArrowUp') return -1
  if (event.key === 'ArrowDown') return 1
  return null
}

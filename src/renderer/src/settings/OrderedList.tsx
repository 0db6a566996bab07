import { useLayoutEffect, useRef, type ReactNode } from 'react'
import { rowMove } from './reorder'

export interface OrderedItem {
  key: string
  /** The item's name in the buttons' names: "Move up: Server instances". */
  name: string
  content: ReactNode
  /** More controls of the row, before the move and remove buttons. */
  controls?: ReactNode
}

interface Props {
  label: string
  items: readonly OrderedItem[]
  empty: string
  onMove: (index: number, delta: -1 | 1) => void
  onRemove: (index: number) => void
}

type Action = 'up' | 'down' | 'remove'

/**
 * A list the person orders: Move up / Move down / Remove on every row, and Alt+↑ / Alt+↓ on a
 * focused row. The focus follows the moved row.
 */
export function OrderedList({ label, items, empty, onMove, onRemove }: Props) {
  const list = useRef<HTMLUListElement>(null)
  const emptyNote = useRef<HTMLParagraphElement>(null)
  // Where the focus goes once the list has changed: the moved row, or after a removal the next
  // row (the empty note when none is left), so the keyboard never drops to the page.
  const refocus = useRef<{ key: string | null; action: Action } | null>(null)

  // The rows' order: the focus moves once it has changed, not on any other render.
  const order = items.map((item) => item.key).join('\n')

  useLayoutEffect(() => {
    const wanted = refocus.current
    if (wanted === null) return
    if (wanted.key === null) {
      emptyNote.current?.focus()
      refocus.current = null
      return
    }
    const root = list.current
    if (root === null) return
    const row = [...root.querySelectorAll<HTMLElement>('li[data-key]')].find(
      (li) => li.dataset.key === wanted.key,
    )
    if (row === undefined) return
    const button = (action: Action) =>
      row.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)
    const first = button(wanted.action)
    const target = first && !first.disabled ? first : button(wanted.action === 'up' ? 'down' : 'up')
    target?.focus()
    refocus.current = null
  }, [order])

  function move(index: number, delta: -1 | 1) {
    const item = items[index]
    if (item === undefined || index + delta < 0 || index + delta >= items.length) return
    refocus.current = { key: item.key, action: delta < 0 ? 'up' : 'down' }
    onMove(index, delta)
  }

  function remove(index: number) {
    const neighbour = items[index + 1] ?? items[index - 1]
    refocus.current = { key: neighbour?.key ?? null, action: 'remove' }
    onRemove(index)
  }

  if (items.length === 0) {
    return (
      <p ref={emptyNote} className="empty" tabIndex={-1}>
        {empty}
      </p>
    )
  }
  return (
    <ul ref={list} className="ordered" aria-label={label}>
      {items.map((item, index) => (
        <li
          key={item.key}
          data-key={item.key}
          aria-label={item.name}
          onKeyDown={(event) => {
            const delta = rowMove(event)
            if (delta === null) return
            event.preventDefault()
            move(index, delta)
          }}
        >
          <div className="ordered-content">{item.content}</div>
          <div className="ordered-controls">
            {item.controls}
            <button
              type="button"
              data-action="up"
              aria-label={`Move up: ${item.name}`}
              title="Move up (Alt+↑)"
              disabled={index === 0}
              onClick={() => move(index, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              data-action="down"
              aria-label={`Move down: ${item.name}`}
              title="Move down (Alt+↓)"
              disabled={index === items.length - 1}
              onClick={() => move(index, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              data-action="remove"
              aria-label={`Remove: ${item.name}`}
              onClick={() => remove(index)}
            >
              Remove
            </button>
          </div>
        </li>
      ))}
    </ul>
  )
}

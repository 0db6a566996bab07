import { describe, expect, it } from 'vitest'
import { keyAction } from '../../../src/renderer/src/keyboard/key-action'
import { moved, rowMove } from '../../../src/renderer/src/settings/reorder'
import { importedText } from '../../../src/renderer/src/settings/texts'

describe('reordering a list', () => {
  it('moves an item up or down by one', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c'])
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b'])
  })

  it('refuses a move past either end', () => {
    expect(moved(['a', 'b'], 0, -1)).toBeNull()
    expect(moved(['a', 'b'], 1, 1)).toBeNull()
    expect(moved([], 0, 1)).toBeNull()
  })

  it('reads Alt+↑ and Alt+↓, nothing else', () => {
    const base = { altKey: true, ctrlKey: false, metaKey: false, shiftKey: false }
    expect(rowMove({ ...base, key: 'ArrowUp' })).toBe(-1)
    expect(rowMove({ ...base, key: 'ArrowDown' })).toBe(1)
    expect(rowMove({ ...base, key: 'ArrowDown', shiftKey: true })).toBeNull()
    expect(rowMove({ ...base, key: 'ArrowUp', altKey: false })).toBeNull()
  })
})

describe('the settings shortcut', () => {
  const input = { altKey: false, shiftKey: false, metaKey: false, isComposing: false }
  const context = {
    field: 'search',
    caretAtEnd: true,
    textSelected: false,
    listOpen: true,
  } as const

  it('is Ctrl+, or Cmd+, anywhere in the quick-find', () => {
    expect(keyAction({ ...input, key: ',', code: 'Comma', ctrlKey: true }, context)).toEqual({
      type: 'settings',
    })
    expect(
      keyAction(
        { ...input, key: ',', code: 'Comma', ctrlKey: false, metaKey: true },
        {
          ...context,
          field: 'customer',
        },
      ),
    ).toEqual({ type: 'settings' })
    expect(keyAction({ ...input, key: ',', code: 'Comma', ctrlKey: false }, context)).toBeNull()
  })
})

describe('the import message', () => {
  it('counts customers', () => {
    expect(importedText(1)).toBe('Imported 1 customer.')
    expect(importedText(3)).toBe('Imported 3 customers.')
  })
})

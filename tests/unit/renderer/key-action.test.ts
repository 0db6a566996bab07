import { describe, expect, it } from 'vitest'
import {
  escapeStep,
  keyAction,
  type KeyContext,
  type KeyInput,
} from '../../../src/renderer/src/keyboard/key-action'

function key(k: string, extra: Partial<KeyInput> = {}): KeyInput {
  const code = /^[a-z]$/i.test(k) ? `Key${k.toUpperCase()}` : k
  return {
    key: k,
    code,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    isComposing: false,
    ...extra,
  }
}

const search: KeyContext = {
  field: 'search',
  caretAtEnd: true,
  textSelected: false,
  listOpen: true,
}

describe('the quick-find key map', () => {
  it.each([
    ['ArrowDown', 'next'],
    ['ArrowUp', 'previous'],
    ['PageDown', 'pageDown'],
    ['PageUp', 'pageUp'],
    ['Home', 'first'],
    ['End', 'last'],
  ])('%s in the search box moves to the %s result', (k, move) => {
    expect(keyAction(key(k), search)).toEqual({ type: 'move', move })
  })

  it('leaves Home and End to the caret while there is no list', () => {
    expect(keyAction(key('Home'), { ...search, listOpen: false })).toBeNull()
    expect(keyAction(key('End'), { ...search, listOpen: false })).toBeNull()
  })

  it('Enter opens, Ctrl+Enter and Cmd+Enter open the twin', () => {
    expect(keyAction(key('Enter'), search)).toEqual({ type: 'enter' })
    expect(keyAction(key('Enter', { ctrlKey: true }), search)).toEqual({ type: 'twin' })
    expect(keyAction(key('Enter', { metaKey: true }), search)).toEqual({ type: 'twin' })
  })

  it('Enter on a button presses the button', () => {
    expect(keyAction(key('Enter'), { ...search, field: 'other' })).toBeNull()
  })

  it('Tab goes to the customer field; Shift+Tab is left alone', () => {
    expect(keyAction(key('Tab'), search)).toEqual({ type: 'toCustomer' })
    expect(keyAction(key('Tab', { shiftKey: true }), search)).toBeNull()
  })

  it('Alt+F toggles the filters anywhere, also where Option+F types "ƒ"', () => {
    expect(keyAction(key('f', { altKey: true }), search)).toEqual({ type: 'toggleFilters' })
    expect(
      keyAction({ ...key('ƒ', { altKey: true }), code: 'KeyF' }, { ...search, field: 'filter' }),
    ).toEqual({ type: 'toggleFilters' })
  })

  it('→ opens the filters only with the caret at the end of the text', () => {
    expect(keyAction(key('ArrowRight'), search)).toEqual({ type: 'openFilters' })
    expect(keyAction(key('ArrowRight'), { ...search, caretAtEnd: false })).toBeNull()
    expect(keyAction(key('ArrowRight'), { ...search, field: 'customer' })).toBeNull()
  })

  it('Ctrl/Cmd+C copies the link unless text is selected; with Shift, a Markdown link', () => {
    expect(keyAction(key('c', { ctrlKey: true }), search)).toEqual({ type: 'copy', format: 'url' })
    expect(keyAction(key('c', { metaKey: true }), search)).toEqual({ type: 'copy', format: 'url' })
    expect(keyAction(key('c', { ctrlKey: true }), { ...search, textSelected: true })).toBeNull()
    expect(keyAction(key('C', { ctrlKey: true, shiftKey: true }), search)).toEqual({
      type: 'copy',
      format: 'markdown',
    })
  })

  it('Ctrl/Cmd+D stars, Ctrl/Cmd+P pins, in any field', () => {
    for (const field of ['search', 'customer', 'filter', 'other'] as const) {
      const context = { ...search, field }
      expect(keyAction(key('d', { ctrlKey: true }), context)).toEqual({ type: 'favourite' })
      expect(keyAction(key('d', { metaKey: true }), context)).toEqual({ type: 'favourite' })
      expect(keyAction(key('p', { ctrlKey: true }), context)).toEqual({ type: 'pin' })
      expect(keyAction(key('p', { metaKey: true }), context)).toEqual({ type: 'pin' })
    }
    expect(keyAction(key('D', { ctrlKey: true, shiftKey: true }), search)).toBeNull()
    expect(keyAction(key('p', { ctrlKey: true, altKey: true }), search)).toBeNull()
    expect(keyAction(key('d'), search)).toBeNull()
  })

  it('reads the character before the physical key (Dvorak)', () => {
    // On Dvorak the key labelled C sits where QWERTY has I.
    expect(keyAction({ ...key('c', { ctrlKey: true }), code: 'KeyI' }, search)).toEqual({
      type: 'copy',
      format: 'url',
    })
    expect(keyAction({ ...key('j', { ctrlKey: true }), code: 'KeyC' }, search)).toBeNull()
  })

  it('moves through the customer suggestions with ↑ and ↓ only', () => {
    const customer = { ...search, field: 'customer' as const }
    expect(keyAction(key('ArrowDown'), customer)).toEqual({ type: 'move', move: 'next' })
    expect(keyAction(key('ArrowUp'), customer)).toEqual({ type: 'move', move: 'previous' })
    expect(keyAction(key('Home'), customer)).toBeNull()
    expect(keyAction(key('Tab'), customer)).toBeNull()
  })

  it('leaves the filter inputs their own arrows and Tab', () => {
    const filter = { ...search, field: 'filter' as const }
    expect(keyAction(key('ArrowDown'), filter)).toBeNull()
    expect(keyAction(key('Tab'), filter)).toBeNull()
    expect(keyAction(key('Enter'), filter)).toEqual({ type: 'enter' })
    expect(keyAction(key('Escape'), filter)).toEqual({ type: 'escape' })
  })

  it('ignores keys while an input method is composing', () => {
    expect(keyAction(key('Enter', { isComposing: true }), search)).toBeNull()
    expect(keyAction(key('Escape', { isComposing: true }), search)).toBeNull()
  })

  it('leaves modified keys it does not know alone', () => {
    expect(keyAction(key('ArrowDown', { shiftKey: true }), search)).toBeNull()
    expect(keyAction(key('a', { ctrlKey: true }), search)).toBeNull()
  })
})

describe('Escape', () => {
  it('closes the filters first, then leaves the customer field, then clears, then hides', () => {
    expect(escapeStep({ filtersOpen: true, field: 'filter', query: 'x' })).toBe('closeFilters')
    expect(escapeStep({ filtersOpen: true, field: 'customer', query: 'x' })).toBe('closeFilters')
    expect(escapeStep({ filtersOpen: false, field: 'customer', query: 'x' })).toBe('leaveCustomer')
    expect(escapeStep({ filtersOpen: false, field: 'search', query: 'x' })).toBe('clear')
    expect(escapeStep({ filtersOpen: false, field: 'search', query: '' })).toBe('hide')
  })
})

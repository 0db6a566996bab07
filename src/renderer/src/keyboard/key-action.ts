import type { ListMove } from './list-move'

/** Which kind of field a key was pressed in. */
export type Field = 'search' | 'customer' | 'filter' | 'other'

/** The parts of a keyboard event the key map reads (a plain object, so it is testable). */
export interface KeyInput {
  key: string
  code: string
  altKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  isComposing: boolean
}

export interface KeyContext {
  field: Field
  /** The caret stands at the end of the field's text, nothing selected. */
  caretAtEnd: boolean
  /** Text is selected (in the field, or on the page): Ctrl/Cmd+C then copies it as usual. */
  textSelected: boolean
  /** The results list shows rows (Home and End then move in it). */
  listOpen: boolean
}

export type KeyAction =
  | { type: 'move'; move: ListMove }
  | { type: 'enter' }
  | { type: 'twin' }
  | { type: 'toCustomer' }
  | { type: 'toggleFilters' }
  | { type: 'openFilters' }
  | { type: 'copy'; format: 'url' | 'markdown' }
  /** Star or unstar: the selected report, or in the customer field the highlighted customer. */
  | { type: 'favourite' }
  /** Pin the selected report with its customer and filter values. */
  | { type: 'pin' }
  | { type: 'escape' }
  /** Ctrl/Cmd+, : the settings view. */
  | { type: 'settings' }

const LIST_KEYS: Readonly<Record<string, ListMove>> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  PageDown: 'pageDown',
  PageUp: 'pageUp',
  Home: 'first',
  End: 'last',
}

/**
 * The letter of a key: the character where it is one (Dvorak's C is where it says C), else
 * the physical key (Option+F on a Mac types "ƒ").
 */
function letter(input: KeyInput): string {
  if (/^[a-z]$/i.test(input.key)) return input.key.toLowerCase()
  return /^Key[A-Z]$/.test(input.code) ? input.code.slice(3).toLowerCase() : ''
}

/**
 * The quick-find key map: what a key press means where it happened, or null to let the
 * browser do its usual thing. Ctrl and Cmd are the same modifier, so the map reads alike on
 * every platform.
 */
export function keyAction(input: KeyInput, context: KeyContext): KeyAction | null {
  if (input.isComposing) return null
  const mod = input.ctrlKey || input.metaKey
  const plain = !mod && !input.altKey && !input.shiftKey

  if (input.key === 'Escape' && plain) return { type: 'escape' }
  if (input.key === 'Enter' && !input.altKey && !input.shiftKey) {
    if (mod) return { type: 'twin' }
    // Enter on a button presses the button.
    return context.field === 'other' ? null : { type: 'enter' }
  }
  if (input.altKey && !mod && !input.shiftKey && letter(input) === 'f') {
    return { type: 'toggleFilters' }
  }
  if (mod && !input.altKey && letter(input) === 'c') {
    if (input.shiftKey) return { type: 'copy', format: 'markdown' }
    return context.textSelected ? null : { type: 'copy', format: 'url' }
  }
  if (mod && !input.altKey && !input.shiftKey && (input.key === ',' || input.code === 'Comma')) {
    return { type: 'settings' }
  }
  // Ctrl/Cmd+D and +P would bookmark and print the page: here they star and pin.
  if (mod && !input.altKey && !input.shiftKey) {
    if (letter(input) === 'd') return { type: 'favourite' }
    if (letter(input) === 'p') return { type: 'pin' }
  }
  if (!plain) return null

  const move = Object.hasOwn(LIST_KEYS, input.key) ? LIST_KEYS[input.key] : undefined
  if (context.field === 'search') {
    if (move !== undefined && (context.listOpen || (move !== 'first' && move !== 'last'))) {
      return { type: 'move', move }
    }
    if (input.key === 'Tab') return { type: 'toCustomer' }
    if (input.key === 'ArrowRight' && context.caretAtEnd) return { type: 'openFilters' }
  }
  if (context.field === 'customer' && (move === 'next' || move === 'previous')) {
    return { type: 'move', move }
  }
  return null
}

export type EscapeStep = 'closeFilters' | 'leaveCustomer' | 'clear' | 'hide'

/** Escape undoes one thing at a time: a panel, then the customer field, then the text, then the window. */
export function escapeStep(state: {
  filtersOpen: boolean
  field: Field
  query: string
}): EscapeStep {
  if (state.filtersOpen) return 'closeFilters'
  if (state.field === 'customer') return 'leaveCustomer'
  if (state.query !== '') return 'clear'
  return 'hide'
}

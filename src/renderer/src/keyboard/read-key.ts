import { keyAction, type Field, type KeyAction } from './key-action'

const FIELDS: readonly Field[] = ['search', 'customer', 'filter']

/** The field a key went to: inputs say which with `data-field`; anything else is "other". */
function fieldOf(target: EventTarget | null): Field {
  if (!(target instanceof HTMLElement)) return 'other'
  const named = FIELDS.find((field) => field === target.dataset.field)
  return named ?? 'other'
}

function hasTextSelection(input: HTMLInputElement | null): boolean {
  if (input?.selectionStart != null && input.selectionStart !== input.selectionEnd) return true
  return (document.getSelection()?.toString() ?? '') !== ''
}

function caretAtEnd(input: HTMLInputElement | null): boolean {
  if (input === null || input.selectionStart === null) return false
  const end = input.value.length
  return input.selectionStart === end && input.selectionEnd === end
}

/** A DOM key press as a quick-find action (see key-action.ts for the map), and where it happened. */
export function readKey(
  event: KeyboardEvent,
  listOpen: boolean,
): { action: KeyAction; field: Field } | null {
  const input = event.target instanceof HTMLInputElement ? event.target : null
  const field = fieldOf(event.target)
  const action = keyAction(
    {
      key: event.key,
      code: event.code,
      altKey: event.altKey,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      shiftKey: event.shiftKey,
      // keyCode 229: a key that an input method (IME) is still composing.
      isComposing: event.isComposing || event.keyCode === 229,
    },
    { field, caretAtEnd: caretAtEnd(input), textSelected: hasTextSelection(input), listOpen },
  )
  return action === null ? null : { action, field }
}

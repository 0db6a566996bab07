/** Ctrl, or ⌘ on a Mac, as the key hints show it. */
export const MOD = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl'

const KEYS: readonly [keys: string, does: string][] = [
  ['↑ ↓ PgUp PgDn Home End', 'move'],
  ['Enter', 'open (asks for a customer first where one is needed)'],
  ['Tab', 'customer'],
  ['Alt+F or →', 'other filters'],
  [`${MOD}+C`, 'copy the link'],
  [`${MOD}+Shift+C`, 'copy as a Markdown link'],
  [`${MOD}+Enter`, 'open the twin (all customers ⇄ single customer)'],
  [`${MOD}+D`, 'star or unstar (the report; in the customer field, the customer)'],
  [`${MOD}+P`, 'pin the report with its customer and filters'],
  [`${MOD}+,`, 'settings'],
  ['Esc', 'close, clear, hide'],
]

/** The full key list, for the empty window. */
export function KeyList() {
  return (
    <dl className="key-list">
      {KEYS.map(([keys, does]) => (
        <div key={keys}>
          <dt>
            <kbd>{keys}</kbd>
          </dt>
          <dd>{does}</dd>
        </div>
      ))}
    </dl>
  )
}

/** The short key line: the keys of every day (Ctrl+Shift+C and the moves are in the full list). */
const HINTS: readonly [keys: string, does: string][] = [
  ['Enter', 'open'],
  ['Tab', 'customer'],
  ['Alt+F', 'filters'],
  [`${MOD}+C`, 'link'],
  [`${MOD}+Enter`, 'twin'],
  [`${MOD}+D`, 'star'],
  [`${MOD}+P`, 'pin'],
  ['Esc', 'back'],
]

/**
 * The short key line. Under the results it is decoration, hidden from screen readers; in the
 * empty box, under the pins and favourites, it is the key help there is, so it is read.
 */
export function KeyHints({ read = false }: { read?: boolean }) {
  return (
    <p className="key-hints" aria-hidden={read ? undefined : true}>
      {HINTS.map(([keys, does], index) => (
        <span key={keys} className="key-hint">
          {index > 0 && ' '}
          <kbd>{keys}</kbd> {does}
        </span>
      ))}
    </p>
  )
}

/** Ctrl, or ⌘ on a Mac, as the key hints show it. */
const MOD = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl'

const KEYS: readonly [keys: string, does: string][] = [
  ['↑ ↓ PgUp PgDn Home End', 'move'],
  ['Enter', 'open (asks for a customer first where one is needed)'],
  ['Tab', 'customer'],
  ['Alt+F or →', 'other filters'],
  [`${MOD}+C`, 'copy the link'],
  [`${MOD}+Shift+C`, 'copy as a Markdown link'],
  [`${MOD}+Enter`, 'open the twin (all customers ⇄ single customer)'],
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

/** The short key line under the results. */
export function KeyHints() {
  return (
    <p className="key-hints" aria-hidden="true">
      <kbd>Enter</kbd> open <kbd>Tab</kbd> customer <kbd>Alt+F</kbd> filters <kbd>{MOD}+C</kbd> link{' '}
      <kbd>{MOD}+Shift+C</kbd> Markdown <kbd>{MOD}+Enter</kbd> twin <kbd>Esc</kbd> back
    </p>
  )
}

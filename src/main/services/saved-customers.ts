import type { State } from '../../shared/state/schema'

/**
 * Tells whether a new state changed the saved customers. Only then does the window need the
 * catalog again (its customers are merged in); a star or an open must not make the search
 * worker rebuild its index over tens of thousands of reports.
 */
export function savedCustomersTracker(initial: State): (next: State) => boolean {
  let last = JSON.stringify(initial.customers)
  return (next) => {
    const current = JSON.stringify(next.customers)
    if (current === last) return false
    last = current
    return true
  }
}

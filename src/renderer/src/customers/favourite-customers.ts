import type { Customer } from '../../../shared/catalog/schema'
import type { State } from '../../../shared/state/schema'

/** The names of the person's favourite customers, in lower case. */
export function favouriteNames(state: Pick<State, 'customers'> | null): ReadonlySet<string> {
  return new Set(
    (state?.customers ?? []).filter((c) => c.favourite).map((c) => c.name.toLowerCase()),
  )
}

/**
 * The customer Ctrl/Cmd+D stars in the customer field: the highlighted suggestion, else the
 * suggestion the field names exactly (by name or alias, as when the query named it); null when
 * neither.
 */
export function starTarget(
  suggestions: readonly Customer[],
  active: number,
  shown: string,
): Customer | null {
  const highlighted = suggestions[active]
  if (highlighted !== undefined) return highlighted
  const typed = shown.trim().toLowerCase()
  if (typed === '') return null
  return (
    suggestions.find((c) => [c.name, ...c.aliases].some((name) => name.toLowerCase() === typed)) ??
    null
  )
}

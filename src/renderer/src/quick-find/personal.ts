import type { State } from '../../../shared/state/schema'
import type { PersonalData } from '../search/protocol'

/** The part of the saved state that ranks the search: what the worker is sent. */
export function personalData(
  state: Pick<State, 'usage' | 'favouriteReports' | 'pins'> | null,
): PersonalData | null {
  if (state === null) return null
  return { usage: state.usage, favouriteReports: state.favouriteReports, pins: state.pins }
}

/** The longest query main takes along with an open (the contract's limit). */
export const MAX_LEARNED_QUERY = 200

/**
 * The query sent with an open so the ranking learns from it: the search text as typed (main
 * normalises it), or null when there is none or it is longer than main takes.
 */
export function learnedQuery(query: string): string | null {
  if (query.trim() === '' || query.length > MAX_LEARNED_QUERY) return null
  return query
}

import type { SearchResult } from '../../../shared/search'
import { editKeyOf } from '../quick-find/rows'

/**
 * The first screenful of results, as shown, followed by the rest of a longer list of the same
 * search, up to `limit`. The rows a person already sees never move when the rest arrives: a
 * longer search may order the last few of the first screenful a little differently (its pool of
 * candidates is larger), and those rows keep their places.
 */
export function extendResults(
  first: readonly SearchResult[],
  full: readonly SearchResult[],
  limit: number,
): SearchResult[] {
  const shown = new Set(first.map(editKeyOf))
  const rest = full.filter((result) => !shown.has(editKeyOf(result)))
  return [...first, ...rest].slice(0, Math.max(limit, first.length))
}

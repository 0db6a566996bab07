import { MAX_USAGE } from '../state/limits'
import type { Usage } from '../state/schema'
import { splitWords } from './words'

/** A use counts half as much after this long: last month's habit gives way to this week's. */
export const HALF_LIFE_MS = 14 * 24 * 60 * 60 * 1000

/** The form a query is remembered in: its words, normalised, single-spaced. */
export function normalizeQuery(query: string): string {
  return splitWords(query)
    .map((word) => word.text)
    .join(' ')
}

/** A weight recorded at `at`, as it stands at `now`. */
export function decayed(weight: number, at: number, now: number): number {
  return weight * 2 ** (-Math.max(0, now - at) / HALF_LIFE_MS)
}

/** Remembers that `report` was opened for `query`: its weight decays, then grows by one. */
export function recordUse(
  usage: readonly Usage[],
  query: string,
  report: string,
  now: number,
): Usage[] {
  const normalized = normalizeQuery(query)
  const existing = usage.find((u) => u.query === normalized && u.report === report)
  const weight = (existing ? decayed(existing.weight, existing.at, now) : 0) + 1
  const updated: Usage = { query: normalized, report, weight, at: now }
  const rest = usage.filter((u) => u !== existing)
  if (rest.length < MAX_USAGE) return [updated, ...rest]
  // Full: the weakest entry, as of now, makes room.
  const strength = (u: Usage) => decayed(u.weight, u.at, now)
  const weakest = rest.reduce((a, b) => (strength(b) < strength(a) ? b : a))
  return [updated, ...rest.filter((u) => u !== weakest)]
}

/**
 * How much each report was chosen for this query, decayed: fully for the same query, half for a
 * query that starts the same way (typed "bat" then, "batch" now, or the other way round).
 */
export function usageFor(usage: readonly Usage[], query: string, now: number): Map<string, number> {
  const normalized = normalizeQuery(query)
  const totals = new Map<string, number>()
  if (!normalized) return totals
  for (const u of usage) {
    const related =
      u.query === normalized
        ? 1
        : u.query.startsWith(normalized) || normalized.startsWith(u.query)
          ? 0.5
          : 0
    if (related > 0 && u.query) {
      totals.set(u.report, (totals.get(u.report) ?? 0) + related * decayed(u.weight, u.at, now))
    }
  }
  return totals
}

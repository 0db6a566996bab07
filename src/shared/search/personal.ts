import type { Pin, Usage } from '../state/schema'
import { usageFor } from './frecency'
import { splitWords } from './words'

/** What one person's history adds to the ranking; all optional, so the bare search still works. */
export interface Personal {
  usage?: readonly Usage[]
  favouriteReports?: readonly string[]
  pins?: readonly Pin[]
  now?: number
}

// Score is fuse.js's: 0 perfect, about 1 poor. A habit is worth at most 0.3, about the distance
// between a clean match and one with a typo; a star is worth a little.
const MAX_USAGE_BOOST = 0.3
const USAGE_STEP = 0.1
const FAVOURITE_BOOST = 0.05

/** What the person's history adds for one query: a bonus per report id, and which ids have one. */
export interface Boosts {
  of(reportId: string): number
  /** Every id with a bonus above 0 (a report used for a related query, or a favourite). */
  ids: ReadonlySet<string>
}

/** Bonus per report id for this query, from usage and favourites. */
export function personalBoosts(personal: Personal, query: string): Boosts {
  const used = usageFor(personal.usage ?? [], query, personal.now ?? Date.now())
  const favourites = new Set(personal.favouriteReports ?? [])
  return {
    of(reportId) {
      const weight = used.get(reportId) ?? 0
      const usage = Math.min(MAX_USAGE_BOOST, USAGE_STEP * Math.log2(1 + weight))
      return usage + (favourites.has(reportId) ? FAVOURITE_BOOST : 0)
    },
    ids: new Set([...used.keys(), ...favourites]),
  }
}

const normalized = (text: string) =>
  splitWords(text)
    .map((w) => w.text)
    .join(' ')

/**
 * How literally a query names something: 0 the whole name, 1 the start of a name, 2 anything
 * fuzzier. The tier sorts first, so what a person learned to click can reorder the fuzzy results
 * but never push a report whose title they typed out below one that merely resembles it.
 */
export function literalTier(query: string, names: readonly string[]): 0 | 1 | 2 {
  const q = normalized(query)
  if (!q) return 2
  let tier: 0 | 1 | 2 = 2
  for (const name of names) {
    const n = normalized(name)
    if (n === q) return 0
    if (n.startsWith(q)) tier = 1
  }
  return tier
}

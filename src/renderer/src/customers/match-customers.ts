import type { Customer } from '../../../shared/catalog/schema'

/** How many suggestions the customer field shows. */
export const SUGGESTION_LIMIT = 8

/** Case- and accent-insensitive form: "Zürich" and "zurich" compare equal. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim()
}

/** 0 the whole name, 1 its start, 2 the start of one of its words, 3 anywhere; null no match. */
function rank(name: string, typed: string): number | null {
  const folded = fold(name)
  if (folded === typed) return 0
  if (folded.startsWith(typed)) return 1
  if (folded.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(typed))) return 2
  return folded.includes(typed) ? 3 : null
}

/**
 * The customers to suggest for what was typed: by name or alias, whole name first, then
 * names that start with it, then a word that does, then any match; equal ones keep their
 * order (the catalog's, later favourites and recents first). Nothing typed suggests them all.
 * One customer once, by name.
 */
export function matchCustomers(
  customers: readonly Customer[],
  text: string,
  limit = SUGGESTION_LIMIT,
): Customer[] {
  const typed = fold(text)
  const seen = new Set<string>()
  const found: { customer: Customer; rank: number; order: number }[] = []
  customers.forEach((customer, order) => {
    const key = fold(customer.name)
    if (seen.has(key)) return
    seen.add(key)
    const ranks = [customer.name, ...customer.aliases]
      .map((name) => (typed === '' ? 0 : rank(name, typed)))
      .filter((r): r is number => r !== null)
    if (ranks.length > 0) found.push({ customer, rank: Math.min(...ranks), order })
  })
  return found
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, Math.max(0, limit))
    .map(({ customer }) => customer)
}

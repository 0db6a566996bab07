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

/** A customer's name and aliases, folded and split into words once. */
interface FoldedName {
  folded: string
  words: string[]
}

interface FoldedCustomer {
  customer: Customer
  /** Its folded name: one customer once. */
  key: string
  names: FoldedName[]
}

/**
 * The folded forms of a customer list, kept while the list lives: the list changes with the
 * catalog or the saved state, the text with every keystroke, and folding (Unicode normalisation)
 * every name on every keystroke was a good part of one on a catalog with many customers.
 */
const foldedLists = new WeakMap<readonly Customer[], FoldedCustomer[]>()

function foldedList(customers: readonly Customer[]): FoldedCustomer[] {
  let list = foldedLists.get(customers)
  if (list === undefined) {
    list = customers.map((customer) => ({
      customer,
      key: fold(customer.name),
      names: [customer.name, ...customer.aliases].map((name) => {
        const folded = fold(name)
        return { folded, words: folded.split(/[^\p{L}\p{N}]+/u) }
      }),
    }))
    foldedLists.set(customers, list)
  }
  return list
}

/** 0 the whole name, 1 its start, 2 the start of one of its words, 3 anywhere; null no match. */
function rank({ folded, words }: FoldedName, typed: string): number | null {
  if (folded === typed) return 0
  if (folded.startsWith(typed)) return 1
  if (words.some((word) => word.startsWith(typed))) return 2
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
  foldedList(customers).forEach(({ customer, key, names }, order) => {
    if (seen.has(key)) return
    seen.add(key)
    const ranks = names
      .map((name) => (typed === '' ? 0 : rank(name, typed)))
      .filter((r): r is number => r !== null)
    if (ranks.length > 0) found.push({ customer, rank: Math.min(...ranks), order })
  })
  return found
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, Math.max(0, limit))
    .map(({ customer }) => customer)
}

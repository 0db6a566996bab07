import type { Customer } from '../catalog/schema'
import { decayed } from '../search/frecency'
import type { Recent, SavedCustomer } from './schema'

const key = (name: string) => name.trim().toLowerCase()

/**
 * The customers a person can pick: those of the catalog files and those they saved. The saved one
 * wins for the same name (ARCHITECTURE.md), since it is what they edited last.
 */
export function mergeCustomers(
  fromCatalog: readonly Customer[],
  saved: readonly SavedCustomer[],
): Customer[] {
  const byName = new Map<string, Customer>()
  for (const customer of fromCatalog) byName.set(key(customer.name), customer)
  for (const { name, aliases, attributes } of saved)
    byName.set(key(name), { name, aliases, attributes })
  return [...byName.values()]
}

/**
 * Customers in the order the customer field offers them: favourites first in the person's own
 * order, then by how often and how lately they were opened, then the rest by name.
 */
export function rankCustomers(
  customers: readonly Customer[],
  saved: readonly SavedCustomer[],
  recents: readonly Recent[],
  now: number,
): Customer[] {
  const favourites = saved.filter((c) => c.favourite).map((c) => key(c.name))
  const use = new Map<string, number>()
  for (const recent of recents) {
    if (recent.customer) {
      const k = key(recent.customer)
      use.set(k, (use.get(k) ?? 0) + decayed(1, recent.at, now))
    }
  }
  const rankOf = (c: Customer) => {
    const favourite = favourites.indexOf(key(c.name))
    return favourite >= 0 ? favourite - favourites.length : 0
  }
  return [...customers].sort(
    (a, b) =>
      rankOf(a) - rankOf(b) ||
      (use.get(key(b.name)) ?? 0) - (use.get(key(a.name)) ?? 0) ||
      a.name.localeCompare(b.name),
  )
}

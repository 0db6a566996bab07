import type { Customer } from './schema'

/** A customer by name or alias, without regard to case; an unknown name is used as typed. */
export function findCustomer(customers: readonly Customer[], name: string): Customer {
  const wanted = name.trim().toLowerCase()
  const known = customers.find(
    (c) => c.name.toLowerCase() === wanted || c.aliases.some((a) => a.toLowerCase() === wanted),
  )
  return known ?? { name: name.trim(), aliases: [], attributes: {} }
}
